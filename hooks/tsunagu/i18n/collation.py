"""Order and headings of A–Z and あいうえお indexes."""

from __future__ import annotations

import unicodedata

import jaconv

_ROWS = "あかさたなはまやらわ"
_ROW_ENDS = "おこそとのほもよろん"


def _gojuon_row(reading: str) -> str:
    first = unicodedata.normalize("NFKD", jaconv.kata2hira(reading[:1]))[:1]
    for start, end in zip(_ROWS, _ROW_ENDS):
        if start <= first <= end:
            return f"{start}行"
    return "他"


def index_entry(text: str, reading: str, japanese: bool) -> tuple[str, str]:
    """(heading, sort key): あいうえお rows by ``reading`` on Japanese pages, else A–Z by text."""
    if japanese:
        hira = jaconv.kata2hira(reading)
        return _gojuon_row(hira), unicodedata.normalize("NFKD", hira)
    key = unicodedata.normalize("NFKD", text).casefold()
    first = key[:1].upper()
    return (first if first.isalpha() else "#"), key
