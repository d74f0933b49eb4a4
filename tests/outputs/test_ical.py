"""Calendars: every .ics file parses back with icalendar and matches the event data."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

import pytest
import yaml
from icalendar import Calendar

from conftest import ROOT, TODAY
from hostile_site import HOSTILE, hostile_site
from tsunagu.load.siteconfig import load_site_config

TOKYO = "Asia/Tokyo"
HOST = "example.github.io"
LOCALES = load_site_config(ROOT / "mkdocs.yml").locales


def locale_roots(site):
    """Each language's root folder in the built site, from mkdocs.yml."""
    locales = load_site_config(ROOT / "mkdocs.yml").locales
    return {loc.code: site / loc.prefix for loc in locales}


def read_calendar(path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def events_data() -> dict[str, dict]:
    return {p.stem: yaml.safe_load(p.read_text("utf-8")) for p in (ROOT / "data/events").glob("*.yml")}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return hostile_site(tmp_path_factory.getbasetemp() / "hostile")


def test_every_language_has_a_feed_with_every_event(sample_site):
    data = events_data()
    names = set()
    for code, root in locale_roots(sample_site).items():
        calendar = read_calendar(root / "events.ics")
        uids = sorted(str(e["UID"]) for e in calendar.walk("VEVENT") if "RECURRENCE-ID" not in e)
        assert uids == sorted(f"{event_id}@{HOST}" for event_id in data), code
        changed = {str(e["UID"]).split("@")[0] for e in calendar.walk("VEVENT") if "RECURRENCE-ID" in e}
        assert changed and all(data[key].get("repeat") for key in changed), "a changed date is a regular activity's"
        assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == [TOKYO]
        names.add(str(calendar["X-WR-CALNAME"]))
    assert len(names) == len(locale_roots(sample_site)), "the calendar name is in each reader's language"


def test_events_match_their_data(sample_site):
    data = events_data()
    for root in locale_roots(sample_site).values():
        for event in read_calendar(root / "events.ics").walk("VEVENT"):
            record = data[str(event["UID"]).split("@")[0]]
            check_event(event, record)


def check_event(event, record: dict) -> None:
    updated = dt.datetime.combine(record["updated"], dt.time.min) - dt.timedelta(hours=9)
    assert event.decoded("DTSTAMP") == updated.replace(tzinfo=dt.timezone.utc)
    assert event.decoded("LAST-MODIFIED") == updated.replace(tzinfo=dt.timezone.utc)
    if "RECURRENCE-ID" in event:
        return  # one changed date of a regular activity: tests/outputs/test_ical_rules.py
    assert str(event["STATUS"]) == {"scheduled": "CONFIRMED", "cancelled": "CANCELLED",
                                    "postponed": "TENTATIVE"}[record.get("status", "scheduled")]
    start, last = record["start_date"], record.get("end_date", record["start_date"])
    if record.get("repeat"):  # the series starts on its rule's first date, on or after start_date
        assert "RRULE" in event and event.decoded("DTSTART").date() >= start
        start = last = event.decoded("DTSTART").date()
    if "start_time" not in record:
        assert event["DTSTART"].params["VALUE"] == "DATE"
        assert event.decoded("DTSTART") == start
        assert event.decoded("DTEND") == last + dt.timedelta(days=1), "an all-day DTEND is exclusive"
        return
    assert event["DTSTART"].params["TZID"] == TOKYO
    begin = event.decoded("DTSTART")
    assert (begin.date(), begin.strftime("%H:%M")) == (start, record["start_time"])
    if "end_time" in record:
        end = event.decoded("DTEND")
        assert event["DTEND"].params["TZID"] == TOKYO
        assert (end.date(), end.strftime("%H:%M")) == (last, record["end_time"])


def test_each_event_has_its_own_file_offered_on_its_page_until_it_ends(sample_site):
    data = events_data()
    today = dt.date.fromisoformat(TODAY)
    for root in locale_roots(sample_site).values():
        for event_id, record in data.items():
            calendar = read_calendar(root / "events" / f"{event_id}.ics")
            event, *changed = calendar.walk("VEVENT")
            assert str(event["UID"]) == f"{event_id}@{HOST}" and bool(changed) <= bool(record.get("repeat"))
            check_event(event, record)
            page = (root / "events" / event_id / "index.html").read_text("utf-8")
            repeat = record.get("repeat") or {}  # a rule with a count ends after the sample's day
            last = repeat.get("until") or (dt.date.max if "count" in repeat else record.get("end_date", record["start_date"]))
            ended = last < today
            assert (f'href="../{event_id}.ics"' in page) is not ended, event_id


def test_a_support_programmes_deadline_is_an_all_day_event_offered_until_it_closes(sample_site):
    today = dt.date.fromisoformat(TODAY)
    for code, root in locale_roots(sample_site).items():
        for path in sorted((ROOT / "data/support").glob("*.yml")):
            record = yaml.safe_load(path.read_text("utf-8"))
            closes, file = record["application"].get("closes"), root / "support" / f"{path.stem}.ics"
            page = (root / "support" / path.stem / "index.html").read_text("utf-8")
            assert (f'href="../{path.stem}.ics"' in page) == bool(closes and closes >= today), path.stem
            if not closes:
                assert not file.exists()
                continue
            (deadline,) = read_calendar(file).walk("VEVENT")
            assert str(deadline["UID"]) == f"support-{path.stem}-deadline@{HOST}"
            assert deadline.decoded("DTSTART") == closes and deadline.decoded("DTEND") == closes + dt.timedelta(days=1)
            title = next(record["title"][c] for c in LOCALES.chain(code) if c in record["title"])
            assert title in str(deadline["SUMMARY"])
            assert str(deadline["URL"]).endswith(f"support/{path.stem}/")


def test_uids_are_stable_across_languages(sample_site):
    uids = [sorted(str(e["UID"]) for e in read_calendar(root / "events.ics").walk("VEVENT"))
            for root in locale_roots(sample_site).values()]
    assert all(u == uids[0] for u in uids)


def test_events_page_offers_subscription(sample_site):
    for loc in load_site_config(ROOT / "mkdocs.yml").locales:
        page = (sample_site / loc.prefix / "events/index.html").read_text("utf-8")
        webcal = f"webcal://{HOST}/tsunagu/{loc.prefix}events.ics"
        assert f'href="{webcal}"' in page, loc.code
        assert f'href="https://calendar.google.com/calendar/render?{urlencode({"cid": webcal})}"' in page, loc.code


def test_hostile_text_round_trips(hostile):
    calendar = read_calendar(hostile / "events.ics")
    event = next(e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("hostile@"))
    assert str(event["SUMMARY"]) == HOSTILE
    assert str(event["DESCRIPTION"]) == HOSTILE
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["UID"]) == "hostile@example.org"
