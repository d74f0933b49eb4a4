"""Every indicator's page in every language of the sample site: its progress in words, its chart as an image
named by its caption, the same numbers in a table, fiscal years as the language writes them; residents find
the indicators from the navigation and from the page about working together."""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import ROOT
from tsunagu.load.siteconfig import load_site_config

INDICATORS = sorted(path.stem for path in (ROOT / "data/indicators").glob("*.yml"))
LOCALES = list(load_site_config(ROOT / "mkdocs.yml").locales)
# How each language writes a fiscal year, as a reader sees it: 令和 (ja), the western year (ja-easy, where 年度
# has its reading), and in every other language its UI string (FY2026, năm tài chính 2026).
FISCAL_YEAR = {"ja": r"令和\d+年度", "ja-easy": r"20\d\d年度"}


def fiscal_year(code: str) -> str:
    """The pattern of a fiscal year in language ``code``."""
    if code in FISCAL_YEAR:
        return FISCAL_YEAR[code]
    name = yaml.safe_load((ROOT / "data/ui" / f"{code}.yml").read_text("utf-8"))["indicator.fiscal_year_name"]
    return re.escape(name).replace(re.escape("{year}"), r"20\d\d")


@pytest.mark.parametrize("locale", LOCALES, ids=lambda locale: locale.code)
def test_every_indicator_page_has_its_progress_chart_and_table(sample_site, locale):
    assert len(INDICATORS) >= 4
    for indicator in INDICATORS:
        page = (sample_site / locale.prefix / "indicators" / indicator / "index.html").read_text("utf-8")
        svg = re.search(r'<svg class="tsunagu-chart__svg" role="img" aria-labelledby="([^"]+)"', page)
        assert svg and re.search(f'<figcaption id="{svg[1]}">.+?</figcaption>', page), indicator
        assert re.search(r'<p class="tsunagu-progress">.+?</p>', page), indicator
        table = re.search(r"<table>\s*<caption>.+?</caption>.*?</table>", page, re.S)
        assert table and len(re.findall(r'<th scope="row">', table[0])) >= 3, indicator
        assert re.search(fiscal_year(locale.code), re.sub(r"<rt>.*?</rt>|<[^>]+>", "", table[0])), indicator
        assert locale.code != "ja-easy" or "<ruby>年度<rt>ねんど</rt></ruby>" in table[0], indicator


@pytest.mark.parametrize("locale", LOCALES, ids=lambda locale: locale.code)
def test_residents_find_the_indicators_from_the_navigation_and_the_kyodo_page(sample_site, locale):
    home = (sample_site / locale.prefix / "index.html").read_text("utf-8")
    assert re.search(r'<a href="indicators/" class="md-nav__link">', home)
    kyodo = (sample_site / locale.prefix / "kyodo/index.html").read_text("utf-8")
    assert 'href="../indicators/"' in kyodo
    index = (sample_site / locale.prefix / "indicators/index.html").read_text("utf-8")
    assert all(f'href="{indicator}/"' in index for indicator in INDICATORS)
