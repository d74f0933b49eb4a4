"""Atom feeds: one per language, valid XML with absolute links, linked from every page's head (relatively:
Material's script fetches a sitemap beside that link, which must be on the host serving the page)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
import yaml

from conftest import ROOT
from hostile_site import HOSTILE, hostile_site
from tsunagu.load.siteconfig import load_site_config

ATOM = "{http://www.w3.org/2005/Atom}"
SITE_URL = "https://example.github.io/tsunagu/"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return hostile_site(tmp_path_factory.getbasetemp() / "hostile")


def locales():
    return list(load_site_config(ROOT / "mkdocs.yml").locales)


def records() -> dict[str, dict]:
    """Every record the feed holds, by its page's path below a language's root (``events/<id>/``)."""
    return {f"{folder}/{p.stem}/": yaml.safe_load(p.read_text("utf-8"))
            for folder in ("events", "support") for p in (ROOT / "data" / folder).glob("*.yml")}


def test_each_language_has_a_feed_of_its_events_and_support_programmes(sample_site):
    pages = sorted(records())
    for loc in locales():
        feed = ET.parse(sample_site / loc.prefix / "feed.xml").getroot()
        assert feed.tag == f"{ATOM}feed"
        self_link = feed.find(f"{ATOM}link[@rel='self']").get("href")
        assert self_link == f"{SITE_URL}{loc.prefix}feed.xml"
        entries = feed.findall(f"{ATOM}entry")
        ids = sorted(e.find(f"{ATOM}id").text for e in entries)
        assert ids == sorted(f"{SITE_URL}{loc.prefix}{page}" for page in pages)
        for entry in entries:
            assert entry.find(f"{ATOM}link").get("href").startswith(SITE_URL)


def test_entries_are_newest_first_with_their_update_dates(sample_site):
    updated = {page: str(record["updated"]) for page, record in records().items()}
    feed = ET.parse(sample_site / "feed.xml").getroot()
    stamps = []
    for entry in feed.findall(f"{ATOM}entry"):
        page = entry.find(f"{ATOM}id").text.removeprefix(SITE_URL)
        stamp = entry.find(f"{ATOM}updated").text
        assert stamp == f"{updated[page]}T00:00:00+09:00"
        stamps.append(stamp)
    assert stamps == sorted(stamps, reverse=True)


def test_a_support_programme_entry_names_its_kind_and_deadline(sample_site):
    kinds = yaml.safe_load((ROOT / "data/vocabulary/support_kinds.yml").read_text("utf-8"))
    feed = ET.parse(sample_site / "en/feed.xml").getroot()
    entries = {e.find(f"{ATOM}id").text.removeprefix(f"{SITE_URL}en/"): e for e in feed.findall(f"{ATOM}entry")}
    for page, record in records().items():
        if not page.startswith("support/"):
            continue
        entry = entries[page]
        assert entry.find(f"{ATOM}title").text == f"{kinds[record['kind']]['label']['en']}: {record['title']['en']}"
        closes = record["application"].get("closes")
        summary = entry.find(f"{ATOM}summary").text
        assert summary == (f"Deadline: {closes:%A} {closes.day} {closes:%B %Y}" if closes else "Taken at any time")


def test_every_page_links_its_languages_feed(sample_site):
    prefixes = {loc.prefix.rstrip("/"): loc for loc in locales() if loc.prefix}
    for page in sample_site.rglob("*.html"):
        if page.parent.name in ("pagefind", "admin") or page.name == "404.html":  # admin: the form editor
            continue
        first = page.relative_to(sample_site).parts[0]
        loc = prefixes.get(first) or next(loc for loc in locales() if loc.default)
        head = page.read_text("utf-8").split("</head>", 1)[0]
        href = re.search(r'type="application/atom\+xml" href="([^"]+)"', head)[1]
        assert (page.parent / href).resolve() == (sample_site / loc.prefix / "feed.xml").resolve(), page


def test_hostile_text_is_escaped(hostile):
    feed = ET.parse(hostile / "feed.xml").getroot()
    titles = [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")]
    assert any(title.endswith(HOSTILE) for title in titles)
