"""Occurrences: the days an event is held. A one-off event is one occurrence; a regular activity has one per
date its rule gives, each as planned, cancelled or moved (``repeat.changes``).

Every list of events (pages, the digest, feeds, open data, indicators) lists occurrences for a window of
days. An open-ended rule is followed only as far as the window asks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Literal

from .fields import LocalText
from .models import Event

MOVED_BY = dt.timedelta(days=366)
"""How far a date may move: one moved into a window from this far after it is still found."""
OPEN_ENDED = dt.timedelta(days=366)
"""How far past the build day an activity without an end is followed where every date is listed (its calendar's
dates left out, the next dates on its page)."""

LISTED_MONTHS = 2
"""Lists of events (the events index, the open data, the 回覧板 digests) show a regular activity's dates in the
build day's month and the next."""

Status = Literal["scheduled", "cancelled", "postponed", "moved"]


@dataclass(frozen=True)
class Occurrence:
    """One day (or run of days) an event is held. ``planned`` is the date its rule gave (for a one-off
    event, its start date): a moved occurrence is held on ``start_date`` instead."""

    event: Event
    start_date: dt.date
    planned: dt.date
    end_date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    status: Status = "scheduled"
    note: LocalText | None = None
    participants: int | None = None

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def last_day(self) -> dt.date:
        return self.end_date or self.start_date

    @property
    def all_day(self) -> bool:
        return self.start_time is None

    @property
    def order(self) -> tuple[dt.date, dt.time, str]:
        """Where it stands in a list: by day, then time (all-day first), then the event's id."""
        return self.start_date, self.start_time or dt.time.min, self.event.id

    @property
    def key(self) -> str:
        """The occurrence's own id: the event's id, and for a regular activity the planned date."""
        return f"{self.event.id}-{self.planned.isoformat()}" if self.event.repeat else self.event.id

    def within(self, first: dt.date, last: dt.date) -> bool:
        """Whether it is held on at least one day from ``first`` to ``last``."""
        return self.last_day >= first and self.start_date <= last


def of_event(event: Event, last: dt.date) -> list[Occurrence]:
    """The event's occurrences whose planned date is on or before ``last`` (every one, for a one-off event)."""
    if event.repeat is None:
        return [Occurrence(event, event.start_date, event.start_date, event.end_date, event.start_time,
                           event.end_time, event.status, participants=event.participants)]
    return [_dated(event, day) for day in event.repeat.dates(event.start_date, last)]


def between(events: Iterable[Event], first: dt.date, last: dt.date) -> list[Occurrence]:
    """Every occurrence of ``events`` held on a day from ``first`` to ``last``, in date order. In a window
    without an end (``last`` is ``date.max``), an activity without an end is followed for a year from ``first``.
    A date moved into the window from up to a year after it is included."""
    found = [o for event in events for o in of_event(event, _planned_until(event, first, last))
             if o.within(first, last)]
    return sorted(found, key=lambda o: o.order)


def _planned_until(event: Event, first: dt.date, last: dt.date) -> dt.date:
    if last == dt.date.max and event.repeat and event.repeat.until is None and event.repeat.count is None:
        last = first + OPEN_ENDED
    return last + MOVED_BY if last < dt.date.max - MOVED_BY else dt.date.max


def listed(events: Iterable[Event], today: dt.date, until: dt.date) -> tuple[list[Occurrence], list[Occurrence]]:
    """What a list of events shows on ``today``: the coming occurrences (a one-off event's whatever its date, a
    regular activity's up to ``until``), and the past ones, each in date order."""
    events = list(events)
    coming = [o for o in between(events, today, until) if o.event.repeat]
    coming += [o for o in between((e for e in events if not e.repeat), today, dt.date.max)]
    past = [o for o in between(events, dt.date.min, today - dt.timedelta(days=1)) if o.last_day < today]
    return sorted(coming, key=lambda o: o.order), sorted(past, key=lambda o: o.order)



def listed_until(today: dt.date) -> dt.date:
    """The last day a list shows a regular activity's dates on ``today``: the end of the next month."""
    index = today.month - 1 + LISTED_MONTHS
    return dt.date(today.year + index // 12, index % 12 + 1, 1) - dt.timedelta(days=1)


def horizon(event: Event, today: dt.date) -> dt.date:
    """The last day the event's dates are listed to: its series' last date, or a year after ``today``."""
    last = event.repeat.last_date(event.start_date) if event.repeat else event.last_day
    return last or today + OPEN_ENDED


def next_of(event: Event, today: dt.date, count: int) -> list[Occurrence]:
    """The event's next ``count`` occurrences not over on ``today``, cancelled and moved ones included."""
    upcoming = [o for o in of_event(event, horizon(event, today)) if o.last_day >= today]
    return sorted(upcoming, key=lambda o: o.order)[:count]


def _dated(event: Event, day: dt.date) -> Occurrence:
    change = event.repeat.change_on(day)
    base = Occurrence(event, day, day, None, event.start_time, event.end_time, event.status)
    if change is None or event.status != "scheduled":
        return base
    if change.cancelled:
        return Occurrence(event, day, day, None, event.start_time, event.end_time, "cancelled", change.note)
    if change.moves:
        return Occurrence(event, change.moved_to or day, day, None, change.start_time or event.start_time,
                          change.end_time or event.end_time, "moved", change.note, change.participants)
    return Occurrence(event, day, day, None, event.start_time, event.end_time, "scheduled", change.note,
                      change.participants)
