"""Readings for search, so that a query in kana (``ちょうないかい``) finds the kanji it reads (町内会).

Pagefind indexes a page's text without its ruby readings (``rt``, ``rp``: they would cut the words they
read apart). Each heading with kana or ruby instead carries its reading in an attribute that Pagefind
indexes (``data-pagefind-index-attrs``) and that no reader sees or hears; a record page's title also
carries the record's own reading (``name_kana``…), put there by its template.

A reading is not indexed as kana: Pagefind cuts the page's kana into words with ICU4X and the query's
with the browser's segmenter, and the two cut long kana differently. So each reading is written as
Latin tokens that no segmenter cuts (``kana_token``: two letters a kana, after ``kq``), one for each
place a query may start (each kana of a title's given reading, each part of its ruby reading, the
start of another heading), and the site's search
script turns each word of a query typed in kana with hiragana into the same token
(docs/assets/tsunagu-search.js, ``tsunaguSearchTerm``: keep the two the same; a word in katakana alone,
which both segmenters keep whole where it is a known word, is sent as typed). Pagefind matches a token
by its start, so the reading of any part of a title finds it, with or without 分かち書き spaces. Where
a page is read in kana (easy Japanese), the runs of kana of its text are indexed as tokens too (in an
empty, hidden element), so that a word typed in hiragana still finds the pages whose text has it.
Every token weighs on the page's first view, hence no more of them than this.
"""

from __future__ import annotations

import re
from html import escape, unescape

ATTRIBUTE = "data-tsunagu-reading"
TOKEN_PREFIX = "kq"
_INDEXED = f'data-pagefind-index-attrs="{ATTRIBUTE}"'
_HEADING = re.compile(r"<(h[1-6])\b([^>]*)>(.*?)</\1>", re.S)
_GIVEN = re.compile(rf'\s{ATTRIBUTE}="([^"]*)"')
_RUBY = re.compile(r"<ruby\b[^>]*>(.*?)</ruby>", re.S)
_RT = re.compile(r"<rt\b[^>]*>(.*?)</rt>", re.S)
_TAG = re.compile(r"<[^>]*>")
# What Pagefind does not index: readings, scripts and styles, and any element marked for it to ignore
# (a tooltip, a list of what's on: ``_without_ignored``).
_UNINDEXED = re.compile(r"<(rt|rp|script|style)\b.*?</\1>", re.S)
_ANY_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)([^>]*)>")
_IGNORE_MARK = re.compile(r"\sdata-(?:pagefind-ignore|search-exclude)\b")
_VOID = frozenset({"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
# A heading's inner HTML in pieces: ruby elements, other tags, runs of kana, other text.
_PIECES = re.compile(r"(<ruby\b[^>]*>.*?</ruby>|<[^>]*>|[\u3041-\u3096\u30a1-\u30fa\u30fc]+)", re.S)
_KANA_RUN = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]+")
_HIRAGANA = re.compile(r"[\u3041-\u3096]")
_LONG_VOWEL = 0x30FC  # ー


def reading_attribute(reading: str) -> str:
    """The attribute that gives a title its reading in kana (escaped), for templates."""
    return f' {ATTRIBUTE}="{escape(reading)}"'


def kana_token(kana: str) -> str:
    """A run of kana as one Latin token: katakana as hiragana, each kana as two letters of its place
    in the hiragana block (ー after them)."""
    letters = [TOKEN_PREFIX]
    for char in kana:
        code = ord(char)
        offset = 90 if code == _LONG_VOWEL else code - 0x3040 - (0x60 if code >= 0x30A1 else 0)
        letters.append(chr(97 + offset // 26) + chr(97 + offset % 26))
    return "".join(letters)


def with_search_readings(html: str, read_in_kana: bool = True) -> str:
    """``html`` (a page's content) with the reading of every heading that has kana, ruby or a given
    reading, and where the page is ``read_in_kana`` the runs of kana with hiragana of its text (there
    they are whole words; elsewhere mostly endings), for search."""
    runs = text_kana(_HEADING.sub("", html)) if read_in_kana else []
    tokens = " ".join(dict.fromkeys(kana_token(run) for run in runs))
    html = _HEADING.sub(_heading, html)
    if not tokens:
        return html
    return f'{html}<span hidden {ATTRIBUTE}="{tokens}" {_INDEXED}></span>'


def text_kana(html: str) -> list[str]:
    """The runs of kana of two or more, with hiragana, in the text of ``html`` that search indexes (no
    readings, nothing search ignores): a query in kana finds them by their start, as it finds a
    heading's reading."""
    text = unescape(_TAG.sub(" ", _UNINDEXED.sub(" ", _without_ignored(html))))
    return [run for run in _KANA_RUN.findall(text) if len(run) > 1 and _HIRAGANA.search(run)]


def _without_ignored(html: str) -> str:
    """``html`` without the elements search ignores (``data-pagefind-ignore``), of any kind and however
    deep the elements inside them."""
    kept, start, open_at = [], 0, None  # open_at: the ignored element's name, and how deep in itself we are
    for tag in _ANY_TAG.finditer(html):
        closing, name = tag.group(1), tag.group(2).lower()
        if open_at is None:
            if not closing and name not in _VOID and _IGNORE_MARK.search(tag.group(3)):
                kept.append(html[start:tag.start()] + " ")
                open_at = [name, 1]
        elif name == open_at[0]:
            open_at[1] += -1 if closing else 1
            if open_at[1] == 0:
                start, open_at = tag.end(), None
    return "".join(kept) + (html[start:] if open_at is None else "")


def _heading(match: re.Match) -> str:
    tag, attrs, inner = match.groups()
    given = _GIVEN.search(attrs)
    starts = _every_kana(unescape(given.group(1))) if given else []
    for parts in heading_readings(inner):
        starts += _starts(parts, every_part=tag == "h1")
    tokens = list(dict.fromkeys(kana_token(start) for start in starts if len(start) > 1))
    if not tokens:
        return match.group(0)
    return f'<{tag}{_GIVEN.sub("", attrs)} {ATTRIBUTE}="{" ".join(tokens)}" {_INDEXED}>{inner}</{tag}>'


def _starts(parts: list[str], every_part: bool) -> list[str]:
    """A heading's reading from each place a query may start: in a title, from each of its parts to its
    end; in another heading, from its beginning (its tokens weigh on every page's first view)."""
    return ["".join(parts[i:]) for i in range(len(parts) if every_part else 1)]


def _every_kana(reading: str) -> list[str]:
    """The reading from each of its kana to its end."""
    kana = "".join(_KANA_RUN.findall(reading))
    return [kana[i:] for i in range(len(kana))]


def heading_readings(inner: str) -> list[list[str]]:
    """A heading's readings (its inner HTML read, each ruby's reading in place of its base), each in its
    parts: each ruby's reading, each run of kana between. Other text (Latin, kanji without ruby) ends a
    reading; what search ignores (a glossary term's tooltip) is left out."""
    readings: list[list[str]] = [[]]
    for piece in _PIECES.split(_without_ignored(inner)):
        if piece.startswith("<ruby"):
            readings[-1].append("".join(_RT.findall(piece)))
        elif piece.startswith("<"):
            continue
        elif not _KANA_RUN.fullmatch(piece):
            if piece.strip():
                readings.append([])
        else:
            readings[-1].append(piece)
    return [parts for parts in readings if parts]
