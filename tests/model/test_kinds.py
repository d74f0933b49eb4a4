"""A kind of record added through the registry alone: no other module of the package is edited.

The test registers a ``notice`` kind with its own model, gives it templates and UI strings in
the fixture site, and follows it through loading, validation, pages, open data, schemas and coverage.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from mkdocs.commands.build import build
from mkdocs.config import load_config

from conftest import ROOT, TODAY
from tsunagu.load.catalog import load_catalog
from tsunagu.cli.main import cli
from tsunagu.render.coverage import measure, table
from tsunagu.model.errors import DataError
from tsunagu.model.fields import LocalText
from tsunagu.model.kinds import KINDS, RecordKind
from tsunagu.model.models import GroupId, Record
from tsunagu.load.siteconfig import load_site_config


class Notice(Record):
    """data/notices/<id>.yml: a short notice from the city."""

    title: LocalText
    body: LocalText
    group: GroupId | None = None


NOTICE = RecordKind("notice", Notice, folder="notices", dataset="notices", plural="notices", section="notices",
                    title_field="title")
WATER = """title: {ja: 断水のお知らせ, en: Water outage}
body: {ja: 12月1日は断水します。, en: No water on 1 December.}
group: sakura
updated: 2026-11-01
"""
TEMPLATES = {
    "notice.html": '<h1>{{ view.text(notice.title) }}</h1>\n<p class="notice-body">{{ view.text(notice.body) }}</p>\n',
    "notices_index.html": "<h1>{{ view.t('notices.title') }}</h1>\n<ul>{% for n in records %}"
                          "<li><a href=\"{{ view.record_link('notice', n.id) }}\">{{ view.text(n.title) }}</a></li>"
                          "{% endfor %}</ul>\n",
}
TITLES = {"ja": "お知らせ", "ja-easy": "おしらせ", "en": "Notices"}


@pytest.fixture
def notices(minimal: Path, monkeypatch) -> Path:
    """The minimal site with the notice kind registered, one notice, its templates and its UI strings."""
    monkeypatch.setitem(KINDS, "notice", NOTICE)
    (minimal / "data/notices").mkdir()
    (minimal / "data/notices/water.yml").write_text(WATER, "utf-8")
    shutil.copytree(ROOT / "overrides/tsunagu", minimal / "templates")
    for name, text in TEMPLATES.items():
        (minimal / "templates" / name).write_text(text, "utf-8")
    shutil.copytree(ROOT / "data/ui", minimal / "ui")
    for code, title in TITLES.items():
        with (minimal / "ui" / f"{code}.yml").open("a", encoding="utf-8") as strings:
            strings.write(f"notices.title: {title}\ncoverage.notice: {title}\nopendata.notices_json: {title} (JSON)\n")
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
        'data/notices/bad.yml:3: group: there is no group with the id "nobody"']


def _built(root: Path, site: Path) -> Path:
    """The site built in this process, where the notice kind is registered."""
    build(load_config(str(root / "mkdocs.yml"), site_dir=str(site), strict=True))
    return site


def test_records_get_pages_in_every_language(notices, tmp_path, monkeypatch):
    monkeypatch.setenv("TSUNAGU_TODAY", TODAY)
    site = _built(notices, tmp_path / "site")
    page = (site / "en/notices/water/index.html").read_text("utf-8")
    assert "<title>Water outage" in page and '<p class="notice-body">No water on 1 December.</p>' in page
    index = (site / "notices/index.html").read_text("utf-8")
    assert "<h1>お知らせ</h1>" in index and "<title>お知らせ" in index
    assert '<a href="water/">断水のお知らせ</a>' in index


def test_records_are_published_as_json_open_data(notices, tmp_path, monkeypatch):
    monkeypatch.setenv("TSUNAGU_TODAY", TODAY)
    site = _built(notices, tmp_path / "site")
    (record,) = json.loads((site / "opendata/notices.json").read_text("utf-8"))["records"]
    assert record["id"] == "water" and record["group"] == "sakura"
    assert record["pages"]["en"] == "https://example.org/test/en/notices/water/"
    listing = (site / "en/opendata/index.html").read_text("utf-8")
    assert '">Notices (JSON)</h3>' in listing and "<code>opendata/notices.json</code>" in listing
    catalog = json.loads((site / "opendata/catalog.jsonld").read_text("utf-8"))
    assert "https://example.org/test/opendata/notices.json" in [
        file["dcat:downloadURL"]["@id"] for dataset in catalog["dcat:dataset"] for file in dataset["dcat:distribution"]]


def test_tsunagu_schemas_writes_the_kinds_schema(notices):
    result = CliRunner().invoke(cli, ["schemas", "-f", str(notices / "mkdocs.yml")])
    assert result.exit_code == 0 and "wrote schemas/notice.schema.json" in result.output.splitlines()
    schema = json.loads((notices / "schemas/notice.schema.json").read_text("utf-8"))
    assert set(schema["properties"]) == {"title", "body", "group", "updated"}
    assert schema["required"] == ["updated", "title", "body"]


def test_coverage_has_a_row_for_the_kind(notices):
    site = load_site_config(notices / "mkdocs.yml")
    coverage = measure(_catalog(notices), site.docs_dir, site.tsunagu.data_dir, site.locales)
    assert coverage.count("en", "notice") == (1, 1) and coverage.untranslated("ja-easy", "notice") == ["water"]
    assert "ja-easy notices not translated: water" in table(coverage).splitlines()
