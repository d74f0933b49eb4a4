"""Events and ways to take part: the coming weeks by month with filters and a calendar to subscribe to, an
archive of past events, a page per event with its own calendar file and JSON-LD, feed entries, the
自治体標準オープンデータセット「イベント一覧」 CSV, and the digest's events and open calls."""

from __future__ import annotations

import datetime as dt
import itertools
from urllib.parse import urlencode

from ..html.markup import render_markdown
from ..load.catalog import Catalog
from ..model.kinds import CALENDAR_FEED
from ..model.locales import Locale
from ..model.models import Event
from ..outputs.atom import FeedEntry
from ..outputs.ical import CalendarWriter
from ..outputs.opendata_csv import OpenDataCsv
from ..outputs.opendata_event import EventRows
from ..outputs.published import Published
from ..outputs.table_rows import Cell
from ..render import whatson
from ..render.digest import DigestItem, Source, Window, first_sentences, for_area
from ..render.filters import event_facets, event_filters
from ..render.pages import Extras, LanguagePages, PageJob
from .base import KindAdapter


class EventAdapter(KindAdapter):
    name = "event"
    in_feed = True

    def index(self, pages: LanguagePages) -> Extras:
        coming = pages.once(upcoming)
        return Extras({"months": by_month(coming), "subscribe": _subscription(pages),
                       "filters": event_filters(coming, pages.catalog),
                       "event_facets": lambda event: event_facets(event, pages.catalog)})

    def record(self, pages: LanguagePages, event: Event) -> Extras:
        return Extras({"ended": event.last_day < pages.today, "calendar_file": self.kind.calendar_path(event.id),
                       "print_link": pages.print_link(self.name, event.id)},
                      lambda: pages.linked.event(pages.locale, event))

    def archives(self, pages: LanguagePages) -> list[PageJob]:
        return [PageJob(self.kind.archive_src, self.kind.archive_template, lambda v: v.t(self.kind.archive_title),
                        {"months": by_month(_past(pages), reverse=True)})]

    def calendar(self, calendars: CalendarWriter, locale: Locale, event: Event) -> bytes:
        return calendars.single(locale, event)

    def feed_entry(self, published: Published, locale: Locale, event: Event) -> FeedEntry:
        """An event: its status before its title where it is not as planned, when it is on as the summary."""
        title = published.text(locale, event.title)
        if event.status != "scheduled":
            title = f"{published.t(locale, f'status.{event.status}')}: {title}"
        when = published.dates[locale.code].when(event.start_date, event.end_date, event.start_time, event.end_time)
        return FeedEntry(published.urls.record(locale, self.name, event.id), title, event.updated, when,
                         render_markdown(published.text(locale, event.description)))

    def csv_rows(self, out: OpenDataCsv, event: Event) -> list[tuple[Cell, ...]]:
        """A line per language the event is written in (``outputs/opendata_event``)."""
        return EventRows(out.published).event(event)

    def digest_sources(self) -> dict[str, Source]:
        return {"events": event_items, "calls": call_items}


def upcoming(pages: LanguagePages) -> list[Event]:
    """The events not over on the build day, in date order."""
    return sorted((e for e in pages.catalog.events.values() if e.last_day >= pages.today), key=lambda e: e.order)


def _past(pages: LanguagePages) -> list[Event]:
    return sorted((e for e in pages.catalog.events.values() if e.last_day < pages.today), key=lambda e: e.order)


def by_month(events: list[Event], reverse: bool = False) -> list[tuple[dt.date, list[Event]]]:
    """``events`` by the month they start in."""
    months = [(month, list(items)) for month, items in
              itertools.groupby(events, key=lambda e: e.start_date.replace(day=1))]
    return months[::-1] if reverse else months


def _subscription(pages: LanguagePages) -> dict:
    """Addresses for subscribing to the events calendar: webcal:// and Google Calendar."""
    webcal = pages.published.urls.webcal(pages.locale, CALENDAR_FEED)
    return {"file": CALENDAR_FEED, "webcal": webcal,
            "google": "https://calendar.google.com/calendar/render?" + urlencode({"cid": webcal})}


def event_items(catalog: Catalog, days: Window) -> list[DigestItem]:
    """The events (open calls apart) in or for the area on the window's days, in date order."""
    events = [e for e in catalog.events.values() if for_area(e, catalog, days.area)]
    return [_event_item(e, catalog, _booking_deadline(e)) for e in
            whatson.events_between(events, days.first, days.last, catalog.call_kinds)]


def call_items(catalog: Catalog, days: Window) -> list[DigestItem]:
    """The open calls in or for the area taking answers on the window's days, soonest closing first."""
    events = [e for e in catalog.events.values() if for_area(e, catalog, days.area)]
    return [_event_item(call.event, catalog, call.closes) for call in
            whatson.calls_between(events, days.first, days.last, catalog.call_kinds)]


def _event_item(event: Event, catalog: Catalog, closes: dt.date | None) -> DigestItem:
    venue = catalog.venues[event.venue] if event.venue else None
    return DigestItem("event", event, event.title, event.summary or first_sentences(event.description), event.start_date,
                      event.end_date, event.start_time, event.end_time, closes, venue, venue is None, event.status)


def _booking_deadline(event: Event) -> dt.date | None:
    """The last day to book, for an event that takes bookings."""
    registration = event.registration
    return registration.deadline if registration.required and event.status == "scheduled" else None


ADAPTER = EventAdapter()
