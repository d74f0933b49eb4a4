"""The benchmark's synthetic data is valid, complete and repeatable; its measurements read a site right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from bench.generate import EVENT_KINDS, GROUP_KINDS, SCALES, generate
from bench.run import Run, baseline, pages_per_language, search_download_kb, table
from tsunagu.load.catalog import load_catalog
from tsunagu.model.locales import Locale, Locales
from tsunagu.model.models import Event, Group, Term, Venue

LOCALES = Locales((Locale("ja", "日本語", True), Locale("ja-easy", "やさしい にほんご"), Locale("en", "English")))


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bench") / "tiny"
    generate(folder, "tiny")
    return folder


def test_tiny_scale_validates_with_every_kind(tiny: Path):
    catalog = load_catalog(tiny / "data", tiny, LOCALES)
    scale = SCALES["tiny"]
    assert (len(catalog.groups), len(catalog.events), len(catalog.terms)) == (scale.groups, scale.events, scale.terms)
    assert {g.kind for g in catalog.groups.values()} == set(GROUP_KINDS)
    assert {e.kind for e in catalog.events.values()} == set(EVENT_KINDS)
    assert catalog.alerts and catalog.venues and catalog.records("indicator")


@pytest.mark.parametrize("model", [Group, Event, Venue, Term])
def test_every_field_is_used(tiny: Path, model):
    catalog = load_catalog(tiny / "data", tiny, LOCALES)
    records = {Group: catalog.groups, Event: catalog.events, Venue: catalog.venues, Term: catalog.terms}[model]
    used = {name for record in records.values() for name in record.model_fields_set}
    assert used == set(model.model_fields)


def test_every_text_is_in_three_languages(tiny: Path):
    catalog = load_catalog(tiny / "data", tiny, LOCALES)
    for group in catalog.groups.values():
        assert set(group.description.root) == set(LOCALES.codes)
    assert all(set(e.title.root) == set(LOCALES.codes) for e in catalog.events.values())


def test_the_same_seed_gives_the_same_site(tmp_path: Path, tiny: Path):
    generate(tmp_path / "again", "tiny")
    for path in (tiny / "data/events").glob("*.yml"):
        assert (tmp_path / "again/data/events" / path.name).read_text("utf-8") == path.read_text("utf-8")


def test_baseline_has_the_pages_asked_for_in_each_language(tmp_path: Path, tiny: Path):
    config = baseline(tmp_path / "baseline", tiny, 10)
    docs = tmp_path / "baseline/docs"
    assert len(list(docs.rglob("*.en.md"))) == len(list(docs.rglob("*.ja-easy.md"))) == 10
    assert yaml.safe_load(config.read_text("utf-8"))["nav"] == ["index.md"]


def test_pages_are_counted_per_language(tmp_path: Path):
    for page in ("index.html", "a/index.html", "en/index.html", "ja-easy/b/index.html", "pagefind/index.html"):
        (tmp_path / page).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / page).write_text("x")
    assert pages_per_language(tmp_path) == {"ja": 2, "ja-easy": 1, "en": 1}


def test_search_download_adds_the_files_one_query_fetches(tmp_path: Path):
    bundle = tmp_path / "pagefind"
    for name, size in {"pagefind-ui.js": 100, "pagefind.js": 50, "wasm.unknown.pagefind": 1000,
                       "pagefind.ja_1.pf_meta": 30, "index/ja_a.pf_index": 400, "index/ja_b.pf_index": 300,
                       "index/en_c.pf_index": 9999, **{f"fragment/ja_{i}.pf_fragment": 10 * i for i in range(8)}}.items():
        (bundle / name).parent.mkdir(parents=True, exist_ok=True)
        (bundle / name).write_bytes(b"x" * size)
    (bundle / "pagefind-entry.json").write_text(json.dumps({"languages": {"ja": {"hash": "ja_1", "wasm": None}}}))
    entry = (bundle / "pagefind-entry.json").stat().st_size
    assert search_download_kb(tmp_path) == {"ja": (150 + entry + 1000 + 30 + 400 + 10 * (7 + 6 + 5 + 4 + 3)) / 1024}


def test_table_gives_the_ratio_to_the_baseline():
    runs = [Run("baseline", 100, 2.0, 50, 1.0, {}), Run("tsunagu", 100, 3.0, 80, 2.0, {"ja": 12.4})]
    lines = table(runs).splitlines()
    assert lines[0].split("|")[5].strip() == "× baseline"
    assert [cell.strip() for cell in lines[3].split("|")[1:-1]] == ["tsunagu", "100", "3.0", "30.0", "1.50", "80",
                                                                    "2.0", "12"]
