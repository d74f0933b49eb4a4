"""Open data as CSV: the 自治体標準オープンデータセット「イベント一覧」 and lists of our own.

Each kind's table and its rows come from its adapter (``tsunagu/kinds/``), the parts they share from
``tables``. Files are UTF-8 with a BOM and CRLF line endings, one record per line (line breaks inside
texts become spaces), quoted where needed by the csv module; each is written with its Table Schema next
to it.

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
from typing import Protocol, Sequence

from ..model.kinds import RecordKind
from ..model.locales import Locale
from ..model.models import Record
from .published import Published
from .tables import Column, CsvTable

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


class CsvSource(Protocol):
    """A kind with a CSV table (its adapter, ``tsunagu/kinds/``): the table, and each record's lines."""

    kind: RecordKind
    table: CsvTable | None

    def csv_rows(self, out: OpenDataCsv, record: Record) -> list[tuple[Cell, ...]]:
        ...


class OpenDataCsv:
    """Writes the CSV files from the catalog on the build day; texts are in the site's default language."""

    def __init__(self, published: Published, today: dt.date, sources: Sequence[CsvSource]):
        self.published, self.today, self.sources = published, today, sources
        self.catalog = published.catalog
        self.locale: Locale = published.locales.default
        self.english = published.english()

    def files(self) -> dict[str, bytes]:
        """Each table's CSV and its Table Schema, by path."""
        lg_code, files = self.catalog.site.lg_code, {}
        for source in self.sources:
            if source.table is None:
                continue
            records = sorted(self.catalog.records(source.kind.name).values(), key=lambda r: r.id)
            lines = [line for record in records for line in source.csv_rows(self, record)]
            files[source.table.path(lg_code)] = to_csv(source.table.columns, lines)
            files[source.table.schema_path(lg_code)] = schema_file(source.table)
        return files

    def text(self, value) -> str:
        """``value`` in the default language."""
        return self.published.text(self.locale, value)

    def english_text(self, value) -> str:
        """``value`` in English, for the ``_英語`` columns; '' where it has none."""
        return value.root.get(self.english.code, "") if self.english and value else ""

    def t(self, key: str, **values) -> str:
        return self.published.t(self.locale, key, **values)

    def label(self, vocabulary: str, code) -> str:
        return self.text(self.catalog.label(vocabulary, code))

    def labels(self, vocabulary: str, codes) -> str:
        """The labels of ``codes``, joined by the list separator."""
        return self.t("list.separator").join(self.label(vocabulary, code) for code in codes)

    def url(self, kind: str, record_id: str) -> str:
        """The full URL of a record's page in the default language."""
        return self.published.urls.record(self.locale, kind, record_id)


def flag(value: bool) -> str:
    """A Table Schema boolean."""
    return "true" if value else "false"


def iso(day) -> str:
    return day.isoformat() if day else ""


def hhmm(time) -> str:
    return time.strftime("%H:%M") if time else ""
