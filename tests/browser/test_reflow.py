"""Reflow (WCAG 1.4.10): at 320 CSS px wide, and at 200% zoom, no page scrolls sideways."""

from __future__ import annotations

import pytest

from .site_pages import LANGUAGE_PREFIXES, pages_of

pytestmark = pytest.mark.browser

OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.mark.parametrize("width, scale", [(320, 1), (640, 2)], ids=["320px", "zoom-200"])
@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
def test_no_horizontal_scrolling(browser, served, lang, width, scale):
    context = browser.new_context(viewport={"width": width, "height": 800}, device_scale_factor=scale)
    page = context.new_page()
    if scale != 1:  # 200% zoom of a 1280 px window: the layout sees 640 CSS px
        page.set_viewport_size({"width": 1280 // scale, "height": 800})
    wide = {}
    for path in pages_of(lang, served.root):
        page.goto(served.url(path))
        overflow = page.evaluate(OVERFLOW)
        if overflow > 0:
            wide[path] = overflow
    context.close()
    assert wide == {}
