"""Support programmes on the build day: open now, opening soon or closed, on the index (with filters), the
archive and each programme's page, in every language. The expected groups are worked out here from the
YAML files themselves."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest
import yaml
from conftest import ROOT, TODAY

from tsunagu.i18n.dates import date_formatter
from tsunagu.load.catalog import load_catalog
from tsunagu.load.siteconfig import load_site_config
from tsunagu.model.fields import LocalText
from tsunagu.model.models import Application
from tsunagu.render.support import by_status, closing_soon

DATA = ROOT / "data"
LANGUAGES = {locale.code: locale.prefix for locale in load_site_config(ROOT / "mkdocs.yml").locales}
TODAY_DATE = dt.date.fromisoformat(TODAY)
METHOD = LocalText({"ja": "窓口へ"})


def programmes() -> dict[str, dict]:
    return {p.stem: yaml.safe_load(p.read_text("utf-8")) for p in sorted((DATA / "support").glob("*.yml"))}


def status(programme: dict, today: dt.date) -> str:
    opens, closes = programme["application"].get("opens"), programme["application"].get("closes")
    if closes and closes < today:
        return "closed"
    return "soon" if opens and opens > today else "open"


def expected(today: dt.date) -> dict[str, list[str]]:
    """Each group's programmes in the order the index shows them."""
    found = programmes()
    by = {name: [key for key, p in found.items() if status(p, today) == name] for name in ("open", "soon", "closed")}
    return {
        "open": sorted(by["open"], key=lambda k: (found[k]["application"].get("closes") or dt.date.max, k)),
        "soon": sorted(by["soon"], key=lambda k: (found[k]["application"]["opens"], k)),
        "closed": sorted(by["closed"], key=lambda k: (found[k]["application"]["closes"], k), reverse=True),
    }


def ui(code: str, key: str) -> str:
    own = yaml.safe_load((DATA / "ui" / f"{code}.yml").read_text("utf-8"))
    return own.get(key) or yaml.safe_load((DATA / "ui" / "ja.yml").read_text("utf-8"))[key]


class _Items(HTMLParser):
    """The list items of a page: each one's data-* attributes, the section it is in and its first link."""

    def __init__(self):
        super().__init__()
        self.items: list[dict] = []
        self.section = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section":
            self.section = attrs.get("aria-labelledby", "")
        elif tag == "li" and "tsunagu-item" in (attrs.get("class") or ""):
            self.items.append({"section": self.section, "data": {k[5:]: v or "" for k, v in attrs.items()
                                                                if k.startswith("data-")}})
        elif tag == "a" and self.items and "href" not in self.items[-1]:
            self.items[-1]["href"] = attrs["href"]


def items(page) -> list[dict]:
    parser = _Items()
    parser.feed(page.read_text("utf-8"))
    return parser.items


def listed(page) -> list[tuple[str, str]]:
    """(section, programme id) of every programme linked in a list on ``page``."""
    return [(item["section"], item["href"].rstrip("/").rsplit("/", 1)[-1]) for item in items(page)]


# --- Which group a programme is in on a day --------------------------------------------------------------

@pytest.mark.parametrize("today, expected_status", [
    (dt.date(2026, 11, 30), "soon"), (dt.date(2026, 12, 1), "open"), (dt.date(2026, 12, 25), "open"),
    (dt.date(2026, 12, 26), "closed"),
])
def test_a_window_is_open_from_its_first_day_to_its_last(today, expected_status):
    window = Application(opens=dt.date(2026, 12, 1), closes=dt.date(2026, 12, 25), method=METHOD)
    assert window.status(today) == expected_status


def test_a_rolling_programme_without_dates_is_always_open():
    assert Application(rolling=True, method=METHOD).status(dt.date(2040, 1, 1)) == "open"


