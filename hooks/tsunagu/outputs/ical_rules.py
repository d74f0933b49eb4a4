"""A regular activity in a calendar (RFC 5545): one VEVENT whose RRULE is the rule, with an EXDATE for each
date left out (``skip``, public holidays, the New Year break), an RDATE for each date added, and a VEVENT with
the same UID and a RECURRENCE-ID for each date cancelled or moved.

DTSTART is the rule's first date (the event's ``start_date`` may come before it): RFC 5545 counts DTSTART as
the first instance, while the site counts the rule's dates. An open-ended rule that leaves out public holidays or
the New Year break is written with an UNTIL at ``occurrences.horizon`` (a year after the build day), since its
EXDATEs can only be listed that far; the daily build moves it on. Other open-ended rules have no UNTIL.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Event as VEvent

from ..model.config import TIMEZONE
from ..model.models import Event
from ..model.occurrences import Occurrence, horizon, of_event
from ..model.repeat import WEEKDAYS, Repeat, parse_weekday


def moment(event: Event, day: dt.date, time: dt.time | None = None) -> dt.date | dt.datetime:
    """A date of the event as the calendar writes it: a date for an all-day event, else the city's time."""
    start = time or event.start_time
    return day if start is None else dt.datetime.combine(day, start, TIMEZONE)


def first_date(event: Event) -> dt.date:
    """The rule's first date: the series' DTSTART."""
    return next(iter(event.repeat.rule(event.start_date))).date()


def add_rule(item: VEvent, event: Event, today: dt.date) -> None:
    """The rule, the dates left out and the dates added, on the series' VEVENT."""
    repeat, last = event.repeat, horizon(event, today)
    item.add("rrule", _rrule(repeat, event, last))
    left_out = [day for day in repeat.rule_dates(event.start_date, last) if repeat.left_out(day)]
    if left_out:
        item.add("exdate", [moment(event, day) for day in left_out])
    if repeat.also:
        item.add("rdate", [moment(event, day) for day in sorted(repeat.also)])


def _rrule(repeat: Repeat, event: Event, last: dt.date) -> dict:
    rule: dict = {"freq": "WEEKLY" if repeat.every == "week" else "MONTHLY", "wkst": "MO"}
    if repeat.interval > 1:
        rule["interval"] = repeat.interval
    specs = repeat.weekdays or ([WEEKDAYS[event.start_date.weekday()]] if repeat.every == "week" else [])
    if specs:
        rule["byday"] = [_byday(spec) for spec in specs]
    if repeat.day is not None:
        rule["bymonthday"] = repeat.day
    if repeat.count is not None:
        rule["count"] = repeat.count
    if repeat.until is not None:
        rule["until"] = _until(event, repeat.until)
    elif repeat.count is None and (repeat.skip_holidays or repeat.skip_new_year):
        rule["until"] = _until(event, last)
    return rule


def _byday(spec: str) -> str:
    nth, weekday = parse_weekday(spec)
    return f"{'' if nth is None else nth}{WEEKDAYS[weekday][:2].upper()}"


def _until(event: Event, day: dt.date) -> dt.date | dt.datetime:
    """UNTIL is in UTC when DTSTART has a time zone (RFC 5545 3.3.10), and takes in the whole last day."""
    if event.start_time is None:
        return day
    return dt.datetime.combine(day, dt.time(23, 59, 59), TIMEZONE).astimezone(dt.timezone.utc)


def changed(event: Event, today: dt.date) -> list[Occurrence]:
    """The occurrences that need a VEVENT of their own: cancelled or moved ones."""
    return [o for o in of_event(event, horizon(event, today)) if o.status in ("cancelled", "moved")]
