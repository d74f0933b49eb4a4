"""ふりがな: the reading of every kanji of a text, as ``<ruby>`` over the kanji of each word.

Readings come from Sudachi (loaded once per process), overridden by the site's
reading dictionary (``data/readings.yml``) and by the editors' inline notation
``{漢字|かんじ}``. Each distinct short text is analysed once per build, and, with the persistent
cache, each text once until the dictionary, the site's readings or the code change.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from html import escape

import jaconv
from markupsafe import Markup
from markupsafe import escape as markup_escape
from sudachipy import Dictionary, SplitMode

from ..store.cache import Cache, Shelf, code_version, digest, package_version


KANJI = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]"
_KANJI_RUN = re.compile(f"{KANJI}+")
_PARTS = re.compile(f"{KANJI}+|(?:(?!{KANJI}).)+", re.DOTALL)
INLINE = re.compile(r"\{([^{}|\n]+)\|([^{}|\n]+)\}")
_MAX_ALIGNMENTS = 64
# Short texts (names, labels, headings) recur on many pages and are kept once analysed; longer ones
# rarely recur, and keeping every paragraph of a prefecture's site cost hundreds of MB (speed, memory).
_KEPT_LENGTH = 120


@dataclass(frozen=True)
class Segment:
    """A piece of text, and its reading when the piece is kanji."""

    text: str
    reading: str | None = None


@lru_cache(maxsize=1)
def tokenizer():
    """Sudachi with its core dictionary, created on first use and kept for the process."""
    return Dictionary(dict="core").tokenizer(SplitMode.C)


def _inputs(readings: dict[str, str]) -> tuple[str, ...]:
    """What every reading depends on besides its text: the code, Sudachi and its dictionary, the site's readings."""
    return (code_version(), package_version("sudachipy"), package_version("sudachidict_core"),
            digest(json.dumps(readings, ensure_ascii=False, sort_keys=True)))


def has_kanji(text: str) -> bool:
    return _KANJI_RUN.search(text) is not None


def ruby(base: str, reading: str, optional: bool = False) -> Markup:
    """One ruby element; ``optional`` ruby is shown only when the reader asks for furigana."""
    opening = '<ruby class="tsunagu-furigana">' if optional else "<ruby>"
    # An f-string of escaped parts: Markup.format is slow, and every kanji word of a page comes here.
    return Markup(f"{opening}{markup_escape(base)}<rt>{markup_escape(reading)}</rt></ruby>")


class Furigana:
    """Reads Japanese text for one build: the site's readings first, then Sudachi."""

    def __init__(self, readings: dict[str, str], cache: Cache | None = None):
        self.readings = readings
        self.shelf: Shelf | None = cache.shelf("furigana", *_inputs(readings)) if cache else None
        words = sorted(readings, key=len, reverse=True)
        self._words = re.compile("|".join(map(re.escape, words))) if words else None
        self._cache: dict[str, tuple[Segment, ...]] = {}
        self._html: dict[tuple[str, bool], str] = {}

    def segments(self, text: str) -> tuple[Segment, ...]:
        """``text`` cut into kanji runs with their readings and the text between them."""
        if text in self._cache:
            return self._cache[text]
        found = self._kept(text) if has_kanji(text) else (Segment(text),)
        if len(text) <= _KEPT_LENGTH:
            self._cache[text] = found
        return found

    def _kept(self, text: str) -> tuple[Segment, ...]:
        """The segments of ``text`` from the persistent cache, analysed and kept there when missing."""
        kept = self.shelf.get(text) if self.shelf else None
        if kept is not None:
            return tuple(Segment(*pair) for pair in json.loads(kept))
        found = tuple(self._analyse(text))
        if self.shelf:
            self.shelf.put(text, json.dumps([[s.text, s.reading] for s in found], ensure_ascii=False))
        return found

    def html(self, text: str, optional: bool = False) -> str:
        """``text`` as escaped HTML with ruby over each word's kanji."""
        key = (text, optional)
        if key in self._html:
            return self._html[key]
        html = "".join(ruby(s.text, s.reading, optional) if s.reading else escape(s.text, quote=False)
                       for s in self.segments(text))
        if len(text) <= _KEPT_LENGTH:
            self._html[key] = html
        return html

    def kana(self, text: str) -> str:
        """``text`` with each kanji word replaced by its reading, for where ruby cannot go."""
        return "".join(s.reading or s.text for s in self.segments(text))

    def _analyse(self, text: str) -> list[Segment]:
        found: list[Segment] = []
        position = 0
        for match in self._words.finditer(text) if self._words else ():
            found += self._analysed(text[position:match.start()])
            found += self.aligned(match[0], self.readings[match[0]])
            position = match.end()
        return found + self._analysed(text[position:])

    def _analysed(self, text: str) -> list[Segment]:
        if not has_kanji(text):
            return [Segment(text)] if text else []
        found, position = [], 0
        for match in _CALENDAR.finditer(text):
            found += self._sudachi(text[position:match.start()]) + _calendar_word(text, match)
            position = match.end()
        return found + self._sudachi(text[position:])

    def _sudachi(self, text: str) -> list[Segment]:
        if not has_kanji(text):
            return [Segment(text)] if text else []
        found: list[Segment] = []
        for morpheme in tokenizer().tokenize(text):
            for word in _words_of(morpheme):
                found += self.aligned(word.surface(), _hiragana(word.reading_form()))
        return found

    def aligned(self, surface: str, reading: str) -> list[Segment]:
        """A word cut so each kanji run carries its part of ``reading`` and kana stays outside ruby."""
        parts = _PARTS.findall(surface)
        if not has_kanji(surface):
            return [Segment(surface)]
        candidates = _alignments(parts, reading)
        if not candidates:
            return [Segment(surface, reading)] if len(parts) == 1 else self._runs_alone(parts)
        if len(candidates) == 1:
            return candidates[0]
        return max(candidates, key=self._plausibility)

    def _runs_alone(self, parts: list[str]) -> list[Segment]:
        return [Segment(part, self._reading_alone(part)) if has_kanji(part) else Segment(part) for part in parts]

    def _reading_alone(self, run: str) -> str:
        if run in self.readings:
            return self.readings[run]
        return "".join(_hiragana(m.reading_form()) for m in tokenizer().tokenize(run))

    def _plausibility(self, candidate: list[Segment]) -> int:
        return sum(1 for s in candidate if s.reading and s.reading == self._reading_alone(s.text))


