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
    """Every occurrence of ``events`` held on a day from ``first`` to ``last``, in date order. A date moved
    into the window from up to a year after it is included."""
    found = [o for event in events for o in of_event(event, last + dt.timedelta(days=366)) if o.within(first, last)]
    return sorted(found, key=lambda o: o.order)


OPEN_ENDED = dt.timedelta(days=366)
"""How far past the build day an activity without an end is followed where every date is listed (its calendar's
dates left out, the next dates on its page)."""


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
