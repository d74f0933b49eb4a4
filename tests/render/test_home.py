"""The home page shows what is on for the build day, in every language: current alerts, the events of the
coming four weeks, the calls still open (events of the kinds event_kinds.yml marks ``open_call``, such as
public comments and calls for citizen members, and registration deadlines) and the support programmes
closing within the four weeks. The expected items are worked out here from the YAML files themselves."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import jpholiday
import pytest
import yaml
from conftest import ROOT, TODAY
from dateutil import rrule

from tsunagu.builder import SiteBuilder
from tsunagu.model.config import TODAY_VARIABLE
from tsunagu.i18n.dates import date_formatter
from tsunagu.japanese.furigana import INLINE
from tsunagu.model.models import Event
from tsunagu.load.siteconfig import load_site_config
from tsunagu.render.whatson import FALLBACK_COUNT, coming_events, open_calls

DATA = ROOT / "data"
LANGUAGES = {"ja": "", "ja-easy": "ja-easy/", "en": "en/"}
SECTIONS = ("whats-on-alerts", "whats-on-events", "whats-on-calls", "whats-on-support")
TODAY_DATE = dt.date.fromisoformat(TODAY)
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


# --- The rendered page, read as a tree ----------------------------------------------------------------

@dataclass
class Node:
    tag: str
    attrs: dict[str, str | None]
    children: list = field(default_factory=list)

    def all(self, *tags: str) -> list["Node"]:
        """The elements of these tags inside this one, in document order."""
        found = []
        for child in self.children:
            if isinstance(child, Node):
                found += [child] if child.tag in tags else []
                found += child.all(*tags)
        return found

    def child(self, tag: str) -> "Node":
        return next(c for c in self.children if isinstance(c, Node) and c.tag == tag)

    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()

    def text(self) -> str:
        """The words a reader sees: without furigana readings and glossary tooltips, spaces squeezed."""
        parts = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag not in ("rt", "rp") and "tsunagu-term__tip" not in child.classes():
                parts.append(child.text())
        return " ".join("".join(parts).split())


class _Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.open = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs))
        self.open[-1].children.append(node)
        if tag not in VOID:
            self.open.append(node)

    def handle_endtag(self, tag):
        for depth in range(len(self.open) - 1, 0, -1):
            if self.open[depth].tag == tag:
                del self.open[depth:]
                return

    def handle_data(self, data):
        self.open[-1].children.append(data)


def tree(path: Path) -> Node:
    parser = _Tree()
    parser.feed(path.read_text("utf-8"))
    return parser.root


@dataclass(frozen=True)
class Home:
    """One language's built home page."""

    site: Path
    prefix: str

    @property
    def path(self) -> Path:
        return self.site / self.prefix / "index.html"

    def section(self, section_id: str) -> Node:
        found = [s for s in tree(self.path).all("section") if s.attrs.get("aria-labelledby") == section_id]
        assert len(found) == 1, f"{self.path}: no single section {section_id}"
        return found[0]

    def target(self, href: str) -> Path:
        """The file a relative link on the home page opens."""
        assert not href.startswith(("/", "http")), href
        return (self.path.parent / href / "index.html").resolve()

    def event_id(self, link: Node, section: str = "events") -> str:
        """The event (or record of ``section``) a link points to; the link must open its page in the same language."""
        target = self.target(link.attrs["href"])
        assert target.exists(), link.attrs["href"]
        relative = target.relative_to((self.site / self.prefix).resolve())
        assert relative.parts[0] == section and relative.name == "index.html", relative
        return relative.parts[1]


# --- What the data says for the day, read straight from the YAML --------------------------------------

def records(folder: str) -> dict[str, dict]:
    return {path.stem: yaml.safe_load(path.read_text("utf-8")) for path in sorted((DATA / folder).glob("*.yml"))}


def call_kinds(data: Path = DATA) -> set[str]:
    """The event kinds the vocabulary marks as open calls."""
    kinds = yaml.safe_load((data / "vocabulary" / "event_kinds.yml").read_text("utf-8"))
    return {code for code, entry in kinds.items() if entry.get("open_call")}


