"""Open data as CSV: the 自治体標準オープンデータセット「イベント一覧」 and 「公共施設一覧」, and lists of our own.

The tables and their columns are declared in ``model/tables``; the standard's rows are read off the
records by ``opendata_event``. Files are UTF-8 with a BOM and CRLF line
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
from ..model.models import Group, Indicator, Support, Term
from ..model.tables import CSV_TABLES, INDICATOR_ROWS, NPO_FIELDS, Column, CsvTable
from .opendata_event import EventRows
from .published import Published
from .table_rows import Cell

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?")


def inert(text: str) -> str:
    """A text on one line that no spreadsheet runs as a formula; a plain number stays as it is."""
    line = re.sub(r"\s*[\r\n]+\s*", " ", text).strip()
    runs = line.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(line)
    return "'" + line if runs else line


def _cell(column: Column, value: Cell) -> Cell:
    """``value`` as written: a flag as the column writes yes and no, typed values as they are, other texts
    made inert."""
    if isinstance(value, bool):
        return column.truth[0] if value else column.truth[1]
    if not isinstance(value, str):
        return value
    pattern = column.schema_pattern
    checked = column.typed and (pattern is None or re.fullmatch(pattern, value))
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
        events = EventRows(self.published)
        rows: dict[str, Callable] = {"event": events.event, "venue": events.venue, "group": lambda g: [self._group(g)],
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

    def _group(self, group: Group) -> tuple[Cell, ...]:
        catalog, sep = self.published.catalog, self._t("list.separator")
        contact = group.contact if group.contact and group.contact.public else None
        return (
            catalog.site.lg_code, group.id, self._text(group.name), group.name_kana, self._english(group.name),
            self._text(catalog.label("group_kinds", group.kind)),
            sep.join(self._text(catalog.label("areas", a)) for a in group.areas),
            NPO_FIELDS.separator.join(self._text(catalog.label("npo_fields", f)) for f in group.npo_fields),
            self._text(group.summary), self._text(group.description), self._text(contact.name) if contact else "",
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
        lines = [(INDICATOR_ROWS[0], baseline.fiscal_year, baseline.value, None, None, "")]
        lines += [(INDICATOR_ROWS[1], year.fiscal_year, year.value, year.total, year.in_progress,
                   self._method(year)) for year in found.years if year.value is not None]
        lines.append((INDICATOR_ROWS[2], target.fiscal_year, target.value, None, None, ""))
        return [self._indicator_line(indicator, *line) for line in lines]

    def _indicator_line(self, indicator: Indicator, row: str, year: int, value, total, in_progress: bool | None,
                        method: str) -> tuple[Cell, ...]:
        catalog = self.published.catalog
        return (
            catalog.site.lg_code, indicator.id, self._text(indicator.name), self._english(indicator.name),
            indicator.goal, self._text(catalog.label("plan_goals", indicator.goal)), self._text(indicator.unit),
            row, year, wareki_fiscal_year(year), value, total, indicator.target.cumulative, in_progress,
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


def _iso(day) -> str:
    return day.isoformat() if day else ""

