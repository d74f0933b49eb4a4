"""The rows of イベント一覧 and 公共施設一覧: a row per language an event is written in, a row per venue.

The columns and the fields they hold are declared in ``model/tables``; here are the rules for what no
field holds as it is: the pattern of an event's days, the split address, the flags read off the venue's
facilities and the event's languages, and the fallbacks for an event's contact and fee in words.

A regular activity has its lines per date (``occurrence``), not one line with its rule: the edition has one start
and end per line, and a reader sees each date as it is. Such a line's ID is ``<event id>-<planned date>``; its
開始日 to 終了日 are that one day (開催パターン 単日) with its own times; 状態 is 中止 for a cancelled date;
開始日時特記事項 says the rule in words (毎週 水曜日 16時30分から19時（年末年始は休み）…) and, for a moved
date, 日時変更 and the date it moved from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..i18n.repeat_words import RepeatWords
from ..model.locales import Locale, babel_locale
from ..model.models import Event, Site, Venue
from ..model.occurrences import Occurrence
from ..model.tables import CSV_TABLES, STANDARD_TRUTH
from .published import Published
from .table_rows import Cell, Row, Rule, TableRows, own_text

ONE_DAY, PERIOD = "単日", "期間"
"""開催パターン: held on one day, or on every day from its start to its end."""
FREE, PAID = "無料", "有料"
"""料金種別."""
YES = STANDARD_TRUTH[0]
FACILITY_FLAGS = {"駐車場情報": "parking", "授乳室": "nursing_room", "おむつ替えコーナー": "baby_changing"}
"""The flags read off the venue's accessibility: 有 where it lists the code, empty (not known) otherwise."""
TOWN = (re.compile(r"(?P<town>\D*?[0-9０-９一二三四五六七八九十]+丁目)(?P<rest>.*)", re.S),
        re.compile(r"(?P<town>\D*)(?P<rest>.*)", re.S))
"""町字 and what follows: the town with its 丁目 where it has one, else up to the first digit."""


def event_pattern(event: Event | Occurrence) -> str:
    """開催パターン: how an event's days fall; each date of a regular activity is one day."""
    return PERIOD if event.last_day != event.start_date else ONE_DAY


@dataclass(frozen=True)
class AddressParts:
    """An address split as 所在地_: prefecture, municipality, town (町字, with its 丁目) and the rest."""

    prefecture: str = ""
    municipality: str = ""
    town: str = ""
    rest: str = ""


def address_parts(address: str, site: Site, city: str) -> AddressParts:
    """The parts of a Japanese address in the site's municipality, ``city`` (the prefecture may be left
    out); an address elsewhere is not split, so nothing is guessed."""
    local = address.removeprefix(site.prefecture)
    if not local.startswith(city):
        return AddressParts()
    rest = local.removeprefix(city)
    match = TOWN[0].fullmatch(rest) or TOWN[1].fullmatch(rest)
    return AddressParts(site.prefecture, city, match["town"], match["rest"])


def row_locales(event: Event, published: Published) -> tuple[Locale, ...]:
    """The languages an event has a row in: those its title is written in whose code is a language
    (言語コード), so not ja-easy (a private-use tag), in the site's order."""
    return tuple(loc for loc in published.locales if event.title.has(loc.code) and "-x-" not in loc.tag)


