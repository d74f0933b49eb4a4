"""Events and ways to take part: the coming weeks by month with filters and a calendar to subscribe to, an
archive of past events, a page per event with its own calendar file and JSON-LD, feed entries, the
自治体標準オープンデータセット「イベント一覧」 CSV, and the digest's events and open calls."""

from __future__ import annotations

import datetime as dt
import itertools
from functools import partial
from urllib.parse import urlencode

from ..html.markup import render_markdown
from ..load.catalog import Catalog
from ..model.kinds import CALENDAR_FEED
from ..model.locales import Locale
from ..model.models import Event
from ..outputs.atom import FeedEntry
from ..outputs.ical import CalendarWriter
from ..outputs.jsonld import SCHEMA, moment, office, organizer
from ..outputs.opendata_csv import Cell, OpenDataCsv, hhmm
from ..outputs.published import Published
from ..outputs.tables import HHMM, LG_CODE, RECORD_ID, URL, Column, phone
from ..render import whatson
from ..render.digest import DigestItem, Source, Window, first_sentences, for_area
from ..render.filters import event_facets, event_filters
from ..render.pages import Extras, LanguagePages, PageJob
from .base import KindAdapter

EVENT_STATUS = {"scheduled": "EventScheduled", "cancelled": "EventCancelled", "postponed": "EventPostponed"}

STANDARD = ("デジタル庁「自治体標準オープンデータセット」データ項目定義書A「イベント一覧」"
                  "（先頭の項目が 全国地方公共団体コード・ID・地方公共団体名 の31項目の版）")
"""The edition the event table follows. Column names and order were checked against public copies of the
standard; the 2026-08 edition's possible additions (画像, 画像_ライセンス, split 所在地_ columns) could not
be verified offline. When the definition changes, update ``COLUMNS`` and this name together."""

COLUMNS = (
    LG_CODE, RECORD_ID, Column("地方公共団体名", required=True), Column("イベント名", required=True),
    Column("イベント名_カナ", required=True), Column("イベント名_英語"),
    Column("開始日", "date", required=True), Column("終了日", "date", required=True),
    Column("開始時間", "time", HHMM), Column("終了時間", "time", HHMM), Column("開始日時特記事項"), Column("説明"),
    Column("料金(基本)", "integer", minimum=0, required=True), Column("料金(詳細)"),
    Column("連絡先名称"), phone("連絡先電話番号"), Column("連絡先内線番号"), Column("主催者"), Column("場所名称"),
    Column("住所"), Column("方書"), Column("緯度", "number", minimum=-90, maximum=90),
    Column("経度", "number", minimum=-180, maximum=180), Column("アクセス方法"), Column("駐車場情報"),
    Column("定員", "integer", minimum=0), Column("参加申込終了日", "date"), Column("参加申込終了時間", "time", HHMM),
    Column("参加申込方法"), URL, Column("備考"),
)


class EventAdapter(KindAdapter):
    name = "event"
    columns = COLUMNS
    standard = STANDARD
    in_feed = True

    def index(self, pages: LanguagePages) -> Extras:
        coming = pages.once(upcoming)
        return Extras({"months": by_month(coming), "subscribe": _subscription(pages),
                       "filters": event_filters(coming, pages.catalog),
                       "event_facets": lambda event: event_facets(event, pages.catalog)})

    def record(self, pages: LanguagePages, event: Event) -> Extras:
        return Extras({"ended": event.last_day < pages.today, "calendar_file": self.kind.calendar_path(event.id),
                       "print_link": pages.print_link(self.name, event.id)},
                      lambda: linked_data(pages.published, pages.locale, event))

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
        site, venue = out.catalog.site, out.catalog.venues.get(event.venue or "")
        contact_name, contact_phone = _contact(out, event)
        return [(
            site.lg_code, event.id, site.prefecture + out.text(site.city), out.text(event.title), event.title_kana,
            out.english_text(event.title), event.start_date.isoformat(), event.last_day.isoformat(),
            hhmm(event.start_time), hhmm(event.end_time), _status_note(out, event),
            out.text(event.description), event.fee, _fee_detail(out, event),
            contact_name, contact_phone, "", _names(out, event.organizers),
            out.text(venue.name) if venue else out.t("event.online"), out.text(venue.address) if venue else "",
            "", venue.lat if venue else None, venue.lon if venue else None,
            out.text(venue.access) if venue else "", "", event.capacity,
            event.registration.deadline.isoformat() if event.registration.deadline else "", "",
            _registration(out, event), out.url(self.name, event.id),
            event.online_url or "",
        )]

    def digest_sources(self) -> dict[str, Source]:
        return {"events": event_items, "calls": call_items}


def linked_data(published: Published, locale: Locale, event: Event) -> dict | None:
    """The event in schema.org terms, as its kind's vocabulary entry types it (none: no JSON-LD)."""
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


def _status_note(out: OpenDataCsv, event: Event) -> str:
    return "" if event.status == "scheduled" else out.t(f"status.{event.status}")


def _fee_detail(out: OpenDataCsv, event: Event) -> str:
    """The fee in words: the event's note on it, else 無料 or the amount (1,000円)."""
    if event.fee_note:
        return out.text(event.fee_note)
    return out.t("event.free") if event.fee == 0 else out.t("event.yen", amount=f"{event.fee:,}")


def _registration(out: OpenDataCsv, event: Event) -> str:
    if not event.registration.required:
        return out.t("event.registration.none")
    return out.text(event.registration.method)


def _names(out: OpenDataCsv, group_ids: list[str]) -> str:
    groups = out.catalog.groups
    return out.t("list.separator").join(out.text(groups[g].name) for g in group_ids)


def _contact(out: OpenDataCsv, event: Event) -> tuple[str, str]:
    """The first organiser whose contact is public and has a phone; else the city's office."""
    for group_id in event.organizers:
        group = out.catalog.groups[group_id]
        if group.contact and group.contact.public and group.contact.phone:
            return out.text(group.name), group.contact.phone
    office = out.catalog.site.office
    return out.text(office.name), office.phone


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
