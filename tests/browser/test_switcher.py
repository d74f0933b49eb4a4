"""The language switcher leads to the same page in each other language, with Material's script running.

That script fetches ``sitemap.xml`` beside each language's home and takes over clicks on links below a
home whose sitemap it has, in the order the sitemaps arrived. The default language's home is the site
root, above every page: its sitemap is held back here until the others have arrived, so the script
would take over the switcher's links if it could.
"""

from __future__ import annotations

import pytest

from .site_pages import LANGUAGE_PREFIXES, TAGS, first_record

pytestmark = pytest.mark.browser

SAME_PAGES = ["kyodo/", first_record("groups", "groups"), "events/"]


def _open_with_root_sitemap_last(page, served, url: str) -> None:
    held = []
    root = served.url("sitemap.xml")
    page.route(root, lambda route: held.append(route))
    others = [served.url(prefix + "sitemap.xml") for prefix in LANGUAGE_PREFIXES.values() if prefix]
    with page.expect_response(others[0]), page.expect_response(others[1]):
        page.goto(url)
    for _ in range(50):  # the script asks for the sitemaps in no fixed order
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "the default language's sitemap was not asked for"
    for route in held:
        route.continue_()
    page.unroute(root)
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
def test_switcher_leads_to_the_same_page(page, served, lang):
    for path in SAME_PAGES:
        for other in LANGUAGE_PREFIXES:
            if other == lang:
                continue
            _open_with_root_sitemap_last(page, served, served.url(LANGUAGE_PREFIXES[lang] + path))
            page.locator(".md-select").first.hover()
            page.locator(f".md-select__link[hreflang={TAGS[other]}]").click()
            page.wait_for_url(served.url(LANGUAGE_PREFIXES[other] + path), timeout=5000)
