"""What is on, for the home page on the build day: current alerts, the events of the coming weeks and the
calls residents can still answer (events of the kinds marked ``open_call`` in event_kinds.yml, such as
public comments and calls for citizen members, and registration deadlines), and the support programmes
whose application window closes within the coming weeks.

A hand-written page shows it where it holds ``WHATS_ON_MARKER``; Python chooses and orders, the template
``home.html`` renders.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Collection, Iterable

from jinja2 import Environment

from ..load.catalog import Catalog
from ..model.alerts import ShownAlert
from ..model.models import Event, Support
from ..model.occurrences import Occurrence, between
from .support import closing_soon
from .view import View

WHATS_ON_MARKER = "<!-- tsunagu:whats-on -->"
TEMPLATE = "home.html"
WEEKS = 4  # the window: the build day and the 27 days after it
FALLBACK_COUNT = 3  # with nothing in the window, the next events after it


@dataclass(frozen=True)
class OpenCall:
    """An event residents can still answer or book, and the last day they can."""

    event: Event
    closes: dt.date


@dataclass(frozen=True)
class WhatsOn:
    """The home page's sections for one day. ``in_window`` is False when no event falls in the window and
    ``events`` are the next ones after it."""

    alerts: list[ShownAlert]
    events: list[Occurrence]
    in_window: bool
    calls: list[OpenCall]
    support: list[Support]
    weeks: int = WEEKS


def last_day(today: dt.date) -> dt.date:
    """The last day of the window that starts on ``today``."""
    return today + dt.timedelta(weeks=WEEKS, days=-1)


def coming_events(events: Iterable[Event], today: dt.date,
                  call_kinds: Collection[str]) -> tuple[list[Occurrence], bool]:
    """Occurrences of events (those of ``call_kinds`` apart) not yet over that start by the window's last day,
    in date order, and True; when there are none, the next ``FALLBACK_COUNT`` and False."""
    events = list(events)
    soon = events_between(events, today, last_day(today), call_kinds)
    return (soon, True) if soon else (events_between(events, today, dt.date.max, call_kinds)[:FALLBACK_COUNT], False)


def events_between(events: Iterable[Event], first: dt.date, last: dt.date,
                   call_kinds: Collection[str]) -> list[Occurrence]:
    """Occurrences of events (those of ``call_kinds`` apart) on at least one day from ``first`` to ``last``,
    in date order."""
    return between((e for e in events if e.kind not in call_kinds), first, last)


def open_calls(events: Iterable[Event], today: dt.date, call_kinds: Collection[str]) -> list[OpenCall]:
    """The calls (events of ``call_kinds``) open on ``today`` or opening within the window, and the
    registrations closing within it, soonest closing first."""
    calls = [OpenCall(event, closes) for event in events if (closes := closing_day(event, today, call_kinds))]
    return _soonest_first(calls)


def calls_between(events: Iterable[Event], first: dt.date, last: dt.date, call_kinds: Collection[str]) -> list[OpenCall]:
    """The calls (events of ``call_kinds``) open on at least one day from ``first`` to ``last``, soonest closing first."""
    calls = [OpenCall(event, closes) for event in events if (closes := call_closes(event, first, last, call_kinds))]
    return _soonest_first(calls)


def _soonest_first(calls: list[OpenCall]) -> list[OpenCall]:
    return sorted(calls, key=lambda call: (call.closes, call.event.order))


def closing_day(event: Event, today: dt.date, call_kinds: Collection[str]) -> dt.date | None:
    """The day ``event`` stops taking answers or bookings, when it is a call to show on ``today``; else None.
    Cancelled and postponed events take none."""
    if event.kind in call_kinds:
        return call_closes(event, today, last_day(today), call_kinds)
    deadline = event.registration.deadline
    if event.status == "scheduled" and event.registration.required and deadline and today <= deadline <= last_day(today):
        return deadline if event.last_day >= today else None
    return None


def call_closes(event: Event, first: dt.date, last: dt.date, call_kinds: Collection[str]) -> dt.date | None:
    """The day a call (an event of ``call_kinds``) closes, when it takes answers on a day from ``first`` to
    ``last``; else None. Cancelled and postponed calls take none."""
    if event.status != "scheduled" or event.kind not in call_kinds:
        return None
    closes = event.registration.deadline or event.last_day
    return closes if closes >= first and event.start_date <= last else None


def whats_on(catalog: Catalog, today: dt.date, alerts: list[ShownAlert]) -> WhatsOn:
    """The sections for ``today``: ``alerts`` as given (those shown on the day), the events chosen here."""
    events, call_kinds = list(catalog.events.values()), catalog.call_kinds
    coming, in_window = coming_events(events, today, call_kinds)
    support = closing_soon(catalog.support.values(), today, last_day(today))
    return WhatsOn(alerts, coming, in_window, open_calls(events, today, call_kinds), support)


def render(env: Environment, view: View, sections: WhatsOn) -> str:
    """The sections as HTML, for the page ``view`` renders."""
    return env.get_template(TEMPLATE).render(view=view, whats_on=sections)