def test_the_sample_groups_as_its_files_say():
    site = load_site_config(ROOT / "mkdocs.yml")
    catalog = load_catalog(site.tsunagu.data_dir, site.root, site.locales)
    sections = by_status(catalog.support.values(), TODAY_DATE)
    got = {name: [p.id for p in getattr(sections, name)] for name in ("open", "soon", "closed")}
    assert got == expected(TODAY_DATE)
    assert all(got.values()), "the sample should have programmes open, opening soon and closed on the test day"
    soon = closing_soon(catalog.support.values(), TODAY_DATE, TODAY_DATE + dt.timedelta(days=27))
    assert [p.id for p in soon] == [key for key in got["open"]
                                    if (closes := programmes()[key]["application"].get("closes"))
                                    and closes <= TODAY_DATE + dt.timedelta(days=27)]


def test_the_sample_covers_every_kind_and_the_months_the_digest_lists():
    found = programmes()
    kinds = yaml.safe_load((DATA / "vocabulary/support_kinds.yml").read_text("utf-8"))
    assert {p["kind"] for p in found.values()} == set(kinds)
    closing = {(p["application"].get("closes") or dt.date.min).strftime("%Y-%m") for p in found.values()}
    assert {"2026-12", "2027-01"} <= closing
    written = {"ja", "ja-easy", "en"}  # the other languages fall back (the coverage page shows it)
    assert all(set(p[field]) >= written for p in found.values() for field in ("title", "summary", "covers"))


# --- The built pages -------------------------------------------------------------------------------------

@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_index_lists_open_then_opening_soon_and_the_archive_the_closed(sample_site, code):
    root, want = sample_site / LANGUAGES[code] / "support", expected(TODAY_DATE)
    assert listed(root / "index.html") == ([("support-open", key) for key in want["open"]]
                                           + [("support-soon", key) for key in want["soon"]])
    assert listed(root / "archive/index.html") == [("", key) for key in want["closed"]]
    for key in want["open"] + want["soon"] + want["closed"]:
        assert (root / key / "index.html").exists()


def test_index_items_carry_their_kind_and_applicants_for_the_filters(sample_site):
    page, found = sample_site / "support/index.html", programmes()
    for item in items(page):
        programme = found[item["href"].rstrip("/").rsplit("/", 1)[-1]]
        assert item["data"] == {"filter-item": "", "kind": programme["kind"],
                                "applicants": " ".join(programme["applicants"])}
    html = page.read_text("utf-8")
    form = html[html.index('<form class="tsunagu-filters"'):html.index("</form>")]
    assert " hidden>" in form.split("\n", 1)[0], "without JavaScript the form stays hidden and the whole list shows"
    shown = [found[k] for k in expected(TODAY_DATE)["open"] + expected(TODAY_DATE)["soon"]]
    for name, codes in (("kind", {p["kind"] for p in shown}), ("applicants", {a for p in shown for a in p["applicants"]})):
        select = re.search(rf'<select name="{name}">(.*?)</select>', form, re.S)[1]
        assert set(re.findall(r'<option value="([^"]+)">', select)) == codes


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_a_programme_page_gives_its_deadline_in_the_languages_date_style_and_as_ical(sample_site, code):
    style = load_site_config(ROOT / "mkdocs.yml").tsunagu.date_styles[code]
    dates, found = date_formatter(code, style), programmes()
    for key, programme in found.items():
        page = (sample_site / LANGUAGES[code] / "support" / key / "index.html").read_text("utf-8")
        text = re.sub(r"<rt>.*?</rt>|<[^>]+>", "", page)
        assert ui(code, f"support.status.{status(programme, TODAY_DATE)}") in text
        closes = programme["application"].get("closes")
        if closes:
            assert f'<time datetime="{closes.isoformat()}">' in page and dates.date(closes) in text
        offered = f'href="../{key}.ics" type="text/calendar" download' in page
        assert offered == bool(closes and status(programme, TODAY_DATE) != "closed"), key
        year = programme["fiscal_year"]
        assert (dates.fiscal_year(year) or ui(code, "indicator.fiscal_year_name").format(year=year)) in text


def test_a_closed_programme_says_so_on_its_page(sample_site):
    key = expected(TODAY_DATE)["closed"][0]
    page = (sample_site / "en/support" / key / "index.html").read_text("utf-8")
    assert '<strong class="tsunagu-status tsunagu-status--closed">Closed</strong>' in page
