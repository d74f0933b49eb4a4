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
from functools import partial
from urllib.parse import urlencode

from markupsafe import escape

from ..html.markup import render_markdown
from ..importing.cells import word_key
from ..importing.tables import headers_of
from ..model import messages
from ..importing.rows import Draft
from ..importing.rules import Site as ImportSite
from ..importing.rules import katakana, name_slug
from ..i18n.repeat_words import RepeatWords
from ..load.catalog import Catalog
from ..model.kinds import CALENDAR_FEED
from ..model.locales import Locale
from ..model.models import Event
from ..model.occurrences import Occurrence, between, listed, listed_until, next_of
from ..outputs.atom import FeedEntry
from ..outputs.ical import CalendarWriter
from ..outputs import jsonld_series
from ..outputs.jsonld import SCHEMA, moment, office, organizer
from ..outputs.opendata_csv import OpenDataCsv
from ..outputs.opendata_event import EventRows
from ..outputs.published import Published
from ..outputs.table_rows import Cell
from ..render import whatson
from ..render.digest import DigestItem, Source, Window, first_sentences, for_area
from ..render.filters import event_facets, event_filters
from ..render.pages import Extras, LanguagePages, PageJob
from .base import KindAdapter

EVENT_STATUS = {"scheduled": "EventScheduled", "cancelled": "EventCancelled", "postponed": "EventPostponed"}

NEXT_DATES = 8  # a regular activity's page lists its next dates, this many
FEED_DATES = 4  # and its feed entry, this many

class EventAdapter(KindAdapter):
    name = "event"

    def import_row(self, draft: Draft, site: ImportSite) -> dict[str, Draft]:
        """An imported row's event: its venue found or made, the standard's conventions undone."""
        return _import_row(draft, site)

    def import_notes(self, fields: frozenset[str]) -> list[str]:
        if "kind" in fields:
            return []
        return [messages.NO_KIND_COLUMN.format(column=headers_of("event")["kind"], kind=DEFAULT_KIND)]

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
                      lambda: linked_data(pages.published, pages.locale, event, pages.today, coming))

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


def linked_data(published: Published, locale: Locale, event: Event, today: dt.date,
                upcoming: list[Occurrence]) -> dict | None:
    """The event in schema.org terms, as its kind's vocabulary entry types it (none: no JSON-LD); a regular
    activity is an EventSeries with its rule and the ``upcoming`` dates its page lists (``jsonld_series``)."""
    data = _one_event(published, locale, event)
    if data is None or event.repeat is None:
        return data
    common = {key: data[key] for key in ("@type", "name", "url", "eventAttendanceMode", "location")}
    schedule = jsonld_series.schedule(event, today)
    series = {key: value for key, value in data.items() if key != "endDate"}
    series["startDate"] = moment(dt.date.fromisoformat(schedule["startDate"]), event.start_time)
    return {**series, "@type": "EventSeries", "eventSchedule": schedule,
            "subEvent": [jsonld_series.sub_event(common, held) for held in upcoming]}


def _one_event(published: Published, locale: Locale, event: Event) -> dict | None:
    schema_type = published.catalog.event_kind(event.kind).schema_type
    if schema_type is None:
        return None
    text, url = partial(published.text, locale), published.urls.record(locale, "event", event.id)
    data = {
        "@context": SCHEMA, "@type": schema_type, "name": text(event.title),
        "description": text(event.description).strip(), "url": url, "inLanguage": locale.tag,
        "startDate": moment(event.start_date, event.start_time),
        "eventStatus": f"{SCHEMA}/{EVENT_STATUS[event.status]}",
        "eventAttendanceMode": f"{SCHEMA}/{'Offline' if event.venue else 'Online'}EventAttendanceMode",
        "location": _location(published, locale, event), "isAccessibleForFree": event.fee == 0,
        "offers": {"@type": "Offer", "price": event.fee, "priceCurrency": "JPY", "url": url,
                   "availability": f"{SCHEMA}/{'InStock' if event.status == 'scheduled' else 'Discontinued'}"},
        "organizer": [organizer(published, locale, published.catalog.groups[g]) for g in event.organizers]
        or [office(published, locale)],
    }
    if event.end_time or event.end_date:
        data["endDate"] = moment(event.last_day, event.end_time)
    if event.capacity:
        data["maximumAttendeeCapacity"] = event.capacity
    return data


def _location(published: Published, locale: Locale, event: Event) -> dict:
    if event.venue is None:
        return {"@type": "VirtualLocation", "url": event.online_url}
    venue = published.catalog.venues[event.venue]
    return {
        "@type": "Place", "name": published.text(locale, venue.name),
        "address": {"@type": "PostalAddress", "streetAddress": published.text(locale, venue.address),
                    "addressCountry": "JP"},
        "geo": {"@type": "GeoCoordinates", "latitude": venue.lat, "longitude": venue.lon},
    }


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


