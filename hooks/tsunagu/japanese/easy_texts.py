"""Find every text of one language, in the loaded data, the UI strings and Markdown pages, with its location.

The easy-Japanese checker reads what these give: each passage is a field value
or a page, cut into lines of plain text (Markdown syntax, code and URLs removed,
inline readings ``{漢字|かんじ}`` reduced to their base).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from pydantic import BaseModel, RootModel

from ..load.catalog import Catalog
from ..model.errors import display_path
from .furigana import INLINE
from ..load.yamlsource import Loc, dotted, read_yaml

_FENCE = re.compile(r"^\s*(```|~~~)")
_ADMONITION = re.compile(r'^\s*(?:!!!|\?\?\?\+?)\s*\S+(?:\s+"([^"]*)")?\s*$')
_BLOCK_MARKS = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)*")
_CELL_EDGE = re.compile(r"\|(?![^{}|\n]*\})")  # a table's | but not an inline reading's {漢字|かんじ}
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_INLINE_MARKUP = (
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"`[^`]*`"), ""),
    (re.compile(r"https?://\S+"), ""),
    (re.compile(r"\{\s*[:#.][^}]*\}"), ""),
    (re.compile(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)"), ""),
)


@dataclass(frozen=True)
class Passage:
    """One text to check: a field of a data file or a whole page, as numbered lines of plain text."""

    path: str
    field: str
    lines: tuple[tuple[int, str], ...]

    @property
    def text(self) -> str:
        return "\n".join(line for _, line in self.lines)


def plain(markdown_line: str, keep_inline: bool = False) -> str:
    """One line of Markdown as the words a reader sees (``keep_inline``: editors' ``{漢字|かんじ}`` as written)."""
    if _TABLE_RULE.match(markdown_line):
        return ""
    admonition = _ADMONITION.match(markdown_line)
    if admonition:
        return admonition[1] or ""
    text = _BLOCK_MARKS.sub("", markdown_line, count=1)
    text = text if keep_inline else INLINE.sub(r"\1", text)
    for pattern, replacement in _INLINE_MARKUP:
        text = pattern.sub(replacement, text)
    return "\n".join(cell.strip() for cell in _CELL_EDGE.split(text.strip().strip("|"))).strip()


def markdown_lines(source: str, first_line: int = 1, keep_inline: bool = False) -> tuple[tuple[int, str], ...]:
    """Numbered plain lines of a Markdown text, skipping front matter and code blocks."""
    lines = source.splitlines()
    skip_until = _front_matter_end(lines)
    found, in_code = [], False
    for index, line in enumerate(lines):
        if index < skip_until:
            continue
        if _FENCE.match(line):
            in_code = not in_code
            continue
        text = "" if in_code else plain(line, keep_inline)
        found += [(first_line + index, part) for part in text.split("\n") if part.strip()]
    return tuple(found)


def _front_matter_end(lines: list[str]) -> int:
    if not lines or lines[0].strip() != "---":
        return 0
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            return index + 1
    return 0


def page_passages(docs_dir: Path, root: Path, code: str) -> list[Passage]:
    """Every hand-written page in language ``code`` (``name.<code>.md``)."""
    return [Passage(display_path(path, root), "", markdown_lines(path.read_text("utf-8-sig")))
            for path in sorted(docs_dir.rglob(f"*.{code}.md"))]


def data_passages(catalog: Catalog, code: str, keep_inline: bool = False) -> list[Passage]:
    """Every text in language ``code`` of the loaded data, located at its field in its file."""
    return [_field_passage(loaded.path, loc, text, loaded.lines.get(loc, 1), keep_inline)
            for loaded in catalog.loaded for loc, text in _texts_in(loaded.value, code)]


def strings_passages(strings_dir: Path, root: Path, code: str, keep_inline: bool = False) -> list[Passage]:
    """Every UI string of language ``code`` (``<strings_dir>/<code>.yml``): the words around every page."""
    path = strings_dir / f"{code}.yml"
    source, _ = read_yaml(path, display_path(path, root)) if path.exists() else (None, [])
    if source is None or not isinstance(source.data, dict):
        return []
    return [_field_passage(source.path, (key,), text, source.lines.get((key,), 1), keep_inline)
            for key, text in source.data.items() if isinstance(text, str)]


def _texts_in(data: Any, code: str, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    """Each ``code`` text below ``data`` (a model, or what its fields hold) and where it is: the fields
    a file gave, not the defaults it left out."""
    if isinstance(data, RootModel):
        yield from _texts_in(data.root, code, loc)
    elif isinstance(data, BaseModel):
        for name in data.model_fields_set:
            yield from _texts_in(getattr(data, name), code, (*loc, name))
    elif isinstance(data, dict):
        for key, value in data.items():
            if key == code and isinstance(value, str):
                yield (*loc, key), value
            else:
                yield from _texts_in(value, code, (*loc, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _texts_in(value, code, (*loc, index))


@lru_cache(maxsize=65536)  # a preview's rebuilds meet the same texts again (for speed)
def _field_passage(path: str, loc: Loc, text: str, key_line: int, keep_inline: bool = False) -> Passage:
    block_offset = 1 if "\n" in text.rstrip("\n") or text.endswith("\n") else 0
    return Passage(path, dotted(loc), markdown_lines(text, key_line + block_offset, keep_inline))
