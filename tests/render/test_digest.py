"""The 回覧板 digests: on a fixed build day, each area's page for each month lists exactly the events held in
the area or open to the whole city (online, at a venue with no area, or marked ``city_wide``) and the open
calls, each with its date, place, short line and full address. The expected items are worked out here from
the YAML files themselves; the pages are rendered by the core, without the engine."""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import lru_cache
from html.parser import HTMLParser

import pytest
import yaml
from conftest import ROOT
from test_home import CALL_KINDS, LANGUAGES, Node, _Tree, held_between, last_day, local, place, records, ui

from tsunagu.builder import SiteBuilder
from tsunagu.html.markup import render_markdown
from tsunagu.i18n.dates import date_formatter
from tsunagu.load.catalog import load_catalog
from tsunagu.load.siteconfig import load_site_config
from tsunagu.model.config import TODAY_VARIABLE
from tsunagu.model.models import Event, Venue
from tsunagu.render import digest

DATA = ROOT / "data"
SITE_URL = "https://example.github.io/tsunagu/"
AREAS = list(yaml.safe_load((DATA / "vocabulary" / "areas.yml").read_text("utf-8")))
BUILD_DAYS = ("2026-11-23", "2026-12-20", "2027-01-20")  # the sample's today, and two later days
SECTIONS = ("digest-events", "digest-calls", "digest-support")


# --- What the data says, read straight from the YAML ----------------------------------------------------

EVENTS, VENUES, SUPPORT = records("events"), records("venues"), records("support")


def month_after(first: dt.date) -> dt.date:
    return (first + dt.timedelta(days=32)).replace(day=1)


def months_on(today: dt.date) -> list[dt.date]:
    return [today.replace(day=1), month_after(today.replace(day=1))]


def days_of(month: dt.date, today: dt.date) -> tuple[dt.date, dt.date]:
    return max(month, today), month_after(month) - dt.timedelta(days=1)


def in_area(event: dict, area: str) -> bool:
    venue = VENUES[event["venue"]] if event.get("venue") else None
    return bool(event.get("city_wide")) or venue is None or venue.get("area") in (None, area)


def expected_events(area: str, month: dt.date, today: dt.date) -> list[str]:
    """The events held in or for the area on the digest's days, in date order: a regular activity once, at its
    first date there; at most ``digest.MAX_EVENTS``."""
    first, last = days_of(month, today)
    chosen = {key: e for key, e in EVENTS.items() if e["kind"] not in CALL_KINDS and in_area(e, area)}
    keys = list(dict.fromkeys(h.key for h in held_between(chosen, first, last)))
    return keys[:digest.MAX_EVENTS]


def call_closes(event: dict) -> dt.date:
    return (event.get("registration") or {}).get("deadline") or last_day(event)


def expected_calls(area: str, month: dt.date, today: dt.date) -> list[str]:
    first, last = days_of(month, today)
    chosen = [(call_closes(e), e["start_date"], key) for key, e in EVENTS.items()
              if e["kind"] in CALL_KINDS and e.get("status", "scheduled") == "scheduled" and in_area(e, area)
              and call_closes(e) >= first and e["start_date"] <= last]
    return [key for *_, key in sorted(chosen)]


def expected_support(month: dt.date, today: dt.date) -> list[str]:
    """Support programmes closing on the digest's days: in every area's digest."""
    first, last = days_of(month, today)
    closing = [(p["application"]["closes"], key) for key, p in SUPPORT.items()
               if p["application"].get("closes") and first <= p["application"]["closes"] <= last]
    return [key for _, key in sorted(closing)]


# --- The rendered digests --------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def builder_on(today: str) -> SiteBuilder:
    site = load_site_config(ROOT / "mkdocs.yml")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(TODAY_VARIABLE, today)
        return SiteBuilder(site.tsunagu, site.locales, site.root, site_url=SITE_URL)


@lru_cache(maxsize=None)
def pages_on(today: str, code: str) -> dict:
    builder = builder_on(today)
    return {page.src_uri: page for page in builder.language(builder.context.locales.get(code)).pages()}


def body(today: str, code: str, src: str) -> Node:
    parser = _Tree()
    parser.feed(pages_on(today, code)[src].render_body()[0])
    return parser.root


