"""Indicators: fiscal years, values typed or counted from events' participants, running totals, progress to
the target, and bad records named by file, line and field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from tsunagu.load.catalog import load_catalog
from tsunagu.load.siteconfig import load_site_config
from tsunagu.model.errors import DataError
from tsunagu.model.indicators import fiscal_year, progress

D = dt.date
TODAY = D(2026, 11, 23)
INDICATOR = """name: {ja: 講座の受講者数, en: People at courses}
goal: shikumizukuri
unit: {ja: 人, en: people}
baseline:
  value: 9
  fiscal_year: 2023
target:
  value: 200
  fiscal_year: 2027
  cumulative: true
actuals:
  - fiscal_year: 2024
    value: 46
participants_of:
  event_kinds: [lecture]
  first_year: 2025
source:
  text: {ja: 市民協働課調べ}
updated: 2026-11-20
"""


def _event(day: str, kind: str = "lecture", participants: int | None = 10, status: str = "scheduled") -> dict:
    event = {"kind": kind, "title": {"ja": "講座"}, "title_kana": "コウザ", "description": {"ja": "講座です。"},
             "start_date": day, "venue": "hall", "status": status, "updated": "2026-11-01"}
    return event | ({"participants": participants} if participants is not None else {})


def _write(root: Path, folder: str, name: str, record: dict | str) -> None:
    text = record if isinstance(record, str) else yaml.safe_dump(record, allow_unicode=True, sort_keys=False)
    (root / "data" / folder).mkdir(exist_ok=True)
    (root / "data" / folder / f"{name}.yml").write_text(text, "utf-8")


def _catalog(root: Path):
    site = load_site_config(root / "mkdocs.yml")
    return load_catalog(site.tsunagu.data_dir, root, site.locales)


def _problems(root: Path) -> list[str]:
    with pytest.raises(DataError) as raised:
        _catalog(root)
    return [str(problem) for problem in raised.value.problems]


@pytest.mark.parametrize("day, year", [(D(2026, 4, 1), 2026), (D(2027, 3, 31), 2026), (D(2026, 3, 31), 2025),
                                       (D(2026, 12, 31), 2026), (D(2027, 1, 1), 2026)])
def test_a_fiscal_year_runs_from_april_to_march(day, year):
    assert fiscal_year(day) == year


@pytest.fixture
def counted(minimal: Path) -> Path:
    """The minimal site with the indicator above and courses in fiscal 2025 and 2026."""
    _write(minimal, "indicators", "koryu", INDICATOR)
    events = {"a": _event("2025-06-01", participants=30), "b": _event("2026-03-31", participants=12),
              "c": _event("2026-04-01", participants=20), "d": _event("2026-10-01", kind="public_comment", participants=99),
              "e": _event("2026-11-01", participants=None), "f": _event("2027-01-10", status="postponed", participants=None)}
    for name, event in events.items():
        _write(minimal, "events", name, event)
    return minimal


def test_values_are_typed_or_counted_from_the_participants_of_events_of_the_kinds(counted):
    catalog = _catalog(counted)
    found = progress(catalog.records("indicator")["koryu"], catalog.events.values(), TODAY)
    years = {year.fiscal_year: year for year in found.years}
    assert list(years) == [2024, 2025, 2026, 2027]
    assert [years[y].value for y in years] == [46, 42, 20, None]  # 30 + 12 (31 March is fiscal 2025); no public comment
    assert [e.id for e in years[2025].counted] == ["a", "b"] and [e.id for e in years[2026].counted] == ["c"]
    assert [years[y].computed for y in years] == [False, True, True, True]
    assert [years[y].in_progress for y in years] == [False, False, True, False]


def test_a_cumulative_target_adds_up_the_years_and_progress_is_the_share_of_it(counted):
    catalog = _catalog(counted)
    found = progress(catalog.records("indicator")["koryu"], catalog.events.values(), TODAY)
    assert [year.total for year in found.years] == [46, 88, 108, None]
    assert (found.latest.fiscal_year, found.latest.shown, found.percent, found.achieved) == (2026, 108, 54, False)


def test_a_running_total_starts_where_the_plan_says(counted):
    text = INDICATOR.replace("  cumulative: true\n", "  cumulative: true\n  counted_from: 2025\n")
    _write(counted, "indicators", "koryu", text)
    catalog = _catalog(counted)
    found = progress(catalog.records("indicator")["koryu"], catalog.events.values(), TODAY)
    assert [year.total for year in found.years] == [None, 42, 62, None]
    assert [year.shown for year in found.years] == [46, 42, 62, None]


def test_a_target_not_cumulative_compares_the_latest_value(counted):
    _write(counted, "indicators", "koryu", INDICATOR.replace("  cumulative: true\n", "").replace("200", "40"))
    catalog = _catalog(counted)
    found = progress(catalog.records("indicator")["koryu"], catalog.events.values(), D(2027, 6, 1))
    assert (found.latest.shown, found.percent, found.achieved, found.latest.in_progress) == (20, 50, False, False)


def test_a_falling_target_has_no_percentage_and_is_reached_by_going_below_it(minimal):
    text = (INDICATOR.replace("value: 9", "value: 80").replace("value: 200", "value: 50")
            .replace("  cumulative: true\n", "").split("participants_of:")[0] + "source: {text: {ja: 調べ}}\n"
            "updated: 2026-11-20\n").replace("value: 46", "value: 48")
    _write(minimal, "indicators", "down", text)
    catalog = _catalog(minimal)
    found = progress(catalog.records("indicator")["down"], [], TODAY)
    assert (found.rising, found.percent, found.achieved) == (False, None, True)


def test_an_indicator_without_values_has_no_progress_yet(minimal):
    _write(minimal, "indicators", "new", INDICATOR.replace("  - fiscal_year: 2024\n    value: 46\n", "")
           .replace("actuals:\n", ""))
    catalog = _catalog(minimal)
    found = progress(catalog.records("indicator")["new"], catalog.events.values(), TODAY)
    assert (found.latest, found.percent, found.achieved) == (None, None, False)


@pytest.mark.parametrize("old, new, problem", [
    ("  fiscal_year: 2027\n", "  fiscal_year: 2022\n",
     "data/indicators/bad.yml:9: target.fiscal_year: 2022 is not after the baseline year 2023"),
    ("  fiscal_year: 2027\n", "  fiscal_year: R9\n",
     'data/indicators/bad.yml:9: target.fiscal_year: "R9" is a Japanese-era year; write the western year (2027)'),
    ("  fiscal_year: 2023\n", "  fiscal_year: 令和5年度\n",
     'data/indicators/bad.yml:6: baseline.fiscal_year: "令和5年度" is a Japanese-era year; write the western year (2023)'),
    ("[lecture]", "[lecture, picnic]",
     'data/indicators/bad.yml:15: participants_of.event_kinds[1]: "picnic" is not in data/vocabulary/event_kinds.yml '
     "(lecture, public_comment)"),
    ("goal: shikumizukuri", "goal: kenko",
     'data/indicators/bad.yml:2: goal: "kenko" is not in data/vocabulary/plan_goals.yml (hitozukuri, shikumizukuri)'),
    ("first_year: 2025", "first_year: 2024",
     "data/indicators/bad.yml:12: actuals[0].fiscal_year: 2024 is counted from events (participants_of); remove it here"),
    ("first_year: 2025", "first_year: 2023",
     "data/indicators/bad.yml:16: participants_of.first_year: 2023 is not after the baseline year 2023"),
    ("first_year: 2025", "first_year: 2025\n  last_year: 2024",
     "data/indicators/bad.yml:17: participants_of.last_year: 2024 is before first_year 2025"),
    ("  - fiscal_year: 2024\n", "  - fiscal_year: 2023\n",
     "data/indicators/bad.yml:12: actuals[0].fiscal_year: 2023 is not after the baseline year 2023 "
     "(its value is baseline.value)"),
    ("    value: 46\n", "    value: 46\n  - fiscal_year: 2024\n    value: 47\n",
     "data/indicators/bad.yml:14: actuals[1].fiscal_year: 2024 is given twice"),
    ("    value: 46\n", '    value: "46人"\n', 'data/indicators/bad.yml:13: actuals[0].value: "46人" is not a number '
     "(write it without units or commas)"),
    ("  cumulative: true\n", "  counted_from: 2025\n",
     "data/indicators/bad.yml:10: target.counted_from: counted_from is only for a running total (cumulative: true)"),
    ("  cumulative: true\n", "  cumulative: true\n  counted_from: 2028\n",
     "data/indicators/bad.yml:11: target.counted_from: 2028 is not after the baseline year 2023 and up to the "
     "target year 2027"),
])
def test_a_bad_indicator_is_named_by_file_line_and_field(minimal, old, new, problem):
    assert old in INDICATOR
    _write(minimal, "indicators", "bad", INDICATOR.replace(old, new, 1))
    assert _problems(minimal) == [problem]


def test_a_cancelled_event_has_no_participants(minimal):
    _write(minimal, "events", "off", _event("2026-10-01", status="cancelled", participants=5))
    assert _problems(minimal) == ["data/events/off.yml:11: participants: a cancelled event has no participants"]


def test_participants_are_a_whole_number_of_at_least_zero(minimal):
    _write(minimal, "events", "few", _event("2026-10-01", participants=-1))
    assert _problems(minimal) == ["data/events/few.yml:11: participants: -1 must be 0 or more"]


def test_a_site_without_plan_goals_has_none_and_an_indicator_then_names_the_file(minimal):
    (minimal / "data/vocabulary/plan_goals.yml").unlink()
    assert _catalog(minimal).vocabularies["plan_goals"] == {}
    _write(minimal, "indicators", "bad", INDICATOR)
    assert _problems(minimal) == [
        'data/indicators/bad.yml:2: goal: "shikumizukuri" is not in data/vocabulary/plan_goals.yml (it has no codes)']
