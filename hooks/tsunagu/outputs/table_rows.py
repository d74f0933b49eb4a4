"""A CSV row read off a record by its table's columns: each column's field, in the row's language.

The columns (``model/tables``) name the field they hold; this module follows those names, so what a
column holds is declared once for the export and the import. A kind's rules fill what no field holds
as it is (a value derived from several, or a fallback): a rule is a function of the row, by column name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable

from ..model.fields import LocalText
from ..model.locales import Locale
from ..model.tables import LOCALES, ROW_LANGUAGE, STATUS, Column
from .published import Published

Cell = str | int | float | bool | None


@dataclass(frozen=True)
class Row:
    """What one row is read from: its roots by name ('' the record, 'venue', 'site') and its language."""

    roots: dict[str, Any]
    locale: Locale

    @property
    def record(self) -> Any:
        return self.roots[""]


Rule = Callable[[Row], Cell]


class TableRows:
    """Reads rows off records for the columns of a table; texts are a record's own, in the row's language."""

    def __init__(self, published: Published):
        self.published = published

    def row(self, columns: tuple[Column, ...], row: Row, rules: dict[str, Rule]) -> tuple[Cell, ...]:
        return tuple(rules[c.name](row) if c.name in rules else self.cell(c, row) for c in columns)

    def cell(self, column: Column, row: Row) -> Cell:
        """A column's field as written: '' for a column no field keeps or a field with no value."""
        if column.field is None:
            return ""
        value = self.field(column.field, row)
        if isinstance(value, list):
            return (column.separator or "").join(str(self._scalar(column, item, row)) for item in value)
        return self._scalar(column, value, row)

    def field(self, path: str, row: Row) -> Any:
        """The value at a dotted path: below the record, or below ``venue`` or ``site``."""
        root, _, rest = path.partition(".")
        value, parts = (row.roots[root], rest.split(".")) if root in row.roots else (row.record, path.split("."))
        for part in parts:
            value = getattr(value, part) if value is not None else None
        return value

    def _scalar(self, column: Column, value: Any, row: Row) -> Cell:
        if value is None:
            return ""
        if column.value == "vocab":
            return self.label(column.vocabulary, value, row.locale)
        if isinstance(value, LocalText):
            return own_text(value, column.language, row.locale)
        if isinstance(value, dt.time):
            return value.strftime("%H:%M")
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    def label(self, vocabulary: str | None, code: Any, locale: Locale) -> str:
        """A code's label: a vocabulary's, a status's (none for scheduled), a record's name, or a language code."""
        catalog = self.published.catalog
        if vocabulary == LOCALES:
            return code
        if vocabulary == STATUS:
            return "" if code == "scheduled" else self.published.t(locale, f"status.{code}")
        if vocabulary.startswith("@"):
            return self._name(catalog.records(vocabulary[1:])[code].name, locale)
        return self._name(catalog.label(vocabulary, code), locale)

    def _name(self, text: LocalText, locale: Locale) -> str:
        """A label or a record's name in the row's language, else in the default language: not along the
        reader's fallback chain, whose easy Japanese (spaced for reading) software would take as the name."""
        return text.get((locale.code, self.published.locales.default.code))[0]


def own_text(value: LocalText | None, language: str | None, locale: Locale) -> str:
    """A record's own text in the row's language (or the column's fixed one), with no fallback: ''."""
    code = locale.code if language in (None, ROW_LANGUAGE) else language
    return value.root.get(code, "") if value else ""