def sections(page: Node) -> dict[str, Node]:
    return {s.attrs["aria-labelledby"]: s for s in page.all("section") if s.attrs.get("aria-labelledby") in SECTIONS}


def items(section: Node) -> list[Node]:
    return [li for li in section.all("li") if "tsunagu-digest__item" in li.classes()]


def event_of(item: Node, section: str = "events") -> str:
    """The record an item links to (an event, or a support programme); the link is relative to the digest's
    own address."""
    href = item.all("a")[0].attrs["href"]
    assert href.startswith(f"../../../{section}/") and href.endswith("/"), href
    return href.split("/")[-2]


def with_class(node: Node, name: str) -> Node:
    found = [n for n in node.all("span", "time") if name in n.classes()]
    assert len(found) == 1, name
    return found[0]


@pytest.mark.parametrize("today, code", [(today, code) for today in BUILD_DAYS for code in LANGUAGES])
def test_each_area_lists_exactly_its_events_and_calls_for_each_month(today, code):
    day = dt.date.fromisoformat(today)
    for area in AREAS:
        for month in months_on(day):
            found = sections(body(today, code, f"digest/{area}/{month:%Y-%m}.md"))
            assert list(found) == list(SECTIONS)
            listed = {key: [event_of(li, "support" if key == "digest-support" else "events") for li in items(s)]
                      for key, s in found.items()}
            assert listed == {"digest-events": expected_events(area, month, day),
                              "digest-calls": expected_calls(area, month, day),
                              "digest-support": expected_support(month, day)}, (area, month)
            for key, expected in (("digest-events", "digest.events.none"), ("digest-calls", "digest.calls.none"),
                                  ("digest-support", "digest.support.none")):
                if not listed[key]:
                    assert found[key].all("p")[0].text() == ui(code, expected)


def test_the_sample_shows_what_the_rules_tell_apart():
    """On the sample's day, an event held in one area is on its digest alone, a city-wide one on every
    digest, and both kinds of open call are listed: the test above checks something."""
    day = dt.date.fromisoformat(BUILD_DAYS[0])
    december = months_on(day)[1]
    listed = {area: expected_events(area, december, day) for area in AREAS}
    everywhere = set.intersection(*map(set, listed.values()))
    somewhere = set.union(*map(set, listed.values())) - everywhere
    assert everywhere and somewhere
    calls = expected_calls(AREAS[0], december, day)
    assert {EVENTS[key]["kind"] for key in calls} == CALL_KINDS


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_each_item_gives_its_date_place_short_line_and_full_address(code, date_styles):
    today = BUILD_DAYS[0]
    dates = date_formatter(code, date_styles[code])
    month = months_on(dt.date.fromisoformat(today))[1]
    seen = 0
    for area in AREAS:
        found = sections(body(today, code, f"digest/{area}/{month:%Y-%m}.md"))
        for item in [li for key, s in found.items() if key != "digest-support" for li in items(s)]:
            key = event_of(item)
            event, seen = EVENTS[key], seen + 1
            assert item.all("a")[0].text() == local(event["title"], code)
            when = with_class(item, "tsunagu-when")
            if event.get("repeat"):
                check_dates(item, key, code, month, dt.date.fromisoformat(today))
            else:
                assert when.attrs["datetime"] == event["start_date"].isoformat()
                assert when.text() == " ".join(dates.when(event["start_date"], event.get("end_date"), _time(
                    event.get("start_time")), _time(event.get("end_time"))).split())
            assert with_class(item, "tsunagu-place").text() == place(event, code)
            line = with_class(item, "tsunagu-item__summary").text()
            if event.get("summary"):
                assert line == local(event["summary"], code)
            else:
                assert line and _plain(local(event["description"], code)).startswith(line)
            prefix = LANGUAGES[code]
            assert with_class(item, "tsunagu-digest__url").text() == f"{SITE_URL}{prefix}events/{key}/"
    assert seen >= 2 * len(AREAS)


