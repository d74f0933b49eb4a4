"""Filters on the group directory, the events index and the support programmes: they narrow the list in the browser, tell a
screen reader the count, and without JavaScript the full list shows with no form."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

ITEMS = "#tsunagu-results [data-filter-item]"


def visible_items(page) -> list:
    return [item for item in page.locator(ITEMS).all() if item.is_visible()]


def expected(page, name: str, value: str) -> int:
    """Items whose data attribute lists ``value``, counted from the HTML rather than known in advance."""
    return sum(value in (item.get_attribute(f"data-{name}") or "").split() for item in page.locator(ITEMS).all())


@pytest.mark.parametrize("path, name", [
    ("groups/", "kind"), ("groups/", "area"), ("groups/", "npo-field"),
    ("events/", "kind"), ("events/", "month"), ("events/", "accessibility"),
    ("support/", "kind"), ("en/support/", "applicants"),
])
def test_each_choice_of_a_select_narrows_the_list(page, served, path, name):
    page.goto(served.url(path))
    select = page.locator(f"select[name='{name}']")
    values = [v for v in select.locator("option").evaluate_all("os => os.map(o => o.value)") if v]
    assert values
    total = page.locator(ITEMS).count()
    for value in values:
        select.select_option(value)
        want = expected(page, name, value)
        assert 0 < len(visible_items(page)) == want <= total
        assert page.locator(".tsunagu-filters__count").inner_text().startswith(str(want))
    select.select_option("")
    assert len(visible_items(page)) == total


@pytest.mark.parametrize("name", ["free", "online"])
def test_event_checkboxes(page, served, name):
    page.goto(served.url("en/events/"))
    page.get_by_role("checkbox", name={"free": "Free only", "online": "Online only"}[name]).check()
    want = expected(page, name, "true")
    assert len(visible_items(page)) == want
    assert page.get_by_role("status").filter(has_text="found").inner_text() == f"{want} found."


def test_combined_filters_and_reset(page, served):
    page.goto(served.url("en/events/"))
    total = page.locator(ITEMS).count()
    page.get_by_label("Online only").check()
    page.locator("select[name='kind']").select_option("lecture")
    for item in visible_items(page):
        assert item.get_attribute("data-online") == "true" and item.get_attribute("data-kind") == "lecture"
    for section in page.locator("[data-filter-section]").all():
        assert section.is_visible() == (section.locator("[data-filter-item]:not([hidden])").count() > 0)
    page.get_by_role("button", name="Clear filters").click()
    page.wait_for_function(f"document.querySelectorAll('{ITEMS}:not([hidden])').length === {total}")


def test_count_is_in_a_live_region(page, served):
    page.goto(served.url("groups/"))
    count = page.locator(".tsunagu-filters__count")
    assert count.get_attribute("role") == "status"
    page.locator("select[name='area']").select_option(index=1)
    assert count.inner_text().endswith("件が該当します。")


@pytest.mark.parametrize("path", ["groups/", "events/", "en/groups/", "ja-easy/events/", "ja-easy/support/"])
def test_without_javascript_the_full_list_shows(browser, served, path):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served.url(path))
    assert not page.locator("form.tsunagu-filters").is_visible()
    items = page.locator(ITEMS)
    assert items.count() > 0
    assert all(item.is_visible() for item in items.all())
    context.close()
