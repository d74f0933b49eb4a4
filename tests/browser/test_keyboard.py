"""Keyboard alone: a skip link first, a visible focus, and the language switcher, furigana switch,
search box and filters all reachable and usable with Tab, Enter, Space and the arrow keys."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

MAX_TABS = 80
FOCUSED = "() => { const e = document.activeElement; return e ? e.outerHTML.slice(0, 120) : ''; }"
FOCUS_VISIBLE = """() => { const e = document.activeElement; const s = getComputedStyle(e);
  return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'; }"""


def tab_to(page, selector: str) -> None:
    """Press Tab until ``selector`` has the focus; fail if it never does."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"{selector} cannot be reached with Tab")


@pytest.mark.parametrize("path", ["", "en/groups/", "ja-easy/events/"])
def test_skip_link_is_first_and_visible(page, served, path):
    page.goto(served.url(path))
    page.keyboard.press("Tab")
    skip = page.locator("a.md-skip")
    assert page.evaluate("() => document.activeElement.classList.contains('md-skip')")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.url.endswith(skip.get_attribute("href"))


@pytest.mark.parametrize("path", ["", "groups/", "en/events/"])
def test_every_focus_stop_is_visible(page, served, path):
    page.goto(served.url(path))
    hidden_focus = []
    for _ in range(30):
        page.keyboard.press("Tab")
        if not page.evaluate(FOCUS_VISIBLE):
            hidden_focus.append(page.evaluate(FOCUSED))
    assert hidden_focus == []


def test_language_switcher_by_keyboard(page, served):
    page.goto(served.url("groups/"))
    tab_to(page, ".md-select__link[hreflang=en]")
    page.keyboard.press("Enter")
    page.wait_for_url(served.url("en/groups/"))


def test_filters_by_keyboard(page, served):
    page.goto(served.url("en/events/"))
    tab_to(page, "select[name=kind]")
    page.keyboard.press("ArrowDown")
    status = page.locator(".tsunagu-filters__count")
    status.filter(has_text="found").wait_for()
    tab_to(page, "input[name=online]")
    page.keyboard.press("Space")
    assert page.locator("input[name=online]").is_checked()
    for item in page.locator("[data-filter-item]:not([hidden])").all():
        assert item.get_attribute("data-online") == "true"


def test_furigana_toggle_by_keyboard(page, served):
    page.goto(served.url(""))
    button = page.locator(".tsunagu-furigana-toggle__button")
    assert button.count() == 1
    tab_to(page, ".tsunagu-furigana-toggle__button")
    before = button.get_attribute("aria-pressed")
    page.keyboard.press("Space")
    assert button.get_attribute("aria-pressed") != before


def test_search_by_keyboard(page, served):
    """Typing goes on without a break while Pagefind's UI takes over the plain field, and Enter on
    a result opens it."""
    page.goto(served.url("en/"))
    tab_to(page, ".tsunagu-search input")  # the plain field, or Pagefind's once it has taken over
    page.keyboard.type("volunteer")
    page.locator(".pagefind-ui__result-link").first.wait_for()
    assert page.evaluate("() => document.activeElement.matches('.pagefind-ui__search-input')")
    assert page.input_value(".pagefind-ui__search-input") == "volunteer"
    tab_to(page, ".pagefind-ui__result-link")
    target = page.evaluate("() => document.activeElement.href")
    page.keyboard.press("Enter")
    page.wait_for_url(target)