CALL_KINDS = call_kinds()


def ui(code: str, key: str) -> str:
    own = yaml.safe_load((DATA / "ui" / f"{code}.yml").read_text("utf-8"))
    return own.get(key) or yaml.safe_load((DATA / "ui" / "ja.yml").read_text("utf-8"))[key]


def local(text: dict, code: str) -> str:
    return " ".join((text.get(code) or text["ja"]).split())


def last_day(event: dict) -> dt.date:
    return event.get("end_date") or event["start_date"]


@dataclass(frozen=True)
class Held:
    """One occurrence of an event, worked out from its YAML."""

    key: str
    start: dt.date
    end: dt.date
    time: str
    status: str


_WEEKDAYS = dict(zip(("mon", "tue", "wed", "thu", "fri", "sat", "sun"), rrule.weekdays))
_NTH = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "last": -1}


def _rule_days(repeat: dict, start: dt.date, last: dt.date) -> list[dt.date]:
    """A YAML repeat block's own dates, with dateutil (RFC 5545's rules)."""
    specs = repeat.get("weekdays") or []
    specs = [specs] if isinstance(specs, str) else specs
    days = [_WEEKDAYS[spec.split()[-1]](_NTH[spec.split()[0]]) if " " in spec else _WEEKDAYS[spec] for spec in specs]
    if repeat["every"] == "week" and not days:
        days = [rrule.weekdays[start.weekday()]]
    rule = rrule.rrule(rrule.WEEKLY if repeat["every"] == "week" else rrule.MONTHLY, dtstart=start,
                       interval=repeat.get("interval", 1), byweekday=days or None, bymonthday=repeat.get("day"),
                       until=repeat.get("until"), count=repeat.get("count"))
    return [moment.date() for moment in rule.between(dt.datetime.combine(start, dt.time()),
                                                      dt.datetime.combine(last, dt.time()), inc=True)]


def _kept(repeat: dict, day: dt.date) -> bool:
    new_year = (day.month, day.day) >= (12, 29) or (day.month, day.day) <= (1, 3)
    return not (day in (repeat.get("skip") or []) or (repeat.get("skip_holidays") and jpholiday.is_holiday(day))
                or (repeat.get("skip_new_year") and new_year))


def held_days(key: str, event: dict, last: dt.date) -> list[Held]:
    """The event's occurrences planned up to ``last``: a one-off event's one, a regular activity's each date
    of its rule (those left out apart, those added, each as changed)."""
    status, time = event.get("status", "scheduled"), event.get("start_time") or ""
    repeat = event.get("repeat")
    if not repeat:
        return [Held(key, event["start_date"], last_day(event), time, status)]
    planned = [d for d in _rule_days(repeat, event["start_date"], last) if _kept(repeat, d)]
    planned = sorted({*planned, *(d for d in repeat.get("also") or [] if d <= last)})
    changes = {change["date"]: change for change in repeat.get("changes") or []}
    found = []
    for day in planned:
        change = changes.get(day, {}) if status == "scheduled" else {}
        moved = "moved_to" in change or "start_time" in change
        held = change.get("moved_to", day)
        found.append(Held(key, held, held, change.get("start_time", time),
                          "cancelled" if change.get("cancelled") else "moved" if moved else status))
    return found


def held_between(events: dict[str, dict], first: dt.date, last: dt.date) -> list[Held]:
    """Every occurrence held on a day from ``first`` to ``last``, in date order."""
    found = [h for key, e in events.items() for h in held_days(key, e, last + dt.timedelta(days=366))
             if h.end >= first and h.start <= last]
    return sorted(found, key=lambda h: (h.start, h.time, h.key))


def expected_events(events: dict[str, dict], today: dt.date) -> list[Held]:
    """Occurrences of events other than open calls, not over, starting in the next 28 days."""
    calls = {key: e for key, e in events.items() if e["kind"] not in CALL_KINDS}
    return held_between(calls, today, today + dt.timedelta(days=27))


