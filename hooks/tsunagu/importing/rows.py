"""One row of a file, read through the columns of its layout into a draft record: nested fields, texts
per language, and every problem and note with the column it came from."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from .cells import READERS, Bad, Cell, Cells, clean, vocab, vocab_list
from .files import Row

_FORMULA = re.compile(r"\s*=\s*[A-Za-z_.]*\s*\(|\s*=[A-Za-z]+[0-9]+")


@dataclass(frozen=True)
class Column:
    """A column of a layout as the importer reads it: its header, the field it fills, how it is read."""

    header: str
    field: str
    """A dotted field path of the kind (``title``, ``venue.address``), or one the kind's importer
    reads itself (``language``, ``lg_code``, ``online``, ``venue.*``)."""
    type: str
    language: str | None = None
    """For a text in each language: which language this column holds (None: the site's default)."""
    vocabulary: str | None = None
    many: bool = False
    localized: bool = False
    """Whether the field holds a text per language (its value goes under ``language``)."""
    separator: str | None = None
    """For several values in one cell: what joins them (None: any of ;；、, and new lines)."""

    def reader(self) -> Callable[[str, Cells], Cell]:
        if self.type == "vocab":
            return vocab_list(self.vocabulary or "", self.separator) if self.many else vocab(self.vocabulary or "")
        return READERS[self.type]


@dataclass(frozen=True)
class Finding:
    """A problem (the row is not written) or a note (it is, and the report says what was done)."""

    line: int
    column: str
    message: str
    error: bool = True


@dataclass
class Draft:
    """What one row says of a record, before its id and the fields only the kind knows are settled."""

    line: int
    values: dict[str, Any] = field(default_factory=dict)
    """Field path → value; a text in each language is ``{path: {locale: text}}``."""
    columns: dict[str, str] = field(default_factory=dict)
    """Field path → the header of the column it came from, to name it in the report."""
    findings: list[Finding] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    """Field path → the header its kind's table gives it, for a field no column of the file filled."""
    related: dict[str, dict[str, str]] = field(default_factory=dict)
    """Texts the row gives a record it names rather than its own (an event's venue): field → {locale: text}."""

    def problem(self, column: str, message: str) -> None:
        self.findings.append(Finding(self.line, column, message))

    def note(self, column: str, message: str) -> None:
        self.findings.append(Finding(self.line, column, message, error=False))

    @property
    def failed(self) -> bool:
        return any(f.error for f in self.findings)

    def get(self, path: str, default: Any = None) -> Any:
        return self.values.get(path, default)

    def column_of(self, path: str) -> str:
        return self.columns.get(path) or self.headers.get(path, path)


def read_row(row: Row, columns: list[tuple[int, Column]], cells: Cells, default_locale: str,
             headers: dict[str, str]) -> Draft:
    """The draft of ``row``: each column's cell read by its value type."""
    draft = Draft(row.line, headers=headers)
    for index, column in columns:
        raw = row.cells[index] if index < len(row.cells) else ""
        if _FORMULA.match(raw):
            draft.problem(column.header, f'"{clean(raw)[:60]}" is a formula, not a value: '
                                         "paste the value instead (in Excel: Paste Special → Values)")
            continue
        _put(draft, column, column.reader()(unguarded(raw), cells), default_locale)
    return draft


GUARDED = ("'=", "'+", "'-", "'@")


def unguarded(cell: str) -> str:
    """A text the export kept from running as a formula (``'=…``, as spreadsheets mark text) as it was."""
    return cell[1:] if cell.startswith(GUARDED) else cell


def _put(draft: Draft, column: Column, cell: Cell, default_locale: str) -> None:
    if isinstance(cell, Bad):
        draft.problem(column.header, cell.message)
        return
    if cell.note:
        draft.note(column.header, cell.note)
    if cell.value is None or cell.value == []:
        return
    if column.localized:
        texts = draft.values.setdefault(column.field, {})
        texts[column.language or default_locale] = cell.value
    else:
        draft.values[column.field] = cell.value
    draft.columns.setdefault(column.field, column.header)


def nested(values: dict[str, Any]) -> dict[str, Any]:
    """Dotted paths as nested mappings: ``{"registration.deadline": d}`` → ``{"registration": {"deadline": d}}``."""
    out: dict[str, Any] = {}
    for path, value in values.items():
        *parents, last = path.split(".")
        place = out
        for part in parents:
            place = place.setdefault(part, {})
        place[last] = value
    return out


def yaml_ready(value: Any) -> Any:
    """A value as the record file writes it: times as "HH:MM", dates as dates."""
    if isinstance(value, dict):
        return {key: yaml_ready(item) for key, item in value.items()}
    if isinstance(value, list):
        return [yaml_ready(item) for item in value]
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.datetime):
        return value.date()
    return value
