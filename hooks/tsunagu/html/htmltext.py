"""Rewrite the text of an HTML fragment, leaving its markup exactly as it was.

A real parser (the standard library's) finds the text nodes; each is handed,
unescaped, to a function that returns replacement HTML. Tags, comments and the
raw content of ``script`` and ``style`` are copied unchanged, and so are
attributes, unless an attribute function is given: it sees each start tag's
attributes and returns new values for the ones it changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from html import escape
from typing import Callable

VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                  "track", "wbr"})


@dataclass(frozen=True)
class Element:
    """An open element around a text node: its tag and attributes."""

    tag: str
    attrs: dict[str, str | None]

    def has_class(self, name: str) -> bool:
        return name in (self.attrs.get("class") or "").split()


Rewrite = Callable[[str, tuple[Element, ...]], str]
# (tag, attributes) → the attributes to change, with their new (unescaped) values.
RewriteAttributes = Callable[[str, dict[str, str | None]], dict[str, str]]


class _Rewriter(HTMLParser):
    def __init__(self, rewrite: Rewrite, attributes: RewriteAttributes | None = None):
        super().__init__(convert_charrefs=True)
        self.rewrite, self.attributes = rewrite, attributes
        self.out: list[str] = []
        self.open: list[Element] = []

    def handle_starttag(self, tag, attrs):
        self.out.append(self._start_tag(tag, attrs))
        if tag not in VOID:
            self.open.append(Element(tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.out.append(self._start_tag(tag, attrs))

    def _start_tag(self, tag: str, attrs: list[tuple[str, str | None]]) -> str:
        changed = self.attributes(tag, dict(attrs)) if self.attributes else None
        if not changed:
            return self.get_starttag_text()
        parts = [tag] + [name if value is None and name not in changed
                         else f'{name}="{escape(changed.get(name, value), quote=True)}"' for name, value in attrs]
        closing = "/>" if self.get_starttag_text().endswith("/>") else ">"
        return "<" + " ".join(parts) + closing

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        for depth in range(len(self.open) - 1, -1, -1):
            if self.open[depth].tag == tag:
                del self.open[depth:]
                break

    def handle_data(self, data):
        if self.cdata_elem:
            self.out.append(data)
        else:
            self.out.append(self.rewrite(data, tuple(self.open)))

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")


def rewrite_text(html: str, rewrite: Rewrite, attributes: RewriteAttributes | None = None) -> str:
    """``html`` with every text node replaced by ``rewrite(text, open_elements)`` and, when
    ``attributes`` is given, the attribute values it returns for each start tag."""
    parser = _Rewriter(rewrite, attributes)
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


def inside(open_elements: tuple[Element, ...], tags: frozenset[str]) -> bool:
    """Whether any open element is one of ``tags``."""
    return any(element.tag in tags for element in open_elements)
