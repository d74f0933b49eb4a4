"""Open data as CSV: the 自治体標準オープンデータセット「イベント一覧」 and three lists of our own.

The event list has a line per occurrence: a regular activity's dates each have one (those held by the
build day and those of its month and the next, or at least its next one), with the ID
``<event id>-<planned date>``, their own 開始日・終了日・開始時間・終了時間, and in 開始日時特記事項 the pattern in words and whether that date is
cancelled or moved. A reader of the standard's edition (one start and end per line) then sees each date
as it is, rather than one line from the first date to the last.

The tables and their columns are declared in ``tables``. Files are UTF-8 with a BOM and CRLF line
endings, one record per line (line breaks inside texts become spaces), quoted where needed by the csv
module; each is written with its Table Schema next to it.

The formula guard: a text that a spreadsheet would run as a formula (starting with = + - @, tab or
carriage return, and not a plain number) gets a leading apostrophe. Values of a checked form are
written as they are: numbers, dates, times, and texts in a column with a pattern (IDs, phone numbers)
that match it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from typing import Callable

from ..i18n.dates import wareki_fiscal_year
from ..model.indicators import YearValue, progress
from ..model.locales import Locale
from ..i18n.repeat_words import RepeatWords
from ..model.models import Event, Group, Indicator, Support, Term
from ..model.occurrences import Occurrence, between, listed_until, next_of
from .published import Published
from .tables import CSV_TABLES, INDICATOR_ROWS, Column, CsvTable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?")

Cell = str | int | float | None


def inert(text: str) -> str:
    """A text on one line that no spreadsheet runs as a formula; a plain number stays as it is."""
    line = re.sub(r"\s*[\r\n]+\s*", " ", text).strip()
    runs = line.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(line)
    return "'" + line if runs else line


def _cell(column: Column, value: Cell) -> Cell:
    """``value`` as written: typed values as they are, other texts made inert."""
    if not isinstance(value, str):
        return value
    checked = column.typed and (column.pattern is None or re.fullmatch(column.pattern, value))
    return value if checked else inert(value)


def to_csv(columns: tuple[Column, ...], rows: list[tuple[Cell, ...]]) -> bytes:
    """CSV bytes: UTF-8 with BOM, CRLF; a header of the columns' names, then the guarded rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([column.name for column in columns])
    for row in rows:
        writer.writerow([_cell(column, value) for column, value in zip(columns, row, strict=True)])
    return buffer.getvalue().encode("utf-8-sig")


