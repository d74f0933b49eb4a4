"""The reading benchmark of issue 26: how often each reader gives a sentence's kana as annotated.

``python -m bench.readings [--corpus FOLDER]`` reads the ITA corpus (ITAコーパス, public domain: the
Unlicense; 424 sentences, every kanji with its furigana) from the files ``*_ruby_utf8.txt`` of
FOLDER, by default ``../shared/corpora/ita-corpus`` beside the repository (see README, "Readings"),
and prints, for Tsunagu, Sudachi alone and MeCab with UniDic-lite, the share of sentences read
exactly and the character error rate (edit distance over the reference's length) of the sentence
in kana: each kanji word replaced by its reading, the kana and other text kept, katakana compared
as hiragana. Tsunagu reads without a site's ``data/readings.yml``: the benchmark measures the
engine, not a city's names.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import jaconv

from tsunagu.japanese.furigana import KANJI, Furigana, has_kanji, tokenizer
from tsunagu.japanese.readability import tagger

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "ita-corpus"
_RUBY = re.compile(f"((?:{KANJI}|[0-9０-９])+)\\(([ぁ-ゖー]+)\\)")


@dataclass(frozen=True)
class Sentence:
    """One annotated sentence: its id, its text and its reading in hiragana."""

    ident: str
    text: str
    reading: str


@dataclass(frozen=True)
class Score:
    """How one reader did: sentences read exactly, and the character error rate."""

    reader: str
    exact: int
    sentences: int
    errors: int
    characters: int

    @property
    def exact_share(self) -> float:
        return self.exact / self.sentences

    @property
    def error_rate(self) -> float:
        return self.errors / self.characters


def load(folder: Path) -> list[Sentence]:
    """Every sentence of the corpus files in ``folder`` (``ID:text with 漢字(かんじ),ヨミ`` a line)."""
    files = sorted(folder.glob("*_ruby_utf8.txt"))
    if not files:
        raise SystemExit(f"{folder}: no *_ruby_utf8.txt files (the ITA corpus: see README, \"Readings\")")
    return [_sentence(line) for path in files for line in path.read_text("utf-8").splitlines() if line.strip()]


def _sentence(line: str) -> Sentence:
    ident, rest = line.split(":", 1)
    annotated = rest.rsplit(",", 1)[0]
    return Sentence(ident, _RUBY.sub(r"\1", annotated), hiragana(_RUBY.sub(r"\2", annotated)))


def hiragana(text: str) -> str:
    return jaconv.kata2hira(text)


def tsunagu_reader() -> Callable[[str], str]:
    furigana = Furigana({})
    return furigana.kana


def sudachi_reader() -> Callable[[str], str]:
    def read(text: str) -> str:
        return "".join(hiragana(m.reading_form()) if has_kanji(m.surface()) else m.surface()
                       for m in tokenizer().tokenize(text))
    return read


def mecab_reader() -> Callable[[str], str]:
    """MeCab with UniDic-lite (the second opinion's analyser): each kanji word's 仮名形 (its spelling in kana)."""
    def read(text: str) -> str:
        return "".join(hiragana(w.feature.kana) if has_kanji(w.surface) and w.feature.kana else w.surface
                       for w in tagger()(text))
    return read


READERS = {"Tsunagu": tsunagu_reader, "Sudachi alone": sudachi_reader, "MeCab + UniDic-lite": mecab_reader}


def distance(a: str, b: str) -> int:
    """Levenshtein distance between two strings."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def score(name: str, read: Callable[[str], str], sentences: list[Sentence]) -> tuple[Score, list[tuple]]:
    """``read``'s score over ``sentences``, and its misread sentences (id, text, read, expected)."""
    exact = errors = characters = 0
    misread = []
    for sentence in sentences:
        got = hiragana(read(sentence.text))
        wrong = distance(got, sentence.reading)
        exact += wrong == 0
        errors += wrong
        characters += len(sentence.reading)
        if wrong:
            misread.append((sentence.ident, sentence.text, got, sentence.reading))
    return Score(name, exact, len(sentences), errors, characters), misread


def table(scores: list[Score]) -> str:
    lines = ["| reader | sentences exact | character error rate |", "|---|---|---|"]
    lines += [f"| {s.reader} | {s.exact_share:.1%} ({s.exact}/{s.sentences}) | {s.error_rate:.2%} "
              f"({s.errors}/{s.characters}) |" for s in scores]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the ITA corpus folder")
    parser.add_argument("--misread", type=int, default=0, help="show Tsunagu's first N misread sentences")
    args = parser.parse_args(argv)
    sentences = load(args.corpus)
    results = [score(name, make(), sentences) for name, make in READERS.items()]
    print(f"ITA corpus, {len(sentences)} sentences ({args.corpus})\n")
    print(table([s for s, _ in results]))
    tsunagu, sudachi = results[0][0], results[1][0]
    print(f"\nTsunagu against Sudachi alone: {tsunagu.exact - sudachi.exact:+d} sentences exact "
          f"({tsunagu.exact_share - sudachi.exact_share:+.1%}), character error rate "
          f"{tsunagu.error_rate - sudachi.error_rate:+.2%}")
    for ident, text, got, expected in results[0][1][:args.misread]:
        print(f"{ident}: {text}\n  read:     {got}\n  expected: {expected}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
