"""The 回覧板 digest: for each area (地区) and month, what is on in or for the area, to print on A4 and pass
round on paper. Python chooses and orders the items; the templates ``digest.html`` and ``digest_index.html``
render them.

An event is in an area's digest when it is held there (its venue's ``area``) or is for the whole city: held
online, at a venue with no area, or marked ``city_wide``. The digest of a month covers its days from the build
day on: events on at least one of them, and open calls (the event kinds marked ``open_call``) taking answers
on at least one of them, with the same rules as the home page's "what is on" (``whatson``).

A regular activity is one item, saying its pattern and listing its dates in the window (cancelled and moved
ones marked), so a busy month of weekly activities stays short. The sheet keeps within two A4 sheets by
listing at most ``MAX_EVENTS`` events (the soonest); the section then says how many more there are and
points to the events page, whose QR code the contact box already carries (the site's home page).

Each section of the sheet comes from one source in ``SOURCES``: a function from the catalog and the digest's
``Window`` to its ``DigestItem``s. Another kind of record joins the digest with one more source.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from html import unescape
from typing import Callable

import nh3

from ..html.markup import render_markdown
from ..load.catalog import Catalog
from ..model.fields import LocalText
from ..model.models import Event, Record, Venue
from ..model.occurrences import LISTED_MONTHS, Occurrence
from . import whatson

SECTION = "digest"
MONTHS = LISTED_MONTHS  # the build day's month and the next: as far as lists show a regular activity's dates
MAX_EVENTS = 10  # what two A4 sheets hold beside the open calls and support programmes
_SENTENCE = re.compile(r".+?(?:[。！？]|[.!?](?=\s|$))", re.S)


@dataclass(frozen=True)
class Window:
    """What a digest covers: an area, and the days from ``first`` to ``last``."""

    area: str
    first: dt.date
    last: dt.date


@dataclass(frozen=True)
class DigestItem:
    """One entry of a digest: a record with a page, and what the sheet says of it. ``start`` to ``end`` (with
    times, if any) is when it is on; ``closes`` the last day to answer or book; ``venue`` None and ``online``
    False: the item has no place."""

    kind: str
    record: Record
    title: LocalText
    summary: LocalText | None
    start: dt.date
    end: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    closes: dt.date | None = None
    venue: Venue | None = None
    online: bool = False
    status: str = "scheduled"
    when_label: str = "event.when"
    """The UI key that names ``start`` to ``end``: when an event is on, or when a programme takes applications."""
    dates: tuple[Occurrence, ...] = ()
    """A regular activity's occurrences in the window (the item then says its pattern)."""


Source = Callable[[Catalog, Window], list[DigestItem]]


@dataclass(frozen=True)
class Digest:
    """One area's digest for one month: its window, and each section's items (the sections in ``SOURCES`` order)."""

    month: dt.date
    window: Window
    sections: list[tuple[str, list[DigestItem]]]
    more: int = 0
    """How many events there are beyond those listed (``MAX_EVENTS``)."""

    @property
    def area(self) -> str:
        return self.window.area


def months(today: dt.date) -> list[dt.date]:
    """The first days of the months that have digests on ``today``."""
    first = today.replace(day=1)
    return [_add_months(first, n) for n in range(MONTHS)]


def window(area: str, month: dt.date, today: dt.date) -> Window:
    """The days of ``month`` a digest covers on ``today``: those from the build day on."""
    return Window(area, max(month, today), _add_months(month, 1) - dt.timedelta(days=1))


def digest(catalog: Catalog, area: str, month: dt.date, today: dt.date) -> Digest:
    """The digest of ``area`` for ``month``, as it stands on ``today``."""
    days = window(area, month, today)
    sections = [(section, source(catalog, days)) for section, source in SOURCES.items()]
    events = dict(sections)["events"]
    listed = [(name, items[:MAX_EVENTS] if name == "events" else items) for name, items in sections]
    return Digest(month, days, listed, max(0, len(events) - MAX_EVENTS))


