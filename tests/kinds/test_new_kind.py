"""A kind of record added through one registry entry and one adapter module: no module of the package is edited.

The test registers a ``notice`` kind with its own model and its adapter (a module written for the test),
gives it templates and UI strings in the fixture site, and follows it through loading, validation, pages
(index, archive, record pages with JSON-LD), calendar files, open data (CSV, JSON, the catalogue), the
回覧板 digest, schemas and coverage, in a real build.
"""

from __future__ import annotations

import datetime as dt
import csv
import io
import re
import json
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from mkdocs.commands.build import build
from mkdocs.config import load_config

from conftest import ROOT, TODAY
from tsunagu.load.catalog import load_catalog
from tsunagu.cli.main import cli
from tsunagu.i18n.coverage import measure
from tsunagu.render.coverage import table
from tsunagu.model.errors import DataError
from tsunagu.model.fields import LocalText
from tsunagu.model.kinds import KINDS, RecordKind
from tsunagu.model.models import GroupId, Record
from tsunagu.load.siteconfig import load_site_config


class Notice(Record):
    """data/notices/<id>.yml: a short notice from the city."""

    title: LocalText
    body: LocalText
    day: dt.date
    group: GroupId | None = None


NOTICE = RecordKind("notice", Notice, folder="notices", dataset="notices", plural="notices", section="notices",
                    title_field="title", csv_file="notices.csv", archive=True, calendars=True, adapter="notice_kind")
ADAPTER = """
from tsunagu.kinds.base import KindAdapter
from tsunagu.model.tables import LG_CODE, RECORD_ID, Column, CsvTable, Layout
from tsunagu.render.digest import DigestItem
from tsunagu.render.pages import Extras, PageJob
from icalendar import Event


class NoticeAdapter(KindAdapter):
    name = "notice"
    table = CsvTable("notice", (Layout("", (LG_CODE, RECORD_ID, Column("件名", "text", "title", required=True),
                                           Column("日付", "date", "day", required=True), Column("URL", "url"))),))

    def index(self, pages):
        return Extras({"records": [n for n in pages.catalog.records("notice").values() if n.day >= pages.today]})

    def record(self, pages, notice):
        return Extras({"calendar_file": self.kind.calendar_path(notice.id)}, lambda: {
            "@context": "https://schema.org", "@type": "SpecialAnnouncement", "datePosted": notice.day.isoformat(),
            "name": pages.published.text(pages.locale, notice.title)})

    def archives(self, pages):
        past = [n for n in pages.catalog.records("notice").values() if n.day < pages.today]
        return [PageJob(self.kind.archive_src, self.kind.archive_template, lambda v: v.t(self.kind.archive_title),
                        {"records": past})]

    def calendar(self, calendars, locale, notice):
        calendar, item = calendars.head(locale), Event()
        item.add("uid", f"notice-{notice.id}@example.org")
        item.add("summary", calendars.published.text(locale, notice.title))
        item.add("dtstart", notice.day)
        calendar.add_component(item)
        return calendar.to_ical()

    def csv_rows(self, out, notice):
        return [(out.catalog.site.lg_code, notice.id, out.text(notice.title), notice.day.isoformat(),
                 out.url(self.name, notice.id))]

    def digest_sources(self):
        return {"notices": lambda catalog, days: [
            DigestItem("notice", n, n.title, n.body, n.day) for n in catalog.records("notice").values()
            if days.first <= n.day <= days.last]}


ADAPTER = NoticeAdapter()
"""
WATER = """title: {ja: 断水のお知らせ, en: Water outage}
body: {ja: 12月1日は断水します。, en: No water on 1 December.}
day: 2026-12-01
group: sakura
updated: 2026-11-01
"""
PAST = WATER.replace("断水のお知らせ", "停電のお知らせ").replace("Water outage", "Power cut").replace("2026-12-01", "2026-11-02")
LIST = ("<ul>{% for n in records %}<li><a href=\"{{ view.record_link('notice', n.id) }}\">{{ view.text(n.title) }}</a>"
        "</li>{% endfor %}</ul>\n")
