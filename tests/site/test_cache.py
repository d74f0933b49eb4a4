"""The persistent cache changes nothing but time: a warm build writes what a cold build writes, and a
changed input makes exactly the results that depend on it again (tested for each kind of input)."""

from __future__ import annotations

import filecmp
import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, build
from tsunagu.builder import SiteBuilder
from tsunagu.store import cache as cache_module
from tsunagu.load.siteconfig import load_site_config

EVENT = "data/events/daigaku-chiiki-ikenkokan.yml"  # at yamate-sho-taiikukan, which other events use too
VENUE = "data/venues/yamate-sho-taiikukan.yml"
SKIPPED = shutil.ignore_patterns(".git", ".venv", "node_modules", ".cache", "site", "tests", "bench", "__pycache__")


def test_a_warm_build_writes_byte_for_byte_what_a_cold_build_writes(tmp_path):
    cache = {"TSUNAGU_CACHE": str(tmp_path / "cache")}
    for name in ("cold", "warm"):
        result = build(ROOT / "mkdocs.yml", tmp_path / name, **cache)
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "cache" / cache_module.FILE_NAME).stat().st_size > 0
    assert _differences(filecmp.dircmp(tmp_path / "cold", tmp_path / "warm")) == []


def _differences(compared: filecmp.dircmp) -> list[str]:
    found = [f"{compared.left}/{name}" for name in compared.left_only + compared.right_only]
    _, mismatched, errors = filecmp.cmpfiles(compared.left, compared.right, compared.common_files, shallow=False)
    found += [f"{compared.left}/{name}" for name in errors + [m for m in mismatched if not _same_json(compared, m)]]
    return found + [f for sub in compared.subdirs.values() for f in _differences(sub)]


def _same_json(compared: filecmp.dircmp, name: str) -> bool:
    """Pagefind lists its languages in hash order, different in every run: its JSON is compared as data."""
    if not name.endswith(".json"):
        return False
    left, right = (Path(folder, name).read_text("utf-8") for folder in (compared.left, compared.right))
    return json.loads(left) == json.loads(right)


class Project:
    """A copy of the sample project whose inputs a test changes, built in process with a persistent cache."""

    def __init__(self, folder: Path, monkeypatch):
        shutil.copytree(ROOT, folder, ignore=SKIPPED)
        self.folder = folder
        monkeypatch.setenv("TSUNAGU_CACHE", str(folder / ".cache" / "tsunagu"))

    def edit(self, path: str, old: str, new: str) -> None:
        file = self.folder / path
        text = file.read_text("utf-8")
        assert old in text, path
        file.write_text(text.replace(old, new, 1), "utf-8")

    def bodies(self) -> tuple[dict[tuple[str, str], str], set[tuple[str, str]]]:
        """Every generated page's body by (language, page), and the pages rendered anew (not from the cache)."""
        config = load_site_config(self.folder / "mkdocs.yml")
        builder = SiteBuilder(config.tsunagu, config.locales, config.root)
        shelf = builder.context.renderer.bodies.shelf
        bodies, rendered = {}, set()
        for locale in config.locales:
            for page in builder.language(locale).pages():
                before = len(shelf.pending)
                bodies[(locale.code, page.src_uri)] = page.render_body()[0]
                if len(shelf.pending) > before:
                    rendered.add((locale.code, page.src_uri))
        builder.save_cache()
        return bodies, rendered

    def cold(self) -> dict[tuple[str, str], str]:
        shutil.rmtree(self.folder / ".cache")
        return self.bodies()[0]


@pytest.fixture
def project(tmp_path, monkeypatch) -> Project:
    return Project(tmp_path / "project", monkeypatch)


def test_a_second_build_renders_no_record_page_again(project):
    first, rendered = project.bodies()
    again, rendered_again = project.bodies()
    assert again == first
    # An indicator's template is handed its progress, computed from events: a value the cache cannot
    # address, so its pages are made every time rather than risk an outdated one.
    computed = {page for page in record_pages(first) if page[1].startswith("indicators/")}
    assert computed and not computed & rendered
    assert record_pages(first) - computed <= rendered
    assert not record_pages(first) & rendered_again


def record_pages(bodies) -> set[tuple[str, str]]:
    """The pages of single records (``events/<id>.md``): the cache keeps them all (and other pages whose
    templates are given only records and plain values)."""
    return {(code, src) for code, src in bodies if src.count("/") == 1 and src.split("/")[1] not in
            ("index.md", "archive.md")}


