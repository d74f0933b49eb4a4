"""Japanese words inside a page in another language get their own ``lang`` (WCAG 3.1.2), so that a
screen reader reads 協働 as Japanese on an English page. Text already inside a ``lang`` is left alone."""

from __future__ import annotations

import re

from html import escape

from .htmltext import Element, Rewrite, inside, nearest_lang, rewrite_text

# Kana, kanji, CJK punctuation and full-width forms, with spaces between them.
JAPANESE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"
                      r"(?:[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef ]*[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef])?")
# On a Chinese page: runs of kana and kanji (no punctuation, which Chinese shares) that have kana.
KANA_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]*[\u3040-\u30ff][\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]*")
_RAW = frozenset({"script", "style", "textarea", "title", "option", "svg", "math"})


def mark_japanese(html: str, lang: str, page: str | None = None, kana_only: bool = False) -> str:
    """``html`` with every run of Japanese text outside a ``lang`` (other than the page's own, ``page``,
    for a whole page) wrapped in ``<span lang=…>``; with ``kana_only``, only runs that have kana (on a
    Chinese page, kanji alone are Chinese text)."""
    if not (KANA_RUN if kana_only else JAPANESE).search(html):
        return html
    return rewrite_text(html, japanese_step(lang, page, kana_only))


def japanese_step(lang: str, page: str | None = None, kana_only: bool = False) -> Rewrite:
    """The rewrite of one text node for ``mark_japanese``."""
    opening = f'<span lang="{escape(lang, quote=True)}">'

    pattern = KANA_RUN if kana_only else JAPANESE

    def node(text: str, open_elements: tuple[Element, ...]) -> str:
        safe = escape(text, quote=False)
        if inside(open_elements, _RAW) or nearest_lang(open_elements) not in (None, page):
            return safe
        return pattern.sub(lambda m: f"{opening}{m[0]}</span>", safe)

    return node
