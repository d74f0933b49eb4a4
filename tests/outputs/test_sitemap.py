"""A sitemap index in every language's folder but the default's, pointing at the site's sitemap."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tsunagu.model.locales import Locale
from tsunagu.outputs.sitemap import language_sitemaps

SITEMAPS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_each_other_language_points_at_the_sites_sitemap():
    [output] = language_sitemaps(Locale("en", "English"), "https://example.github.io/tsunagu/")
    assert output.path == "sitemap.xml"
    index = ET.fromstring(output.content)
    assert index.tag == f"{SITEMAPS}sitemapindex"
    assert [loc.text for loc in index.iter(f"{SITEMAPS}loc")] == ["https://example.github.io/tsunagu/sitemap.xml"]


def test_the_default_language_has_the_sites_own():
    assert language_sitemaps(Locale("ja", "日本語", default=True), "https://example.github.io/tsunagu/") == []


def test_an_address_is_escaped():
    [output] = language_sitemaps(Locale("en", "English"), "https://example.jp/a&b/")
    assert b"https://example.jp/a&amp;b/sitemap.xml" in output.content
