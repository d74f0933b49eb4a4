"""The 回覧板 digests in the built site: every area has a page for the build day's month and the next in every
language, the index links to each, the 自治会 page links to the index, and search leaves the digests out."""

from __future__ import annotations

import datetime as dt
import re

import yaml
from conftest import ROOT, TODAY

from tsunagu.load.siteconfig import load_site_config

AREAS = list(yaml.safe_load((ROOT / "data" / "vocabulary" / "areas.yml").read_text("utf-8")))
DAY = dt.date.fromisoformat(TODAY)
MONTHS = [f"{DAY:%Y-%m}", f"{(DAY.replace(day=1) + dt.timedelta(days=32)):%Y-%m}"]
HREF = re.compile(r'<a href="([^"]+)"')


def prefixes() -> list[str]:
    return [locale.prefix for locale in load_site_config(ROOT / "mkdocs.yml").locales]


def test_every_area_has_its_digest_for_this_month_and_the_next_in_every_language(sample_site):
    for prefix in prefixes():
        index = (sample_site / prefix / "digest" / "index.html").read_text("utf-8")
        links = {href for href in HREF.findall(index) if re.fullmatch(r"[a-z0-9-]+/\d{4}-\d{2}/", href)}
        assert links == {f"{area}/{month}/" for area in AREAS for month in MONTHS}, prefix
        for link in links:
            page = sample_site / prefix / "digest" / link / "index.html"
            assert page.exists(), page
            assert 'aria-labelledby="digest-events"' in page.read_text("utf-8"), page


def test_search_leaves_the_digests_out_and_keeps_the_other_pages(sample_site):
    for prefix in prefixes():
        digests = list((sample_site / prefix / "digest").rglob("index.html"))
        assert len(digests) == 1 + len(AREAS) * len(MONTHS)
        assert all("data-pagefind-body" not in page.read_text("utf-8") for page in digests)
        for other in ("events", "jichikai", ""):
            assert "data-pagefind-body" in (sample_site / prefix / other / "index.html").read_text("utf-8")


def test_the_neighbourhood_association_page_links_to_the_digests(sample_site):
    for prefix in prefixes():
        page = sample_site / prefix / "jichikai" / "index.html"
        assert "../digest/" in HREF.findall(page.read_text("utf-8")), prefix
