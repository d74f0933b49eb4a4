"""Pagefind search: a bundle per language holding its pages alone, page content only, no ruby readings."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from conftest import ROOT

from tsunagu.load.siteconfig import load_site_config
from tsunagu.outputs.search import index_site, language_pages, pagefind_binary, pagefind_command

PREFIXES = load_site_config(ROOT / "mkdocs.yml").locales.prefixes
PAGEFIND = pagefind_binary(ROOT)
PAGE = '<!doctype html><html lang="{}"><head><title>t</title></head><body><main data-pagefind-body>{}</main></body></html>'

SIGNATURE = b"pagefind_dcd"
ZERO_WIDTH = "\u200b"


def fragments(site: Path, prefixes: tuple[str, ...] = ("",), bundle: str = "pagefind") -> list[tuple[str, dict]]:
    """Every indexed page as (index language, fragment), read back from the bundles (``bundle``) of ``prefixes``."""
    result = []
    for path in (path for prefix in prefixes for path in (site / prefix / bundle / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(SIGNATURE)
        result.append((path.name.rsplit("_", 2)[0], json.loads(data[len(SIGNATURE):])))
    return result


def page_of(site: Path, url: str) -> Path:
    return site / url.removeprefix("/tsunagu/").lstrip("/") / "index.html"


def html_lang(page: Path) -> str:
    """A page's <html lang> as Pagefind names its index: BCP 47 tags are case-insensitive, and it lowercases them."""
    return re.search(r'<html lang="([^"]+)"', page.read_text("utf-8"))[1].lower()


@pytest.fixture(scope="module")
def indexed(sample_site):
    return fragments(sample_site, PREFIXES)


@pytest.mark.parametrize("prefix", PREFIXES)
def test_each_language_has_a_bundle_of_its_own_html_lang(sample_site, prefix):
    entry = json.loads((sample_site / prefix / "pagefind/pagefind-entry.json").read_text("utf-8"))
    (lang,) = entry["languages"]
    assert lang == html_lang(sample_site / prefix / "index.html") and entry["languages"][lang]["page_count"] > 10
    assert json.loads((sample_site / prefix / "pagefind/parts.json").read_text("utf-8")) == {"bundles": []}


def test_every_html_lang_is_in_a_bundle(sample_site, indexed):
    langs = {html_lang(p) for p in sample_site.rglob("index.html") if "pagefind" not in p.parts}
    assert "ja-x-easy" in langs and {language for language, _ in indexed} == langs


def test_each_index_holds_only_its_languages_pages(sample_site, indexed):
    assert indexed
    for language, fragment in indexed:
        assert html_lang(page_of(sample_site, fragment["url"])) == language, fragment["url"]


def test_ruby_readings_are_not_indexed(sample_site, indexed):
    checked = 0
    for language, fragment in indexed:
        html = page_of(sample_site, fragment["url"]).read_text("utf-8")
        content = re.sub(r"\s|" + ZERO_WIDTH, "", fragment["content"])
        # The base with the text after it is indexed; with its reading in between, it is not.
        for base, reading, after in re.findall(r"<ruby>([^<]+)<rt[^>]*>([^<]+)</rt></ruby>([^<\s]{2})", html):
            assert base + reading + after not in content, (fragment["url"], base, reading)
            checked += (base + after) in content
    assert checked, "the sample site has ruby to check"


def test_only_page_content_is_indexed(indexed):
    for _, fragment in indexed:
        assert "Material for MkDocs" not in fragment["content"], "footer indexed"
        if "/groups/" in fragment["url"] and not fragment["url"].endswith("/groups/"):
            assert "協働のまちづくり" not in fragment["content"].replace(ZERO_WIDTH, ""), "header or nav indexed"


def test_japanese_is_segmented_into_words(indexed):
    japanese = [f["content"] for lang, f in indexed if lang == "ja"]
    assert japanese and all(ZERO_WIDTH in content for content in japanese)


