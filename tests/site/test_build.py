"""Building whole sites: every language, the switcher, fallbacks, a fourth language, bad data."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT, build

from tsunagu.model.kinds import with_pages
from tsunagu.model.locales import Locale
from tsunagu.load.siteconfig import load_site_config

LANG_ATTRIBUTE = re.compile(r'<html lang="([^"]+)"')


def html(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text("utf-8")


def languages() -> list[Locale]:
    return list(load_site_config(ROOT / "mkdocs.yml").locales)


def test_every_language_has_every_generated_page(sample_site):
    assert len(with_pages()) == 5
    for language in languages():
        for kind in with_pages():
            assert (sample_site / language.prefix / kind.section / "index.html").exists()
            if kind.archive:
                assert (sample_site / language.prefix / kind.section / "archive/index.html").exists()
            paths = list((ROOT / "data" / kind.folder).glob("*.yml"))
            assert paths, kind.folder
            for path in paths:
                assert (sample_site / language.prefix / kind.section / path.stem / "index.html").exists(), path


def test_page_lang_reads_japanese_on_easy_pages(sample_site):
    seen = {}
    for language in languages():
        seen[language.code] = LANG_ATTRIBUTE.search(html(sample_site, language.prefix + "groups")).group(1)
    assert seen["ja"] == "ja"
    assert seen["en"] == "en"
    assert seen["ja-easy"].split("-")[0] == "ja" and seen["ja-easy"] != "ja"


def test_switcher_leads_to_the_same_page_in_other_languages(sample_site):
    group = sorted((ROOT / "data/groups").glob("*.yml"))[0].stem
    page = html(sample_site, f"en/groups/{group}")
    links = dict((lang, href) for href, lang in re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"', page))
    assert links["ja"] == f"../../../groups/{group}/"
    assert links["ja-x-easy"] == f"../../../ja-easy/groups/{group}/"
    hand_written = html(sample_site, "kyodo")
    assert 'href="../en/kyodo/" hreflang="en"' in hand_written


def test_fallback_notice_where_a_translation_is_missing(sample_site):
    missing_en = html(sample_site, "en/groups/hoshizora-kodomo")
    assert "has not been translated into English" in missing_en
    complete = html(sample_site, "en/groups/sakuradai-chonaikai")
    assert "has not been translated" not in complete


def test_detail_pages_stay_out_of_the_sidebar(sample_site):
    page = html(sample_site, "groups")
    assert page.count('href="sakuradai-chonaikai/"') == 1
    assert "sakuradai-chonaikai" not in html(sample_site, "kyodo")


def test_a_fourth_language_from_the_config_alone(minimal, tmp_path):
    config = minimal / "mkdocs.yml"
    text = config.read_text("utf-8").replace(
        "        - {locale: en, name: English, build: true}",
        "        - {locale: en, name: English, build: true}\n        - {locale: ko, name: 한국어, build: true}")
    config.write_text(text, "utf-8")
    result = build(config, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    korean = (tmp_path / "site/ko/groups/sakura/index.html").read_text("utf-8")
    assert '<html lang="ko"' in korean
    assert "桜町内会" in korean
    assert "tsunagu-fallback" in korean


def test_bad_data_stops_before_anything_is_written(minimal, tmp_path):
    (minimal / "data/events/koza.yml").write_text(
        (minimal / "data/events/koza.yml").read_text("utf-8").replace('"14:00"', '"25:00"'), "utf-8")
    (minimal / "data/groups/sakura.yml").write_text(
        (minimal / "data/groups/sakura.yml").read_text("utf-8").replace("areas: [kita]", "areas: [nowhere]"), "utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / "keep.html").write_text("previous build", "utf-8")
    result = build(minimal / "mkdocs.yml", site)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert 'data/events/koza.yml:6: start_time: "25:00" is not a time (HH:MM, 00:00 to 23:59)' in result.stderr
    assert 'data/groups/sakura.yml:6: areas[0]: "nowhere" is not in data/vocabulary/areas.yml (kita)' in result.stderr
    assert [p.name for p in site.iterdir()] == ["keep.html"]


def test_a_target_year_before_the_baseline_year_stops_the_build(minimal, tmp_path):
    (minimal / "data/indicators").mkdir()
    (minimal / "data/indicators/taiken.yml").write_text(
        "name: {ja: 体験の参加者数}\ngoal: hitozukuri\nunit: {ja: 人}\nbaseline: {value: 11, fiscal_year: 2020}\n"
        "target:\n  value: 50\n  fiscal_year: 2019\nsource: {text: {ja: 調べ}}\nupdated: 2026-11-01\n", "utf-8")
    result = build(minimal / "mkdocs.yml", tmp_path / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "data/indicators/taiken.yml:7: target.fiscal_year: 2019 is not after the baseline year 2020" in result.stderr
    assert not (tmp_path / "site/index.html").exists()


def test_a_mistyped_setting_stops_the_build_with_one_problem_line(minimal, tmp_path):
    config = minimal / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "    furigana_alway: [ja]\n", "utf-8")
    result = build(config, tmp_path / "site")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "  mkdocs.yml:25: extra.tsunagu.furigana_alway: not a setting (did you mean \"furigana_always\"?)\n" in (
        result.stderr)
    assert "1 problem in the site settings:" in result.stderr
    assert not (tmp_path / "site").exists()


def test_readings_in_headings_stay_out_of_the_title_and_contents(minimal, tmp_path):
    (minimal / "docs/guide.md").write_text(
        "# {協働|きょうどう}の案内\n\n## {自治会|じちかい}と `{漢字|よみ}`\n\n本文\n", "utf-8")
    result = build(minimal / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    page = html(tmp_path / "site", "guide")
    assert re.search(r"<title>協働の案内", page)
    contents = re.search(r'<nav class="md-nav md-nav--secondary".*?</nav>', page, re.S)[0]
    assert "自治会と" in contents and "{自治会|" not in contents
    assert "自治会と {漢字|よみ}" in contents  # code keeps the notation as written


def test_japanese_in_an_english_table_of_contents_is_marked(minimal, tmp_path):
    (minimal / "docs/guide.en.md").write_text("# Guide\n\n## Joining a 自治会\n\nText\n\n## Fees\n\nText\n", "utf-8")
    result = build(minimal / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    contents = re.search(r'<nav class="md-nav md-nav--secondary".*?</nav>', html(tmp_path / "site", "en/guide"), re.S)[0]
    assert 'Joining a <span lang="ja">自治会</span>' in contents
    assert "Fees" in contents