def check_dates(item: Node, key: str, code: str, month: dt.date, today: dt.date) -> None:
    """A regular activity's item: its pattern, and its dates on the digest's days, each cancelled or moved one
    marked."""
    pattern = with_class(item, "tsunagu-when").text()
    assert pattern and pattern != ui(code, "event.when")
    line = with_class(item, "tsunagu-digest__dates")
    first, last = days_of(month, today)
    held = [h for h in held_between({key: EVENTS[key]}, first, last)]
    assert [t.attrs["datetime"] for t in line.all("time")] == [h.start.isoformat() for h in held]
    marks = [s.text() for s in line.all("strong")]
    assert marks == [ui(code, f"status.{h.status}") for h in held if h.status != "scheduled"]


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_a_support_programme_gives_its_application_window_deadline_and_address(code, date_styles):
    today = BUILD_DAYS[0]
    dates = date_formatter(code, date_styles[code])
    month = months_on(dt.date.fromisoformat(today))[1]
    listed = items(sections(body(today, code, f"digest/{AREAS[0]}/{month:%Y-%m}.md"))["digest-support"])
    assert [event_of(item, "support") for item in listed] == expected_support(month, dt.date.fromisoformat(today)) != []
    for item in listed:
        key = event_of(item, "support")
        window = SUPPORT[key]["application"]
        assert item.all("a")[0].text() == local(SUPPORT[key]["title"], code)
        assert " ".join(with_class(item, "tsunagu-when").text().split()) == " ".join(
            dates.when(window.get("opens") or window["closes"], window["closes"]).split())
        assert with_class(item, "tsunagu-item__summary").text() == local(SUPPORT[key]["summary"], code)
        assert with_class(item, "tsunagu-digest__url").text() == f"{SITE_URL}{LANGUAGES[code]}support/{key}/"
        assert item.all("time")[1].attrs["datetime"] == window["closes"].isoformat()


def test_a_booking_deadline_shows_on_the_event_and_the_closing_day_on_a_call():
    today = BUILD_DAYS[0]
    month = months_on(dt.date.fromisoformat(today))[1]
    page = sections(body(today, "en", f"digest/{AREAS[0]}/{month:%Y-%m}.md"))
    for key, section in (("digest-events", "events"), ("digest-calls", "calls")):
        for item in items(page[key]):
            event = EVENTS[event_of(item)]
            registration = event.get("registration") or {}
            closes = call_closes(event) if section == "calls" else \
                registration.get("deadline") if registration.get("required") and event.get("status", "scheduled") == "scheduled" else None
            shown = [n for n in item.all("span") if "tsunagu-closes" in n.classes()]
            assert [n.all("time")[0].attrs["datetime"] for n in shown] == ([closes.isoformat()] if closes else [])


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_sheet_gives_the_period_the_office_and_the_site(code, date_styles):
    today = BUILD_DAYS[0]
    this_month = months_on(dt.date.fromisoformat(today))[0]
    page = body(today, code, f"digest/{AREAS[0]}/{this_month:%Y-%m}.md")
    dates = date_formatter(code, date_styles[code])
    text = page.text()
    assert " ".join(dates.span(dates.date(dt.date.fromisoformat(today)),
                               dates.date(month_after(this_month) - dt.timedelta(days=1))).split()) in text
    site = yaml.safe_load((DATA / "site.yml").read_text("utf-8"))
    for value in (local(site["office"]["name"], code), local(site["office"]["address"], code),
                  site["office"]["phone"], site["office"]["email"], SITE_URL + LANGUAGES[code]):
        assert value in text


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_index_links_every_area_and_month(code):
    today = BUILD_DAYS[0]
    links = [a.attrs["href"] for a in body(today, code, "digest/index.md").all("a")]
    assert links == [f"{area}/{month:%Y-%m}/" for area in AREAS for month in months_on(dt.date.fromisoformat(today))]


def test_digest_pages_are_left_out_of_search():
    pages = pages_on(BUILD_DAYS[0], "ja")
    unsearched = {src for src, page in pages.items() if "tsunagu_search: false" in page.markdown}
    assert unsearched == {src for src in pages if src.startswith("digest/")}
    assert len(unsearched) == 1 + len(AREAS) * 2


# --- The choice, at its edges ----------------------------------------------------------------------------

