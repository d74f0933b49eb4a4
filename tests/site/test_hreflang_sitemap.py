"""Each page's languages linked as search engines expect: the head's hreflang links name the same page in
every language by absolute address, and the root sitemap lists every page with those alternates."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import ROOT
from tsunagu.load.siteconfig import load_site_config

SITE_URL = "https://example.github.io/tsunagu/"
PREFIXES = {loc.tag: loc.prefix for loc in load_site_config(ROOT / "mkdocs.yml").locales}  # tag → folder
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
HEAD_LINK = re.compile(r'<link rel="alternate" href="([^"]+)" hreflang="([^"]+)">')


def pages(site: Path) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """Every page people search for, by its path in its language: (its lang, its head's hreflang links)."""
    found = {}
    for path in site.rglob("index.html"):
        html = path.read_text("utf-8")
        if "pagefind" in path.parts or 'name="robots" content="noindex' in html:
            continue
        lang = re.search(r'<html lang="([^"]+)"', html)[1]
        head = html.split("</head>", 1)[0]
        found[path.parent.relative_to(site).as_posix()] = (lang, [(h, u) for u, h in HEAD_LINK.findall(head)])
    return found


@pytest.fixture(scope="module")
def site_pages(sample_site):
    return pages(sample_site)


def _same_page(folder: str) -> str:
    """The page's path below its language's folder."""
    for prefix in sorted(PREFIXES.values(), reverse=True):
        if prefix and (folder + "/").startswith(prefix):
            return (folder + "/")[len(prefix):]
    return "" if folder == "." else folder + "/"


def test_every_page_links_the_same_page_in_each_language_absolutely(sample_site, site_pages):
    assert len(site_pages) > 80
    for folder, (lang, links) in site_pages.items():
        path = _same_page(folder)
        assert links == [(tag, SITE_URL + prefix + path) for tag, prefix in PREFIXES.items()], folder
        assert (SITE_URL + ("" if folder == "." else folder + "/")) == dict(links)[lang], folder
        for _, url in links:
            assert (sample_site / url.removeprefix(SITE_URL) / "index.html").exists(), url


def test_the_root_sitemap_lists_every_page_with_its_alternates(sample_site, site_pages):
    urls = ET.fromstring((sample_site / "sitemap.xml").read_bytes()).findall(f"{SITEMAP}url")
    listed = {u.find(f"{SITEMAP}loc").text: [(x.get("hreflang"), x.get("href")) for x in u.findall(f"{XHTML}link")]
              for u in urls}
    assert len(listed) == len(urls) == len(site_pages)
    for folder, (lang, links) in site_pages.items():
        assert listed[dict(links)[lang]] == links, folder


def test_no_language_folder_has_a_sitemap_of_its_own(sample_site):
    assert not [p for p in sample_site.glob("*/sitemap.xml")]