def page_src(area: str, month: dt.date) -> str:
    """Source name of a digest page, e.g. ``digest/kita/2026-12.md``: the same in every language."""
    return f"{SECTION}/{area}/{month:%Y-%m}.md"


def for_area(event: Event, catalog: Catalog, area: str) -> bool:
    """Whether ``event`` belongs in ``area``'s digest: held there, or for the whole city."""
    return whole_city(event, catalog) or catalog.venues[event.venue].area == area


def whole_city(event: Event, catalog: Catalog) -> bool:
    """Whether ``event`` is for every area: held online, at a venue with no area, or marked ``city_wide``."""
    return event.city_wide or event.venue is None or catalog.venues[event.venue].area is None


def event_items(catalog: Catalog, days: Window) -> list[DigestItem]:
    """The events (open calls apart) in or for the area on the window's days, in date order: a regular activity
    once, at its first date in the window."""
    events = [e for e in catalog.events.values() if for_area(e, catalog, days.area)]
    held = whatson.events_between(events, days.first, days.last, catalog.call_kinds)
    series: dict[str, list[Occurrence]] = {}
    for found in held:
        series.setdefault(found.id, []).append(found)
    return [_event_item(found, catalog, series[found.id]) for found in held if series[found.id][0] is found]


def call_items(catalog: Catalog, days: Window) -> list[DigestItem]:
    """The open calls in or for the area taking answers on the window's days, soonest closing first."""
    events = [e for e in catalog.events.values() if for_area(e, catalog, days.area)]
    return [_call_item(call.event, catalog, call.closes) for call in
            whatson.calls_between(events, days.first, days.last, catalog.call_kinds)]


def support_items(catalog: Catalog, days: Window) -> list[DigestItem]:
    """The support programmes whose applications close on the window's days (for every area), soonest first."""
    found = [p for p in catalog.records("support").values()
             if p.application.closes and days.first <= p.application.closes <= days.last]
    return [DigestItem("support", p, p.title, p.summary, p.application.opens or p.application.closes,
                       p.application.closes, closes=p.application.closes, when_label="support.window")
            for p in sorted(found, key=lambda p: (p.application.closes, p.id))]


SOURCES: dict[str, Source] = {"events": event_items, "calls": call_items, "support": support_items}
"""Each section of the sheet (its UI keys are ``digest.<section>.title`` and ``digest.<section>.none``) and its source."""


def _call_item(event: Event, catalog: Catalog, closes: dt.date | None) -> DigestItem:
    venue = catalog.venues[event.venue] if event.venue else None
    return DigestItem("event", event, event.title, event.summary or first_sentences(event.description), event.start_date,
                      event.end_date, event.start_time, event.end_time, closes, venue, venue is None, event.status)


def _event_item(held: Occurrence, catalog: Catalog, series: list[Occurrence]) -> DigestItem:
    event = held.event
    venue = catalog.venues[event.venue] if event.venue else None
    return DigestItem("event", event, event.title, event.summary or first_sentences(event.description),
                      held.start_date, held.end_date, held.start_time, held.end_time, _booking_deadline(event), venue,
                      venue is None, event.status if event.repeat else held.status,
                      dates=tuple(series) if event.repeat else ())


def _booking_deadline(event: Event) -> dt.date | None:
    """The last day to book, for an event that takes bookings."""
    registration = event.registration
    return registration.deadline if registration.required and event.status == "scheduled" else None


def first_sentences(markdown: LocalText) -> LocalText:
    """The first sentence of a Markdown text in each of its languages, as plain text: a record's short line
    where it has no summary."""
    return LocalText({code: first_sentence(text) for code, text in markdown.root.items()})


def first_sentence(markdown: str) -> str:
    paragraph = markdown.strip().split("\n\n", 1)[0]
    text = " ".join(unescape(nh3.clean(render_markdown(paragraph), tags=set())).split())
    found = _SENTENCE.match(text)
    return found[0] if found else text


def _add_months(first: dt.date, count: int) -> dt.date:
    index = first.month - 1 + count
    return dt.date(first.year + index // 12, index % 12 + 1, 1)