TEMPLATES = {
    "notice.html": '<h1>{{ view.text(notice.title) }}</h1>\n<p class="notice-body">{{ view.text(notice.body) }}</p>\n'
                   '<p><a href="{{ view.link(calendar_file) }}">ics</a></p>\n',
    "notices_index.html": "<h1>{{ view.t('notices.title') }}</h1>\n" + LIST +
                          "<p><a href=\"{{ view.archive_link('notice') }}\">{{ view.t('notices.archive.title') }}</a></p>\n",
    "notices_archive.html": "<h1>{{ view.t('notices.archive.title') }}</h1>\n" + LIST +
                            "<p><a href=\"{{ view.index_link('notice') }}\">{{ view.t('notices.title') }}</a></p>\n",
}
AREA = "kita"
TITLES = {"ja": "お知らせ", "ja-easy": "おしらせ", "en": "Notices"}


@pytest.fixture
def notices(minimal: Path, monkeypatch, tmp_path) -> Path:
    """The minimal site with the notice kind registered, its adapter, two notices, templates and UI strings."""
    monkeypatch.setitem(KINDS, "notice", NOTICE)
    (tmp_path / "adapters").mkdir()
    (tmp_path / "adapters/notice_kind.py").write_text(ADAPTER, "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "adapters"))
    monkeypatch.delitem(sys.modules, "notice_kind", raising=False)
    (minimal / "data/notices").mkdir()
    (minimal / "data/notices/water.yml").write_text(WATER, "utf-8")
    (minimal / "data/notices/power.yml").write_text(PAST, "utf-8")
    shutil.copytree(ROOT / "overrides/tsunagu", minimal / "templates")
    for name, text in TEMPLATES.items():
        (minimal / "templates" / name).write_text(text, "utf-8")
    shutil.copytree(ROOT / "data/ui", minimal / "ui")
    for code, title in TITLES.items():
        with (minimal / "ui" / f"{code}.yml").open("a", encoding="utf-8") as strings:
            strings.write(f"notices.title: {title}\nnotices.archive.title: {title} (archive)\ncoverage.notice: {title}\n"
                          f"opendata.notices_json: {title} (JSON)\nopendata.notices_csv: {title} (CSV)\n"
                          f"digest.notices.title: {title}\ndigest.notices.none: none\n")
    config = minimal / "mkdocs.yml"
    text = config.read_text("utf-8").replace(f"{ROOT.as_posix()}/overrides/tsunagu", "templates")
    config.write_text(text.replace(f"{ROOT.as_posix()}/data/ui", "ui"), "utf-8")
    return minimal


def _catalog(root: Path):
    site = load_site_config(root / "mkdocs.yml")
    return load_catalog(site.tsunagu.data_dir, root, site.locales)


def test_records_are_loaded_as_the_kinds_model(notices):
    notice = _catalog(notices).records("notice")["water"]
    assert isinstance(notice, Notice)
    assert (notice.title.root, notice.group) == ({"ja": "断水のお知らせ", "en": "Water outage"}, "sakura")


def test_a_bad_record_is_named_with_file_and_line(notices):
    (notices / "data/notices/bad.yml").write_text(WATER.replace("group: sakura", "group: nobody"), "utf-8")
    with pytest.raises(DataError) as raised:
        _catalog(notices)
    assert [str(problem) for problem in raised.value.problems] == [
        'data/notices/bad.yml:4: group: there is no group with the id "nobody"']


def _built(root: Path, site: Path) -> Path:
    """The site built in this process, where the notice kind is registered."""
    build(load_config(str(root / "mkdocs.yml"), site_dir=str(site), strict=True))
    return site


def test_records_get_an_index_an_archive_and_pages_with_json_ld(notices, tmp_path, monkeypatch):
    monkeypatch.setenv("TSUNAGU_TODAY", TODAY)
    site = _built(notices, tmp_path / "site")
    page = (site / "en/notices/water/index.html").read_text("utf-8")
    assert "<title>Water outage" in page and '<p class="notice-body">No water on 1 December.</p>' in page
    assert '<a href="../water.ics">ics</a>' in page
    (linked,) = _json_ld(page)
    assert linked == {"@context": "https://schema.org", "@type": "SpecialAnnouncement", "datePosted": "2026-12-01",
                      "name": "Water outage"}
    index = (site / "notices/index.html").read_text("utf-8")
    assert re.search(r"<h1[^>]*>お知らせ</h1>", index) and "<title>お知らせ" in index
    assert '<a href="water/">断水のお知らせ</a>' in index and "停電" not in index
    assert '<a href="archive/">お知らせ (archive)</a>' in index
    archive = (site / "en/notices/archive/index.html").read_text("utf-8")
    assert '<a href="../power/">Power cut</a>' in archive and "Water outage" not in archive
    assert '<a href="../">Notices</a>' in archive


def _json_ld(page: str) -> list[dict]:
    scripts = page.split('<script type="application/ld+json">')[1:]
    return [json.loads(script.split("</script>", 1)[0]) for script in scripts]


def test_records_get_calendars_open_data_and_digest_items(notices, tmp_path, monkeypatch):
    monkeypatch.setenv("TSUNAGU_TODAY", TODAY)
    site = _built(notices, tmp_path / "site")
    calendar = (site / "en/notices/water.ics").read_text("utf-8")
    assert "SUMMARY:Water outage" in calendar and "DTSTART;VALUE=DATE:20261201" in calendar
    assert "SUMMARY:停電のお知らせ" in (site / "notices/power.ics").read_text("utf-8")
    rows = list(csv.reader(io.StringIO((site / "opendata/notices.csv").read_text("utf-8-sig"))))
    assert rows == [["全国地方公共団体コード", "ID", "件名", "日付", "URL"],
                    ["131016", "power", "停電のお知らせ", "2026-11-02", "https://example.org/test/notices/power/"],
                    ["131016", "water", "断水のお知らせ", "2026-12-01", "https://example.org/test/notices/water/"]]
    schema = json.loads((site / "opendata/notices.schema.json").read_text("utf-8"))
    assert [field["name"] for field in schema["fields"]] == rows[0]
    (record, _) = json.loads((site / "opendata/notices.json").read_text("utf-8"))["records"][::-1]
    assert record["id"] == "water" and record["group"] == "sakura"
    assert record["pages"]["en"] == "https://example.org/test/en/notices/water/"
    listing = (site / "en/opendata/index.html").read_text("utf-8")
    assert '">Notices (JSON)</h3>' in listing and "<code>opendata/notices.json</code>" in listing
    assert '">Notices (CSV)</h3>' in listing and "<code>opendata/notices.csv</code>" in listing
    catalog = json.loads((site / "opendata/catalog.jsonld").read_text("utf-8"))
    files = [file["dcat:downloadURL"]["@id"] for dataset in catalog["dcat:dataset"] for file in dataset["dcat:distribution"]]
    assert {"https://example.org/test/opendata/notices.json", "https://example.org/test/opendata/notices.csv"} <= set(files)
    digest = (site / "en/digest" / AREA / "2026-12/index.html").read_text("utf-8")
    assert '<h2 id="digest-notices">Notices</h2>' in digest and "Water outage" in digest
    assert "Water outage" not in (site / "en/digest" / AREA / "2026-11/index.html").read_text("utf-8")


def test_tsunagu_schemas_writes_the_kinds_schema(notices):
    result = CliRunner().invoke(cli, ["schemas", "-f", str(notices / "mkdocs.yml")])
    assert result.exit_code == 0 and "wrote schemas/notice.schema.json" in result.output.splitlines()
    schema = json.loads((notices / "schemas/notice.schema.json").read_text("utf-8"))
    assert set(schema["properties"]) == {"title", "body", "day", "group", "updated"}
    assert schema["required"] == ["updated", "title", "body", "day"]


def test_coverage_has_a_row_for_the_kind(notices):
    site = load_site_config(notices / "mkdocs.yml")
    coverage = measure(_catalog(notices), site.docs_dir, site.tsunagu.data_dir, site.locales)
    assert coverage.count("en", "notice") == (2, 2) and coverage.untranslated("ja-easy", "notice") == ["power", "water"]
    assert "ja-easy notices not translated: power, water" in table(coverage).splitlines()
