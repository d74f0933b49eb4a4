"""Glossary links: first mention only, longest name first, the page's language, never in the wrong place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tsunagu.catalog import Catalog
from tsunagu.glossary_links import GlossaryLinker
from tsunagu.locales import Locale, Locales
from tsunagu.models import Term
from tsunagu.pages import template_environment

ROOT = Path(__file__).resolve().parent.parent
LOCALES = Locales((Locale("ja", "日本語", True), Locale("ja-easy", "やさしい にほんご"), Locale("en", "English")))
JA, EASY, EN = LOCALES.all


def term(term_id: str, names: dict, short: dict | None = None, aliases: dict | None = None) -> Term:
    data = {"term": names, "reading": "よみ", "definition": names, "updated": "2026-11-01",
            "aliases": aliases or {}}
    if short:
        data["short"] = short
    return Term.model_validate(data).with_id(term_id)


@pytest.fixture
def linker() -> GlossaryLinker:
    terms = [
        term("chien", {"ja": "地縁", "en": "Local ties"}, {"ja": "近所のつながり。", "en": "Ties <of> place."},
             {"ja": ["地縁組織"], "en": ["place-based ties"]}),
        term("ninka", {"ja": "認可地縁団体", "ja-easy": "認可 地縁 団体", "en": "Authorised association"},
             {"ja": "法人格のある自治会。"}),
        term("npo", {"ja": "NPO法人", "en": "NPO"}),
    ]
    catalog = Catalog(site=None, groups={}, events={}, venues={}, terms={t.id: t for t in terms}, vocabularies={})
    return GlossaryLinker(catalog, LOCALES, template_environment(ROOT / "overrides" / "tsunagu"))


def links(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<a class="tsunagu-term__link" href="([^"]*)"[^>]*>([^<]*)</a>', html)


def test_a_term_links_to_its_page_in_the_same_language(linker):
    html = linker.link("<p>地縁とは何か。</p>", JA, "kyodo.md")
    assert html == (
        '<p><span class="tsunagu-term"><a class="tsunagu-term__link" href="../glossary/chien/" '
        'aria-describedby="tsunagu-term-chien">地縁</a><span class="tsunagu-term__tip" id="tsunagu-term-chien" '
        'role="tooltip" data-pagefind-ignore>近所のつながり。</span></span>とは何か。</p>')


def test_only_the_first_mention_is_linked(linker):
    html = linker.link("<p>地縁と地縁</p><ul><li>地縁</li></ul>", JA, "kyodo.md")
    assert links(html) == [("../glossary/chien/", "地縁")]
    assert html.count("tsunagu-term-chien") == 2


def test_the_longest_name_wins(linker):
    html = linker.link("<p>認可地縁団体になると、地縁の会は…</p>", JA, "index.md")
    assert links(html) == [("glossary/ninka/", "認可地縁団体"), ("glossary/chien/", "地縁")]


def test_aliases_link_too(linker):
    assert links(linker.link("<p>地縁組織です</p>", JA, "index.md")) == [("glossary/chien/", "地縁組織")]


def test_matching_follows_the_language_of_the_page(linker):
    assert links(linker.link("<p>Place-based ties and 地縁</p>", EN, "kyodo.en.md")) == [
        ("../glossary/chien/", "Place-based ties")]
    assert links(linker.link("<p>認可 地縁 団体</p>", EASY, "kyodo.ja-easy.md")) == [
        ("../glossary/ninka/", "認可 地縁 団体")]


def test_english_names_match_whole_words_only(linker):
    assert links(linker.link("<p>NPOs and SNPO</p>", EN, "index.en.md")) == []
    assert links(linker.link("<p>an NPO.</p>", EN, "index.en.md")) == [("glossary/npo/", "NPO")]


def test_the_tooltip_falls_back_with_a_lang_attribute_and_is_escaped(linker):
    html = linker.link("<p>Local ties</p>", EN, "index.en.md")
    assert 'role="tooltip" data-pagefind-ignore>Ties &lt;of&gt; place.</span>' in html
    html = linker.link("<p>認可 地縁 団体</p>", EASY, "index.ja-easy.md")
    assert 'data-pagefind-ignore lang="ja">法人格のある自治会。</span>' in html


def test_a_term_without_a_short_definition_is_a_plain_link(linker):
    html = linker.link("<p>NPO法人</p>", JA, "index.md")
    assert html == ('<p><span class="tsunagu-term"><a class="tsunagu-term__link" href="glossary/npo/">NPO法人</a>'
                    "</span></p>")


@pytest.mark.parametrize("html", [
    '<h2 id="a">地縁</h2>',
    '<p><a href="x/">地縁</a></p>',
    "<p><code>地縁</code></p>",
    "<pre>地縁</pre>",
    "<p><ruby>地縁<rt>ちえん</rt></ruby></p>",
    '<p title="地縁">x</p>',
])
def test_no_links_in_headings_links_code_ruby_or_attributes(linker, html):
    assert linker.link(html, JA, "index.md") == html


def test_no_link_to_the_page_itself(linker):
    html = linker.link("<p>地縁と認可地縁団体</p>", JA, "glossary/chien.md")
    assert links(html) == [("../ninka/", "認可地縁団体")]


def test_a_heading_does_not_use_up_the_first_mention(linker):
    assert links(linker.link("<h2>地縁</h2><p>地縁</p>", JA, "index.md")) == [("glossary/chien/", "地縁")]


def test_sample_site_pages_link_each_term_once(sample_site):
    page = (sample_site / "ja-easy" / "jichikai" / "index.html").read_text("utf-8")
    hrefs = re.findall(r'class="tsunagu-term__link" href="([^"]*)"', page)
    assert "../glossary/jichikai/" in hrefs
    assert len(hrefs) == len(set(hrefs))


def test_sample_term_page_does_not_link_to_itself(sample_site):
    page = (sample_site / "en" / "glossary" / "chien" / "index.html").read_text("utf-8")
    assert 'class="tsunagu-term__link" href="./"' not in page
    assert 'id="tsunagu-term-chien"' not in page
