"""Alerts: their window in Japan time, their validation, and what each language shows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tsunagu.model.alerts import shown_alerts
from tsunagu.load.catalog import load_catalog
from tsunagu.model.errors import DataError
from tsunagu.load.siteconfig import load_site_config

ALERTS = """\
- severity: info
  text: {ja: 通行止め, en: Road closed}
  start: 2026-11-20
  end: 2026-11-30
- severity: severe
  text: {ja: 大雨警報}
  start: "2026-11-25 06:00"
  end: "2026-11-26 09:00"
"""


def load(site_root: Path, text: str):
    (site_root / "data" / "alerts.yml").write_text(text, "utf-8")
    site = load_site_config(site_root / "mkdocs.yml")
    return load_catalog(site.tsunagu.data_dir, site_root, site.locales).alerts


def locales(site_root: Path):
    return load_site_config(site_root / "mkdocs.yml").locales


@pytest.mark.parametrize("day, expected", [
    ("2026-11-19", []), ("2026-11-20", ["info"]), ("2026-11-24", ["info"]),
    ("2026-11-25", ["severe", "info"]), ("2026-11-26", ["severe", "info"]),
    ("2026-11-30", ["info"]), ("2026-12-01", []),
])
def test_window_includes_its_first_and_last_day(minimal, day, expected):
    alerts = load(minimal, ALERTS)
    shown = shown_alerts(alerts, dt.date.fromisoformat(day), "en", locales(minimal))
    assert [a.severity for a in shown] == expected


def test_times_are_japan_time(minimal):
    severe = load(minimal, ALERTS)[1]
    assert severe.opens == dt.datetime(2026, 11, 24, 21, 0, tzinfo=dt.timezone.utc)


def test_text_in_the_readers_language_or_marked_as_fallback(minimal):
    shown = shown_alerts(load(minimal, ALERTS), dt.date(2026, 11, 25), "en", locales(minimal))
    assert [(a.text, a.lang, a.urgent) for a in shown] == [("大雨警報", "ja", True), ("Road closed", None, False)]


def test_end_before_start_is_reported(minimal):
    with pytest.raises(DataError) as caught:
        load(minimal, "- severity: info\n  text: {ja: x}\n  start: 2026-11-20\n  end: 2026-11-19\n")
    assert str(caught.value.problems[0]) == "data/alerts.yml:4: [0].end: the end 2026-11-19 is not after the start 2026-11-20"


def test_bad_moment_is_reported(minimal):
    with pytest.raises(DataError) as caught:
        load(minimal, "- severity: info\n  text: {ja: x}\n  start: 2026-11-20\n  end: next week\n")
    assert str(caught.value.problems[0]) == (
        'data/alerts.yml:4: [0].end: "next week" is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DD HH:MM)')
