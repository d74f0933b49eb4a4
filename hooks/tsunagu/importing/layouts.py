"""Which columns a file has: a layout of the standard recognised by its headers, or a mapping file
(column → field) for any other file."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from ..load.yamlsource import read_yaml
from ..model.errors import Problem
from .fields import FieldSpec
from .files import FileRefused
from .rows import Column

RECOGNISED = 0.5
"""How much of a file's headers and a layout's must be shared (the Jaccard index) for the file to be
read as that layout; a file of another dataset shares far less."""


@dataclass(frozen=True)
class Layout:
    """A table of columns some files follow, named for the report (イベント一覧 current edition…)."""

    name: str
    kind: str
    columns: tuple[Column, ...]


@dataclass(frozen=True)
class Bound:
    """A file's columns matched to a layout: (cell index, column) pairs, and the headers left unread."""

    layout: Layout
    columns: list[tuple[int, Column]]
    unread: list[str]


class MappingError(Exception):
    """The mapping file holds problems; they are listed, with their lines."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def header_key(header: str) -> str:
    """How headers are compared: half-width (full- and half-width brackets alike), without spaces."""
    return re.sub(r"[\s\ufeff]", "", unicodedata.normalize("NFKC", header))


def recognise(headers: tuple[str, ...], kind: str, layouts: list[Layout]) -> Layout:
    """The layout ``headers`` follow best; refused when none is close, or when it is another kind's."""
    keys = {header_key(h) for h in headers if h.strip()}
    scored = sorted(((_shared(keys, layout), index) for index, layout in enumerate(layouts)), reverse=True)
    if not scored or scored[0][0] < RECOGNISED:
        names = ", ".join(dict.fromkeys(layout.name for layout in layouts if layout.kind == kind)) or "none"
        raise FileRefused(f"the columns are not a layout Tsunagu knows for {kind} ({names}): "
                          f"give a mapping file (--mapping; see tsunagu import {kind} --help)", 1)
    best = layouts[scored[0][1]]
    if best.kind != kind:
        raise FileRefused(f"this file is a {best.name}, not a file of {kind}s: "
                          f"import it with `tsunagu import {best.kind}`", 1)
    return best


def _shared(keys: set[str], layout: Layout) -> float:
    theirs = {header_key(c.header) for c in layout.columns}
    return len(keys & theirs) / len(keys | theirs) if keys | theirs else 0.0


def bind(headers: tuple[str, ...], layout: Layout, fields: dict[str, FieldSpec]) -> Bound:
    """The file's columns that ``layout`` reads, typed from the kind's fields."""
    index = {}
    for position, header in enumerate(headers):
        index.setdefault(header_key(header), position)
    columns, known = [], set()
    for column in layout.columns:
        key = header_key(column.header)
        known.add(key)
        if key in index and column.field:
            columns.append((index[key], _typed(column, fields.get(column.field))))
    unread = [h for h in headers if h.strip() and header_key(h) not in known]
    return Bound(layout, columns, unread)


def _typed(column: Column, spec: FieldSpec | None) -> Column:
    if spec is None:
        return column
    return replace(column, localized=spec.localized, many=spec.many,
                   vocabulary=column.vocabulary or spec.vocabulary)


def read_mapping(path: Path, kind: str, fields: dict[str, FieldSpec]) -> Layout:
    """A mapping file: ``columns:`` with each header → a field (``name``), or → ``{field: name, language: en}``."""
    display = path.as_posix()
    source, problems = read_yaml(path, display)
    if source is None or problems:
        raise MappingError(problems)
    data = source.data
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        raise MappingError([Problem(display, 1, "columns", "expected a set of column: field lines under columns:")])
    columns, problems = [], []
    for header, target in data["columns"].items():
        line = source.line_of(("columns", header))
        column = _mapped(str(header), target, fields, kind)
        if isinstance(column, str):
            problems.append(Problem(display, line, f"columns.{header}", column))
        else:
            columns.append(column)
    if problems:
        raise MappingError(problems)
    return Layout(f"mapping {path.name}", kind, tuple(columns))


def _mapped(header: str, target, fields: dict[str, FieldSpec], kind: str) -> Column | str:
    if isinstance(target, str):
        target = {"field": target}
    if not isinstance(target, dict) or not isinstance(target.get("field"), str):
        return "expected a field name, or field: and language:"
    spec = fields.get(target["field"])
    if spec is None:
        return f'"{target["field"]}" is not a field of {kind} (tsunagu import {kind} --help lists them)'
    language = target.get("language")
    if language is not None and not spec.localized:
        return f'"{spec.path}" is not a text in each language: it takes no language'
    return Column(header, spec.path, spec.type, language=language, vocabulary=spec.vocabulary, many=spec.many,
                  localized=spec.localized)
