"""The form editor at /admin/ is in the built site, in Japanese, and out of search engines, the site's
search and the sitemap."""

from __future__ import annotations

import gzip
import json
import re


def test_the_admin_page_is_japanese_and_not_for_search_engines(sample_site):
    page = (sample_site / "admin" / "index.html").read_text("utf-8")
    assert '<html lang="ja">' in page and '<meta name="robots" content="noindex, nofollow">' in page
    assert re.findall(r'<script[^>]* src="([^"]+)"', page) == ["decap-cms.js", "tsunagu-cms.js"]
    assert all((sample_site / "admin" / name).exists() for name in ("decap-cms.js", "config.yml", "yaml/index.js"))


def test_the_admin_page_is_in_neither_the_sitemap_nor_the_search_index(sample_site):
    assert "admin" not in (sample_site / "sitemap.xml").read_text("utf-8")
    fragments = list((sample_site / "pagefind" / "fragment").glob("*.pf_fragment"))
    urls = [json.loads(gzip.decompress(f.read_bytes()).removeprefix(b"pagefind_dcd"))["url"] for f in fragments]
    assert urls and not [url for url in urls if "/admin/" in url]  # pages may mention it; it is not a result