# Days of the month and weekdays in brackets, which Sudachi reads wrongly (5日 as "か", （火） as "ひ").
_CALENDAR = re.compile(r"(?<![0-9０-９])(?P<day>[0-9０-９]{1,2})日(?!間)|(?<=[（(・、])(?P<weekday>[月火水木金土日])(?=[）)・、])")
_IRREGULAR_DAYS = {1: "ついたち", 2: "ふつか", 3: "みっか", 4: "よっか", 5: "いつか", 6: "むいか", 7: "なのか",
                   8: "ようか", 9: "ここのか", 10: "とおか", 14: "じゅうよっか", 20: "はつか", 24: "にじゅうよっか"}
_WEEKDAYS = {"月": "げつ", "火": "か", "水": "すい", "木": "もく", "金": "きん", "土": "ど", "日": "にち"}


def _calendar_word(text: str, match: re.Match) -> list[Segment]:
    """The reading of a day of the month (the whole word where it is irregular: 2日 ふつか) or of a
    weekday in brackets. 1日 is ついたち only after a month (else "one day", いちにち)."""
    if match["weekday"]:
        return [Segment(match[0], _WEEKDAYS[match[0]])]
    day = int(match["day"].translate(_FULL_WIDTH_DIGITS))
    after_month = match.start() > 0 and text[match.start() - 1] == "月"
    if day in _IRREGULAR_DAYS and (day != 1 or after_month):
        return [Segment(match[0], _IRREGULAR_DAYS[day])]
    return [Segment(match["day"]), Segment("日", "にち")]


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _words_of(morpheme):
    """A morpheme's short units, when their readings add up to its own (for short ruby)."""
    units = morpheme.split(SplitMode.A)
    if len(units) > 1 and "".join(u.reading_form() for u in units) == morpheme.reading_form():
        return list(units)
    return [morpheme]


def _hiragana(reading: str) -> str:
    return jaconv.kata2hira(reading)


def _alignments(parts: list[str], reading: str) -> list[list[Segment]]:
    """Every way to give each kanji run at least one kana of ``reading`` while the kana parts match."""
    if not parts:
        return [[]] if not reading else []
    head, rest = parts[0], parts[1:]
    if not has_kanji(head):
        kana = _hiragana(head)
        if not reading.startswith(kana):
            return []
        return [[Segment(head), *tail] for tail in _alignments(rest, reading[len(kana):])]
    results = []
    for cut in range(1, len(reading) + 1 - len(rest)):
        for tail in _alignments(rest, reading[cut:]):
            results.append([Segment(head, reading[:cut]), *tail])
            if len(results) >= _MAX_ALIGNMENTS:
                return results
    return results
