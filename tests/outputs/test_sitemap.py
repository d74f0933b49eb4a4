"""The site's sitemap: every page of every language with its alternates, read from the pages' heads."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tsunagu.outputs.sitemap import page_alternates, write_sitemap

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
BASE = "https://example.jp/a&b/"


def page(lang: str, own: str, extra_head: str = "") -> str:
    links = "".join(f'<link rel="alternate" href="{BASE.replace("&", "&amp;")}{prefix}x/" hreflang="{tag}">'
                    for tag, prefix in (("ja", ""), ("en", "en/")))
    return (f'<!doctype html><html lang="{lang}"><head>{links}{extra_head}'
            '<link rel="alternate" type="application/atom+xml" href="feed.xml"></head><body></body></html>')


def test_a_page_gives_its_own_address_and_every_alternate():
    assert page_alternates(page("en", "en/x/")) == (BASE + "en/x/", [("ja", BASE + "x/"), ("en", BASE + "en/x/")])


def test_pages_without_absolute_alternates_or_not_indexed_are_left_out():
    assert page_alternates('<html lang="ja"><head><link rel="alternate" href="../" hreflang="ja"></head>') is None
    assert page_alternates(page("ja", "x/", '<meta name="robots" content="noindex">')) is None
    assert page_alternates('<html lang="ja"><head></head>') is None


def test_the_sitemap_lists_every_page_with_its_alternates_escaped(tmp_path):
    for folder, lang in (("x", "ja"), ("en/x", "en")):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "index.html").write_text(page(lang, folder + "/"), "utf-8")
    (tmp_path / "admin").mkdir()
    (tmp_path / "admin/index.html").write_text('<html lang="ja"><head></head></html>', "utf-8")
    write_sitemap(tmp_path)
    raw = (tmp_path / "sitemap.xml").read_bytes()
    assert b"a&amp;b" in raw and (tmp_path / "sitemap.xml.gz").exists()
    urls = ET.fromstring(raw).findall(f"{SITEMAP}url")
    assert [u.find(f"{SITEMAP}loc").text for u in urls] == [BASE + "en/x/", BASE + "x/"]
    for url in urls:
        assert [(link.get("hreflang"), link.get("href")) for link in url.findall(f"{XHTML}link")] == [
            ("ja", BASE + "x/"), ("en", BASE + "en/x/")]