# Import (tsunagu import event): what the standard's rows say that no single cell does.
DEFAULT_KIND = "other"
"""The kind an imported event without one takes, when the site's event_kinds.yml has it."""
VENUE_FIELDS = ("venue.name", "venue.address", "venue.building", "venue.lat", "venue.lon", "venue.access")


def _import_row(draft: Draft, site: ImportSite) -> dict[str, Draft]:
    """An event's own fields settled; a venue the row describes but the site lacks comes as a second draft."""
    katakana(draft, "title_kana")
    _default_kind(draft, site)
    _description(draft)
    _one_day(draft)
    _registration(draft, site)
    _fee_note(draft, site)
    if "online_url" in draft.values and _says(draft, "venue.name", "event.online", site, empty=True):
        _drop_venue(draft)
        return {}
    return _venue(draft, site)


def _says(draft: Draft, path: str, key: str, site: ImportSite, empty: bool = False) -> bool:
    """Whether the text at ``path`` is the UI's ``key`` in some language (or missing, when ``empty``)."""
    texts = draft.values.get(path)
    if not texts:
        return empty
    return all(word_key(text) in site.labels.get(key, set()) for text in texts.values())


def _one_day(draft: Draft) -> None:
    """The standard writes the start date as the end date of a one-day event; the record has none."""
    if draft.get("end_date") is not None and draft.get("end_date") == draft.get("start_date"):
        del draft.values["end_date"]


def _registration(draft: Draft, site: ImportSite) -> None:
    """No registration when 参加申込方法 says so in the UI's words; registration when it names a way."""
    if _says(draft, "registration.method", "event.registration.none", site):
        del draft.values["registration.method"]
    elif "registration.method" in draft.values or "registration.url" in draft.values:
        draft.values["registration.required"] = True


def _fee_note(draft: Draft, site: ImportSite) -> None:
    """The export writes the UI's "free" or the amount (1,000円, ¥1,000) when there is no note: no note to keep."""
    fee, notes = draft.get("fee", 0), draft.get("fee_note") or {}
    if fee == 0:
        written = site.labels.get("event.free", set()) | {word_key("無料")}
    else:
        templates = site.labels.get("event.yen", set())
        written = {word_key(template.replace("{amount}", f"{fee:,}")) for template in templates}
    if notes and all(word_key(note) in written for note in notes.values()):
        del draft.values["fee_note"]


def _default_kind(draft: Draft, site: ImportSite) -> None:
    if "kind" not in draft.values and DEFAULT_KIND in site.vocabularies.get("event_kinds", set()):
        draft.values["kind"] = DEFAULT_KIND
        if "kind" in site.file_fields:
            draft.note(draft.column_of("kind"), messages.DEFAULT_TAKEN.format(value=DEFAULT_KIND))


def _description(draft: Draft) -> None:
    if "description" not in draft.values and "summary" in draft.values:
        draft.values["description"] = dict(draft.values["summary"])
        draft.note(draft.column_of("description"), messages.TEXT_TAKEN.format(column=draft.column_of("summary")))


def _drop_venue(draft: Draft) -> None:
    for path in VENUE_FIELDS:
        draft.values.pop(path, None)


def _venue(draft: Draft, site: ImportSite) -> dict[str, Draft]:
    """The venue found by its name in the default language; a row in another language takes the venue of
    its ID's row in the default language."""
    venue = {path.removeprefix("venue."): draft.values.pop(path) for path in VENUE_FIELDS if path in draft.values}
    draft.related = {name: texts for name, texts in venue.items() if isinstance(texts, dict)}
    if "venue" in draft.values or site.default_locale not in (venue.get("name") or {site.default_locale: ""}):
        return {}
    name = venue["name"][site.default_locale] if "name" in venue else None
    if not name:
        draft.problem(draft.column_of("venue.name"), messages.VENUE_NEEDED.format())
        return {}
    known = site.venue_names.get(word_key(name))
    if known:
        draft.values["venue"] = known
        return {}
    return _new_venue(draft, venue, name, site)


def _new_venue(draft: Draft, venue: dict, name: str, site: ImportSite) -> dict[str, Draft]:
    missing = [path for path in ("venue.address", "venue.lat", "venue.lon") if path.removeprefix("venue.") not in venue]
    if missing:
        columns = ", ".join(draft.column_of(p) for p in missing)
        draft.problem(draft.column_of("venue.name"), messages.VENUE_UNKNOWN.format(name=name, columns=columns))
        return {}
    venue_id = name_slug(name)
    made = Draft(draft.line, values={**venue, "updated": site.today},
                 columns={path.removeprefix("venue."): draft.column_of(path) for path in VENUE_FIELDS})
    draft.values["venue"] = venue_id
    site.venue_names[word_key(name)] = venue_id
    draft.note(draft.column_of("venue.name"), messages.VENUE_MADE.format(name=name, id=venue_id))
    return {venue_id: made}
