"""An Atom feed (RFC 4287) per language of new and updated events and support programmes, written with feedgen.

A regular activity is one entry (it is one record, updated as one): its summary is its pattern in words, and its
content lists its next dates, cancelled and moved ones marked, before its description.
"""

from __future__ import annotations

import datetime as dt

from feedgen.feed import FeedGenerator
from markupsafe import escape

from ..model.locales import Locale
from ..html.markup import render_markdown
from ..i18n.repeat_words import RepeatWords
from ..model.models import Event, Record, Support
from ..model.occurrences import next_of
from .published import Published, local_midnight

FEED_PATH = "feed.xml"
MAX_ENTRIES = 50
NEXT_DATES = 4  # the next dates of a regular activity its entry lists


class AtomWriter:
    """Writes the feed of each language: events and support programmes, most recently updated first."""

    def __init__(self, published: Published, today: dt.date):
        self.published, self.today = published, today

    def feed(self, locale: Locale) -> bytes:
        catalog = self.published.catalog
        records = [*catalog.events.values(), *catalog.support.values()]
        records = sorted(records, key=lambda r: (r.updated, r.id), reverse=True)[:MAX_ENTRIES]
        feed = self._head(locale, records)
        for record in reversed(records):  # feedgen puts the last added entry first
            if isinstance(record, Event):
                self._entry(feed, locale, record)
            else:
                self._support_entry(feed, locale, record)
        return feed.atom_str(pretty=True)

    def _head(self, locale: Locale, records: list[Record]) -> FeedGenerator:
        urls, office = self.published.urls, self.published.catalog.site.office
        feed = FeedGenerator()
        feed.id(urls.of(locale, FEED_PATH))
        feed.title(self.published.t(locale, "feed.title", city=self.published.city(locale)))
        feed.author({"name": self.published.text(locale, office.name), "email": office.email})
        feed.link(href=urls.of(locale, FEED_PATH), rel="self", type="application/atom+xml")
        feed.link(href=urls.of(locale, "events/"), rel="alternate", type="text/html")
        feed.language(locale.tag)
        feed.rights(self.published.catalog.site.license.name)
        if records:
            feed.updated(local_midnight(records[0].updated))
        return feed

    def _entry(self, feed: FeedGenerator, locale: Locale, event: Event) -> None:
        text, url = self.published.text, self.published.urls.record(locale, "event", event.id)
        entry = feed.add_entry()
        entry.id(url)
        entry.title(self._title(locale, event))
        entry.link(href=url, rel="alternate", type="text/html")
        entry.updated(local_midnight(event.updated))
        entry.summary(self._when(locale, event))
        entry.content(self._next_dates(locale, event) + render_markdown(text(locale, event.description)), type="html")

    def _when(self, locale: Locale, event: Event) -> str:
        dates = self.published.dates[locale.code]
        if event.repeat:
            return RepeatWords(self.published.strings, locale.code, dates).pattern(event)
        return dates.when(event.start_date, event.end_date, event.start_time, event.end_time)

    def _next_dates(self, locale: Locale, event: Event) -> str:
        """A regular activity's next dates as an HTML list; nothing for a one-off event."""
        if event.repeat is None:
            return ""
        dates, items = self.published.dates[locale.code], []
        for held in next_of(event, self.today, NEXT_DATES):
            status = "" if held.status == "scheduled" else f" ({self.published.t(locale, f'status.{held.status}')})"
            when = dates.when(held.start_date, None, held.start_time, held.end_time)
            items.append(f"<li>{escape(when + status)}</li>")
        heading = escape(self.published.t(locale, "event.next"))
        return f"<p>{heading}</p><ul>{''.join(items)}</ul>" if items else ""

    def _title(self, locale: Locale, event: Event) -> str:
        title = self.published.text(locale, event.title)
        if event.status == "scheduled":
            return title
        return f"{self.published.t(locale, f'status.{event.status}')}: {title}"

    def _support_entry(self, feed: FeedGenerator, locale: Locale, programme: Support) -> None:
        """A support programme: its kind before its title, its deadline (or that it is rolling) as the summary."""
        text, url = self.published.text, self.published.urls.record(locale, "support", programme.id)
        kind = text(locale, self.published.catalog.label("support_kinds", programme.kind))
        entry = feed.add_entry()
        entry.id(url)
        entry.title(f"{kind}: {text(locale, programme.title)}")
        entry.link(href=url, rel="alternate", type="text/html")
        entry.updated(local_midnight(programme.updated))
        entry.summary(self._deadline(locale, programme))
        entry.content(render_markdown(f"{text(locale, programme.summary)}\n\n{text(locale, programme.covers)}"),
                      type="html")

    def _deadline(self, locale: Locale, programme: Support) -> str:
        closes = programme.application.closes
        if closes is None:
            return self.published.t(locale, "support.rolling")
        return f"{self.published.t(locale, 'support.deadline')}: {self.published.dates[locale.code].date(closes)}"
