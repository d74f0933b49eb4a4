"""The 回覧板 digest: for each area (地区) and month, what is on in or for the area, to print on A4 and pass
round on paper. Python chooses and orders the items; the templates ``digest.html`` and ``digest_index.html``
render them.

An event is in an area's digest when it is held there (its venue's ``area``) or is for the whole city: held
online, at a venue with no area, or marked ``city_wide``. The digest of a month covers its days from the build
day on: events on at least one of them, and open calls (the event kinds marked ``open_call``) taking answers
on at least one of them, with the same rules as the home page's "what is on" (``whatson``).

Each section of the sheet comes from one source: a function from the catalog and the digest's ``Window`` to
its ``DigestItem``s. The sources are the kinds' adapters' (``tsunagu/kinds/``): another kind of record joins
the digest with one more source in its adapter.
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

MONTHS = 2  # the build day's month and the next
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


Source = Callable[[Catalog, Window], list[DigestItem]]


@dataclass(frozen=True)
class Digest:
    """One area's digest for one month: its window, and each section's items."""

    month: dt.date
    window: Window
    sections: list[tuple[str, list[DigestItem]]]

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


def digest(catalog: Catalog, area: str, month: dt.date, today: dt.date, sources: dict[str, Source]) -> Digest:
    """The digest of ``area`` for ``month``, as it stands on ``today``: a section per source (its UI keys are
    ``digest.<section>.title`` and ``digest.<section>.none``), in ``sources``' order."""
    days = window(area, month, today)
    return Digest(month, days, [(section, source(catalog, days)) for section, source in sources.items()])


def for_area(event: Event, catalog: Catalog, area: str) -> bool:
    """Whether ``event`` belongs in ``area``'s digest: held there, or for the whole city."""
    return whole_city(event, catalog) or catalog.venues[event.venue].area == area


def whole_city(event: Event, catalog: Catalog) -> bool:
    """Whether ``event`` is for every area: held online, at a venue with no area, or marked ``city_wide``."""
    return event.city_wide or event.venue is None or catalog.venues[event.venue].area is None


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
