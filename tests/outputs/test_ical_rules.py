"""A regular activity's calendar (RFC 5545): one VEVENT with RRULE, EXDATE and RDATE, a RECURRENCE-ID VEVENT for
each changed date; expanded by recurring-ical-events, it gives the site's own occurrences."""

from __future__ import annotations

import datetime as dt

import pytest
import recurring_ical_events
from icalendar import Calendar

from tsunagu.i18n.dates import DateFormatter
from tsunagu.i18n.strings import load_strings
from tsunagu.load.catalog import load_catalog
from tsunagu.load.siteconfig import load_site_config
from tsunagu.model.config import TIMEZONE
from tsunagu.model.occurrences import between, horizon
from tsunagu.outputs.ical import CalendarWriter
from tsunagu.outputs.published import AbsoluteUrls, Published

D = dt.date.fromisoformat
TODAY = D("2026-11-23")
HEAD = """kind: lecture
title: {ja: 定例会, en: Regular meeting}
title_kana: テイレイカイ
description: {ja: 毎回の集まりです。, en: Our regular meeting.}
venue: hall
updated: 2026-11-01
"""
RULES = {
    "wednesdays": 'start_date: 2026-11-04\nstart_time: "16:00"\nend_time: "19:00"\n'
                  "repeat: {every: week, weekdays: [wed], skip_new_year: true, skip: [2026-12-23], also: [2026-12-28],\n"
                  "  changes: [{date: 2026-12-09, cancelled: true, note: {ja: 臨時休業}},\n"
                  '            {date: 2027-01-13, moved_to: 2027-01-14, start_time: "17:00", end_time: "20:00"}]}\n',
    "second-monday": 'start_date: 2026-11-01\nstart_time: "10:00"\nend_time: "12:00"\n'
                     "repeat: {every: month, weekdays: 2nd mon, until: 2027-03-31, skip_holidays: true}\n",
    "twice-a-week": 'start_date: 2026-12-21\nstart_time: "13:30"\nend_time: "15:00"\n'
                    "repeat: {every: week, weekdays: [mon, thu], count: 12, skip_holidays: true, skip_new_year: true}\n",
    "day-29": "start_date: 2027-01-29\nrepeat: {every: month, day: 29, until: 2028-03-31}\n",
    "last-friday-all-day": "start_date: 2026-11-27\n"
                           "repeat: {every: month, weekdays: last fri, changes: [{date: 2027-01-29, moved_to: 2027-02-05}]}\n",
}


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    from conftest import copy_minimal
    root = copy_minimal(tmp_path_factory.mktemp("repeat") / "site")
    for name, body in RULES.items():
        (root / f"data/events/{name}.yml").write_text(HEAD + body, "utf-8")
    site = load_site_config(root / "mkdocs.yml")
    catalog = load_catalog(site.tsunagu.data_dir, root, site.locales)
    strings = load_strings(site.tsunagu.strings_dir, site.locales, root)
    dates = {loc.code: DateFormatter(loc.code, "babel") for loc in site.locales}
    return Published(catalog, site.locales, strings, AbsoluteUrls("https://example.org/test/"), dates)


def expanded(ics: bytes, first: dt.date, last: dt.date) -> list[tuple[str, str]]:
    calendar = Calendar.from_ical(ics)
    found = recurring_ical_events.of(calendar).between(first, last + dt.timedelta(days=1))
    return sorted((_start(item["DTSTART"].dt), str(item.get("STATUS", "CONFIRMED"))) for item in found)


def _start(value) -> str:
    return value.astimezone(TIMEZONE).isoformat() if isinstance(value, dt.datetime) else value.isoformat()


STATUS = {"scheduled": "CONFIRMED", "moved": "CONFIRMED", "cancelled": "CANCELLED"}


def site_list(published, event_id: str, first: dt.date, last: dt.date) -> list[tuple[str, str]]:
    """The site's occurrences in the window, as far as the build day lists them (a rule that leaves out holidays
    and has no end is listed, and calendared, up to its horizon)."""
    event = published.catalog.events[event_id]
    if event.repeat.skip_holidays or event.repeat.skip_new_year:
        last = min(last, horizon(event, TODAY))
    return sorted((_start(dt.datetime.combine(o.start_date, o.start_time, TIMEZONE) if o.start_time
                          else o.start_date), STATUS[o.status]) for o in between([event], first, last))


@pytest.mark.parametrize("event_id", sorted(RULES))
@pytest.mark.parametrize("first, last", [("2026-11-01", "2027-03-31"), ("2027-12-01", "2028-03-31")])
def test_the_expanded_calendar_gives_the_sites_occurrences(published, event_id, first, last):
    locale = published.locales.default
    ics = CalendarWriter(published, TODAY).single(locale, published.catalog.events[event_id])
    site = site_list(published, event_id, D(first), D(last))
    assert expanded(ics, D(first), D(last)) == site
    # ended by then, or past the horizon of a rule that leaves out holidays
    none_listed = event_id in ("second-monday", "twice-a-week", "wednesdays") and first.startswith("2027")
    assert bool(site) != none_listed


def test_one_series_its_rule_and_its_changed_dates(published):
    ics = CalendarWriter(published, TODAY).single(published.locales.default, published.catalog.events["wednesdays"])
    items = Calendar.from_ical(ics).walk("VEVENT")
    assert len({str(item["UID"]) for item in items}) == 1 and len(items) == 3
    series, cancelled, moved = items
    assert series["RRULE"].to_ical() == b"FREQ=WEEKLY;UNTIL=20271124T145959Z;BYDAY=WE;WKST=MO"  # TODAY + 366 days
    assert [d.dt.date().isoformat() for d in series["EXDATE"].dts] == [
        "2026-12-23", "2026-12-30"]
    assert [d.dt.date().isoformat() for d in series["RDATE"].dts] == ["2026-12-28"]
    assert cancelled["RECURRENCE-ID"].dt.date() == D("2026-12-09") and str(cancelled["STATUS"]) == "CANCELLED"
    assert str(cancelled["DESCRIPTION"]).startswith("臨時休業")
    assert moved["RECURRENCE-ID"].dt.date() == D("2027-01-13") and moved["DTSTART"].dt.hour == 17


def test_an_open_ended_rule_without_holidays_has_no_end(published):
    ics = CalendarWriter(published, TODAY).single(published.locales.default, published.catalog.events["last-friday-all-day"])
    assert Calendar.from_ical(ics).walk("VEVENT")[0]["RRULE"].to_ical() == b"FREQ=MONTHLY;BYDAY=-1FR;WKST=MO"
    assert expanded(ics, D("2031-01-01"), D("2031-01-31")) == [("2031-01-31", "CONFIRMED")]


def test_until_is_in_utc_and_holidays_are_left_out(published):
    ics = CalendarWriter(published, TODAY).single(published.locales.default, published.catalog.events["second-monday"])
    series = Calendar.from_ical(ics).walk("VEVENT")[0]
    assert series["RRULE"].to_ical() == b"FREQ=MONTHLY;UNTIL=20270331T145959Z;BYDAY=2MO;WKST=MO"
    assert series["DTSTART"].dt.date() == D("2026-11-09")  # the rule's first date, not start_date
    assert [d.dt.date().isoformat() for d in series["EXDATE"].dts] == ["2027-01-11"]  # 成人の日
