"""The alert banner in a real browser: shown in the reader's language while its window is open, else gone."""

from __future__ import annotations

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe

from conftest import build_parallel

from .conftest import SiteServer, site_path
from .site_pages import LANGUAGE_PREFIXES, LOCALES, ROOT, shown_text
from .test_axe import OPTIONS

pytestmark = pytest.mark.browser

# data/alerts.yml: a road closure from 20 to 30 November 2026 (the tests' "today" is 23 November),
# and a heavy-rain warning that ended in September; each in every language, or in the first of its chain.
ALERTS = yaml.safe_load((ROOT / "data/alerts.yml").read_text("utf-8"))


def _shown(alert: dict) -> dict[str, str]:
    return {code: next(alert["text"][c] for c in LOCALES.chain(code) if c in alert["text"]) for code in LOCALES.codes}


ROAD_CLOSURE, HEAVY_RAIN = _shown(ALERTS[0]), _shown(ALERTS[1])


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
@pytest.mark.parametrize("path", ["", "events/", "no-such-page/"])
def test_active_alert_is_a_polite_status_in_the_readers_language(page, served, lang, path):
    page.goto(served.url(LANGUAGE_PREFIXES[lang] + path))
    banner = page.locator(".md-banner .tsunagu-alert")
    assert banner.count() == 1
    assert banner.get_attribute("role") == "status"
    text = shown_text(banner)
    assert ROAD_CLOSURE[lang if path != "no-such-page/" else "ja"] in text
    assert banner.is_visible()


def test_alert_outside_its_window_is_gone(page, served):
    page.goto(served.url(""))
    assert "大雨" not in page.locator("body").inner_text()
    assert page.locator("[role=alert]").count() == 0


@pytest.fixture(scope="module")
def served_in_the_storm(tmp_path_factory):
    """The sample site built as it is deployed (`tsunagu build`) on a day inside the heavy-rain warning's window,
    served."""
    site = tmp_path_factory.mktemp("storm") / "site"
    result = build_parallel(ROOT / "mkdocs.yml", site, TSUNAGU_TODAY="2026-09-14")
    assert result.returncode == 0, result.stderr
    with SiteServer(site, site_path(ROOT / "mkdocs.yml")) as server:
        yield server


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
def test_severe_alert_interrupts_and_passes_axe(page, served_in_the_storm, lang):
    page.goto(served_in_the_storm.url(LANGUAGE_PREFIXES[lang]))
    alert = page.locator(".md-banner [role=alert]")
    assert alert.count() == 1
    assert HEAVY_RAIN[lang] in shown_text(alert) and alert.is_visible()
    assert page.locator(".md-banner [role=status]").count() == 0  # the road closure is not on in September
    assert Axe().run(page, options=OPTIONS).response["violations"] == []
