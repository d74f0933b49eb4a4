"""The words that name a vocabulary's codes in a city's files: each code, its labels in every language,
and the other words of ``words.yml`` (車椅子, 多機能トイレ…) for the codes a site has."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..model.vocabulary import Entry
from .cells import word_key

WORDS_FILE = Path(__file__).with_name("words.yml")


@lru_cache(maxsize=1)
def other_words() -> dict[str, dict[str, list[str]]]:
    return yaml.safe_load(WORDS_FILE.read_text("utf-8"))


def vocabulary_words(vocabularies: dict[str, dict[Any, Entry]]) -> dict[str, dict[str, Any]]:
    """For each vocabulary, every word (compared by ``word_key``) → the code it names."""
    return {name: _words(name, entries) for name, entries in vocabularies.items()}


def _words(name: str, entries: dict[Any, Entry]) -> dict[str, Any]:
    words: dict[str, Any] = {}
    for code, entry in entries.items():
        for word in [str(code), *entry.label.root.values(), *other_words().get(name, {}).get(str(code), [])]:
            words.setdefault(word_key(word), code)
    return words
