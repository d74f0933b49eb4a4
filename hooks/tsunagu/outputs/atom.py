"""An Atom feed (RFC 4287) per language of new and updated records (events and support programmes: the kinds
whose adapters give feed entries), written with feedgen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol, Sequence

from feedgen.feed import FeedGenerator

from ..model.kinds import FEED_FILE, RecordKind
from ..model.locales import Locale
from ..model.models import Record
from .published import Published, local_midnight

MAX_ENTRIES = 50


@dataclass(frozen=True)
class FeedEntry:
    """One entry of the feed: a record's page, its title, when it changed, a line on it and its text as HTML."""

    url: str
    title: str
    updated: dt.date
    summary: str
    content_html: str


class FeedSource(Protocol):
    """A kind whose records are in the feed (its adapter, ``tsunagu/kinds/``)."""

    kind: RecordKind

    def feed_entry(self, published: Published, locale: Locale, record: Record) -> FeedEntry:
        ...


class AtomWriter:
    """Writes the feed of each language: the records of ``sources``' kinds, most recently updated first."""

    def __init__(self, published: Published, sources: Sequence[FeedSource]):
        self.published, self.sources = published, sources

    def feed(self, locale: Locale) -> bytes:
        catalog = self.published.catalog
        found = [(record, source) for source in self.sources for record in catalog.records(source.kind.name).values()]
        found = sorted(found, key=lambda pair: (pair[0].updated, pair[0].id), reverse=True)[:MAX_ENTRIES]
        feed = self._head(locale, [record for record, _ in found])
        for record, source in reversed(found):  # feedgen puts the last added entry first
            self._entry(feed, source.feed_entry(self.published, locale, record))
        return feed.atom_str(pretty=True)

    def _head(self, locale: Locale, records: list[Record]) -> FeedGenerator:
        urls, office = self.published.urls, self.published.catalog.site.office
        feed = FeedGenerator()
        feed.id(urls.of(locale, FEED_FILE))
        feed.title(self.published.t(locale, "feed.title", city=self.published.city(locale)))
        feed.author({"name": self.published.text(locale, office.name), "email": office.email})
        feed.link(href=urls.of(locale, FEED_FILE), rel="self", type="application/atom+xml")
        feed.link(href=urls.index(locale, "event"), rel="alternate", type="text/html")
        feed.language(locale.tag)
        feed.rights(self.published.catalog.site.license.name)
        if records:
            feed.updated(local_midnight(records[0].updated))
        return feed

    @staticmethod
    def _entry(feed: FeedGenerator, found: FeedEntry) -> None:
        entry = feed.add_entry()
        entry.id(found.url)
        entry.title(found.title)
        entry.link(href=found.url, rel="alternate", type="text/html")
        entry.updated(local_midnight(found.updated))
        entry.summary(found.summary)
        entry.content(found.content_html, type="html")
