"""A second opinion on the readings: where MeCab with UniDic-lite reads a word the furigana show
otherwise than Tsunagu does, for an editor to settle (in ``data/readings.yml``, or inline ``{体|たい}``).

Every text of a language whose pages show furigana (``furigana_always``, ``furigana_toggle``) is
read both ways: the data's texts, the UI strings and the hand-written pages. The two analyses are
compared over the stretches where both cut the text at the same places, so a word split differently
is compared whole. Words the site's readings or an inline reading already settle are not read, nor
numbers with their counters (the counter table is the authority there), nor text in code; where
Tsunagu chooses between two usual readings (日本 にほん, 私 わたし), MeCab's reading is taken as chosen too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import jaconv

from ..store.cache import Cache, Shelf, package_version
from ..load.catalog import Catalog
from ..model import messages
from ..model.errors import Problem, display_path
from ..model.locales import Locales
from .easy_texts import Passage, data_passages, markdown_lines, strings_passages
from .furigana import INLINE, Furigana, Segment, chosen, has_kanji
from .readability import tagger

_DIGIT = re.compile(r"[0-9０-９]")


@dataclass(frozen=True, order=True)
class Disagreement:
    """A word read two ways, where it stands."""

    path: str
    line: int
    field: str
    word: str
    ours: str
    theirs: str

    def problem(self, readings_file: str) -> Problem:
        return Problem(self.path, self.line, self.field, messages.READ_TWO_WAYS.format(
            word=self.word, ours=self.ours, theirs=self.theirs, readings_file=readings_file))


class SecondOpinion:
    """Compares Tsunagu's readings with MeCab's (UniDic-lite), text by text; with the build cache, each
    text once until the code, the analysers or the site's readings change."""

    def __init__(self, furigana: Furigana, cache: Cache | None = None):
        self.furigana = furigana
        self.shelf: Shelf | None = cache.shelf("second-opinion", *furigana.inputs(), package_version("fugashi"),
                                               package_version("unidic-lite")) if cache else None

    def passage(self, passage: Passage) -> list[Disagreement]:
        return [Disagreement(passage.path, number, passage.field, *found)
                for number, line in passage.lines for found in self.line(line)]

    def line(self, text: str) -> list[tuple[str, str, str]]:
        """Each (word, Tsunagu's reading, MeCab's) where they differ in ``text`` (editors' inline
        readings and the site's words left out)."""
        kept = self.shelf.get(text) if self.shelf else None
        if kept is not None:
            return [tuple(found) for found in json.loads(kept)]
        found = [found for piece in INLINE.split(text)[::3] for part in self.furigana.unsettled(piece)
                 for found in self._compare(part)]
        if self.shelf:
            self.shelf.put(text, json.dumps(found, ensure_ascii=False))
        return found

    def _compare(self, text: str) -> list[tuple[str, str, str]]:
        if not has_kanji(text):
            return []
        ours, theirs = self.furigana.segments(text), self._mecab(text)
        return [(word, a, b) for start, word, a, b in _stretches(text, ours, theirs)
                if a != b and has_kanji(word) and not _by_table(text, start, word)]

    def _mecab(self, text: str) -> list[Segment]:
        found: list[Segment] = []
        for word in tagger()(text):
            kana = getattr(word.feature, "kana", None)
            if has_kanji(word.surface) and kana and kana != "*":
                found += self.furigana.aligned(word.surface, chosen(word.surface, jaconv.kata2hira(kana)))
            else:
                found.append(Segment(word.surface))
        return found


def _by_table(text: str, start: int, word: str) -> bool:
    """Whether Tsunagu's own tables read the stretch: a number and its counter (3日, 一か所), a weekday in
    brackets (（月）)."""
    before = text[start - 1] if start else ""
    return bool(_DIGIT.search(word) or _DIGIT.match(before) or before in "（(" or word[0] in _NUMERALS)


_NUMERALS = frozenset("〇一二三四五六七八九十百千万")


def _ends(text: str, segments) -> list[tuple[int, str]]:
    """Where each segment ends in ``text`` (MeCab leaves spaces out), with its reading (or its text)."""
    found, position = [], 0
    for segment in segments:
        position = text.find(segment.text, position) + len(segment.text)
        found.append((position, segment.reading or segment.text))
    return found


def _stretches(text: str, ours, theirs) -> list[tuple[int, str, str, str]]:
    """The stretches of ``text`` that both analyses cut at the same places (where each starts, its
    text), each read both ways."""
    a, b = _ends(text, ours), _ends(text, theirs)
    found, i, j, start, end_a, end_b, read_a, read_b = [], 0, 0, 0, 0, 0, [], []
    while i < len(a) or j < len(b):
        if j >= len(b) or (i < len(a) and a[i][0] <= b[j][0]):
            end_a, reading = a[i]
            read_a.append(reading)
            i += 1
        else:
            end_b, reading = b[j]
            read_b.append(reading)
            j += 1
        if end_a == end_b > start:
            word = text[start:end_a]
            found.append((start + len(word) - len(word.lstrip()), word.strip(), _kana(read_a), _kana(read_b)))
            start, read_a, read_b = end_a, [], []
    return found


def _kana(readings: list[str]) -> str:
    return jaconv.kata2hira("".join(readings).replace(" ", "").replace("\u3000", ""))


def shown_passages(catalog: Catalog, docs_dir: Path, root: Path, strings_dir: Path, codes: list[str],
                   locales: Locales) -> list[Passage]:
    """Every text whose page shows furigana, in the languages ``codes``, with editors' inline readings kept."""
    passages: list[Passage] = []
    for code in codes:
        passages += data_passages(catalog, code, keep_inline=True)
        passages += strings_passages(strings_dir, root, code, keep_inline=True)
        passages += [_page(path, root) for path in sorted(docs_dir.rglob("*.md")) if locales.of_source(path.name) == code]
    return passages


def _page(path: Path, root: Path) -> Passage:
    return Passage(display_path(path, root), "", markdown_lines(path.read_text("utf-8-sig"), keep_inline=True))


def disagreements(furigana: Furigana, passages: list[Passage], cache: Cache | None = None) -> list[Disagreement]:
    """Every word of ``passages`` that MeCab reads otherwise than Tsunagu, in order of place."""
    opinion = SecondOpinion(furigana, cache)
    return sorted({found for passage in passages for found in opinion.passage(passage)})