class EventRows:
    """The event and venue tables' rows, read off the records by their columns and these rules."""

    def __init__(self, published: Published):
        self.published, self.rows = published, TableRows(published)
        self.site = published.catalog.site

    def event(self, event: Event) -> list[tuple[Cell, ...]]:
        venue = self.published.catalog.venues.get(event.venue or "")
        columns, rules = CSV_TABLES["event"].columns, self._event_rules(event, venue)
        return [self.rows.row(columns, Row({"": event, "venue": venue, "site": self.site}, loc), rules)
                for loc in row_locales(event, self.published)]

    def occurrence(self, held: Occurrence) -> list[tuple[Cell, ...]]:
        """One date of a regular activity: a line per language, as the event held on that day."""
        event, venue = held.event, self.published.catalog.venues.get(held.event.venue or "")
        dated = event.model_copy(update={
            "start_date": held.start_date, "end_date": None, "start_time": held.start_time,
            "end_time": held.end_time, "status": "cancelled" if held.status == "cancelled" else event.status,
            "repeat": None}).with_id(held.key)
        columns, rules = CSV_TABLES["event"].columns, self._event_rules(dated, venue)
        rules |= {"コンテンツURL": lambda row: self.published.urls.record(row.locale, "event", event.id),
                  "開催パターン": lambda row: event_pattern(held),
                  "開始日時特記事項": lambda row: self._held_note(held, row.locale)}
        return [self.rows.row(columns, Row({"": dated, "venue": venue, "site": self.site}, loc), rules)
                for loc in row_locales(event, self.published)]

    def _held_note(self, held: Occurrence, locale: Locale) -> str:
        """A regular activity's rule in words, and for a moved date, that it moved and from when."""
        dates = self.published.dates[locale.code]
        notes = [RepeatWords(self.published.strings, locale.code, dates).pattern(held.event)]
        if held.status == "moved":
            notes += [self.published.t(locale, "status.moved"),
                      self.published.t(locale, "event.moved_from", date=dates.date(held.planned))]
        return self.published.t(locale, "list.separator").join(notes)

    def venue(self, venue: Venue) -> list[tuple[Cell, ...]]:
        row = Row({"": venue, "site": self.site}, self.published.locales.default)
        return [self.rows.row(CSV_TABLES["venue"].columns, row, {})]

    def _event_rules(self, event: Event, venue: Venue | None) -> dict[str, Rule]:
        city = self.site.city.root[self._default]
        return {
            "地方公共団体名": lambda row: self.site.prefecture + city,
            "言語コード": lambda row: row.locale.code,
            "コンテンツURL": lambda row: self.published.urls.record(row.locale, "event", event.id),
            "開催パターン": lambda row: event_pattern(event),
            "終了日": lambda row: event.last_day.isoformat(),
            "料金(詳細)": lambda row: self._fee_detail(event, row.locale),
            **self._contact_rules(event), **self._place_rules(venue, city),
            "Web開催": lambda row: event.online_url is not None,
            "料金種別": lambda row: FREE if event.fee == 0 else PAID,
            "外国語対応": lambda row: bool(self._foreign(event)),
            "外国語対応備考": lambda row: self._foreign_names(event, row.locale),
            "参加申込方法": lambda row: self._registration(event, row.locale),
        }

    def _place_rules(self, venue: Venue | None, city: str) -> dict[str, Rule]:
        """An online event's place, the venue's split address and the facilities its accessibility lists."""
        parts = address_parts(venue.address.root.get(self._default, "") if venue else "", self.site, city)
        facilities = venue.accessibility if venue else []
        online = self.published.t
        return {
            "場所名称": lambda row: own_text(venue.name, None, row.locale) if venue else online(row.locale, "event.online"),
            "所在地_全国地方公共団体コード": lambda row: self.site.lg_code if venue else "",
            "所在地_都道府県": lambda row: parts.prefecture, "所在地_市区町村": lambda row: parts.municipality,
            "所在地_町字": lambda row: parts.town, "所在地_番地以下": lambda row: parts.rest,
            **{name: (lambda row, code=code: YES if code in facilities else "")
               for name, code in FACILITY_FLAGS.items()},
        }

    @property
    def _default(self) -> str:
        return self.published.locales.default.code

    def _fee_detail(self, event: Event, locale: Locale) -> str:
        """The fee in words: the event's note on it, else 無料 or the amount (1,000円)."""
        if event.fee_note:
            return own_text(event.fee_note, None, locale)
        key, amount = ("event.free", "") if event.fee == 0 else ("event.yen", f"{event.fee:,}")
        return self.published.t(locale, key, amount=amount)

    def _registration(self, event: Event, locale: Locale) -> str:
        if not event.registration.required:
            return self.published.t(locale, "event.registration.none")
        return own_text(event.registration.method, None, locale)

    def _contact_rules(self, event: Event) -> dict[str, Rule]:
        """Who answers questions: the event's contact, else its first organiser whose contact is public
        and has a phone, else the city's office."""
        name, phone, extension = self._contact(event)
        return {"連絡先名称": lambda row: own_text(name, None, row.locale), "連絡先電話番号": lambda row: phone,
                "連絡先内線番号": lambda row: extension}

    def _contact(self, event: Event):
        if event.contact:
            return event.contact.name, event.contact.phone or "", event.contact.extension or ""
        for group_id in event.organizers:
            group = self.published.catalog.groups[group_id]
            if group.contact and group.contact.public and group.contact.phone:
                return group.name, group.contact.phone, ""
        office = self.site.office
        return office.name, office.phone, ""

    def _foreign(self, event: Event) -> list[Locale]:
        """The languages other than Japanese that the event's title is written in."""
        return [loc for loc in row_locales(event, self.published) if babel_locale(loc.code).language != "ja"]

    def _foreign_names(self, event: Event, locale: Locale) -> str:
        names = (babel_locale(loc.code).get_display_name(babel_locale(locale.code)) for loc in self._foreign(event))
        return self.published.t(locale, "list.separator").join(names)