def schema_file(table: CsvTable) -> bytes:
    """A table's Table Schema as a JSON file."""
    return json.dumps(table.table_schema(), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


class OpenDataCsv:
    """Writes the CSV files from the catalog on the build day; texts are in the site's default language."""

    def __init__(self, published: Published, today: dt.date):
        self.published, self.today = published, today
        self.locale: Locale = published.locales.default
        self.english = published.english()

    def files(self) -> dict[str, bytes]:
        """Each table's CSV and its Table Schema, by path."""
        rows: dict[str, Callable] = {"event": self._event_rows, "group": lambda g: [self._group(g)],
                                     "term": lambda t: [self._term(t)], "indicator": self._indicator,
                                     "support": lambda s: [self._support(s)]}
        lg_code, files = self.published.catalog.site.lg_code, {}
        for kind, table in CSV_TABLES.items():
            records = sorted(self.published.catalog.records(kind).values(), key=lambda r: r.id)
            lines = [line for record in records for line in rows[kind](record)]
            files[table.path(lg_code)] = to_csv(table.columns, lines)
            files[table.schema_path(lg_code)] = schema_file(table)
        return files

    def _text(self, value) -> str:
        return self.published.text(self.locale, value)

    def _english(self, value) -> str:
        return value.root.get(self.english.code, "") if self.english and value else ""

    def _t(self, key: str, **values) -> str:
        return self.published.t(self.locale, key, **values)

    def _event_rows(self, event: Event) -> list[tuple[Cell, ...]]:
        """A one-off event's line; a line per date of a regular activity held by the end of the next month, and
        its next date if it is later (an activity starting later is listed too)."""
        last = max([listed_until(self.today), *(o.start_date for o in next_of(event, self.today, 1))]) \
            if event.repeat else dt.date.max
        return [self._event(held) for held in between([event], dt.date.min, last)]

    def _event(self, held: Occurrence) -> tuple[Cell, ...]:
        event = held.event
        site, venue = self.published.catalog.site, self.published.catalog.venues.get(event.venue or "")
        contact_name, contact_phone = self._event_contact(event)
        return (
            site.lg_code, held.key, site.prefecture + self._text(site.city), self._text(event.title), event.title_kana,
            self._english(event.title), held.start_date.isoformat(), held.last_day.isoformat(),
            _hhmm(held.start_time), _hhmm(held.end_time), self._status_note(held),
            self._text(event.description), event.fee, self._fee_detail(event),
            contact_name, contact_phone, "", self._names(event.organizers),
            self._text(venue.name) if venue else self._t("event.online"), self._text(venue.address) if venue else "",
            "", venue.lat if venue else None, venue.lon if venue else None,
            self._text(venue.access) if venue else "", "", event.capacity,
            event.registration.deadline.isoformat() if event.registration.deadline else "", "",
            self._registration(event), self.published.urls.record(self.locale, "event", event.id),
            event.online_url or "",
        )

    def _status_note(self, held: Occurrence) -> str:
        """The occurrence's status unless scheduled; for a regular activity, first its pattern in words."""
        notes = [] if held.status == "scheduled" else [self._t(f"status.{held.status}")]
        if held.status == "moved":
            notes.append(self._t("event.moved_from", date=self.published.dates[self.locale.code].date(held.planned)))
        if held.event.repeat:
            words = RepeatWords(self.published.strings, self.locale.code, self.published.dates[self.locale.code])
            notes.insert(0, words.pattern(held.event))
        return self._t("list.separator").join(notes)

    def _fee_detail(self, event: Event) -> str:
        """The fee in words: the event's note on it, else 無料 or the amount (1,000円)."""
        if event.fee_note:
            return self._text(event.fee_note)
        return self._t("event.free") if event.fee == 0 else self._t("event.yen", amount=f"{event.fee:,}")

    def _registration(self, event: Event) -> str:
        if not event.registration.required:
            return self._t("event.registration.none")
        return self._text(event.registration.method)

    def _names(self, group_ids: list[str]) -> str:
        groups = self.published.catalog.groups
        return self._t("list.separator").join(self._text(groups[g].name) for g in group_ids)

    def _event_contact(self, event: Event) -> tuple[str, str]:
        """The first organiser whose contact is public and has a phone; else the city's office."""
        for group_id in event.organizers:
            group = self.published.catalog.groups[group_id]
            if group.contact and group.contact.public and group.contact.phone:
                return self._text(group.name), group.contact.phone
        office = self.published.catalog.site.office
        return self._text(office.name), office.phone

    def _group(self, group: Group) -> tuple[Cell, ...]:
        catalog, sep = self.published.catalog, self._t("list.separator")
        contact = group.contact if group.contact and group.contact.public else None
        return (
            catalog.site.lg_code, group.id, self._text(group.name), group.name_kana, self._english(group.name),
            self._text(catalog.label("group_kinds", group.kind)),
            sep.join(self._text(catalog.label("areas", a)) for a in group.areas),
            sep.join(self._text(catalog.label("npo_fields", f)) for f in group.npo_fields),
            self._text(group.summary), self._text(contact.name) if contact else "",
            (contact.phone or "") if contact else "", (contact.email or "") if contact else "", group.url or "",
            self.published.urls.record(self.locale, "group", group.id), group.updated.isoformat(),
        )

    def _term(self, term: Term) -> tuple[Cell, ...]:
        aliases = self.published.t(self.locale, "list.separator").join(term.aliases.get(self.locale.code, []))
        return (
            self.published.catalog.site.lg_code, term.id, self._text(term.term), term.reading,
            self._english(term.term), self._text(term.definition), aliases, self._text(term.legal_basis),
            self.published.urls.record(self.locale, "term", term.id), term.updated.isoformat(),
        )

    def _indicator(self, indicator: Indicator) -> list[tuple[Cell, ...]]:
        """An indicator's lines: its baseline, each fiscal year that has a value, and its target."""
        found = progress(indicator, self.published.catalog.events.values(), self.today)
        baseline, target = indicator.baseline, indicator.target
        lines = [(INDICATOR_ROWS[0], baseline.fiscal_year, baseline.value, None, "", "")]
        lines += [(INDICATOR_ROWS[1], year.fiscal_year, year.value, year.total, _flag(year.in_progress),
                   self._method(year)) for year in found.years if year.value is not None]
        lines.append((INDICATOR_ROWS[2], target.fiscal_year, target.value, None, "", ""))
        return [self._indicator_line(indicator, *line) for line in lines]

    def _indicator_line(self, indicator: Indicator, row: str, year: int, value, total, in_progress: str,
                        method: str) -> tuple[Cell, ...]:
        catalog = self.published.catalog
        return (
            catalog.site.lg_code, indicator.id, self._text(indicator.name), self._english(indicator.name),
            indicator.goal, self._text(catalog.label("plan_goals", indicator.goal)), self._text(indicator.unit),
            row, year, wareki_fiscal_year(year), value, total, _flag(indicator.target.cumulative), in_progress,
            method, self._text(indicator.source.text),
            self.published.urls.record(self.locale, "indicator", indicator.id), indicator.updated.isoformat(),
        )

    def _method(self, year: YearValue) -> str:
        return self._t("indicator.computed" if year.computed else "indicator.typed")

    def _support(self, programme: Support) -> tuple[Cell, ...]:
        catalog, sep = self.published.catalog, self._t("list.separator")
        amount, application = programme.amount, programme.application
        contact = programme.contact or catalog.site.office
        return (
            catalog.site.lg_code, programme.id, self._text(programme.title), self._english(programme.title),
            self._text(catalog.label("support_kinds", programme.kind)), self._text(programme.provider),
            programme.government, self._text(programme.summary),
            sep.join(self._text(catalog.label("support_applicants", code)) for code in programme.applicants),
            self._text(programme.eligibility), self._text(programme.covers), amount.max_yen, amount.rate or "",
            self._text(amount.note), _iso(application.opens), _iso(application.closes), application.rolling,
            self._text(application.method), sep.join(self._text(document) for document in application.documents),
            self._text(contact.name), contact.phone or "", contact.email or "", programme.url or "",
            programme.fiscal_year, self.published.urls.record(self.locale, "support", programme.id),
            programme.updated.isoformat(),
        )


def _flag(value: bool) -> str:
    """A Table Schema boolean."""
    return "true" if value else "false"


def _iso(day) -> str:
    return day.isoformat() if day else ""


def _hhmm(time) -> str:
    return time.strftime("%H:%M") if time else ""
