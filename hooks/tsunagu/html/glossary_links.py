"""Link the first mention of each glossary term on a page to the term's own page.

Matching follows the page's language: the term's name in that language and its
aliases there, then (on a page in another language) the default language's name
and aliases. Spaces next to Japanese characters (分かち書き) do not matter, so
「認可 地縁 団体」 and 認可地縁団体 are one name. The longest name wins where
names overlap, and a link always wraps a whole word: never part of a Latin word,
never a piece cut out of a Japanese word. Headings, links, code and ruby are
left alone, as is a term's own page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from jinja2 import Environment
from sudachipy import SplitMode

from ..load.catalog import Catalog
from ..japanese.furigana import tokenizer
from .htmltext import Element, Rewrite, inside, rewrite_text
from ..model.locales import Locale, Locales
from ..model.models import Term
from ..model.urls import record_src, relative, src_to_url

NO_LINKS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "a", "button", "label", "code", "pre", "kbd", "samp",
                      "script", "style", "ruby", "rt", "rp", "title", "svg", "math", "nav", "summary",
                      "select", "option", "textarea"})
TEMPLATE = "_term_link.html"
_JAPANESE = re.compile(r"[\u3001-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_SPACE_BY_JAPANESE = re.compile(rf"\s+(?={_JAPANESE.pattern})|(?<={_JAPANESE.pattern})\s+")


@dataclass(frozen=True)
class Matcher:
    """All names of all terms in a page's languages, as one pattern, and the term each name belongs to."""

    pattern: re.Pattern | None
    by_name: dict[str, Term]

    def find(self, text: str):
        """Yield (match, term) for each name in ``text`` that is a whole word, leftmost first, longest
        at each place."""
        position = 0
        while self.pattern is not None and (match := self.pattern.search(text, position)):
            term = self.by_name.get(_key(match[0]))
            if term and _edge(text, match.start()) and _edge(text, match.end()):
                yield match, term
                position = match.end()
            else:
                position = match.start() + 1


def _key(name: str) -> str:
    """A name as matched: case and spacing ignored, and no space next to a Japanese character."""
    return " ".join(_SPACE_BY_JAPANESE.sub("", name).split()).casefold()


def _edge(text: str, at: int) -> bool:
    """Whether a name may start or end at ``at``: not inside a Latin word (NPO in NPOs does not count),
    nor inside a Japanese word as Sudachi cuts it in its shortest units (都市 in 京都市民 does not)."""
    before, after = text[at - 1:at], text[at:at + 1]
    if _latin(before) and _latin(after):
        return False
    if before.isalnum() and after.isalnum() and (_japanese(before) or _japanese(after)):
        return at in _word_edges(text)
    return True


@lru_cache(maxsize=1024)
def _word_edges(text: str) -> frozenset[int]:
    """Where Sudachi's shortest units of ``text`` begin and end (asked only for a name glued to other
    Japanese letters, and once per text)."""
    edges = set()
    for morpheme in tokenizer().tokenize(text):
        for unit in [morpheme, *morpheme.split(SplitMode.A)]:
            edges.update((unit.begin(), unit.end()))
    return frozenset(edges)


def _latin(char: str) -> bool:
    return bool(char) and char.isascii() and char.isalnum()


def _japanese(char: str) -> bool:
    return _JAPANESE.match(char) is not None


