"""The easy-Japanese checker: where a やさしい日本語 text is not easy yet.

It follows 「在留支援のためのやさしい日本語ガイドライン」: short sentences, no long
kanji compounds or unexplained loanwords, no double negatives or keigo, dates
and times written out, and a jreadability score no harder than a set band.
Its thresholds are settings (``easy_*`` in ``extra.tsunagu``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..load.catalog import Catalog
from ..model.config import TsunaguConfig
from .easy_texts import Passage, data_passages, page_passages, strings_passages
from ..model import messages
from ..model.errors import Problem
from .furigana import KANJI
from .readability import BAND_FLOORS, band, score

_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*")
_KATAKANA = re.compile(r"[ァ-ヺ][ァ-ヺー]+")
_SLASH_DATE = re.compile(r"(?<![\d/])\d{1,4}/\d{1,2}(?:/\d{1,2})?(?![\d/])")
_WAVE = re.compile(r"[〜～]")
_CLOCK = re.compile(r"(?<!\d)([01]?\d|2[0-3])[:：]([0-5]\d)(?!\d)")
_AFTERNOON_HOUR = re.compile(r"(?<![\d午前後])(1[3-9]|2[0-4])時")
_DOUBLE_NEGATIVE = re.compile(
    r"な(?:ければ|くては|くちゃ|きゃ)(?:なら|なり|いけ|だめ)|ないと(?:いけ|だめ)|ないわけ(?:では|じゃ|には)"
    r"|ないことは(?:ない|ありません)|なくも(?:ない|ありません)|ないでもない|ないとは(?:限ら|かぎら)")
_KEIGO = re.compile(
    f"いたし(?:ます|まし|ましょう)|[ごお]{KANJI}+[ぁ-ん]{{0,2}}(?:いただ[かきくけ]|ください)|いただけ(?:ます|ません)"
    r"|ござい(?:ます|まし)|[てで]おり(?:ます|まし)|いらっしゃ|おっしゃ|申し上げ|存じ|拝見|伺[いうえっ]|参(?:ります|りまし)"
    r"|くださいませ|なさ(?:います|いました)|召し上が")
FOUND_LIMIT = 65536  # passages whose findings a checker keeps: every text of a large site, in one language


class EasyJapaneseChecker:
    """Checks passages against the settings' thresholds; glossary terms may be long kanji compounds."""

    def __init__(self, settings: TsunaguConfig, glossary_words: set[str]):
        self.settings = settings
        self.glossary_words = glossary_words
        self._long_kanji = re.compile(f"{KANJI}{{{settings.easy_kanji_run},}}")
        self._found = lru_cache(maxsize=FOUND_LIMIT)(self._check)

    def check(self, passage: Passage) -> list[Problem]:
        """Every finding in one passage: line by line, then its readability as a whole."""
        return list(self._found(passage))

    def _check(self, passage: Passage) -> list[Problem]:
        problems = [Problem(passage.path, number, passage.field, message)
                    for number, line in passage.lines for message in self.line_findings(line)]
        first = passage.lines[0][0] if passage.lines else 1
        problems += [Problem(passage.path, first, passage.field, message)
                     for message in self.readability_findings(passage.text)]
        return problems

    def line_findings(self, line: str) -> list[str]:
        """Messages for one line of plain text."""
        found = [message for sentence in _SENTENCE.findall(line) for message in self.sentence_findings(sentence)]
        found += [messages.KANJI_RUN.format(run=run, count=len(run)) for run in self._long_kanji.findall(line) if run not in self.glossary_words]
        allowed = self.settings.easy_katakana_allowed
        found += [messages.KATAKANA_WORD.format(word=word, allowed=", ".join(allowed) or "none")
                  for word in _KATAKANA.findall(line) if word not in allowed]
        return found + _date_findings(line)

    def sentence_findings(self, sentence: str) -> list[str]:
        """Messages for one sentence: its length, double negatives and keigo."""
        text, shown = "".join(sentence.split()), sentence.strip()
        found = []
        length = len(text.rstrip("。！？!?"))
        if length > self.settings.easy_max_sentence:
            found.append(messages.LONG_SENTENCE.format(length=length, limit=self.settings.easy_max_sentence,
                                                       sentence=shown))
        found += [messages.DOUBLE_NEGATIVE.format(found=m[0], sentence=shown) for m in _DOUBLE_NEGATIVE.finditer(text)]
        found += [messages.KEIGO.format(found=m[0], sentence=shown) for m in _KEIGO.finditer(text)]
        return found

    def readability_findings(self, text: str) -> list[str]:
        """A message when the whole text scores below the lowest band accepted."""
        if len("".join(text.split())) < self.settings.easy_readability_min_chars:
            return []
        value = score(text)
        if value >= BAND_FLOORS[self.settings.easy_min_band]:
            return []
        return [messages.HARD_TO_READ.format(score=value, band=band(value), floor=self.settings.easy_min_band)]


def _date_findings(line: str) -> list[str]:
    found = [messages.SLASH_DATE.format(found=m[0]) for m in _SLASH_DATE.finditer(line)]
    found += [messages.WAVE_DASH.format(found=m[0], line=line.strip()) for m in _WAVE.finditer(line)]
    found += [messages.CLOCK_TIME.format(found=m[0], time=_twelve_hour(int(m[1]), int(m[2])))
              for m in _CLOCK.finditer(line)]
    found += [messages.CLOCK_TIME.format(found=m[0], time=_twelve_hour(int(m[1]), 0))
              for m in _AFTERNOON_HOUR.finditer(line)]
    return found


def _twelve_hour(hour: int, minute: int) -> str:
    if (hour, minute) == (12, 0):
        return "正午"
    minutes = f"{minute}分" if minute else ""
    return f"{'午前' if hour < 12 or hour == 24 else '午後'}{hour % 12}時{minutes}"


@lru_cache(maxsize=4)
def _checker(settings_json: str, words: frozenset[str]) -> EasyJapaneseChecker:
    """The checker for these settings and glossary, kept with what it found: a preview's rebuilds
    check only the texts an edit changed (for speed)."""
    return EasyJapaneseChecker(TsunaguConfig.model_validate_json(settings_json), set(words))


def glossary_words(catalog: Catalog) -> set[str]:
    """Every name and alias of every glossary term, in every language, without spaces."""
    names = {name for term in catalog.terms.values() for name in term.term.root.values()}
    names |= {alias for term in catalog.terms.values() for aliases in term.aliases.values() for alias in aliases}
    return {"".join(name.split()) for name in names}


def check_site(catalog: Catalog, docs_dir: Path, root: Path, settings: TsunaguConfig) -> list[Problem]:
    """Every easy-Japanese finding in the data records and the hand-written pages, sorted by place."""
    settings = settings.resolve(root)
    code = settings.easy_locale
    if not code:
        return []
    checker = _checker(settings.model_dump_json(), frozenset(glossary_words(catalog)))
    passages = [*data_passages(catalog, code), *strings_passages(settings.strings_dir, root, code),
                *page_passages(docs_dir, root, code)]
    return sorted(problem for passage in passages for problem in checker.check(passage))
