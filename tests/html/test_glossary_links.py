"""Glossary links: first mention only, longest name first, every form of a name (分かち書き or not, the page's
language or the default one), whole words only, never in the wrong place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tsunagu.load.catalog import Catalog
from tsunagu.html.glossary_links import GlossaryLinker
from tsunagu.model.locales import Locale, Locales
from tsunagu.model.models import Term
from tsunagu.render.environment import template_environment

from conftest import build

ROOT = Path(__file__).resolve().parents[2]
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
             {"ja": "法人格のある自治会。"}, {"ja": ["地縁法人"]}),
        term("npo", {"ja": "NPO法人", "en": "NPO"}),
        term("a11y", {"ja": "アクセシビリティ", "ja-easy": "誰でも 使える こと", "en": "Accessibility"},
             {"ja": "誰もが使えること。", "ja-easy": "誰でも 使える ことです。"}),
        term("jichikai", {"ja": "自治会・町内会", "en": "Neighbourhood association"}, aliases={"ja": ["区"]}),
        term("toshi", {"ja": "都市", "en": "City"}),
    ]
    return linker_of(terms)


def linker_of(terms: list[Term]) -> GlossaryLinker:
    catalog = Catalog(site=None, by_kind={"term": {t.id: t for t in terms}}, vocabularies={})
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


def test_spaces_of_wakachigaki_do_not_matter_and_the_link_wraps_the_whole_word(linker):
    html = linker.link("<p>認可地縁団体になります。</p>", EASY, "index.ja-easy.md")
    assert html == (
        '<p><span class="tsunagu-term"><a class="tsunagu-term__link" href="glossary/ninka/" '
        'aria-describedby="tsunagu-term-ninka">認可地縁団体</a><span class="tsunagu-term__tip" '
        'id="tsunagu-term-ninka" role="tooltip" data-pagefind-ignore lang="ja">法人格のある自治会。</span></span>'
        'になります。</p>')


@pytest.mark.parametrize("text", ["認可地縁団体", "認可 地縁 団体", "認可 地縁団体", "認可地縁　団体", "認可\n地縁団体",
                                  "地縁法人"])
def test_every_form_links_the_whole_word_to_the_same_term(linker, text):
    """The ja-easy name with or without its spaces, spaced differently, and the default language's alias."""
    html = linker.link(f"<p>{text}になります。</p>", EASY, "index.ja-easy.md")
    assert links(html) == [("glossary/ninka/", text)]
    assert html.startswith(f'<p><span class="tsunagu-term"><a class="tsunagu-term__link" href="glossary/ninka/" '
                           f'aria-describedby="tsunagu-term-ninka">{text}</a><span class="tsunagu-term__tip"')
    assert html.endswith("</span></span>になります。</p>")


def test_a_name_without_spaces_matches_text_with_them(linker):
    assert links(linker.link("<p>NPO 法人と 認可 地縁 団体</p>", JA, "index.md")) == [
        ("glossary/npo/", "NPO 法人"), ("glossary/ninka/", "認可 地縁 団体")]


def test_spaces_between_latin_words_still_separate_them(linker):
    assert links(linker.link("<p>LocalTies, then Local  ties</p>", EN, "index.en.md")) == [
        ("glossary/chien/", "Local  ties")]
    assert links(linker.link("<p>N PO and NPOs</p>", EN, "index.en.md")) == []


def test_a_page_in_another_language_knows_the_default_languages_names(linker):
    html = linker.link("<p>アクセシビリティと地縁組織</p>", EASY, "index.ja-easy.md")
    assert links(html) == [("glossary/a11y/", "アクセシビリティ"), ("glossary/chien/", "地縁組織")]
    assert 'role="tooltip" data-pagefind-ignore>誰でも 使える ことです。</span>' in html


def test_the_pages_own_language_comes_first_where_terms_share_a_name(linker):
    shared = linker_of([term("old", {"ja": "回覧", "ja-easy": "お知らせ 板"}),
                        term("new", {"ja": "お知らせ板"})])
    assert links(shared.link("<p>お知らせ板</p>", EASY, "index.ja-easy.md")) == [
        ("glossary/old/", "お知らせ板")]
    assert links(shared.link("<p>お知らせ板</p>", JA, "index.md")) == [("glossary/new/", "お知らせ板")]


def test_the_longest_name_wins_across_every_form(linker):
    html = linker.link("<p>認可地縁団体、認可 地縁 団体と地縁法人の地縁</p>", EASY, "index.ja-easy.md")
    assert links(html) == [("glossary/ninka/", "認可地縁団体"), ("glossary/chien/", "地縁")]
    assert html.count('class="tsunagu-term"') == 2