def test_the_months_run_from_the_build_day_and_into_the_next_year():
    assert digest.months(dt.date(2026, 12, 20)) == [dt.date(2026, 12, 1), dt.date(2027, 1, 1)]
    assert digest.window("kita", dt.date(2026, 12, 1), dt.date(2026, 12, 20)) == \
        digest.Window("kita", dt.date(2026, 12, 20), dt.date(2026, 12, 31))
    assert digest.window("kita", dt.date(2027, 2, 1), dt.date(2026, 12, 20)) == \
        digest.Window("kita", dt.date(2027, 2, 1), dt.date(2027, 2, 28))


def _event(key: str, venue: str | None, city_wide: bool = False) -> Event:
    place_of = {"venue": venue} if venue else {"online_url": "https://example.jp/"}
    return Event.model_validate({"kind": "lecture", "title": {"ja": key}, "title_kana": "テスト",
                                 "description": {"ja": key}, "start_date": dt.date(2026, 12, 5), **place_of,
                                 "city_wide": city_wide, "updated": dt.date(2026, 11, 1)}).with_id(key)


def test_an_event_is_for_its_venues_area_or_for_every_area():
    catalog = load_catalog(DATA, ROOT, load_site_config(ROOT / "mkdocs.yml").locales)
    venues = dict(catalog.venues)
    venues["no-area"] = Venue.model_validate({"name": {"ja": "x"}, "address": {"ja": "x"}, "lat": 35, "lon": 139,
                                              "updated": dt.date(2026, 11, 1)}).with_id("no-area")
    catalog = dataclasses.replace(catalog, by_kind={**catalog.by_kind, "venue": venues})
    north = next(key for key, venue in venues.items() if venue.area == "kita")
    cases = {"held-in-north": _event("a", north), "north-for-everyone": _event("b", north, city_wide=True),
             "online": _event("c", None), "venue-without-area": _event("d", "no-area")}
    areas = {name: [area for area in AREAS if digest.for_area(event, catalog, area)] for name, event in cases.items()}
    assert areas == {"held-in-north": ["kita"], "north-for-everyone": AREAS, "online": AREAS,
                     "venue-without-area": AREAS}


@pytest.mark.parametrize("markdown, expected", [
    ("「協働」とは何かを学ぶ講座です。後半は話し合います。\n\n次の段落。", "「協働」とは何かを学ぶ講座です。"),
    ("We meet at **10am**. Bring a drink.", "We meet at 10am."),
    ("- a list item without a full stop\n- another", "a list item without a full stop another"),
    ("A [link](https://example.jp/) & more! Then.", "A link & more!"),
])
def test_without_a_summary_the_short_line_is_the_descriptions_first_sentence(markdown, expected):
    assert digest.first_sentence(markdown) == expected


# --- Helpers ---------------------------------------------------------------------------------------------

def _time(value) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def _plain(markdown: str) -> str:
    """A Markdown text's words, without its markup, spaces squeezed."""
    parser = _Words()
    parser.feed(render_markdown(markdown))
    return " ".join("".join(parser.words).split())


class _Words(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []

    def handle_data(self, data):
        self.words.append(data)


@pytest.fixture(scope="module")
def date_styles() -> dict[str, str]:
    return load_site_config(ROOT / "mkdocs.yml").tsunagu.date_styles


def test_a_month_with_more_events_than_two_sheets_hold_lists_the_soonest_and_counts_the_rest():
    catalog = load_catalog(DATA, ROOT, load_site_config(ROOT / "mkdocs.yml").locales)
    events = sorted(catalog.events.values(), key=lambda e: e.id)
    many = [digest.DigestItem("event", e, e.title, None, dt.date(2026, 12, 1 + n)) for n, e in enumerate(events)]
    assert len(many) > digest.MAX_EVENTS
    sources = {"events": lambda catalog, days: many, "calls": lambda catalog, days: many[:2]}
    found = digest.digest(catalog, "kita", dt.date(2026, 12, 1), dt.date(2026, 11, 23), sources)
    assert dict(found.sections)["events"] == many[:digest.MAX_EVENTS] and dict(found.sections)["calls"] == many[:2]
    assert found.more == len(many) - digest.MAX_EVENTS
