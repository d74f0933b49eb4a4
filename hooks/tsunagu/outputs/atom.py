"""An Atom feed (RFC 4287) per language of new and updated events, written with feedgen."""

from __future__ import annotations

from feedgen.feed import FeedGenerator

from ..model.locales import Locale
from ..html.markup import render_markdown
from ..model.models import Event
from .published import Published, local_midnight

FEED_PATH = "feed.xml"
MAX_ENTRIES = 50


class AtomWriter:
    """Writes the events feed of each language, most recently updated first."""

    def __init__(self, published: Published):
        self.published = published

    def feed(self, locale: Locale) -> bytes:
        events = sorted(self.published.catalog.events.values(), key=lambda e: (e.updated, e.id), reverse=True)
        events = events[:MAX_ENTRIES]
        feed = self._head(locale, events)
        for event in reversed(events):  # feedgen puts the last added entry first
            self._entry(feed, locale, event)
        return feed.atom_str(pretty=True)

    def _head(self, locale: Locale, events: list[Event]) -> FeedGenerator:
        urls, office = self.published.urls, self.published.catalog.site.office
        feed = FeedGenerator()
        feed.id(urls.of(locale, FEED_PATH))
        feed.title(self.published.t(locale, "feed.title", city=self.published.city(locale)))
        feed.author({"name": self.published.text(locale, office.name), "email": office.email})
        feed.link(href=urls.of(locale, FEED_PATH), rel="self", type="application/atom+xml")
        feed.link(href=urls.of(locale, "events/"), rel="alternate", type="text/html")
        feed.language(locale.tag)
        feed.rights(self.published.catalog.site.license.name)
        if events:
            feed.updated(local_midnight(events[0].updated))
        return feed

    def _entry(self, feed: FeedGenerator, locale: Locale, event: Event) -> None:
        text, url = self.published.text, self.published.urls.record(locale, "event", event.id)
        entry = feed.add_entry()
        entry.id(url)
        entry.title(self._title(locale, event))
        entry.link(href=url, rel="alternate", type="text/html")
        entry.updated(local_midnight(event.updated))
        entry.summary(self.published.dates[locale.code].when(event.start_date, event.end_date,
                                                              event.start_time, event.end_time))
        entry.content(render_markdown(text(locale, event.description)), type="html")

    def _title(self, locale: Locale, event: Event) -> str:
        title = self.published.text(locale, event.title)
        if event.status == "scheduled":
            return title
        return f"{self.published.t(locale, f'status.{event.status}')}: {title}"