def closes(event: dict, today: dt.date) -> dt.date | None:
    """When a call shown on ``today`` closes: open calls while open (or opening within 28 days), other
    events while booking closes within 28 days; never when cancelled or postponed."""
    horizon, registration = today + dt.timedelta(days=27), event.get("registration") or {}
    if event.get("status", "scheduled") != "scheduled":
        return None
    if event["kind"] in CALL_KINDS:
        end = registration.get("deadline") or last_day(event)
        return end if event["start_date"] <= horizon and end >= today else None
    deadline = registration.get("deadline")
    booking = registration.get("required") and deadline and today <= deadline <= horizon
    return deadline if booking and last_day(event) >= today else None


def expected_calls(events: dict[str, dict], today: dt.date) -> list[tuple[str, dt.date]]:
    chosen = [(day, e["start_date"], e.get("start_time") or "", key) for key, e in events.items()
              if (day := closes(e, today))]
    return [(key, day) for day, *_, key in sorted(chosen)]


def expected_support(today: dt.date) -> list[tuple[str, dt.date]]:
    """Support programmes taking applications on ``today`` whose deadline is in the next 28 days."""
    horizon, chosen = today + dt.timedelta(days=27), []
    for key, programme in records("support").items():
        opens, closes = programme["application"].get("opens"), programme["application"].get("closes")
        if closes and (opens is None or opens <= today) and today <= closes <= horizon:
            chosen.append((closes, key))
    return [(key, day) for day, key in sorted(chosen)]


def expected_alerts(today: dt.date, code: str) -> list[str]:
    def day(value) -> dt.date:
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    alerts = yaml.safe_load((DATA / "alerts.yml").read_text("utf-8")) or []
    return [INLINE.sub(r"\1", local(a["text"], code)) for a in alerts if day(a["start"]) <= today <= day(a["end"])]


def place(event: dict, code: str) -> str:
    if event.get("venue"):
        return local(yaml.safe_load((DATA / "venues" / f"{event['venue']}.yml").read_text("utf-8"))["name"], code)
    return ui(code, "event.online")


@pytest.fixture(scope="module")
def date_styles() -> dict[str, str]:
    return load_site_config(ROOT / "mkdocs.yml").tsunagu.date_styles



# --- The built home pages ------------------------------------------------------------------------------

