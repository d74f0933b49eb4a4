"""A regular activity in schema.org JSON-LD: an ``EventSeries`` whose ``eventSchedule`` is a ``Schedule`` (the
rule: repeatFrequency, byDay, byMonthDay, startDate, endDate or repeatCount, the times and the dates left out),
with its next dates as ``subEvent``s, each an Event of the activity's kind with its own status.

Both, because each serves a reader the other cannot: the Schedule says the rule itself (every second Sunday)
for software that reads schedules, and search engines list events date by date, asking for an Event per date
with its own start and status (a cancelled or moved date is ``EventCancelled`` or ``EventRescheduled`` with its
``previousStartDate``).
"""

from __future__ import annotations

import datetime as dt

from ..model.config import TIMEZONE
from ..model.models import Event
from ..model.occurrences import Occurrence, horizon
from ..model.repeat import WEEKDAYS, parse_weekday

SCHEMA = "https://schema.org"
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
STATUS = {"scheduled": "EventScheduled", "cancelled": "EventCancelled", "postponed": "EventPostponed",
          "moved": "EventRescheduled"}


def schedule(event: Event, today: dt.date) -> dict:
    """The rule as a schema.org Schedule."""
    repeat = event.repeat
    data = {"@type": "Schedule", "repeatFrequency": f"P{repeat.interval}{'W' if repeat.every == 'week' else 'M'}",
            "startDate": next(iter(repeat.rule(event.start_date))).date().isoformat(),
            "scheduleTimezone": TIMEZONE.key}
    specs = repeat.weekdays or ([WEEKDAYS[event.start_date.weekday()]] if repeat.every == "week" else [])
    if specs:
        data["byDay"] = [_day(spec) for spec in specs]
    if repeat.day is not None:
        data["byMonthDay"] = repeat.day
    data |= _times(event) | _end(event)
    left_out = [day.isoformat() for day in repeat.rule_dates(event.start_date, horizon(event, today))
                if repeat.left_out(day)]
    if left_out:
        data["exceptDate"] = left_out
    return data


def _day(spec: str) -> str:
    """A weekday as schema.org's DayOfWeek; the n-th weekday of a month in iCal's BYDAY syntax (2SU, -1FR),
    which schema.org's byDay accepts."""
    nth, weekday = parse_weekday(spec)
    return f"{SCHEMA}/{DAY_NAMES[weekday]}" if nth is None else f"{nth}{WEEKDAYS[weekday][:2].upper()}"


def _times(event: Event) -> dict:
    times = {"startTime": event.start_time.strftime("%H:%M")} if event.start_time else {}
    return times | ({"endTime": event.end_time.strftime("%H:%M")} if event.end_time else {})


def _end(event: Event) -> dict:
    repeat = event.repeat
    if repeat.count is not None:
        return {"repeatCount": repeat.count}
    return {"endDate": repeat.until.isoformat()} if repeat.until else {}


def sub_event(base: dict, held: Occurrence) -> dict:
    """One date of the series, as an Event of the activity's kind (``base``: its name, place and organiser)."""
    data = {**base, "startDate": _moment(held.start_date, held.start_time),
            "eventStatus": f"{SCHEMA}/{STATUS[held.status]}"}
    if held.end_time:
        data["endDate"] = _moment(held.start_date, held.end_time)
    if held.status == "moved":
        data["previousStartDate"] = _moment(held.planned, held.event.start_time)
    return data


def _moment(day: dt.date, time: dt.time | None) -> str:
    return dt.datetime.combine(day, time, TIMEZONE).isoformat() if time else day.isoformat()
