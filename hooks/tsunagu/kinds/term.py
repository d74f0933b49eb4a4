"""Glossary terms: an index by reading (the kana order in Japanese, alphabetical in other languages) with the
glossary's JSON-LD, a page per term (a DefinedTerm) and a CSV of our own."""

from __future__ import annotations

from ..i18n.collation import index_entry
from ..model.locales import Locale, babel_locale
from ..model.models import Term
from ..outputs.jsonld import SCHEMA
from ..outputs.opendata_csv import OpenDataCsv
from ..outputs.published import Published
from ..outputs.table_rows import Cell
from ..render.pages import Extras, LanguagePages
from .base import KindAdapter

class TermAdapter(KindAdapter):
    name = "term"

    def index(self, pages: LanguagePages) -> Extras:
        return Extras({"sections": _sections(pages)}, lambda: _glossary(pages.published, pages.locale))

    def record(self, pages: LanguagePages, term: Term) -> Extras:
        return Extras({}, lambda: linked_data(pages.published, pages.locale, term))

    def csv_rows(self, out: OpenDataCsv, term: Term) -> list[tuple[Cell, ...]]:
        aliases = out.t("list.separator").join(term.aliases.get(out.locale.code, []))
        return [(
            out.catalog.site.lg_code, term.id, out.text(term.term), term.reading, out.english_text(term.term),
            out.text(term.definition), aliases, out.text(term.legal_basis), out.url(self.name, term.id),
            term.updated.isoformat(),
        )]


def linked_data(published: Published, locale: Locale, term: Term) -> dict:
    """The term as a schema.org DefinedTerm of the glossary's DefinedTermSet."""
    url = published.urls.record(locale, "term", term.id)
    data = {
        "@context": SCHEMA, "@type": "DefinedTerm", "@id": url, "name": published.text(locale, term.term),
        "description": published.text(locale, term.definition), "termCode": term.id, "url": url,
        "inLanguage": locale.tag, "inDefinedTermSet": _term_set(published, locale),
    }
    if term.aliases.get(locale.code):
        data["alternateName"] = term.aliases[locale.code]
    return data


def _glossary(published: Published, locale: Locale) -> dict:
    """The glossary as a DefinedTermSet listing every term."""
    terms = sorted(published.catalog.terms.values(), key=lambda t: t.id)
    return {"@context": SCHEMA, **_term_set(published, locale), "hasDefinedTerm": [
        {"@type": "DefinedTerm", "name": published.text(locale, t.term), "termCode": t.id,
         "url": published.urls.record(locale, "term", t.id)} for t in terms]}


def _term_set(published: Published, locale: Locale) -> dict:
    url = published.urls.index(locale, "term")
    return {"@type": "DefinedTermSet", "@id": url, "url": url, "name": published.t(locale, "glossary.title")}


def _sections(pages: LanguagePages) -> list[tuple[str, list[Term]]]:
    """The terms under their index headings, in the language's order."""
    japanese = babel_locale(pages.locale.code).language == "ja"  # readings are hiragana: Japanese order
    entries = []
    for term in pages.catalog.terms.values():
        text, _ = term.term.get(pages.locales.chain(pages.locale.code))
        heading, key = index_entry(text, term.reading, japanese)
        entries.append((heading, key, term))
    entries.sort(key=lambda entry: entry[1])
    headings = sorted({e[0] for e in entries}, key=lambda h: next(e[1] for e in entries if e[0] == h))
    return [(h, [e[2] for e in entries if e[0] == h]) for h in headings]


ADAPTER = TermAdapter()
