"""The language switcher leads to the same page in each other language, with Material's script running;
the head's hreflang links name the same page in every language, and Material's script fetches no
``sitemap.xml`` beside them (docs/assets/tsunagu.js keeps them from its sight while it looks)."""

from __future__ import annotations

import pytest

from .site_pages import LANGUAGE_PREFIXES, TAGS, first_record

pytestmark = pytest.mark.browser

SAME_PAGES = ["kyodo/", first_record("groups", "groups"), "events/"]
SITE_URL = "https://example.github.io/tsunagu/"


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
def test_switcher_leads_to_the_same_page(page, served, lang):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    for path in SAME_PAGES:
        for other in LANGUAGE_PREFIXES:
            if other == lang:
                continue
            page.goto(served.url(LANGUAGE_PREFIXES[lang] + path))  # "load": Material's script has run
            page.locator(".md-select").first.hover()
            page.locator(f".md-select__link[hreflang={TAGS[other]}]").click()
            page.wait_for_url(served.url(LANGUAGE_PREFIXES[other] + path), timeout=5000)
    assert requested and not [url for url in requested if "sitemap" in url]


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
def test_head_links_name_the_same_page_once_scripts_have_run(page, served, lang):
    path = first_record("groups", "groups")
    page.goto(served.url(LANGUAGE_PREFIXES[lang] + path))
    page.wait_for_load_state("networkidle")
    links = page.eval_on_selector_all("head link[rel=alternate][hreflang]",
                                      "links => links.map(l => [l.hreflang, l.getAttribute('href')])")
    assert links == [[TAGS[code], SITE_URL + prefix + path] for code, prefix in LANGUAGE_PREFIXES.items()]
