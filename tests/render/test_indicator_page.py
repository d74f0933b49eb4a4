"""An indicator's page and the indicators index in each language: progress in words, fiscal years in the
language's style, an SVG chart with a text alternative and the same numbers in a table, and the events
counted. Rendered by the core, without the engine, from the minimal site with one indicator."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import yaml

from tsunagu.builder import SiteBuilder
from tsunagu.load.siteconfig import load_site_config
from tsunagu.model.config import TODAY_VARIABLE

INDICATOR = {
    "name": {"ja": "講座の受講者数", "ja-easy": "勉強会に 来た 人の 数", "en": "People at courses"},
    "goal": "hitozukuri", "unit": {"ja": "人", "ja-easy": "人", "en": "people"},
    "baseline": {"value": 10, "fiscal_year": 2023},
    "target": {"value": 80, "fiscal_year": 2027, "cumulative": True},
    "actuals": [{"fiscal_year": 2024, "value": 15}, {"fiscal_year": 2025, "value": 20}],
    "participants_of": {"event_kinds": ["lecture"], "first_year": 2026},
    "source": {"text": {"ja": "市民協働課調べ", "en": "Civic Collaboration Division"}, "url": "https://example.org/count"},
    "updated": "2026-11-20",
}
EVENT = {"kind": "lecture", "title": {"ja": "まちづくり講座", "en": "Course on community building"},
         "title_kana": "マチヅクリコウザ", "description": {"ja": "講座です。"}, "start_date": "2026-10-04",
         "venue": "hall", "participants": 13, "updated": "2026-10-05"}


@pytest.fixture
def bodies(minimal: Path, monkeypatch) -> dict[str, dict[str, str]]:
    """The bodies of the indicator's page and of the index, by language."""
    (minimal / "data/indicators").mkdir()
    (minimal / "data/indicators/koza.yml").write_text(yaml.safe_dump(INDICATOR, allow_unicode=True), "utf-8")
    (minimal / "data/events/koza-2026.yml").write_text(yaml.safe_dump(EVENT, allow_unicode=True), "utf-8")
    monkeypatch.setenv(TODAY_VARIABLE, "2026-11-23")
    site = load_site_config(minimal / "mkdocs.yml")
    builder = SiteBuilder(site.tsunagu, site.locales, site.root)
    found = {}
    for locale in site.locales:
        pages = {page.src_uri: page for page in builder.language(locale).pages()}
        found[locale.code] = {src: pages[src].render_body()[0] for src in ("indicators/koza.md", "indicators/index.md")}
    return found


@pytest.mark.parametrize("code, words", [
    ("ja", "令和9年度の目標80人（累計）に対し、現在48人（60%、令和8年度の途中）"),
    ("ja-easy", "2027年度の 目標は あわせて 80人です。 今は 48人（60%）です。 2026年度の 途中の 数です。"),
    ("en", "Target for FY2027: 80 people in total. Now: 48 people (60%, FY2026 so far)."),
])
def test_progress_is_said_in_words_on_the_page_and_the_index(bodies, code, words):
    assert f'<p class="tsunagu-progress">{words}</p>' in bodies[code]["indicators/koza.md"]
    index = bodies[code]["indicators/index.md"]
    assert f'<span class="tsunagu-item__summary">{words}</span>' in index
    assert '<h2 id="goal-hitozukuri">' in index and 'href="koza/"' in index


@pytest.mark.parametrize("code, years", [
    ("ja", ["令和5年度", "令和6年度", "令和7年度", "令和8年度", "令和9年度"]),
    ("ja-easy", ["2023年度", "2024年度", "2025年度", "2026年度", "2027年度"]),
    ("en", ["FY2023", "FY2024", "FY2025", "FY2026", "FY2027"]),
])
def test_the_chart_is_an_image_named_by_its_caption_with_every_value_and_year(bodies, code, years):
    page = bodies[code]["indicators/koza.md"]
    svg = re.search(r"<svg class=\"tsunagu-chart__svg\" role=\"img\" aria-labelledby=\"([^\"]+)\".*?</svg>", page, re.S)
    assert svg and f'<figcaption id="{svg[1]}">' in page
    texts = re.findall(r'<text class="tsunagu-chart__(\w+)"[^>]*>([^<]*)</text>', svg[0])
    assert [t for kind, t in texts if kind == "year"] == years
    assert [t for kind, t in texts if kind == "value"] == ["10", "15", "35", "48"]  # running totals after the baseline
    styles = re.findall(r'tsunagu-chart__bar--([\w-]+)" x=', svg[0])
    assert styles == ["baseline", "actual", "actual", "in-progress"]


def test_the_table_holds_the_same_numbers_per_fiscal_year(bodies):
    page = bodies["en"]["indicators/koza.md"]
    table = re.search(r"<table>.*?</table>", page, re.S)[0]
    rows = [re.sub(r"<[^>]+>|\s+", " ", row).split("  ") for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)]
    cells = [[html.unescape(cell.strip()) for cell in row if cell.strip()] for row in rows]
    assert cells == [
        ["Fiscal year", "Value", "Running total", "Note"],
        ["FY2023", "10 people", "Baseline (when the plan was made)"],
        ["FY2024", "15 people", "15 people"],
        ["FY2025", "20 people", "35 people"],
        ["FY2026", "13 people", "48 people", "Fiscal year not over yet, computed from events' participants"],
        ["FY2027", "not counted yet", "computed from events' participants, target: 80 people in total"],
    ]
    assert "<caption>People at courses: values per fiscal year</caption>" in table


def test_the_page_names_the_events_counted_and_the_source(bodies):
    page = bodies["ja"]["indicators/koza.md"]
    assert "<li>講座・セミナー</li>" in page
    assert re.search(r'<a href="../../events/koza-2026/">まちづくり講座</a>（令和8年（2026年）10月4日（日曜日））：13人</li>',
                     page)
    assert '<a href="https://example.org/count">市民協働課調べ</a>' in page
    assert "<dd>令和5年度：10人</dd>" in page and "<dd>令和9年度：80人（累計）</dd>" in page


def test_a_text_missing_in_a_language_is_marked_as_the_default_language(bodies):
    assert '<a href="https://example.org/count" lang="ja">市民協働課調べ</a>' in bodies["ja-easy"]["indicators/koza.md"]


@pytest.mark.parametrize("code, table, axis", [("vi", "năm tài chính 2025", "2025"), ("ko", "2025년도", "2025년도"),
                                               ("ne", "आर्थिक वर्ष 2025", "2025")])
def test_other_languages_name_the_fiscal_year_in_their_own_words_and_shortly_under_a_bar(sample_site, code, table, axis):
    page = (sample_site / code / "indicators/kyodo-jigyo/index.html").read_text("utf-8")
    assert f'<th scope="row">{table}</th>' in page and "FY20" not in page
    assert re.search(rf'<text class="tsunagu-chart__year"[^>]*>{axis}</text>', page)
