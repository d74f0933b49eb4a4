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
from . import counters


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
        self.shelf: Shelf | None = cache.shelf("furigana", *self.inputs()) if cache else None
        words = sorted(readings, key=len, reverse=True)
        self._words = re.compile("|".join(map(re.escape, words))) if words else None
        self._cache: dict[str, tuple[Segment, ...]] = {}
        self._html: dict[tuple[str, bool], str] = {}

    def inputs(self) -> tuple[str, ...]:
        """What every reading depends on besides its text (for keeping readings between builds)."""
        return _inputs(self.readings)

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

    def unsettled(self, text: str) -> list[str]:
        """The parts of ``text`` that the site's readings do not settle (that the analyser reads)."""
        return self._words.split(text) if self._words else [text]

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
        morphemes = list(tokenizer().tokenize(text))
        index = 0
        while index < len(morphemes):
            counted = self._counted(morphemes, index) if _may_be_number(morphemes[index].surface()) else None
            if counted:
                segments, index = counted
                found += segments
                continue
            if _number_noun(morphemes, index):
                found.append(Segment("数", "かず"))
            else:
                for word in _words_of(morphemes[index]):
                    found += self.aligned(word.surface(), _spelling(word))
            index += 1
        return found

    def _counted(self, morphemes, index: int) -> tuple[list[Segment], int] | None:
        """A number at ``index`` read with the counter after it (or alone, if in kanji), and the index
        after them; None where the morpheme is no number."""
        surface = morphemes[index].surface()
        whole = _NUMBER_AND_COUNTER.fullmatch(surface)
        date = whole is not None and _is_date(morphemes, index, index + 1)
        if whole and _read_as_counted(morphemes[index], whole[1], whole[2], date):  # Sudachi's words 2人, 一回
            return self._number(whole[1], whole[2], date), index + 1
        n = counters.value(surface) if morphemes[index].part_of_speech()[1] == "数詞" else None
        if n is None:
            return None
        counter, end = _counter_after(morphemes, index + 1)
        if counter:
            return self._number(surface, counter, _is_date(morphemes, index, end)), end
        return [_numeral(surface, n)], index + 1

    def _number(self, number: str, counter: str, date: bool) -> list[Segment]:
        """A number and its counter: one ruby where the counter changes how either sounds, else each
        read as alone (the digits bare)."""
        n = counters.value(number)
        full = counters.reading(n, counter, date) if n is not None else None
        if full is None:
            return [_numeral(number, n), *self.aligned(counter, _hiragana(self._reading_alone(counter)))]
        if number == "十" and counter == "分":
            return [Segment("十分", "じゅうぶん")]  # "enough" far more often than ten minutes, in kanji
        if full != counters.plain_reading(n, counter):
            return [Segment(number + counter, full)]
        return [_numeral(number, n), *self.aligned(counter, counters.COUNTERS[counter].plain)]

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


# Weekdays in brackets, which Sudachi reads wrongly (（火） as "ひ").
_CALENDAR = re.compile(r"(?<=[（(・、])[月火水木金土日](?=[）)・、])")
_WEEKDAYS = {"月": "げつ", "火": "か", "水": "すい", "木": "もく", "金": "きん", "土": "ど", "日": "にち"}
_NUMBER_AND_COUNTER = re.compile(
    f"([0-9０-９][0-9０-９,，]*|[〇一二三四五六七八九十百千万]+)({'|'.join(map(re.escape, counters.LONGEST_FIRST))})")
_NUMBER_START = frozenset("0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万億兆")
_DATE_AFTER = frozenset("(（")
_COUNTER_SPAN = 3  # a counter is at most this many of Sudachi's morphemes (か + 月)


def _calendar_word(text: str, match: re.Match) -> list[Segment]:
    """The reading of a weekday in brackets."""
    return [Segment(match[0], _WEEKDAYS[match[0]])]


def _may_be_number(surface: str) -> bool:
    return surface[:1] in _NUMBER_START


