"""Translation coverage: which records and hand-written pages have a text in each language.

A record is translated into a language when every text field it has (names,
descriptions, nested contact names…) has that language. A hand-written page
``docs/x.md`` is translated when ``docs/x.<locale>.md`` exists. The default
language is complete by construction: the validator requires its text.

This module measures; ``render/coverage.py`` shows the result (a table, and the about page's section).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..load.catalog import Catalog
from ..model import messages
from ..model.errors import Problem, display_path
from ..model.fields import LocalText
from ..model.locales import Locales
from ..model.kinds import KINDS, record_kinds
from ..load.yamlsource import Loc, dotted, read_yaml

PAGE = "page"


@dataclass(frozen=True)
class Item:
    """One record or page, and the text fields (dotted) lacking a language, per language."""

    kind: str
    id: str
    path: Path
    missing: dict[str, tuple[Loc, ...]]

    def translated(self, locale: str) -> bool:
        return not self.missing.get(locale)


@dataclass(frozen=True)
class Coverage:
    """How much of the site exists in each language."""

    locales: tuple[str, ...]
    items: tuple[Item, ...]

    @property
    def kinds(self) -> tuple[str, ...]:
        """The rows of a coverage table: every kind of record, then hand-written pages."""
        return (*(kind.name for kind in record_kinds()), PAGE)

    def of(self, kind: str) -> list[Item]:
        return [item for item in self.items if item.kind == kind]

    def count(self, locale: str, kind: str | None = None) -> tuple[int, int]:
        """(translated, total) for one kind, or for the whole site when ``kind`` is None."""
        items = self.of(kind) if kind else list(self.items)
        return sum(item.translated(locale) for item in items), len(items)

    def untranslated(self, locale: str, kind: str) -> list[str]:
        return [item.id for item in self.of(kind) if not item.translated(locale)]

    def percent(self, locale: str, kind: str | None = None) -> int:
        done, total = self.count(locale, kind)
        return 100 if total == 0 else done * 100 // total


def measure(catalog: Catalog, docs_dir: Path, data_dir: Path, locales: Locales) -> Coverage:
    """Coverage of every record in ``catalog`` and every hand-written page in ``docs_dir``."""
    items = [_record_item(kind, record, data_dir, locales) for kind in KINDS
             for record in catalog.records(kind).values()]
    items += _page_items(docs_dir, locales)
    return Coverage(locales.codes, tuple(items))


def _record_item(kind: str, record: BaseModel, data_dir: Path, locales: Locales) -> Item:
    texts = list(_texts(record, ()))
    missing = {code: tuple(loc for loc, text in texts if not text.has(code)) for code in locales.codes}
    folder = data_dir / KINDS[kind].folder
    path = next((p for p in (folder / f"{record.id}.yml", folder / f"{record.id}.yaml") if p.exists()),
                folder / f"{record.id}.yml")
    return Item(kind, record.id, path, missing)


def _texts(value: Any, loc: Loc):
    """Every LocalText inside a record, with where it sits."""
    if isinstance(value, LocalText):
        yield loc, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _texts(getattr(value, name), (*loc, name))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _texts(item, (*loc, index))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, (*loc, key))


def _page_items(docs_dir: Path, locales: Locales) -> list[Item]:
    items = []
    for path in sorted(docs_dir.rglob("*.md")):
        if locales.of_source(path.name) != locales.default.code:
            continue
        stem = path.with_suffix("")
        missing = {code: () if code == locales.default.code or stem.with_suffix(f".{code}.md").exists()
                   else (("page",),) for code in locales.codes}
        items.append(Item(PAGE, path.relative_to(docs_dir).as_posix(), path, missing))
    return items


def coverage_problems(coverage: Coverage, root: Path) -> list[Problem]:
    """One problem per item and language lacking a translation, on the line of the first field missing."""
    problems = []
    for item in coverage.items:
        display = display_path(item.path, root)
        for code in coverage.locales:
            if not item.translated(code):
                problems.append(_problem(item, code, display))
    return problems


def _problem(item: Item, code: str, display: str) -> Problem:
    if item.kind == PAGE:
        return Problem(display, 0, "", messages.NO_PAGE_TRANSLATION.format(code=code, stem=item.path.stem))
    fields = item.missing[code]
    source, _ = read_yaml(item.path, display)
    line = source.line_of(fields[0]) if source else 0
    return Problem(display, line, "", messages.NO_TEXT.format(code=code, fields=", ".join(dotted(loc) for loc in fields)))
