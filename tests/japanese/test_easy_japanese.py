"""The easy-Japanese checker: every class of finding, located, on a fixture; nothing on the sample content."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import build

from tsunagu.builder import SiteBuilder
from tsunagu.load.catalog import Catalog, load_catalog
from tsunagu.model.config import TsunaguConfig
from tsunagu.japanese.easy_japanese import EasyJapaneseChecker, check_site
from tsunagu.japanese.easy_texts import plain
from tsunagu.model.errors import Problem
from tsunagu.load.siteconfig import load_site_config

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "easy"
SETTINGS = TsunaguConfig(easy_locale="ja-easy", easy_katakana_allowed=["ボランティア", "メール"])
HARD = "data/events/hard.yml"
GUIDE = "docs/guide.ja-easy.md"
READABLE = "docs/readable.ja-easy.md"
KATAKANA_HINT = "say it in Japanese words (allowed: ボランティア, メール)"
RUN_HINT = "split it, or make it a glossary term"


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory) -> Path:
    """The fixture's records, UI strings and pages, with the minimal site's settings and vocabularies for the
    records to load: the checker reads loaded records."""
    root, minimal = tmp_path_factory.mktemp("easy"), FIXTURE.parent / "minimal" / "data"
    shutil.copytree(minimal / "vocabulary", root / "data" / "vocabulary")
    shutil.copy(minimal / "site.yml", root / "data")
    shutil.copytree(FIXTURE, root, dirs_exist_ok=True)
    return root


@pytest.fixture(scope="module")
def catalog(fixture_site) -> Catalog:
    return load_catalog(fixture_site / "data", fixture_site, load_site_config(ROOT / "mkdocs.yml").locales)


def test_every_class_of_finding_with_its_location(catalog, fixture_site):
    assert check_site(catalog, fixture_site / "docs", fixture_site, SETTINGS) == [
        Problem(HARD, 4, "title.ja-easy", f'"地域防災訓練実施" is 8 kanji in a row; {RUN_HINT}'),
        Problem(HARD, 9, "description.ja-easy", 'date "12/5" written with "/"; write 年・月・日'),
        Problem(HARD, 11, "description.ja-easy", '24-hour time "14:00"; write 午後2時'),
        Problem(HARD, 11, "description.ja-easy", '24-hour time "16時"; write 午後4時'),
        Problem(HARD, 12, "description.ja-easy", '"〜" in "朝 10時〜正午です。"; write から and まで'),
        Problem(HARD, 15, "registration.method.ja-easy",
                'respectful or humble form "いたします" in "申し込みを お願いいたします。"; use plain polite forms (です・ます)'),
        Problem(HARD, 17, "fee_note.ja-easy", f'"スマホ" is a katakana loanword; {KATAKANA_HINT}'),
        Problem(HARD, 17, "fee_note.ja-easy",
                'double negative "ないわけでは" in "行かないわけではありません。"; say it positively'),
        Problem("data/ui/ja-easy.yml", 2, "nav.home", f'"ページ" is a katakana loanword; {KATAKANA_HINT}'),
        Problem("data/ui/ja-easy.yml", 3, "search.label", f'"サイト" is a katakana loanword; {KATAKANA_HINT}'),
        Problem(GUIDE, 7, "", 'sentence of 34 characters (limit 30): '
                '"この 町に 住んで いる 人は だれでも 市の 集まりに 来て 話を 聞く ことが できます。"'),
        Problem(GUIDE, 9, "", 'respectful or humble form "ご参加いただけ" in "ご参加いただけます。"; '
                "use plain polite forms (です・ます)"),
        Problem(GUIDE, 17, "", 'date "12/5" written with "/"; write 年・月・日'),
        Problem(GUIDE, 19, "", 'double negative "なければなり" in "しなければなりません"; say it positively'),
        Problem(READABLE, 1, "", "readability -0.47 (上級後半) is below 上級前半; use shorter sentences and more everyday words"),
        Problem(READABLE, 3, "", f'"地方公共団体" is 6 kanji in a row; {RUN_HINT}'),
        Problem(READABLE, 3, "", f'"市民協働推進施策" is 8 kanji in a row; {RUN_HINT}'),
        Problem(READABLE, 3, "", f'"総合的評価検証結果報告" is 11 kanji in a row; {RUN_HINT}'),
        Problem(READABLE, 4, "", f'"行政計画策定過程住民参画制度運用状況調査分析概要" is 24 kanji in a row; {RUN_HINT}'),
    ]


def test_findings_print_as_file_line_field_message(catalog, fixture_site):
    first = check_site(catalog, fixture_site / "docs", fixture_site, SETTINGS)[0]
    assert str(first) == f'{HARD}:4: title.ja-easy: "地域防災訓練実施" is 8 kanji in a row; {RUN_HINT}'


def test_nothing_is_checked_without_an_easy_locale(catalog, fixture_site):
    assert check_site(catalog, fixture_site / "docs", fixture_site, TsunaguConfig()) == []


def test_thresholds_come_from_the_settings(catalog, fixture_site):
    loose = SETTINGS.model_copy(update={"easy_max_sentence": 40, "easy_kanji_run": 30, "easy_min_band": "上級後半",
                                        "easy_katakana_allowed": ["スマホ", "ボランティア", "メール", "ページ", "サイト"]})
    messages = [p.message for p in check_site(catalog, fixture_site / "docs", fixture_site, loose)]
    assert not [m for m in messages if m.startswith(("sentence of", "readability")) or "kanji in a row" in m
                or "katakana" in m]
    assert len(messages) == 9


def test_readings_and_spaces_do_not_count_towards_sentence_length():
    checker = EasyJapaneseChecker(SETTINGS.model_copy(update={"easy_max_sentence": 10}), set())
    assert checker.line_findings(plain("{公民館|こうみんかん}で あそびます。 はい。")) == []
    assert checker.line_findings("こうみんかんで あそびます。") == [
        'sentence of 12 characters (limit 10): "こうみんかんで あそびます。"']


@pytest.mark.parametrize("text", ["ご案内いたします。", "待っております。", "お越しいただきます。", "ございます。", "伺います。",
                                  "いらっしゃいます。", "申し上げます。", "お待ちください。", "ご連絡ください。"])
def test_keigo_is_found(text):
    assert EasyJapaneseChecker(SETTINGS, set()).sentence_findings(text)


@pytest.mark.parametrize("text", ["行かなくてはなりません。", "来ないと いけません。", "できなくも ない。", "ないとは 限らない。"])
def test_double_negatives_are_found(text):
    assert EasyJapaneseChecker(SETTINGS, set()).sentence_findings(text)


@pytest.mark.parametrize("text, hint", [("9:30", "午前9時30分"), ("12:00", "正午"), ("0:00", "午前0時"), ("23:15", "午後11時15分")])
def test_times_get_their_twelve_hour_form(text, hint):
    assert EasyJapaneseChecker(SETTINGS, set()).line_findings(text) == [f'24-hour time "{text}"; write {hint}']


def test_plain_easy_japanese_passes():
    checker = EasyJapaneseChecker(SETTINGS, set())
    text = "午後2時から 公民館で 会います。 ごみを 出して ください。 電車を おります。 2026年12月5日（土曜日）です。"
    assert checker.line_findings(text) == []


def test_the_sample_content_has_no_findings():
    site = load_site_config(ROOT / "mkdocs.yml")
    builder = SiteBuilder(site.tsunagu, site.locales, site.root)
    assert site.tsunagu.easy_locale
    assert check_site(builder.context.catalog, site.docs_dir, site.root, site.tsunagu) == []


def test_the_build_warns_with_the_findings_and_strict_mode_fails(minimal, tmp_path):
    config = minimal / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("    date_styles:", "    easy_locale: ja-easy\n    date_styles:"),
                      "utf-8")
    (minimal / "docs" / "index.ja-easy.md").write_text("# はじめに\n\n14:00に 来て ください。\n", "utf-8")
    result = build(config, tmp_path / "site")
    assert 'easy Japanese: docs/index.ja-easy.md:3: 24-hour time "14:00"; write 午後2時' in result.stderr
    assert result.returncode != 0
