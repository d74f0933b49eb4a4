"""The alert banner in a real browser: shown in the reader's language while its window is open, else gone."""

from __future__ import annotations

import pytest

from .site_pages import LANGUAGE_PREFIXES

pytestmark = pytest.mark.browser

# data/alerts.yml: a road closure from 20 to 30 November 2026 (the tests' "today" is 23 November),
# and a heavy-rain warning that ended in September.
ROAD_CLOSURE = {"ja": "通行止め", "ja-easy": "通る ことが できません", "en": "Road closed"}


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
@pytest.mark.parametrize("path", ["", "events/", "no-such-page/"])
def test_active_alert_is_a_polite_status_in_the_readers_language(page, served, lang, path):
    page.goto(served.url(LANGUAGE_PREFIXES[lang] + path))
    banner = page.locator(".md-banner .tsunagu-alert")
    assert banner.count() == 1
    assert banner.get_attribute("role") == "status"
    text = banner.inner_text()
    assert ROAD_CLOSURE[lang if path != "no-such-page/" else "ja"] in text
    assert banner.is_visible()


def test_alert_outside_its_window_is_gone(page, served):
    page.goto(served.url(""))
    assert "大雨" not in page.locator("body").inner_text()
    assert page.locator("[role=alert]").count() == 0
