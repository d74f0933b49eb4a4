"""Regular activities agree everywhere: on three build days, each activity of the sample has the same dates (and
the same cancelled and moved ones) on its page, in the events index, in what's on, in the 回覧板 digests of its
area, in its calendar expanded by recurring-ical-events and in the event CSV. The pages and files are those the
core renders for the day, without the engine; the dates expected are worked out from the YAML (``held_between``)."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
import recurring_ical_events
from icalendar import Calendar
from test_digest import AREAS, body, builder_on, days_of, in_area, month_after, months_on, sections
from test_home import Node, _Tree, held_between, records

from tsunagu.i18n.dates import DateFormatter
from tsunagu.model.config import TIMEZONE

BUILD_DAYS = ("2026-11-23", "2026-12-20", "2027-01-20")
EVENTS = records("events")
REGULAR = sorted(key for key, event in EVENTS.items() if event.get("repeat"))
CODE = "en"


def month_end(today: dt.date) -> dt.date:
    """The end of the build day's next month: as far as lists show a regular activity's dates."""
    return month_after(months_on(today)[1]) - dt.timedelta(days=1)


def expected(key: str, first: dt.date, last: dt.date) -> list[tuple[str, str]]:
    return [(h.start.isoformat(), h.status) for h in held_between({key: EVENTS[key]}, first, last)]


def status_of(node: Node) -> str:
    """The status an item or date shows: the class of its status mark, or scheduled."""
    marks = [c.split("--")[1] for n in node.all("strong") for c in n.classes() if c.startswith("tsunagu-status--")]
    return marks[0] if marks else "scheduled"


def parsed(html: str) -> Node:
    tree = _Tree()
    tree.feed(html)
    return tree.root


def test_the_sample_has_regular_activities_of_different_patterns():
    rules = [EVENTS[key]["repeat"] for key in REGULAR]
    assert len(REGULAR) >= 4
    assert {r["every"] for r in rules} == {"week", "month"}
    assert any(r.get("skip_holidays") for r in rules) and any(len(r.get("weekdays") or []) == 2 for r in rules)
    assert any(c.get("cancelled") for r in rules for c in r.get("changes", []))
    assert any(c.get("moved_to") for r in rules for c in r.get("changes", []))


@pytest.mark.parametrize("today", BUILD_DAYS)
def test_the_events_index_lists_each_date(today):
    day = dt.date.fromisoformat(today)
    page = body(today, CODE, "events/index.md")
    listed: dict[str, list[tuple[str, str]]] = {}
    for li in [li for li in page.all("li") if "tsunagu-item" in li.classes()]:
        key = li.all("a")[0].attrs["href"].split("/")[-2]
        when = [s for s in li.all("span") if "tsunagu-when" in s.classes()][0]
        listed.setdefault(key, []).append((when.text(), status_of(li)))
    dates = DateFormatter(CODE, "babel")
    for key in REGULAR:
        wanted = expected(key, day, month_end(day))
        assert [(when.split(",")[0], status) for when, status in listed.get(key, [])] == [
            (dates.date(dt.date.fromisoformat(start)), status) for start, status in wanted], key


@pytest.mark.parametrize("today", BUILD_DAYS)
def test_the_page_the_calendar_and_the_open_data_give_the_same_dates(today):
    day = dt.date.fromisoformat(today)
    last = month_end(day)
    builder = builder_on(today)
    outputs = {o.path: o.content for o in builder.language(builder.context.locales.get(CODE)).outputs()}
    default = {o.path: o.content for o in builder.language(builder.context.locales.default).outputs()}
    table = next(content for path, content in default.items() if path.endswith("_event.csv"))
    rows = list(csv.DictReader(io.StringIO(table.decode("utf-8-sig"))))
    seen = 0
    for key in REGULAR:
        wanted = expected(key, day, last)
        seen += len(wanted)
        assert calendar_dates(outputs[f"events/{key}.ics"], day, last) == wanted, key
        assert [d for d in csv_dates(rows, key, day) if d[0] <= last.isoformat()] == wanted, key
        assert csv_dates(rows, key, day), f"{key}: the open data lists at least its next date"
        page = page_dates(today, key)  # the next NEXT_DATES, which may go past the window or stop in it
        assert page[:len(wanted)] == wanted[:len(page)] and (page or not wanted), key
    assert seen > 10


def calendar_dates(ics: bytes, first: dt.date, last: dt.date) -> list[tuple[str, str]]:
    found = recurring_ical_events.of(Calendar.from_ical(ics)).between(first, last + dt.timedelta(days=1))
    dates = []
    for item in found:
        start, planned = item["DTSTART"].dt, item["RECURRENCE-ID"].dt  # the expander names every instance
        moved = "moved" if start != planned else "scheduled"
        status = "cancelled" if str(item.get("STATUS")) == "CANCELLED" else moved
        start = start.astimezone(TIMEZONE).date() if isinstance(start, dt.datetime) else start
        dates.append((start.isoformat(), status))
    return sorted(dates)


def csv_dates(rows: list[dict], key: str, first: dt.date) -> list[tuple[str, str]]:
    """The event CSV's Japanese lines of an activity from ``first`` on: its date, and its status from 状態 (中止)
    and 開始日時特記事項 (日時変更)."""
    words = {"中止": "cancelled", "日時変更": "moved"}
    found = []
    for row in rows:
        if row["ID"].startswith(f"{key}-") and row["開始日"] >= first.isoformat() and row["言語コード"] == "ja":
            notes = row["状態"] + row["開始日時特記事項"]
            found.append((row["開始日"], next((s for w, s in words.items() if w in notes), "scheduled")))
    return sorted(found)


def page_dates(today: str, key: str) -> list[tuple[str, str]]:
    page = body(today, CODE, f"events/{key}.md")
    lists = [ul for ul in page.all("ul") if "tsunagu-next" in ul.classes()]
    assert len(lists) == 1
    return [(li.all("time")[0].attrs["datetime"], status_of(li)) for li in lists[0].all("li")]


@pytest.mark.parametrize("today", BUILD_DAYS)
def test_whats_on_and_the_digests_give_the_same_dates(today):
    day = dt.date.fromisoformat(today)
    builder = builder_on(today)
    home = parsed(builder.language(builder.context.locales.get(CODE)).whats_on("en/").html)
    events = [s for s in home.all("section") if s.attrs.get("aria-labelledby") == "whats-on-events"][0]
    shown: dict[str, list[tuple[str, str]]] = {}
    for li in [li for li in events.all("li") if "tsunagu-item" in li.classes()]:
        key = li.all("a")[0].attrs["href"].rstrip("/").split("/")[-1]
        shown.setdefault(key, []).append((li.all("time")[0].attrs["datetime"], status_of(li)))
    for key in REGULAR:
        assert shown.get(key, []) == expected(key, day, day + dt.timedelta(days=27)), key
        for area in [a for a in AREAS if in_area(EVENTS[key], a)]:
            for month in months_on(day):
                wanted = expected(key, *days_of(month, day))
                if not listed_in(today, area, month, key) and wanted:
                    assert said_more(today, area, month), (key, area, month)  # past the sheet's limit
                    continue
                assert digest_dates(today, area, month, key) == wanted, (key, month)


def listed_in(today: str, area: str, month: dt.date, key: str) -> bool:
    found = sections(body(today, CODE, f"digest/{area}/{month:%Y-%m}.md"))["digest-events"]
    return any(a.attrs["href"].endswith(f"/{key}/") for a in found.all("a"))


def said_more(today: str, area: str, month: dt.date) -> bool:
    found = sections(body(today, CODE, f"digest/{area}/{month:%Y-%m}.md"))["digest-events"]
    return any("tsunagu-digest__more" in p.classes() for p in found.all("p"))


def digest_dates(today: str, area: str, month: dt.date, key: str) -> list[tuple[str, str]]:
    found = sections(body(today, CODE, f"digest/{area}/{month:%Y-%m}.md"))["digest-events"]
    items = [li for li in found.all("li") if li.all("a") and li.all("a")[0].attrs["href"].endswith(f"/{key}/")]
    if not items:
        return []
    line = [s for s in items[0].all("span") if "tsunagu-digest__dates" in s.classes()][0]
    return list(zip([t.attrs["datetime"] for t in line.all("time")], _statuses(line)))


def _statuses(line: Node) -> list[str]:
    """Each date's status on a digest's dates line: a status mark follows its date."""
    found: list[str] = []
    for child in line.children:
        if isinstance(child, Node) and child.tag == "time":
            found.append("scheduled")
        elif isinstance(child, Node) and child.tag == "strong":
            found[-1] = status_of(Node("div", {}, [child]))
    return found
