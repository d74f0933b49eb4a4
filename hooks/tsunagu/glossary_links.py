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
    """All names of all terms in one language, as one pattern; a match's group names its term."""

    pattern: re.Pattern | None
    terms: tuple[Term, ...]

    def term_of(self, match: re.Match) -> Term:
        return self.terms[int(match.lastgroup[1:].split("_")[0])]


def _name_pattern(name: str) -> str:
    body = r"\s*".join(re.escape(part) for part in name.split())
    before = r"(?<![A-Za-z0-9])" if name[0].isascii() and name[0].isalnum() else ""
    after = r"(?![A-Za-z0-9])" if name[-1].isascii() and name[-1].isalnum() else ""
    return before + body + after


def names(term: Term, code: str) -> list[str]:
    """What a term is called in one language: its name there, then its aliases there."""
    own = [term.term.root[code]] if term.term.has(code) else []
    return own + list(term.aliases.get(code, []))


def matcher(terms: list[Term], code: str) -> Matcher:
    """One pattern over every name of ``terms`` in language ``code``, longest names first."""
    named = [(name, index) for index, term in enumerate(terms) for name in names(term, code)]
    named.sort(key=lambda pair: len(pair[0]), reverse=True)
    groups = [f"(?P<t{index}_{n}>{_name_pattern(name)})" for n, (name, index) in enumerate(named)]
    pattern = re.compile("|".join(groups), re.IGNORECASE) if groups else None
    return Matcher(pattern, tuple(terms))


class GlossaryLinker:
    """Adds glossary links to pages of every language of one build."""

    def __init__(self, catalog: Catalog, locales: Locales, env: Environment):
        self.catalog, self.locales = catalog, locales
        self.template = env.get_template(TEMPLATE)
        self._matchers: dict[str, Matcher] = {}

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
        self.done = {term.id for term in linker.catalog.terms.values() if record_src("term", term.id) == source}

    def node(self, text: str, open_elements: tuple[Element, ...]) -> str:
        found = self.linker.matcher(self.locale.code)
        if found.pattern is None or inside(open_elements, NO_LINKS) or _in_term(open_elements):
            return escape(text, quote=False)
        out, position = [], 0
        for match in found.pattern.finditer(text):
            term = found.term_of(match)
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
