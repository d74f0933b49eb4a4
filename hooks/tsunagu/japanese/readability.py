"""The jreadability score of a Japanese text, and the named band it falls in."""

from __future__ import annotations

from functools import lru_cache


# Lower edge of each band on jreadability's scale (higher is easier), from Lee & Hasebe;
# the hardest band takes every score below the next one.
BAND_FLOORS: dict[str, float] = {
    "上級後半": float("-inf"), "上級前半": 1.5, "中級後半": 2.5, "中級前半": 3.5, "初級後半": 4.5, "初級前半": 5.5,
}


@lru_cache(maxsize=1)
def tagger():
    """MeCab with UniDic-lite, created on first use and kept for the process (readability, second opinion)."""
    import fugashi

    return fugashi.Tagger()


@lru_cache(maxsize=4096)
def score(text: str) -> float:
    """jreadability's score, spaces between words ignored (one tagger per process)."""
    from jreadability import compute_readability

    return compute_readability("".join(text.split()), tagger())


def band(value: float) -> str:
    """The band a score falls in."""
    return [name for name, floor in BAND_FLOORS.items() if value >= floor][-1]