@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_sections_are_h2_headings_under_the_h1(sample_site, code):
    home = Home(sample_site, LANGUAGES[code])
    headings = [(h.tag, h.attrs.get("id")) for h in tree(home.path).all("article")[0].all("h1", "h2", "h3", "h4")]
    assert headings[0][0] == "h1" and [h for h in headings if h[1] in SECTIONS] == [("h2", s) for s in SECTIONS]
    titles = [home.section(s).child("h2").text() for s in SECTIONS]
    assert titles == [" ".join(ui(code, f"home.{s.split('-')[-1]}.title").split()) for s in SECTIONS]


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_events_of_the_coming_four_weeks_in_date_order(sample_site, code):
    home, events = Home(sample_site, LANGUAGES[code]), records("events")
    section = home.section("whats-on-events")
    items = [li for li in section.all("li") if "tsunagu-item" in li.classes()]
    expected = expected_events(events, TODAY_DATE)
    assert expected, "the sample data should have events in the four weeks after the test day"
    assert any(events[h.key].get("repeat") for h in expected), "and regular activities"
    assert [home.event_id(li.all("a")[0]) for li in items] == [h.key for h in expected]
    starts = [li.all("time")[0].attrs["datetime"] for li in items]
    assert starts == sorted(starts) == [h.start.isoformat() for h in expected]
    for li, key in zip(items, [h.key for h in expected]):
        assert li.all("a")[0].text() == local(events[key]["title"], code)
        assert _class(li, "tsunagu-place").text() == place(events[key], code)
    events_index = (sample_site / LANGUAGES[code] / "events" / "index.html").resolve()
    assert home.target(section.all("a")[-1].attrs["href"]) == events_index


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_open_calls_soonest_closing_first_with_the_closing_day_in_the_language(sample_site, code, date_styles):
    home, events = Home(sample_site, LANGUAGES[code]), records("events")
    items = [li for li in home.section("whats-on-calls").all("li") if "tsunagu-item" in li.classes()]
    expected = expected_calls(events, TODAY_DATE)
    assert {events[key]["kind"] for key, _ in expected} >= CALL_KINDS, "the sample should show both kinds of call"
    assert [home.event_id(li.all("a")[0]) for li in items] == [key for key, _ in expected]
    dates = date_formatter(code, date_styles[code])
    for li, (key, day) in zip(items, expected):
        closing = _class(li, "tsunagu-closes")
        assert closing.all("time")[0].attrs["datetime"] == day.isoformat()
        assert closing.text() == f"{ui(code, 'home.closes')}: {' '.join(dates.date(day).split())}"
        assert li.all("a")[0].text() == local(events[key]["title"], code)
        assert _class(li, "tsunagu-place").text() == place(events[key], code)


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_support_programmes_closing_soon_with_their_deadline_in_the_language(sample_site, code, date_styles):
    home, programmes = Home(sample_site, LANGUAGES[code]), records("support")
    section = home.section("whats-on-support")
    items = [li for li in section.all("li") if "tsunagu-item" in li.classes()]
    expected = expected_support(TODAY_DATE)
    assert len(expected) >= 2, "the sample should have programmes closing in the four weeks after the test day"
    assert [home.event_id(li.all("a")[0], "support") for li in items] == [key for key, _ in expected]
    dates = date_formatter(code, date_styles[code])
    for li, (key, day) in zip(items, expected):
        closing = _class(li, "tsunagu-closes")
        assert closing.all("time")[0].attrs["datetime"] == day.isoformat()
        assert closing.text() == f"{ui(code, 'support.deadline')}: {' '.join(dates.date(day).split())}"
        assert li.all("a")[0].text() == local(programmes[key]["title"], code)
    support_index = (sample_site / LANGUAGES[code] / "support" / "index.html").resolve()
    assert home.target(section.all("a")[-1].attrs["href"]) == support_index


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_current_alerts(sample_site, code):
    items = Home(sample_site, LANGUAGES[code]).section("whats-on-alerts").all("li")
    expected = expected_alerts(TODAY_DATE, code)
    assert expected, "the sample data should have an alert on the test day"
    assert [li.child("span").text() for li in items] == expected


def _class(node: Node, name: str) -> Node:
    found = [n for tag in ("span", "time") for n in node.all(tag) if name in n.classes()]
    assert len(found) == 1, name
    return found[0]


# --- The choice, at the window's edges -----------------------------------------------------------------

DAY = dt.date(2027, 5, 10)


def event(key: str, start: dt.date, end: dt.date | None = None, kind: str = "lecture", status: str = "scheduled",
          deadline: dt.date | None = None, required: bool = True) -> Event:
    data = {"kind": kind, "title": {"ja": key}, "title_kana": "テスト", "description": {"ja": key},
            "start_date": start, "end_date": end, "online_url": "https://example.jp/", "status": status,
            "registration": {"required": required, "deadline": deadline}, "updated": DAY}
    return Event.model_validate(data).with_id(key)


def days(n: int) -> dt.date:
    return DAY + dt.timedelta(days=n)


def test_the_window_holds_its_last_day_and_ongoing_events_not_the_day_after_nor_ended_ones():
    found, in_window = coming_events([event("last-day", days(27)), event("day-after", days(28)),
                                      event("ended", days(-3), days(-1)), event("ongoing", days(-2), days(0)),
                                      event("comment", days(1), days(20), kind="public_comment")], DAY, CALL_KINDS)
    assert [o.id for o in found] == ["ongoing", "last-day"] and in_window


def test_with_nothing_in_the_window_the_next_events_show():
    later = [event(f"later-{n}", days(28 + n)) for n in range(FALLBACK_COUNT + 1)]
    found, in_window = coming_events(later, DAY, CALL_KINDS)
    assert [o.id for o in found] == [e.id for e in later[:FALLBACK_COUNT]] and not in_window


