"""The ruby passes over a page's HTML: furigana over its text (the content, or the whole page for
readers of kana only), editors' inline readings ``{漢字|かんじ}``, and headings without them."""

from __future__ import annotations

from html import escape

from ..japanese.furigana import INLINE, Furigana, has_kanji, ruby
from .htmltext import Element, Rewrite, inside, nearest_lang, rewrite_text

NO_RUBY = frozenset({"code", "pre", "kbd", "samp", "script", "style", "ruby", "rt", "rp", "textarea",
                     "title", "svg", "math", "option", "optgroup"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Seen as plain text, where ruby cannot go: these show the reading instead of the kanji on a whole page.
# (Text in an SVG picture, such as a chart's labels, is drawn text: HTML's ruby has no place in it.)
PLAIN_TEXT = frozenset({"title", "option", "optgroup", "textarea", "svg"})
SEEN_ATTRIBUTES = frozenset({"title", "placeholder", "alt", "label"})
_BUTTON_INPUTS = frozenset({"button", "submit", "reset"})
# Around content already read in kana: the whole-page pass skips it, so no part of a page is read twice.
_READ, _READ_END = "<!--tsunagu:read-->", "<!--/tsunagu:read-->"


class RubyPass:
    """Puts the readings of one build's ``Furigana`` into HTML."""

    def __init__(self, furigana: Furigana):
        self.furigana = furigana

    def annotate(self, html: str, optional: bool = False) -> str:
        """A page's content HTML with ruby over every kanji outside code and existing ruby."""
        return rewrite_text(html, self.step(optional))

    def step(self, optional: bool) -> Rewrite:
        """The rewrite of one text node of content: ruby over its kanji (``optional``: hidden until asked for)."""
        return lambda text, open_elements: self._node(text, open_elements, optional)

    def step_within(self, tags: frozenset[str]) -> Rewrite:
        """The rewrite of one text node of content in another language: ruby over its kanji where the
        nearest ``lang`` around it is one of ``tags`` (text that fell back to easy Japanese keeps its furigana)."""
        def node(text: str, open_elements: tuple[Element, ...]) -> str:
            if not has_kanji(text) or nearest_lang(open_elements) not in tags:
                return escape(text, quote=False)
            return self._node(text, open_elements, False)

        return node

    def page_step(self) -> Rewrite:
        """The rewrite of one text node of a page read in kana only (see ``annotate_page``)."""
        return self._page_node

    def annotate_page(self, html: str) -> str:
        """A whole page read for readers of kana only: ruby over its text (navigation, header, footer
        and content alike), and the reading itself in the title, list choices and attributes seen as
        text, where ruby cannot go. Code keeps its kanji. Content already read (``read_content``) is
        passed over."""
        pieces = []
        for frame, content in _outside_content(html):
            pieces += [self._read(frame, self._page_node), content]
        return "".join(pieces)

    def read_content(self, html: str, rewrite: Rewrite) -> str:
        """Content read in kana by ``rewrite`` (ending with ``page_step``), its attributes seen as text
        too, and marked as read for ``annotate_page``."""
        return f"{_READ}{self._read(html, rewrite)}{_READ_END}"

    def _read(self, html: str, rewrite: Rewrite) -> str:
        return rewrite_text(html, rewrite, self._seen_attributes, attributes_when=_may_have_kanji)

    def _page_node(self, text: str, open_elements: tuple[Element, ...]) -> str:
        if not has_kanji(text):  # most of a page's text: no ancestors to look at (for speed)
            return escape(text, quote=False)
        if inside(open_elements, NO_RUBY - PLAIN_TEXT) or not inside(open_elements, PLAIN_TEXT):
            return self._node(text, open_elements, False)
        return escape(self.furigana.kana(text), quote=False)

    def _seen_attributes(self, tag: str, attrs: dict[str, str | None]) -> dict[str, str]:
        seen = {name: value for name, value in attrs.items() if value and has_kanji(value) and (
            name in SEEN_ATTRIBUTES or (name == "value" and tag == "input" and attrs.get("type") in _BUTTON_INPUTS))}
        return {name: self.furigana.kana(value) for name, value in seen.items()}

    def _node(self, text: str, open_elements: tuple[Element, ...], optional: bool) -> str:
        if inside(open_elements, NO_RUBY):
            return escape(text, quote=False)
        return self.furigana.html(text, optional)


def _outside_content(html: str) -> list[tuple[str, str]]:
    """``html`` as (frame, content already read) pairs, the markers taken out."""
    pairs, position = [], 0
    while (start := html.find(_READ, position)) >= 0:
        end = html.find(_READ_END, start)
        end = len(html) if end < 0 else end
        pairs.append((html[position:start], html[start + len(_READ):end]))
        position = end + len(_READ_END)
    return pairs + [(html[position:], "")]


def _may_have_kanji(written: str) -> bool:
    """Whether attributes as written may hold kanji once unescaped."""
    return "&#" in written or has_kanji(written)


def inline_readings(html: str, show: bool, optional: bool = False) -> str:
    """Editors' ``{漢字|かんじ}``: ruby where furigana is shown, else the plain word (never in code)."""
    if INLINE.search(html) is None:  # most pages have none: skip parsing them (for speed)
        return html
    return rewrite_text(html, inline_step(show, optional))


def inline_step(show: bool, optional: bool = False) -> Rewrite:
    """The rewrite of one text node for ``inline_readings``."""
    def node(text: str, open_elements: tuple[Element, ...]) -> str:
        if inside(open_elements, NO_RUBY):
            return escape(text, quote=False)
        out, position = [], 0
        for match in INLINE.finditer(text):
            out.append(escape(text[position:match.start()], quote=False))
            out.append(ruby(match[1], match[2], optional) if show else escape(match[1], quote=False))
            position = match.end()
        return "".join(out) + escape(text[position:], quote=False)

    return node


def without_readings(html: str) -> str:
    """``html`` with editors' ``{漢字|かんじ}`` as the word alone (never in code): for a page's title."""
    return inline_readings(html, show=False)


def heading_texts(html: str) -> dict[str, str]:
    """The text of each heading of ``html`` with an id, as HTML, with editors' ``{漢字|かんじ}`` as the word
    alone (never in code): for a table of contents, which sees only a heading's text."""
    texts: dict[str, list[str]] = {}

    def node(text: str, open_elements: tuple[Element, ...]) -> str:
        heading = next((e for e in open_elements if e.tag in HEADINGS and e.attrs.get("id")), None)
        if heading is not None and not any(e.has_class("headerlink") for e in open_elements):
            plain = text if inside(open_elements, NO_RUBY) else INLINE.sub(r"\1", text)
            texts.setdefault(heading.attrs["id"], []).append(escape(plain, quote=False))
        return ""

    rewrite_text(html, node)
    return {key: "".join(parts).strip() for key, parts in texts.items()}
