"""Events and ways to take part: the coming weeks by month with filters and a calendar to subscribe to, an
archive of past events, a page per event with its own calendar file and JSON-LD, feed entries, the
自治体標準オープンデータセット「イベント一覧」 CSV, and the digest's events and open calls.

Lists hold occurrences (``model/occurrences.py``): a regular activity's dates of this month and the next each
count as an event. The event CSV has lines per occurrence (``outputs/opendata_event``): a regular activity's
dates held by the end of the next month, or at least its next one.
"""

from __future__ import annotations

import datetime as dt
import itertools
from urllib.parse import urlencode

from markupsafe import escape

from ..html.markup import render_markdown
from ..i18n.repeat_words import RepeatWords
from ..load.catalog import Catalog
from ..model.kinds import CALENDAR_FEED
from ..model.locales import Locale
from ..model.models import Event
from ..model.occurrences import Occurrence, between, listed, listed_until, next_of
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

NEXT_DATES = 8  # a regular activity's page lists its next dates, this many
FEED_DATES = 4  # and its feed entry, this many

class EventAdapter(KindAdapter):
    name = "event"
    in_feed = True

    def index(self, pages: LanguagePages) -> Extras:
        coming = pages.once(upcoming)
        return Extras({"months": by_month(coming), "subscribe": _subscription(pages),
                       "filters": event_filters(coming, pages.catalog),
                       "event_facets": lambda held: event_facets(held, pages.catalog)})

    def record(self, pages: LanguagePages, event: Event) -> Extras:
        """An event's page: whether it has ended, its calendar file and, for a regular activity, its next dates."""
        coming = next_of(event, pages.today, NEXT_DATES) if event.repeat else []
        return Extras({"ended": _ended(event, pages.today), "calendar_file": self.kind.calendar_path(event.id),
                       "next": coming, "print_link": pages.print_link(self.name, event.id)},
                      lambda: pages.linked.event(pages.locale, event, pages.today, coming))

    def archives(self, pages: LanguagePages) -> list[PageJob]:
        return [PageJob(self.kind.archive_src, self.kind.archive_template, lambda v: v.t(self.kind.archive_title),
                        {"months": by_month(_past(pages), reverse=True)})]

    def calendar(self, calendars: CalendarWriter, locale: Locale, event: Event) -> bytes:
        return calendars.single(locale, event)

    def feed_entry(self, published: Published, locale: Locale, event: Event, today: dt.date) -> FeedEntry:
        """An event: its status before its title where it is not as planned, when it is on as the summary. A
        regular activity is one entry: its pattern as the summary, its next dates before its description."""
        title = published.text(locale, event.title)
        if event.status != "scheduled":
            title = f"{published.t(locale, f'status.{event.status}')}: {title}"
        dates = published.dates[locale.code]
        if event.repeat:
            when = RepeatWords(published.strings, locale.code, dates).pattern(event)
        else:
            when = dates.when(event.start_date, event.end_date, event.start_time, event.end_time)
        return FeedEntry(published.urls.record(locale, self.name, event.id), title, event.updated, when,
                         _next_dates(published, locale, event, today)
                         + render_markdown(published.text(locale, event.description)))

    def csv_rows(self, out: OpenDataCsv, event: Event) -> list[tuple[Cell, ...]]:
        """A line per language the event is written in; a regular activity's for each date held by the end of
        the next month, and its next date if it is later (``outputs/opendata_event``)."""
        if event.repeat is None:
            return EventRows(out.published).event(event)
        last = max([listed_until(out.today), *(o.start_date for o in next_of(event, out.today, 1))])
        rows = EventRows(out.published)
        return [row for held in between([event], dt.date.min, last) for row in rows.occurrence(held)]

    def digest_sources(self) -> dict[str, Source]:
        return {"events": event_items, "calls": call_items}


def _next_dates(published: Published, locale: Locale, event: Event, today: dt.date) -> str:
    """A regular activity's next dates as an HTML list, cancelled and moved ones marked; '' for a one-off event."""
    if event.repeat is None:
        return ""
    dates, items = published.dates[locale.code], []
    for held in next_of(event, today, FEED_DATES):
        status = "" if held.status == "scheduled" else f" ({published.t(locale, f'status.{held.status}')})"
        items.append(f"<li>{escape(dates.when(held.start_date, None, held.start_time, held.end_time) + status)}</li>")
    heading = escape(published.t(locale, "event.next"))
    return f"<p>{heading}</p><ul>{''.join(items)}</ul>" if items else ""


def _listed(pages: LanguagePages) -> tuple[list[Occurrence], list[Occurrence]]:
    """The coming and the past occurrences of events: a regular activity's as far as the digests go."""
    return listed(pages.catalog.events.values(), pages.today, listed_until(pages.today))


def upcoming(pages: LanguagePages) -> list[Occurrence]:
    """The occurrences not over on the build day, in date order."""
    return pages.once(_listed)[0]


def _past(pages: LanguagePages) -> list[Occurrence]:
    return pages.once(_listed)[1]


def _ended(event: Event, today: dt.date) -> bool:
    """Whether the event's last day has passed: for a regular activity, its series' last date."""
    if event.repeat is None:
        return event.last_day < today
    last = event.repeat.last_date(event.start_date)
    return last is not None and last < today


def by_month(events: list[Occurrence], reverse: bool = False) -> list[tuple[dt.date, list[Occurrence]]]:
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
    """The events (open calls apart) in or for the area on the window's days, in date order: a regular activity
    once, at its first date in the window, with its dates there."""
    events = [e for e in catalog.events.values() if for_area(e, catalog, days.area)]
    held = whatson.events_between(events, days.first, days.last, catalog.call_kinds)
    series: dict[str, list[Occurrence]] = {}
    for found in held:
        series.setdefault(found.id, []).append(found)
    return [_held_item(found, catalog, series[found.id]) for found in held if series[found.id][0] is found]


def call_items(catalog: Catalog, days: Window) -> list[DigestItem]:
    """The open calls in or for the area taking answers on the window's days, soonest closing first."""
    events = [e for e in catalog.events.values() if for_area(e, catalog, days.area)]
    return [_event_item(call.event, catalog, call.closes) for call in
            whatson.calls_between(events, days.first, days.last, catalog.call_kinds)]


def _event_item(event: Event, catalog: Catalog, closes: dt.date | None) -> DigestItem:
    venue = catalog.venues[event.venue] if event.venue else None
    return DigestItem("event", event, event.title, event.summary or first_sentences(event.description), event.start_date,
                      event.end_date, event.start_time, event.end_time, closes, venue, venue is None, event.status)


def _held_item(held: Occurrence, catalog: Catalog, series: list[Occurrence]) -> DigestItem:
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


ADAPTER = EventAdapter()
