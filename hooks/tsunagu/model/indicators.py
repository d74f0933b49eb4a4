"""An indicator's values per fiscal year, typed or counted from events' participants, and its progress.

Japanese fiscal years run from April to March and are named by the year they start in. A value counted
from events is the sum of the ``participants`` of the events of the given kinds that start in that
fiscal year (cancelled events have none); of a regular activity, those recorded for each date (in
``repeat.changes``) up to the build day. A running total (``cumulative`` target) adds the years'
values from its first year up to each year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from .models import Event, Indicator
from .occurrences import Occurrence, of_event

Value = int | float


def fiscal_year(day: dt.date) -> int:
    """The fiscal year ``day`` falls in: 2027-03-31 is in fiscal 2026."""
    return day.year if day.month >= 4 else day.year - 1


@dataclass(frozen=True)
class YearValue:
    """One fiscal year after the baseline: its own value, the running total and the events counted."""

    fiscal_year: int
    value: Value | None
    total: Value | None = None
    counted: tuple[Occurrence, ...] = ()
    computed: bool = False
    in_progress: bool = False

    @property
    def shown(self) -> Value | None:
        """The value compared with the target: the running total where there is one."""
        return self.total if self.total is not None else self.value


@dataclass(frozen=True)
class Progress:
    """Where an indicator stands on a day: its years from the baseline's next to the target's (or later)."""

    indicator: Indicator
    years: tuple[YearValue, ...]

    @property
    def latest(self) -> YearValue | None:
        """The last year that has a value."""
        return next((year for year in reversed(self.years) if year.shown is not None), None)

    @property
    def rising(self) -> bool:
        """Whether the target is to go up (or stay), rather than down."""
        return self.indicator.target.value >= self.indicator.baseline.value

    @property
    def percent(self) -> int | None:
        """The latest value as a whole percentage of a rising target, rounded down; None without either."""
        target, latest = self.indicator.target.value, self.latest
        if latest is None or not self.rising or target <= 0:
            return None
        return int(latest.shown * 100 // target)

    @property
    def achieved(self) -> bool:
        latest, target = self.latest, self.indicator.target.value
        if latest is None:
            return False
        return latest.shown >= target if self.rising else latest.shown <= target

    @property
    def peak(self) -> Value:
        """The largest value the chart must hold: the baseline, the target or a year's."""
        values = [self.indicator.baseline.value, self.indicator.target.value]
        return max(values + [year.shown for year in self.years if year.shown is not None])


def progress(indicator: Indicator, events: Iterable[Event], today: dt.date) -> Progress:
    """``indicator`` on ``today``: every fiscal year from the baseline's next up to the target's, or the last
    year with a typed value if later."""
    typed = {actual.fiscal_year: actual.value for actual in indicator.actuals}
    counted = _counted_events(indicator, events, today)
    last = max([indicator.target.fiscal_year, *typed])
    years, running = [], _RunningTotal(indicator)
    for year in range(indicator.baseline.fiscal_year + 1, last + 1):
        computed = indicator.counts_participants(year)
        events_of_year = tuple(counted.get(year, ())) if computed else ()
        value = sum(e.participants for e in events_of_year) if events_of_year else typed.get(year)
        years.append(YearValue(year, value, running.add(year, value), events_of_year, computed,
                               year == fiscal_year(today)))
    return Progress(indicator, tuple(years))


def _counted_events(indicator: Indicator, events: Iterable[Event], today: dt.date) -> dict[int, list[Occurrence]]:
    """The occurrences whose participants the indicator counts, by fiscal year, in date order."""
    found: dict[int, list[Occurrence]] = {}
    if indicator.participants_of is None:
        return found
    kinds = set(indicator.participants_of.event_kinds)
    held = [o for event in events if event.kind in kinds for o in of_event(event, today) if o.participants is not None]
    for occurrence in sorted(held, key=lambda o: o.order):
        found.setdefault(fiscal_year(occurrence.start_date), []).append(occurrence)
    return found


class _RunningTotal:
    """Adds up a cumulative indicator's years from its first counted year; nothing for other indicators."""

    def __init__(self, indicator: Indicator):
        target = indicator.target
        self.first = (target.counted_from or indicator.baseline.fiscal_year + 1) if target.cumulative else None
        self.sum: Value = 0

    def add(self, year: int, value: Value | None) -> Value | None:
        """The total up to ``year`` when it has a value and is counted; else None."""
        if self.first is None or year < self.first or value is None:
            return None
        self.sum += value
        return self.sum
