"""Rewrite the text of an HTML fragment, leaving its markup exactly as it was.

One scan with one regular expression finds the tags; the text between them is handed, unescaped,
to a function that returns replacement HTML. Tags, comments and the raw content of ``script`` and
``style`` are copied unchanged, and so are attributes, unless an attribute function is given: it
sees each start tag's attributes and returns new values for the ones it changes.

The scan follows the HTML tokenizer's rules for what it meets in the pages MkDocs and Material write
(the standard library's ``HTMLParser`` did the same work four times slower, for speed). Like it, it
does not infer end tags: an element is open until its own end tag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from html import escape, unescape
from typing import Callable

VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                  "track", "wbr"})
RAW_TEXT = frozenset({"script", "style"})

_ATTRIBUTE = r"""[^\s/>"'=][^\s/>=]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?"""
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"  # a comment
    r"|<[!?][^>]*>"  # a declaration or processing instruction
    r"|</(?P<end>[a-zA-Z][^\s/>]*)[^>]*>"  # an end tag
    rf"|<(?P<start>[a-zA-Z][^\s/>]*)(?P<attrs>(?:[\s/]*{_ATTRIBUTE})*)[\s/]*>",  # a start tag
    re.DOTALL)
_ATTRIBUTES = re.compile(r"""([^\s/>"'=][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")


@dataclass(frozen=True)
class Element:
    """An open element around a text node: its tag and attributes."""

    tag: str
    source: str
    """The start tag's attributes as written."""

    @cached_property
    def attrs(self) -> dict[str, str | None]:
        return dict(parse_attributes(self.source))

    def has_class(self, name: str) -> bool:
        return name in (self.attrs.get("class") or "").split()


Rewrite = Callable[[str, tuple[Element, ...]], str]
# (tag, attributes) → the attributes to change, with their new (unescaped) values.
RewriteAttributes = Callable[[str, dict[str, str | None]], dict[str, str]]


def parse_attributes(source: str) -> list[tuple[str, str | None]]:
    """The attributes of a start tag as (lowercase name, unescaped value or None) in their order."""
    found = []
    for match in _ATTRIBUTES.finditer(source):
        value = next((v for v in match.group(2, 3, 4) if v is not None), None)
        found.append((match[1].lower(), unescape(value) if value is not None and "&" in value else value))
    return found


class _Rewriter:
    def __init__(self, html: str, rewrite: Rewrite, attributes: RewriteAttributes | None,
                 attributes_when: Callable[[str], bool], open_elements: tuple[Element, ...]):
        self.html, self.rewrite, self.attributes, self.attributes_when = html, rewrite, attributes, attributes_when
        self.out: list[str] = []
        self.open: list[Element] = list(open_elements)

    def run(self) -> str:
        html, position = self.html, 0
        while (match := _MARKUP.search(html, position)) is not None:
            if match.start() > position:
                self._text(html[position:match.start()])
            position = match.end()
            if match["start"]:
                position = self._start_tag(match)
            elif match["end"]:
                self._end_tag(match)
            else:
                self.out.append(match[0])
        if position < len(html):
            self._text(html[position:])
        return "".join(self.out)

    def _text(self, text: str) -> None:
        self.out.append(self.rewrite(unescape(text) if "&" in text else text, tuple(self.open)))

    def _start_tag(self, match: re.Match) -> int:
        tag, source = match["start"].lower(), match["attrs"]
        self.out.append(self._changed(match[0], tag, source) if self.attributes and self.attributes_when(source)
                        else match[0])
        if tag in RAW_TEXT:  # copied as it is, up to its end tag
            end = re.compile(rf"</{tag}\s*>", re.IGNORECASE).search(self.html, match.end())
            stop = end.start() if end else len(self.html)
            self.out.append(self.html[match.end():stop])
            return stop
        if tag not in VOID and not match[0].endswith("/>"):
            self.open.append(Element(tag, source))
        return match.end()

    def _changed(self, written: str, tag: str, source: str) -> str:
        attrs = parse_attributes(source)
        changed = self.attributes(tag, dict(attrs))
        if not changed:
            return written
        parts = [tag] + [name if value is None and name not in changed
                         else f'{name}="{escape(changed.get(name, value), quote=True)}"' for name, value in attrs]
        return "<" + " ".join(parts) + ("/>" if written.endswith("/>") else ">")

    def _end_tag(self, match: re.Match) -> None:
        tag = match["end"].lower()
        self.out.append(match[0])
        for depth in range(len(self.open) - 1, -1, -1):
            if self.open[depth].tag == tag:
                del self.open[depth:]
                break


def rewrite_text(html: str, rewrite: Rewrite, attributes: RewriteAttributes | None = None,
                 attributes_when: Callable[[str], bool] = bool, open_elements: tuple[Element, ...] = ()) -> str:
    """``html`` with every text node replaced by ``rewrite(text, open_elements)`` and, when
    ``attributes`` is given, the attribute values it returns for each start tag whose attributes as
    written pass ``attributes_when`` (a quick test that spares parsing the others). ``open_elements``:
    the elements around ``html`` when it is a piece of a page."""
    return _Rewriter(html, rewrite, attributes, attributes_when, open_elements).run()


def chained(*steps: Rewrite) -> Rewrite:
    """One rewrite doing ``steps`` in turn: each later step rewrites the text of what the earlier made of a
    text node (a glossary link's words get their ruby), so a page is scanned once, not once per step."""
    first, rest = steps[0], steps[1:]
    if not rest:
        return first
    then = chained(*rest)

    def rewrite(text: str, open_elements: tuple[Element, ...]) -> str:
        made = first(text, open_elements)
        if "<" not in made:  # text alone: no markup to scan
            return then(unescape(made) if "&" in made else made, open_elements)
        return rewrite_text(made, then, open_elements=open_elements)

    return rewrite


def nearest_lang(open_elements: tuple[Element, ...]) -> str | None:
    """The ``lang`` of the innermost open element that has one."""
    return next((e.attrs["lang"] for e in reversed(open_elements) if "lang" in e.attrs), None)


def inside(open_elements: tuple[Element, ...], tags: frozenset[str]) -> bool:
    """Whether any open element is one of ``tags``."""
    return any(element.tag in tags for element in open_elements)
