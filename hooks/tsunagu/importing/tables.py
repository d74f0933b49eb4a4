"""The shared column tables (``model/tables.py``) as the importer reads them: each kept column bound to
its reader; 言語コード read as the row's language; the words of the special vocabularies (a site
language, an event's status, a group's name)."""

from __future__ import annotations

from functools import lru_cache

from ..i18n.strings import Strings
from ..load.catalog import Catalog
from ..model import tables
from .cells import word_key
from .layouts import Layout
from .rows import Column

LANGUAGE_FIELD = "language"
SITE_CODE = "site.lg_code"
"""The 全国地方公共団体コード column: read (repairs reported) and compared with the site's, not kept."""


def layouts_of(kind: str) -> list[Layout]:
    """Every layout of ``kind``'s table, as the importer reads it."""
    table = tables.CSV_TABLES.get(kind)
    if table is None:
        return []
    return [Layout(layout.name or f"{kind} table", kind, tuple(_column(c) for c in layout.columns))
            for layout in table.layouts]


def every_layout() -> list[Layout]:
    """The layouts of every kind: a file is recognised as its own kind's, or told to be another's."""
    return [layout for kind in tables.CSV_TABLES for layout in layouts_of(kind)]


@lru_cache(maxsize=None)
def headers_of(kind: str) -> dict[str, str]:
    """Field → the header the kind's table gives it (イベント種類 for kind): to name a field no column filled."""
    return {c.field: c.header for layout in reversed(layouts_of(kind)) for c in layout.columns if c.field}


def _column(column: tables.Column) -> Column:
    if column.vocabulary == tables.LOCALES:
        return Column(column.name, LANGUAGE_FIELD, "text")
    if column.field == SITE_CODE:
        return Column(column.name, "lg_code", "lg_code")
    language = None if column.language in (None, tables.ROW_LANGUAGE) else column.language
    localized = column.language is not None and column.value in ("text", "lines")
    return Column(column.name, column.field if column.kept else "", column.value, language=language,
                  vocabulary=column.vocabulary, many=column.separator is not None, localized=localized,
                  separator=column.separator)


def special_words(catalog: Catalog, strings: Strings, locales: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """The words of ``@status`` (the UI's labels of cancelled and postponed) and ``@<kind>`` (records' names)."""
    status = {word_key(code): code for code in ("scheduled", "cancelled", "postponed")}
    for locale in locales:
        for code in ("cancelled", "postponed"):
            status.setdefault(word_key(strings.t(locale, f"status.{code}")), code)
    words = {tables.STATUS: status}
    for kind in ("group", "venue"):
        names = {}
        for record_id, record in catalog.records(kind).items():
            for text in [record_id, *record.name.root.values()]:
                names.setdefault(word_key(text), record_id)
        words[tables.records_of(kind)] = names
    return words
