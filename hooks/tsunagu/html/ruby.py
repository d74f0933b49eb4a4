"""The ruby passes over a page's HTML: furigana over its text (the content, or the whole page for
readers of kana only), editors' inline readings ``{漢字|かんじ}``, and headings without them."""

from __future__ import annotations

from html import escape

from ..japanese.furigana import INLINE, Furigana, has_kanji, ruby
from .htmltext import Element, inside, rewrite_text

NO_RUBY = frozenset({"code", "pre", "kbd", "samp", "script", "style", "ruby", "rt", "rp", "textarea",
                     "title", "svg", "math", "option", "optgroup"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Seen as plain text, where ruby cannot go: these show the reading instead of the kanji on a whole page.
# (Text in an SVG picture, such as a chart's labels, is drawn text: HTML's ruby has no place in it.)
PLAIN_TEXT = frozenset({"title", "option", "optgroup", "textarea", "svg"})
SEEN_ATTRIBUTES = frozenset({"title", "placeholder", "alt", "label"})
_BUTTON_INPUTS = frozenset({"button", "submit", "reset"})


class RubyPass:
    """Puts the readings of one build's ``Furigana`` into HTML."""

    def __init__(self, furigana: Furigana):
        self.furigana = furigana

    def annotate(self, html: str, optional: bool = False) -> str:
        """A page's content HTML with ruby over every kanji outside code and existing ruby."""
        return rewrite_text(html, lambda text, open_elements: self._node(text, open_elements, optional))

    def annotate_page(self, html: str) -> str:
        """A whole page read for readers of kana only: ruby over its text (navigation, header, footer
        and content alike), and the reading itself in the title, list choices and attributes seen as
        text, where ruby cannot go. Code keeps its kanji."""
        return rewrite_text(html, self._page_node, self._seen_attributes)

    def _page_node(self, text: str, open_elements: tuple[Element, ...]) -> str:
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


def inline_readings(html: str, show: bool, optional: bool = False) -> str:
    """Editors' ``{漢字|かんじ}``: ruby where furigana is shown, else the plain word (never in code)."""
    if INLINE.search(html) is None:  # most pages have none: skip parsing them (for speed)
        return html
    def node(text: str, open_elements: tuple[Element, ...]) -> str:
        if inside(open_elements, NO_RUBY):
            return escape(text, quote=False)
        out, position = [], 0
        for match in INLINE.finditer(text):
            out.append(escape(text[position:match.start()], quote=False))
            out.append(ruby(match[1], match[2], optional) if show else escape(match[1], quote=False))
            position = match.end()
        return "".join(out) + escape(text[position:], quote=False)

    return rewrite_text(html, node)


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
