"""Link the first mention of each glossary term on a page to the term's own page.

Matching follows the page's language: the term's name in that language and its
aliases there. The longest name wins where names overlap. Headings, links,
code and ruby are left alone, as is a term's own page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from jinja2 import Environment

from .catalog import Catalog
from .htmltext import Element, inside, rewrite_text
from .locales import Locale, Locales
from .models import Term
from .urls import record_src, relative, src_to_url

NO_LINKS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "a", "button", "label", "code", "pre", "kbd", "samp",
                      "script", "style", "ruby", "rt", "rp", "title", "svg", "math", "nav", "summary",
                      "select", "option", "textarea"})
TEMPLATE = "_term_link.html"


@dataclass(frozen=True)
class Matcher:
    """All names of all terms in one language, as one pattern, and the term each name belongs to."""

    pattern: re.Pattern | None
    by_name: dict[str, Term]

    def find(self, text: str):
        """Yield (match, term) for each name in ``text``, leftmost first, longest at each place."""
        position = 0
        while self.pattern is not None and (match := self.pattern.search(text, position)):
            term = self.by_name.get(_key(match[0]))
            if term and _standalone(text, match):
                yield match, term
                position = match.end()
            else:
                position = match.start() + 1


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _standalone(text: str, match: re.Match) -> bool:
    """A Latin name is not part of a longer word (NPO in NPOs does not count)."""
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end()] if match.end() < len(text) else ""
    first, last = match[0][0], match[0][-1]
    return not (_latin(first) and _latin(before)) and not (_latin(last) and _latin(after))


def _latin(char: str) -> bool:
    return bool(char) and char.isascii() and char.isalnum()


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


def _node_pattern(node: dict) -> str:
    branches = [(r"\s+" if char == " " else re.escape(char)) + _node_pattern(child)
                for char, child in sorted(node.items(), reverse=True) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def names(term: Term, code: str) -> list[str]:
    """What a term is called in one language: its name there, then its aliases there."""
    own = [term.term.root[code]] if term.term.has(code) else []
    return own + list(term.aliases.get(code, []))


def matcher(terms: list[Term], code: str) -> Matcher:
    """One pattern over every name of ``terms`` in language ``code``; the longest name wins."""
    by_name: dict[str, Term] = {}
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
        page = _PageLinks(self, locale, src_uri)
        return rewrite_text(html, page.node)

    def matcher(self, code: str) -> Matcher:
        if code not in self._matchers:
            self._matchers[code] = matcher(list(self.catalog.terms.values()), code)
        return self._matchers[code]

    def render(self, term: Term, text: str, locale: Locale, page_url: str) -> str:
        short, fell_back = term.short.get(locale.code, self.locales.default.code) if term.short else ("", False)
        target = locale.prefix + src_to_url(record_src("term", term.id))
        return self.template.render(href=relative(page_url, target), text=text, short=short,
                                    tip_id=f"tsunagu-term-{term.id}",
                                    short_lang=self.locales.default.code if fell_back else "")


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
