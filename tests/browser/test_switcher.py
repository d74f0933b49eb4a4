"""The language switcher leads to the same page in each other language, with Material's script running (from
one page to every language, from two more to the next language round); with a language focused, the open list
passes axe; the head's hreflang links name the same page in every language, and Material's script fetches no
``sitemap.xml`` beside them (docs/assets/tsunagu.js keeps them from its sight while it looks)."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from .site_pages import LANGUAGE_PREFIXES, TAGS, first_record
from .test_axe import OPTIONS as AXE_OPTIONS

pytestmark = pytest.mark.browser

SAME_PAGES = ["kyodo/", first_record("groups", "groups"), "events/"]
SITE_URL = "https://example.github.io/tsunagu/"
# Material fades the list in: axe measures its contrast once the transitions have finished.
SETTLED = "list => Promise.all(list.getAnimations({subtree: true}).map(a => a.finished))"


def _switches(lang: str) -> list[tuple[str, str]]:
    """(page, language): the first page to every other language, the others to the next language round."""
    codes = list(LANGUAGE_PREFIXES)
    following = codes[(codes.index(lang) + 1) % len(codes)]
    return [(SAME_PAGES[0], other) for other in codes if other != lang] + [(path, following) for path in SAME_PAGES[1:]]


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
def test_switcher_leads_to_the_same_page(page, served, lang):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    for path, other in _switches(lang):
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


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
def test_open_switcher_with_a_language_focused_passes_axe(page, served, lang):
    """The whole-site axe check sees the list closed; a keyboard user choosing a language sees it open, the
    focused language in Material's focus colours."""
    page.goto(served.url(LANGUAGE_PREFIXES[lang] + "kyodo/"))
    page.locator(".md-select").first.hover()
    page.locator(".md-select__link").first.focus()
    page.locator(".md-select__inner").first.evaluate(SETTLED)
    assert Axe().run(page, options=AXE_OPTIONS).response["violations"] == []
