"""Every language of the sample site as its readers get it: the page's tag, the switcher, fallbacks along each
language's chain (easy Japanese with its furigana before standard Japanese), the notice that says so, the
coverage table and dates in the language's own style."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT

from tsunagu.load.siteconfig import load_site_config

SITE = load_site_config(ROOT / "mkdocs.yml")
LOCALES = SITE.locales
KANJI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
NOTICE = re.compile(r'<div class="admonition note tsunagu-fallback" role="note">\s*<p>(.*?)</p>', re.DOTALL)


def html(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text("utf-8")


def content(page: str) -> str:
    return page[page.index('<div id="tsunagu-main"'):page.index("</article>")]


def without_ruby(text: str) -> str:
    """``text`` as read without its furigana (easy-Japanese pages have ruby over their frame too)."""
    return re.sub(r"</?ruby[^>]*>", "", re.sub(r"<rt>.*?</rt>", "", text))


def test_each_language_has_its_tag_on_every_page(sample_site):
    for loc in LOCALES:
        for path in ("", "groups/", "kyodo/", "jichikai/"):
            assert re.search(r'<html lang="([^"]+)"', html(sample_site, loc.prefix + path))[1] == loc.tag, (loc, path)


def test_the_switcher_names_each_language_in_its_own_script_and_marks_the_current_one(sample_site):
    for loc in LOCALES:
        page = html(sample_site, loc.prefix + "events/")
        links = re.findall(r'<a href="[^"]*" hreflang="([^"]+)" lang="([^"]+)" target="_self" class="md-select__link"'
                           r'( aria-current="true")?>\s*(.*?)\s*</a>', page)
        assert [(hreflang, lang, without_ruby(name)) for hreflang, lang, _, name in links] == [
            (other.tag, other.tag, other.name) for other in LOCALES]
        assert [lang for _, lang, current, _ in links if current] == [loc.tag]


@pytest.mark.parametrize("code", [code for code in LOCALES.codes if LOCALES.chain(code)[1:2] == ("ja-easy",)])
def test_a_page_missing_in_a_language_falls_back_to_easy_japanese_with_its_furigana(sample_site, code):
    """jichikai.md is in ja and ja-easy only."""
    loc = LOCALES.get(code)
    page = html(sample_site, loc.prefix + "jichikai/")
    shown = content(page)
    assert shown.count('<div lang="ja-x-easy">') == 1 and "<ruby>" in shown
    outside_ruby = re.sub(r"<ruby>.*?</ruby>", "", shown, flags=re.DOTALL)
    assert KANJI.findall(re.sub(r"<[^>]+>", "", outside_ruby)) == []
    notice = NOTICE.search(page)[1]
    assert '<span lang="ja-x-easy">やさしい にほんご</span>' in notice
    assert without_ruby(notice).count("日本語") <= 1  # the notice itself is in the reader's language


@pytest.mark.parametrize("code", [code for code in LOCALES.codes if not LOCALES.get(code).default])
def test_a_chain_ends_in_standard_japanese(sample_site, code):
    """editor-guide.md is in ja and en only: every language whose chain has no en ends in ja, without ruby."""
    loc = LOCALES.get(code)
    chain = LOCALES.chain(code)
    shown_in = "en" if "en" in chain else "ja"
    page = html(sample_site, loc.prefix + "editor-guide/")
    if code == shown_in:
        assert NOTICE.search(page) is None
        return
    shown = content(page)
    assert f'<div lang="{LOCALES.get(shown_in).tag}">' in shown
    notice = without_ruby(NOTICE.search(page)[1])
    assert f'<span lang="{LOCALES.get(shown_in).tag}">{LOCALES.get(shown_in).name}</span>' in notice
    if code != "ja-easy":  # easy-Japanese pages read every kanji, fallbacks included; glossary tips in
        assert "<ruby>" not in re.search(r"<h1.*?</h1>", shown, re.DOTALL)[0]  # easy Japanese keep theirs


def test_a_language_whose_chain_starts_with_english_shows_english(sample_site):
    for code in (code for code in LOCALES.codes if LOCALES.chain(code)[1:2] == ("en",)):
        page = html(sample_site, LOCALES.get(code).prefix + "jichikai/")
        assert '<div lang="en">' in content(page)
        assert "neighbourhood association" in content(page).lower()


def test_data_text_falls_back_along_the_chain_with_its_tag(sample_site):
    """A record text missing in vi is shown in ja-easy (marked, with furigana) where ja-easy has it."""
    vi = LOCALES.get("vi")
    found = 0
    for page in (sample_site / vi.prefix / "groups").glob("*/index.html"):
        shown = content(page.read_text("utf-8"))
        for passage in re.findall(r'<([a-z]+)[^>]* lang="ja-x-easy"[^>]*>(.*?)</\1>', shown, re.DOTALL):
            found += 1
            bare = re.sub(r"<ruby>.*?</ruby>", "", passage[1], flags=re.DOTALL)
            assert KANJI.findall(re.sub(r"<[^>]+>", "", bare)) == [], (page, passage)
    assert found > 0


def test_the_about_page_shows_each_language_and_its_chain(sample_site):
    for loc in LOCALES:
        table = re.search(r'<div class="tsunagu tsunagu-coverage" lang="[^"]+"[^>]*>(.*?)</div>', html(sample_site, loc.prefix + "about/"),
                          re.DOTALL)[1]
        heads = re.findall(r'<th scope="col" lang="([^"]+)">(.*?)</th>', table)
        assert [(tag, without_ruby(name)) for tag, name in heads] == [(other.tag, other.name) for other in LOCALES]
        last_row = re.findall(r"<tr>(.*?)</tr>", table, re.DOTALL)[-1]
        cells = re.findall(r"<td>(.*?)</td>", last_row, re.DOTALL)
        for other, cell in zip(LOCALES, cells):
            names = re.findall(r'<span lang="[^"]+">(.*?)</span>', without_ruby(cell))
            assert names == [LOCALES.get(code).name for code in LOCALES.chain(other.code)[1:]]


def test_dates_are_in_each_languages_own_style(sample_site):
    """The events index shows each event's date as the language's CLDR full date (Babel)."""
    expected = {"vi": "tháng 11", "zh": "年11月", "ko": "11월", "pt-BR": "de novembro de", "tl": "Nobyembre",
                "ne": "नोभेम्बर", "en": "November"}
    for code, month in expected.items():
        assert month in html(sample_site, LOCALES.get(code).prefix + "events/"), code
