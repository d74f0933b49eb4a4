"""Search in the header: nothing of Pagefind loads until the reader starts to search, the result
count is announced to screen readers, and without JavaScript there is no field that leads nowhere."""

from __future__ import annotations

import shutil

import pytest
from conftest import ROOT

from tsunagu.load.siteconfig import load_site_config
from tsunagu.outputs.search import index_site, pagefind_binary

from .conftest import SiteServer, site_path
from .site_pages import LANGUAGE_PREFIXES, shown_text

pytestmark = pytest.mark.browser

STATUS = ".tsunagu-search [role=status]"


def _pagefind_requests(page) -> list[str]:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url) if "/pagefind/" in request.url else None)
    return requests


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
def test_pagefind_loads_only_when_the_reader_starts_to_search(page, served, lang):
    requests = _pagefind_requests(page)
    page.goto(served.url(LANGUAGE_PREFIXES[lang] + "groups/"))
    page.wait_for_load_state("networkidle")
    field = page.locator(".tsunagu-search__field")
    assert field.is_visible() and field.get_attribute("aria-label")
    assert requests == [] and page.evaluate("() => typeof PagefindUI") == "undefined"
    field.focus()
    page.keyboard.type("a")
    page.locator(".pagefind-ui__search-input").wait_for()
    assert {url.rsplit("/", 1)[1] for url in requests} >= {"pagefind-ui.js", "pagefind-ui.css"}
    assert field.count() == 0 and page.locator("[role=search]").count() == 1


def test_result_count_is_announced(page, served):
    page.goto(served.url("en/"))
    page.locator(".tsunagu-search__field").focus()
    page.keyboard.type("volunteer")
    message = page.locator(".pagefind-ui__message")
    message.filter(has_text="results for volunteer").wait_for()
    status = page.locator(STATUS)
    assert status.get_attribute("aria-live") == "polite"
    page.wait_for_function("s => document.querySelector(s).textContent.includes('results for volunteer')", arg=STATUS)
    assert status.text_content() == message.text_content()


def test_text_typed_while_pagefind_loads_is_searched(page, served):
    held = []
    page.route("**/pagefind/pagefind-ui.js", lambda route: held.append(route))
    page.goto(served.url("ja-easy/"))
    page.locator(".tsunagu-search__field").focus()
    page.keyboard.type("ごみ")
    for _ in range(100):
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "pagefind-ui.js was never asked for"
    assert page.input_value(".tsunagu-search__field") == "ごみ"
    held[0].continue_()
    page.locator(".pagefind-ui__message").wait_for()
    assert page.input_value(".pagefind-ui__search-input") == "ごみ"
    assert page.evaluate("() => document.activeElement.matches('.pagefind-ui__search-input')")


def test_no_search_field_without_javascript(browser, served):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served.url("en/"))
    box = page.locator(".tsunagu-search")
    assert box.count() == 1 and box.is_hidden()
    context.close()


def test_a_reading_in_kana_finds_the_kanji_and_shows_no_token(page, served):
    page.goto(served.url("ja-easy/"))
    page.locator(".tsunagu-search__field").focus()
    page.keyboard.type("ちょうないかい")
    page.locator(".pagefind-ui__result-link").first.wait_for()
    links = page.locator(".pagefind-ui__result-link").evaluate_all("links => links.map(l => l.getAttribute('href'))")
    assert any(link.endswith("/ja-easy/groups/sakuradai-chonaikai/") for link in links), links
    shown = page.locator(".pagefind-ui").inner_text()
    assert "ちょうないかい" in page.locator(".pagefind-ui__message").inner_text()
    assert "kq" not in shown, shown


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
def test_each_language_searches_its_own_pages(page, served, lang):
    """Pagefind keeps an index per <html lang>: a word of the events page's heading finds pages of this
    language only."""
    prefix = LANGUAGE_PREFIXES[lang]
    page.goto(served.url(prefix + "events/"))
    heading = shown_text(page.locator(".md-content h1").first).split()
    word = max(heading, key=len)
    page.locator(".tsunagu-search__field").focus()
    page.keyboard.type(word)
    page.locator(".pagefind-ui__result-link").first.wait_for(timeout=10000)
    links = page.locator(".pagefind-ui__result-link").evaluate_all("ls => ls.map(l => l.getAttribute('href'))")
    others = [p for p in LANGUAGE_PREFIXES.values() if p and p != prefix]
    base = served.base_path + prefix
    assert links and all(link.startswith(base) and not link.startswith(tuple(served.base_path + o for o in others))
                         for link in links), (word, links)


PART_PAGES = 25  # the sample's languages in several parts each, as a prefecture's are at 3,000 pages a part


@pytest.fixture(scope="module")
def in_parts(sample_site, tmp_path_factory):
    """The sample site with each language's search index in parts of ``PART_PAGES`` pages, served."""
    site = tmp_path_factory.mktemp("parts") / "site"
    shutil.copytree(sample_site, site)
    index_site(site, load_site_config(ROOT / "mkdocs.yml").locales.prefixes, pagefind_binary(ROOT), PART_PAGES)
    with SiteServer(site, site_path(ROOT / "mkdocs.yml")) as server:
        yield server


def _search(page, server, prefix: str, query: str) -> tuple[str, list[str]]:
    page.goto(server.url(prefix))
    page.locator(".tsunagu-search__field").focus()
    page.keyboard.type(query)
    message = page.locator(".pagefind-ui__message").filter(has_text=query)
    message.wait_for(timeout=10000)
    page.locator(".pagefind-ui__result-link").first.wait_for()
    return message.inner_text(), page.locator(".pagefind-ui__result-link").evaluate_all(
        "links => links.map(l => l.getAttribute('href'))")


@pytest.mark.parametrize("prefix, query", [("", "防災"), ("ja-easy/", "ちょうないかい"), ("en/", "volunteer")])
def test_a_language_indexed_in_parts_finds_what_one_index_finds(page, served, in_parts, prefix, query):
    later = (in_parts.root / prefix / "pagefind/parts.json").read_text("utf-8")
    assert "../pagefind-3/" in later, "the language is in three parts or more"
    whole, whole_links = _search(page, served, prefix, query)
    parted, parted_links = _search(page, in_parts, prefix, query)
    assert parted == whole and all(link.startswith(in_parts.base_path + prefix) for link in parted_links)
    assert set(parted_links) & set(whole_links), (parted_links, whole_links)