@pytest.mark.parametrize("path, old, new, own_page", [
    (EVENT, "大学生と地域の意見交換会", "大学生と地域の意見交換会（第2回）", "events/daigaku-chiiki-ikenkokan.md"),
    (VENUE, "山手小学校 体育館", "山手小学校 第二体育館", None),  # a record other pages look up: no page of its own
])
def test_a_changed_record_renders_again_exactly_the_pages_that_show_it(project, path, old, new, own_page):
    before, kept = project.bodies()
    project.edit(path, old, new)
    warm, rendered = project.bodies()
    assert warm == project.cold()
    # A page is made again in every language when the record, or one it shows, changed in any language.
    showing = {src for page, src in kept if warm[(page, src)] != before[(page, src)]} | {own_page}
    assert len(showing) > 1
    assert rendered == {(code, src) for code, src in kept if src in showing}


@pytest.mark.parametrize("path, old, new", [
    ("data/ui/en.yml", "event.when: When", "event.when: Date and time"),  # the UI strings
    ("data/vocabulary/event_kinds.yml", "en: Social gathering", "en: Social gathering or party"),  # a vocabulary
    ("data/site.yml", "en: Civic Collaboration Division,", "en: Civic Collaboration Section,"),  # the site file
])
def test_an_input_every_page_shares_renders_every_page_again(project, path, old, new):
    before, kept = project.bodies()
    project.edit(path, old, new)
    warm, rendered = project.bodies()
    assert warm == project.cold() and warm != before
    assert rendered == kept


def test_a_changed_site_template_renders_the_pages_again(project):
    template = project.folder / "overrides/tsunagu/term.html"
    override = '{% extends "default/term.html" %}{% block content %}<p>WORDS</p>{{ super() }}{% endblock %}'
    template.write_text(override.replace("WORDS", "上書き"), "utf-8")
    before, kept = project.bodies()
    template.write_text(override.replace("WORDS", "書き換え"), "utf-8")
    warm, rendered = project.bodies()
    assert warm == project.cold()
    terms = {page for page in record_pages(warm) if page[1].startswith("glossary/")}
    assert terms and all("書き換え" in warm[page] and "上書き" in before[page] for page in terms)
    assert rendered == kept


def test_new_code_renders_every_page_again(project, monkeypatch):
    _, kept = project.bodies()
    monkeypatch.setattr("tsunagu.render.bodies.code_version", lambda: "a later version")
    _, rendered = project.bodies()
    assert rendered == kept


def test_readings_are_made_again_for_new_site_readings_or_a_new_dictionary(project, monkeypatch):
    def reading(text: str) -> str:
        config = load_site_config(project.folder / "mkdocs.yml")
        builder = SiteBuilder(config.tsunagu, config.locales, config.root)
        kana = builder.context.furigana.kana(text)
        builder.save_cache()
        return kana

    assert reading("今日は山手体育館へ行きます。") == "きょうはやまてたいいくかんへいきます。"
    (project.folder / "data/readings.yml").open("a", encoding="utf-8").write("山手体育館: やまのてたいいくかん\n")
    assert reading("今日は山手体育館へ行きます。") == "きょうはやまのてたいいくかんへいきます。"
    versions = {"sudachidict_core": "a later dictionary"}
    monkeypatch.setattr("tsunagu.japanese.furigana.package_version", lambda name: versions.get(name, name))
    project.edit("data/readings.yml", "山手体育館: やまのてたいいくかん\n", "")
    assert reading("今日は山手体育館へ行きます。") == "きょうはやまてたいいくかんへいきます。"


def test_a_qr_code_is_kept_by_its_url(tmp_path):
    from tsunagu.render.qrcode import QrCodes, qr_svg

    cache = cache_module.Cache(tmp_path)
    codes = QrCodes(cache)
    first = codes.svg("https://example.jp/a/")
    cache.save()
    kept = QrCodes(cache_module.Cache(tmp_path))
    assert kept.shelf.get("https://example.jp/a/") == str(first) == str(qr_svg("https://example.jp/a/"))
    assert kept.shelf.get("https://example.jp/b/") is None
    assert kept.svg("https://example.jp/b/") == qr_svg("https://example.jp/b/")