def _counter_after(morphemes, start: int) -> tuple[str | None, int]:
    """The longest counter made of the morphemes from ``start``, and the index after it."""
    surfaces = [m.surface() for m in morphemes[start:start + _COUNTER_SPAN]]
    for length in range(len(surfaces), 0, -1):
        text = "".join(surfaces[:length])
        if text in counters.COUNTERS and (text != "分の" or _numeral_at(morphemes, start + length)):
            return text, start + length
    return None, start


def _read_as_counted(morpheme, number: str, counter: str, date: bool) -> bool:
    """Whether one of Sudachi's words made of a number and a counter is read by the table: always in
    digits (2人), in kanji only where Sudachi reads each part alone and the table does not (一回 いちかい
    is いっかい; 一人 ひとり and 一番 いちばん stay Sudachi's words)."""
    if not has_kanji(number):
        return True
    n = counters.value(number)
    if n is None:
        return False
    plain = counters.plain_reading(n, counter)
    return _hiragana(morpheme.reading_form()) == plain != counters.reading(n, counter, date)


def _numeral_at(morphemes, index: int) -> bool:
    return index < len(morphemes) and morphemes[index].part_of_speech()[1] == "数詞"


def _is_date(morphemes, start: int, end: int) -> bool:
    """Whether a number of days from ``start`` to ``end`` is a day of the month: after a month
    (11月3日, 毎月1日) or before a weekday in brackets (3日（火）)."""
    after_month = start >= 1 and morphemes[start - 1].surface().endswith("月")
    return after_month or (end < len(morphemes) and morphemes[end].surface() in _DATE_AFTER)


def _numeral(number: str, n: int | None) -> Segment:
    """A number alone: digits stay bare, kanji numerals are read from their value (八百 はっぴゃく)."""
    if n is None or not has_kanji(number):
        return Segment(number)
    return Segment(number, counters.number_reading(n))


def _number_noun(morphemes, index: int) -> bool:
    """Whether the morpheme at ``index`` is 数 as a word alone (人の数が), かず; Sudachi reads it すう, as
    in compounds (団体数) and before a number or counter (数百, 数年)."""
    if morphemes[index].surface() != "数":
        return False
    before = morphemes[index - 1].surface() if index else ""
    after = morphemes[index + 1].part_of_speech()[0] if index + 1 < len(morphemes) else "補助記号"
    return not has_kanji(before[-1:]) and after in _AFTER_A_WORD


_AFTER_A_WORD = frozenset({"助詞", "助動詞", "補助記号", "空白"})


def _spelling(morpheme) -> str:
    """A morpheme's reading as it is spelled, where Sudachi gives how it sounds (言う ゆう, 数百 すーひゃく)
    or a formal reading a learner does not need (私 わたくし, 日本 にっぽん)."""
    reading = _hiragana(morpheme.reading_form())
    if "ー" in reading and morpheme.part_of_speech()[1] == "数詞":  # not 珈琲 コーヒー, a loanword's own ー
        reading = _long_vowels(reading)
    surface = morpheme.surface()
    if surface.startswith("言") and reading.startswith("ゆ") and morpheme.dictionary_form().startswith("言"):
        return "い" + reading[1:]
    return chosen(surface, reading)


def chosen(surface: str, reading: str) -> str:
    """The reading Tsunagu chooses for a word where a formal one is common (私 わたし, not わたくし)."""
    return _SPELLING.get((surface, reading), reading)


def _long_vowels(reading: str) -> str:
    """ー in a reading written as the vowel it lengthens (すー すう, けー けい)."""
    return _LONG_VOWEL.sub(lambda m: m[1] + _VOWEL_SPELLED.get(_vowel(m[1]), "ー"), reading)


def _vowel(kana: str) -> str:
    return jaconv.kana2alphabet(kana)[-1:]


_LONG_VOWEL = re.compile("([ぁ-ゖ])ー")
_VOWEL_SPELLED = {"a": "あ", "i": "い", "u": "う", "e": "い", "o": "う"}


_SPELLING = {("私", "わたくし"): "わたし", ("日本", "にっぽん"): "にほん"}


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