def test_command_excludes_ruby_and_writes_the_bundle_where_it_is_told(tmp_path):
    command = pagefind_command("pagefind", tmp_path / "staged", tmp_path / "site/en/pagefind")
    assert command[command.index("--site") + 1] == str(tmp_path / "staged")
    assert "rt" in command and command[command.index("--output-path") + 1] == str(tmp_path / "site/en/pagefind")


def test_the_default_language_takes_the_root_and_every_folder_but_the_other_languages(tmp_path):
    for page in ("index.html", "groups/a/index.html", "assets/x.html", "en/index.html", "ja-easy/b/index.html"):
        (tmp_path / page).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / page).write_text("x")
    assert [str(page) for page in language_pages(tmp_path, "", ("en/", "ja-easy/"))] == [
        "assets/x.html", "groups/a/index.html", "index.html"]
    assert [str(page) for page in language_pages(tmp_path, "en/", ("", "ja-easy/"))] == ["en/index.html"]


def test_index_site_skips_readings_nav_and_tooltips(tmp_path):
    (tmp_path / "a.html").write_text(
        '<!doctype html><html lang="ja"><head><title>t</title></head><body><nav>ナビゲーション</nav>'
        '<main data-pagefind-body><h1>見出し</h1><p><ruby>防災<rt>ぼうさいよみ</rt></ruby>訓練です。'
        '<span data-search-exclude>説明ふきだし</span></p></main><footer>フッター</footer></body></html>', "utf-8")
    index_site(tmp_path, ("",), PAGEFIND)
    ((language, fragment),) = fragments(tmp_path)
    content = fragment["content"].replace(ZERO_WIDTH, "")
    assert language == "ja" and "防災" in content and "訓練" in content
    for hidden in ("ぼうさいよみ", "ナビゲーション", "フッター", "説明ふきだし"):
        assert hidden not in content


def test_languages_are_indexed_into_bundles_of_their_own(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "index.html").write_text(PAGE.format("ja", "防災訓練"), "utf-8")
    (tmp_path / "en/index.html").write_text(PAGE.format("en", "Disaster drill"), "utf-8")
    index_site(tmp_path, ("", "en/"), PAGEFIND)
    assert [language for language, _ in fragments(tmp_path)] == ["ja"]
    assert [(language, f["url"]) for language, f in fragments(tmp_path, ("en/",))] == [("en", "/en/")]


def _pages(site: Path, count: int) -> None:
    for number in range(count):
        (site / f"en/p{number}").mkdir(parents=True)
        (site / f"en/p{number}/index.html").write_text(PAGE.format("en", f"Page number{number}"), "utf-8")


def test_a_language_larger_than_a_part_is_indexed_in_parts_that_the_first_lists(tmp_path):
    _pages(tmp_path, 5)
    index_site(tmp_path, ("en/",), PAGEFIND, part_pages=2)
    urls = [[f["url"] for _, f in fragments(tmp_path, ("en/",), bundle)] for bundle in ("pagefind", "pagefind-2", "pagefind-3")]
    assert sorted(urls, key=len) == [["/en/p4/"], ["/en/p0/", "/en/p1/"], ["/en/p2/", "/en/p3/"]]
    parts = json.loads((tmp_path / "en/pagefind/parts.json").read_text("utf-8"))
    assert parts == {"bundles": ["../pagefind-2/", "../pagefind-3/"]}
    assert not list(tmp_path.parent.glob(".tsunagu-search-*")), "the staged pages are removed"


def test_indexing_again_in_fewer_parts_removes_the_earlier_parts(tmp_path):
    _pages(tmp_path, 3)
    index_site(tmp_path, ("en/",), PAGEFIND, part_pages=1)
    index_site(tmp_path, ("en/",), PAGEFIND)
    assert sorted(path.name for path in (tmp_path / "en").iterdir()) == ["p0", "p1", "p2", "pagefind"]
    assert len(fragments(tmp_path, ("en/",))) == 3
    assert json.loads((tmp_path / "en/pagefind/parts.json").read_text("utf-8")) == {"bundles": []}