def _trie_pattern(names: list[str]) -> str:
    """One regular expression for many names, shared prefixes merged: the engine then tries a few
    branches at each character instead of every name (for speed at hundreds of terms)."""
    trie: dict = {}
    for name in names:
        node = trie
        for char in _key(name):
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict, previous: str = "") -> str:
    branches = [_step(previous, char) + _node_pattern(child, char)
                for char, child in sorted(node.items(), reverse=True) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _step(previous: str, char: str) -> str:
    """One character of a name: a space between Latin words is one or more spaces in the text; next
    to a Japanese character, spaces in the text are optional (分かち書き or not)."""
    if char == " ":
        return r"\s+"
    gap = r"\s*" if previous and (_japanese(previous) or _japanese(char)) else ""
    return gap + re.escape(char)


def names(term: Term, code: str) -> list[str]:
    """What a term is called in one language: its name there, then its aliases there."""
    own = [term.term.root[code]] if term.term.has(code) else []
    return own + list(term.aliases.get(code, []))


def matcher(terms: list[Term], codes: list[str]) -> Matcher:
    """One pattern over every name of ``terms`` in the languages ``codes``; the longest name wins, and
    where two terms share a name, the one named so in the earlier language."""
    by_name: dict[str, Term] = {}
    for code in codes:
        for term in terms:
            for name in names(term, code):
                by_name.setdefault(_key(name), term)
    pattern = re.compile(_trie_pattern(list(by_name)), re.IGNORECASE) if by_name else None
    return Matcher(pattern, by_name)


class GlossaryLinker:
    """Adds glossary links to pages of every language of one build."""

    def __init__(self, catalog: Catalog, locales: Locales, env: Environment):
        self.catalog, self.locales = catalog, locales
        self.template = env.get_template(TEMPLATE)
        self._matchers: dict[str, Matcher] = {}
        self.term_pages = {record_src("term", term.id): term.id for term in catalog.terms.values()}

    def link(self, html: str, locale: Locale, src_uri: str) -> str:
        """A page's content HTML with its first mention of each term linked."""
        return rewrite_text(html, self.step(locale, src_uri))

    def step(self, locale: Locale, src_uri: str) -> Rewrite:
        """The rewrite of the text nodes of one page, in order, for ``link``."""
        return _PageLinks(self, locale, src_uri).node

    def matcher(self, code: str) -> Matcher:
        """The matcher of pages in ``code``: their language's names, then those of its fallbacks."""
        if code not in self._matchers:
            self._matchers[code] = matcher(list(self.catalog.terms.values()), list(self.locales.chain(code)))
        return self._matchers[code]

    def render(self, term: Term, text: str, locale: Locale, page_url: str) -> str:
        short, code = term.short.get(self.locales.chain(locale.code)) if term.short else ("", locale.code)
        target = locale.prefix + src_to_url(record_src("term", term.id))
        return self.template.render(href=relative(page_url, target), text=text, short=short,
                                    tip_id=f"tsunagu-term-{term.id}",
                                    short_lang=self.locales.get(code).tag if code != locale.code else "")


class _PageLinks:
    """The linking of one page: remembers which terms are already linked."""

    def __init__(self, linker: GlossaryLinker, locale: Locale, src_uri: str):
        self.linker, self.locale = linker, locale
        source = _without_language(src_uri, linker.locales)
        self.page_url = locale.prefix + src_to_url(source)
        self.done = {linker.term_pages[source]} if source in linker.term_pages else set()

    def node(self, text: str, open_elements: tuple[Element, ...]) -> str:
        found = self.linker.matcher(self.locale.code)
        if found.pattern is None or inside(open_elements, NO_LINKS) or _in_term(open_elements):
            return escape(text, quote=False)
        out, position = [], 0
        for match, term in found.find(text):
            if term.id in self.done:
                continue
            self.done.add(term.id)
            out.append(escape(text[position:match.start()], quote=False))
            out.append(self.linker.render(term, match[0], self.locale, self.page_url))
            position = match.end()
        return "".join(out) + escape(text[position:], quote=False)


def _in_term(open_elements: tuple[Element, ...]) -> bool:
    return any(element.has_class("tsunagu-term") for element in open_elements)


def _without_language(src_uri: str, locales: Locales) -> str:
    """``about.en.md`` → ``about.md``: the page's source name shared by every language."""
    folder, _, name = src_uri.rpartition("/")
    parts = name.split(".")
    if len(parts) > 2 and parts[-2] in locales.codes:
        name = ".".join(parts[:-2] + parts[-1:])
    return f"{folder}/{name}" if folder else name
