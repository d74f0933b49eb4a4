"""Pagefind search: a bundle per language holding its pages alone, page content only, no ruby readings."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from conftest import ROOT

from tsunagu.load.siteconfig import load_site_config
from tsunagu.outputs.search import index_site, language_glob, pagefind_command

PREFIXES = load_site_config(ROOT / "mkdocs.yml").locales.prefixes

SIGNATURE = b"pagefind_dcd"
ZERO_WIDTH = "\u200b"


def fragments(site: Path, prefixes: tuple[str, ...] = ("",)) -> list[tuple[str, dict]]:
    """Every indexed page as (index language, fragment), read back from the bundles of ``prefixes``."""
    result = []
    for path in (path for prefix in prefixes for path in (site / prefix / "pagefind/fragment").glob("*.pf_fragment")):
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


def test_command_excludes_ruby_and_writes_the_bundle_into_the_languages_folder(tmp_path):
    command = pagefind_command(tmp_path, "en/", ("",))
    assert command[command.index("--site") + 1] == str(tmp_path)
    assert "rt" in command and command[command.index("--output-subdir") + 1] == "en/pagefind"
    assert command[command.index("--glob") + 1] == "en/**/*.html"


def test_the_default_language_takes_the_root_and_every_folder_but_the_other_languages(tmp_path):
    for folder in ("groups", "en", "ja-easy", "assets"):
        (tmp_path / folder).mkdir()
    (tmp_path / "index.html").write_text("x")
    assert language_glob(tmp_path, "", ("en/", "ja-easy/")) == "{*.html,assets/**/*.html,groups/**/*.html}"


def test_index_site_skips_readings_nav_and_tooltips(tmp_path):
    (tmp_path / "a.html").write_text(
        '<!doctype html><html lang="ja"><head><title>t</title></head><body><nav>ナビゲーション</nav>'
        '<main data-pagefind-body><h1>見出し</h1><p><ruby>防災<rt>ぼうさいよみ</rt></ruby>訓練です。'
        '<span data-search-exclude>説明ふきだし</span></p></main><footer>フッター</footer></body></html>', "utf-8")
    index_site(tmp_path, ("",))
    ((language, fragment),) = fragments(tmp_path)
    content = fragment["content"].replace(ZERO_WIDTH, "")
    assert language == "ja" and "防災" in content and "訓練" in content
    for hidden in ("ぼうさいよみ", "ナビゲーション", "フッター", "説明ふきだし"):
        assert hidden not in content


def test_languages_are_indexed_into_bundles_of_their_own(tmp_path):
    page = '<!doctype html><html lang="{}"><head><title>t</title></head><body><main data-pagefind-body>{}</main></body></html>'
    (tmp_path / "en").mkdir()
    (tmp_path / "index.html").write_text(page.format("ja", "防災訓練"), "utf-8")
    (tmp_path / "en/index.html").write_text(page.format("en", "Disaster drill"), "utf-8")
    index_site(tmp_path, ("", "en/"))
    assert [language for language, _ in fragments(tmp_path)] == ["ja"]
    assert [(language, f["url"]) for language, f in fragments(tmp_path, ("en/",))] == [("en", "/en/")]
