"""An event's page on the build day: ended events say so and drop the calendar link; a passed
registration deadline says registration has closed. Rendered by the core, without the engine."""

from __future__ import annotations

import pytest
from conftest import ROOT

from tsunagu.builder import SiteBuilder
from tsunagu.model.config import TODAY_VARIABLE
from tsunagu.load.siteconfig import load_site_config

PAST = "events/kawabe-fureai-matsuri-2026.md"  # 2026-10-11
DEADLINE_NOV_30 = "events/kyodo-koza-hajimete.md"  # 2026-12-05, registration until 2026-11-30


def event_body(monkeypatch, today: str, src_uri: str, code: str = "en") -> str:
    monkeypatch.setenv(TODAY_VARIABLE, today)
    site = load_site_config(ROOT / "mkdocs.yml")
    builder = SiteBuilder(site.tsunagu, site.locales, site.root)
    pages = {page.src_uri: page for page in builder.language(site.locales.get(code)).pages()}
    body, _ = pages[src_uri].render_body()
    return body


def test_a_past_event_says_it_has_ended_and_offers_no_calendar(monkeypatch):
    body = event_body(monkeypatch, "2026-11-23", PAST)
    assert "This event has ended" in body
    assert "(.ics)" not in body


def test_an_upcoming_event_offers_its_calendar_and_open_registration(monkeypatch):
    body = event_body(monkeypatch, "2026-11-23", DEADLINE_NOV_30)
    assert "This event has ended" not in body and "Registration has closed" not in body
    assert "(.ics)" in body


@pytest.mark.parametrize("code, closed", [("en", "Registration has closed"), ("ja", "受付は終了しました"),
                                          ("ja-easy", "申し込みは 終わりました")])
def test_a_passed_deadline_closes_registration_in_every_language(monkeypatch, code, closed):
    body = event_body(monkeypatch, "2026-12-01", DEADLINE_NOV_30, code)
    assert closed in body
    assert "tsunagu-status--ended" not in body


@pytest.mark.parametrize("code, texts", [
    ("en", ["Who it is for", "Residents and groups thinking of founding an NPO corporation", "Enquiries",
            "Civic Activities Section, Civic Collaboration Division", '<a href="tel:0420001100">042-000-1100</a> (extension 3215)',
            "2nd floor, Asagirino Ekimae Building"]),
    ("ja", ["<dt>対象</dt>", "NPO法人の設立を考えている市民・団体", "<dt>問い合わせ</dt>", "（内線3215）", "朝霧野駅前ビル2階"]),
])
def test_an_events_audience_contact_and_other_pages_are_on_its_page(monkeypatch, code, texts):
    body = event_body(monkeypatch, "2026-11-23", "events/npo-setsuritsu-seminar.md", code)
    for text in texts:
        assert text in body
    assert '<a href="https://npo-shien.asagirino.example.jp/seminar/apply/" rel="noopener">' in body
    assert '<a href="https://npo-shien.asagirino.example.jp/seminar/" rel="noopener">' in body