def test_japanese_text_on_an_english_page_links_to_the_english_entry(linker):
    html = linker.link("<p>Joining a 地縁組織</p>", EN, "index.en.md")
    assert html == (
        '<p>Joining a <span class="tsunagu-term"><a class="tsunagu-term__link" href="glossary/chien/" '
        'aria-describedby="tsunagu-term-chien">地縁組織</a><span class="tsunagu-term__tip" '
        'id="tsunagu-term-chien" role="tooltip" data-pagefind-ignore>Ties &lt;of&gt; place.</span></span></p>')


@pytest.mark.parametrize(("text", "linked"), [
    ("京都市民の会", []),  # 京都 / 市民: 都市 would cut both words
    ("都市の会", [("glossary/toshi/", "都市")]),
    ("地区の会", []),  # 地区 is one word: 区 is no word in it
    ("北区の会", [("glossary/jichikai/", "区")]),
    ("地縁的な会", [("glossary/chien/", "地縁")]),
])
def test_a_name_never_starts_or_ends_inside_a_japanese_word(linker, text, linked):
    assert links(linker.link(f"<p>{text}</p>", JA, "index.md")) == linked


def test_sample_site_pages_link_each_term_once(sample_site):
    page = (sample_site / "ja-easy" / "jichikai" / "index.html").read_text("utf-8")
    hrefs = re.findall(r'class="tsunagu-term__link" href="([^"]*)"', page)
    assert "../glossary/jichikai/" in hrefs
    assert len(hrefs) == len(set(hrefs))


def test_sample_term_page_does_not_link_to_itself(sample_site):
    page = (sample_site / "en" / "glossary" / "chien" / "index.html").read_text("utf-8")
    assert 'class="tsunagu-term__link" href="./"' not in page
    assert 'id="tsunagu-term-chien"' not in page


TERM_LINK = re.compile(r'<span class="tsunagu-term"><a class="tsunagu-term__link" href="([^"]*)"[^>]*>(.*?)</a>'
                       r'<span class="tsunagu-term__tip"[^>]*>(.*?)</span></span>')


def test_a_written_out_term_on_an_easy_japanese_page_is_one_link_around_the_whole_word(minimal, tmp_path):
    """The term's ja-easy name has spaces (分かち書き); the page writes it without them. The reader gets one
    link around the whole word, with its furigana inside and the tooltip after it."""
    glossary = minimal / "data/glossary"
    (glossary / "chien.yml").write_text(
        "term: {ja: 地縁, ja-easy: 地縁, en: Local ties}\nreading: ちえん\n"
        "definition: {ja: 地域のつながり。, ja-easy: 近所の つながりです。, en: Local ties.}\n"
        "short: {ja: 地域のつながり。, ja-easy: 近所の つながりです。}\nupdated: 2026-08-01\n", "utf-8")
    (glossary / "ninka-chien-dantai.yml").write_text(
        "term: {ja: 認可地縁団体, ja-easy: 認可 地縁 団体, en: Authorised neighbourhood association}\n"
        "reading: にんかちえんだんたい\n"
        "definition: {ja: 市町村長の認可を受けた自治会。, ja-easy: 市が 認めた 自治会です。, en: An association.}\n"
        "short: {ja: 認可を受けた自治会。, ja-easy: 市が 認めた 自治会です。}\n"
        "updated: 2026-08-01\n", "utf-8")
    (minimal / "docs/index.ja-easy.md").write_text("# てすと市\n\n認可地縁団体になります。\n", "utf-8")
    config = minimal / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "    furigana_always: [ja-easy]\n", "utf-8")
    site = tmp_path / "site"
    result = build(config, site)
    assert result.returncode == 0, result.stderr

    page = (site / "ja-easy" / "index.html").read_text("utf-8")
    sentence = re.search(r"<p>(.*?)</p>", page[page.index("md-content"):], re.S)[1]
    assert page.count('class="tsunagu-term__link"') == 1
    (href, word, tip), = TERM_LINK.findall(page)
    assert sentence == TERM_LINK.search(sentence)[0] + "になります。"
    assert href == "glossary/ninka-chien-dantai/" and (site / "ja-easy" / href / "index.html").exists()
    assert "<ruby>" in word and "tsunagu-term" not in word
    assert re.sub(r"<rt>.*?</rt>|<[^>]+>", "", word) == "認可地縁団体"
    assert re.sub(r"<rt>.*?</rt>|<[^>]+>", "", tip) == "市が 認めた 自治会です。"