def test_a_call_closing_today_is_open_and_one_closed_yesterday_is_not():
    calls = open_calls([event("today", days(5), deadline=DAY), event("yesterday", days(5), deadline=days(-1)),
                        event("comment-today", days(-30), DAY, kind="public_comment"),
                        event("comment-ended", days(-30), days(-1), kind="public_comment")], DAY, CALL_KINDS)
    assert [(c.event.id, c.closes) for c in calls] == [("comment-today", DAY), ("today", DAY)]


def test_calls_open_over_a_period_show_until_they_close_bookings_only_within_the_window():
    calls = open_calls([event("booking-far", days(60), deadline=days(28)),
                        event("booking-edge", days(60), deadline=days(27)),
                        event("members", days(-10), days(90), kind="committee_recruitment"),
                        event("comment-soon", days(27), days(60), kind="public_comment"),
                        event("comment-later", days(28), days(60), kind="public_comment"),
                        event("cancelled", days(20), status="cancelled", deadline=days(3)),
                        event("unbooked", days(20), required=False, deadline=days(3))], DAY, CALL_KINDS)
    assert [(c.event.id, c.closes) for c in calls] == [("booking-edge", days(27)), ("comment-soon", days(60)),
                                                       ("members", days(90))]


# --- Empty sections say so -----------------------------------------------------------------------------

@pytest.mark.parametrize("code", list(LANGUAGES))
def test_empty_sections_say_there_is_nothing(monkeypatch, code):
    monkeypatch.setenv(TODAY_VARIABLE, "2031-01-06")  # after every event and alert of the sample
    site = load_site_config(ROOT / "mkdocs.yml")
    builder = SiteBuilder(site.tsunagu, site.locales, site.root)
    parser = _Tree()
    parser.feed(builder.language(site.locales.get(code)).whats_on(LANGUAGES[code]).html)
    sections = {s.attrs["aria-labelledby"]: s for s in parser.root.all("section")}
    assert list(sections) == list(SECTIONS)
    said = {key: sections[key].all("p")[0].text() for key in SECTIONS}
    assert said == {"whats-on-alerts": ui(code, "home.alerts.none"), "whats-on-events": ui(code, "events.none"),
                    "whats-on-calls": ui(code, "home.calls.none"),
                    "whats-on-support": " ".join(ui(code, "home.support.none").format(weeks=4).split())}
    assert all(not s.all("li") for s in sections.values())


# --- Which kinds are open calls is the vocabulary's to say ---------------------------------------------

@pytest.mark.parametrize("open_call", [False, True])
def test_the_vocabulary_says_which_kinds_are_open_calls(minimal, monkeypatch, open_call):
    """A lecture without booking is an event; marked ``open_call`` in the vocabulary, it becomes a call."""
    monkeypatch.setenv(TODAY_VARIABLE, TODAY)
    koza, kinds = minimal / "data/events/koza.yml", minimal / "data/vocabulary/event_kinds.yml"
    koza.write_text(koza.read_text("utf-8").replace("registration: {required: true, deadline: 2026-12-01}\n", ""),
                    "utf-8")
    kinds.write_text(kinds.read_text("utf-8").replace("en: Lecture}", f"en: Lecture}}, open_call: {str(open_call).lower()}"),
                     "utf-8")
    assert ("lecture" in call_kinds(minimal / "data")) == open_call
    site = load_site_config(minimal / "mkdocs.yml")
    parser = _Tree()
    parser.feed(SiteBuilder(site.tsunagu, site.locales, site.root).language(site.locales.get("ja")).whats_on("").html)
    sections = {s.attrs["aria-labelledby"]: s for s in parser.root.all("section")}
    listed = {key: [a.attrs["href"] for a in sections[key].all("a") if "events/koza" in a.attrs["href"]]
              for key in ("whats-on-events", "whats-on-calls")}
    assert (bool(listed["whats-on-events"]), bool(listed["whats-on-calls"])) == (not open_call, open_call)
