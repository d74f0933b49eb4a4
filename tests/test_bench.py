"""The benchmark's synthetic data is valid, complete and repeatable; its measurements read a site right."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bench.generate import EVENT_KINDS, GROUP_KINDS, SCALES, generate
from bench.memory import TreeMemory
from bench.run import (Measure, Preview, Run, ScaleResult, baseline, edit_one_record, main, pages_per_language,
                       search_download_kb, table, targets)
from tsunagu.load.catalog import load_catalog
from conftest import ROOT
from tsunagu.load.siteconfig import load_site_config
from tsunagu.model.models import Event, Group, Term, Venue

LOCALES = load_site_config(ROOT / "mkdocs.yml").locales  # the generated site's: the repository's mkdocs.yml
WRITTEN = {"ja", "ja-easy", "en"}  # the languages the generator writes records in; the others fall back


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


def test_every_text_is_in_the_three_languages_it_writes(tiny: Path):
    catalog = load_catalog(tiny / "data", tiny, LOCALES)
    for group in catalog.groups.values():
        assert set(group.description.root) == WRITTEN
    assert all(set(e.title.root) == WRITTEN for e in catalog.events.values())


def test_the_same_seed_gives_the_same_site(tmp_path: Path, tiny: Path):
    generate(tmp_path / "again", "tiny")
    for path in (tiny / "data/events").glob("*.yml"):
        assert (tmp_path / "again/data/events" / path.name).read_text("utf-8") == path.read_text("utf-8")


def test_baseline_has_the_pages_asked_for_in_each_language(tmp_path: Path, tiny: Path):
    config = baseline(tmp_path / "baseline", tiny, 10, LOCALES)
    docs = tmp_path / "baseline/docs"
    assert len(list(docs.rglob("*.en.md"))) == len(list(docs.rglob("*.ja-easy.md"))) == len(list(docs.rglob("*.ne.md"))) == 10
    assert (tmp_path / "baseline/overrides/partials/languages/ne.html").exists()  # Material has no Nepali
    assert yaml.safe_load(config.read_text("utf-8"))["nav"] == ["index.md"]


def test_pages_are_counted_per_language(tmp_path: Path):
    for page in ("index.html", "a/index.html", "en/index.html", "ja-easy/b/index.html", "pagefind/index.html"):
        (tmp_path / page).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / page).write_text("x")
    assert pages_per_language(tmp_path, LOCALES) == {code: 0 for code in LOCALES.codes} | {"ja": 2, "ja-easy": 1, "en": 1}


def _bundle(folder: Path, language: str, sizes: dict[str, int], later: tuple[str, ...] = ()) -> int:
    """A fake Pagefind bundle of one language; the size of its entry and parts list."""
    for name, size in sizes.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"x" * size)
    (folder / "pagefind-entry.json").write_text(json.dumps({"languages": {language: {"hash": "h", "wasm": None}}}))
    (folder / "parts.json").write_text(json.dumps({"bundles": list(later)}))
    return (folder / "pagefind-entry.json").stat().st_size + (folder / "parts.json").stat().st_size


FIRST = {"pagefind-ui.js": 100, "pagefind.js": 50, "wasm.unknown.pagefind": 1000, "pagefind.h.pf_meta": 30,
         "index/ja_a.pf_index": 400, "index/ja_b.pf_index": 300, "index/en_c.pf_index": 9999,
         **{f"fragment/ja_{i}.pf_fragment": 10 * i for i in range(8)}}


def test_search_download_adds_the_files_one_query_fetches(tmp_path: Path):
    listed = _bundle(tmp_path / "pagefind", "ja", FIRST)
    assert search_download_kb(tmp_path) == {"ja": (150 + listed + 1000 + 30 + 400 + 10 * (7 + 6 + 5 + 4 + 3)) / 1024}
    listed = _bundle(tmp_path / "en/pagefind", "en", FIRST)  # a language's bundle in its folder
    assert search_download_kb(tmp_path)["en"] == (150 + listed + 1000 + 30 + 9999) / 1024


def test_search_download_of_a_language_in_parts_adds_each_parts_entry_meta_and_chunk(tmp_path: Path):
    listed = _bundle(tmp_path / "pagefind", "ja", FIRST, later=("../pagefind-2/",))
    (tmp_path / "pagefind-2").mkdir()
    second = _bundle(tmp_path / "pagefind-2", "ja", {"pagefind.h.pf_meta": 20, "index/ja_z.pf_index": 500,
                                                      "fragment/ja_big.pf_fragment": 65}) - 15  # its parts.json is not fetched
    fragments = 10 * (7 + 6 + 5 + 4) + 65
    assert search_download_kb(tmp_path) == {"ja": (150 + listed + 1000 + 30 + 400 + second + 20 + 500 + fragments) / 1024}


def cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("|")[1:-1]]


def rows_of(text: str) -> dict[str, list[str]]:
    """The rows of every Markdown table in ``text``, by their first cell."""
    return {cells(line)[0]: cells(line)[1:] for line in text.splitlines() if line.startswith("| ")}


def test_table_gives_each_build_and_its_ratios_to_the_baseline():
    runs = [Run("baseline", 100, Measure(2.0, 1.0, 50), None, 1.0, {}),
            Run("parallel", 100, Measure(3.0, 4.0, 80), Measure(2.5, 3.0, 90), 2.0, {"ja": 12.4})]
    lines = table(runs).splitlines()
    assert cells(lines[0]) == ["build", "pages", "cold s", "cold ×", "cold CPU s", "cold CPU ×", "warm s", "warm ×",
                               "warm CPU s", "warm CPU ×", "peak MB", "site MB", "search KB ja"]
    assert cells(lines[2]) == ["baseline", "100", "2.0", "1.00", "1.0", "1.00", "–", "–", "–", "–", "50", "1.0", "–"]
    assert cells(lines[3]) == ["parallel", "100", "3.0", "1.50", "4.0", "4.00", "2.5", "1.25", "3.0", "3.00", "90", "2.0",
                               "12"]


def scale_result(scale: str, base: float, cold: float, warm: float, peak: float = 100, size: float = 10) -> ScaleResult:
    return ScaleResult(scale, [Run(f"baseline-{scale}", 10, Measure(base, base, 50), None, 1.0, {}),
                               Run(f"parallel-{scale}", 10, Measure(cold, cold, peak), Measure(warm, warm, 60), size, {})],
                       [Preview("ja", 9.0, [1.5, 2.5])] if scale == "city" else [])


def test_targets_are_met_or_not_by_the_figures_of_the_same_run():
    city, prefecture = scale_result("city", 10, 20, 13), scale_result("prefecture", 100, 210, 120, 1600, 900)
    rows = rows_of(targets([city, prefecture]))
    assert rows["cold build ≤ 2× the baseline (parallel-city)"] == ["2.00×", "yes"]
    assert rows["warm build ≤ 1.25× the baseline (parallel-city)"] == ["1.30×", "no"]
    assert rows["cold build ≤ 2× the baseline (parallel-prefecture)"] == ["2.10×", "no"]
    assert rows["prefecture ÷ city ≤ 10.5 (parallel)"] == ["210.0 ÷ 20.0 = 10.5 (the baseline's: 10.0)", "yes"]
    assert rows["peak memory < 1.5 GB (parallel-prefecture)"] == ["1600 MB", "no"]
    assert rows["site < 1 GB (parallel-prefecture)"] == ["900.0 MB", "yes"]
    assert rows["preview ≤ 2 s (ja, city)"] == ["2.5 s (slowest of 2)", "no"]


def test_targets_not_measured_in_a_run_say_so():
    rows = rows_of(targets([scale_result("small", 10, 15, 11)]))
    assert rows["prefecture ÷ city ≤ 10.5"] == ["not measured: run --scale city --scale prefecture", "–"]
    assert rows["peak memory < 1.5 GB at prefecture scale"] == ["not measured: run --scale prefecture", "–"]
    assert rows["preview ≤ 2 s"] == ["not measured: run with --preview", "–"]


def test_one_record_is_edited(tmp_path: Path, tiny: Path):
    site = tmp_path / "site"
    generate(site, "tiny")
    edit_one_record(site, "changed")
    changed = [p.name for p in (site / "data/events").glob("*.yml")
               if p.read_text("utf-8") != (tiny / "data/events" / p.name).read_text("utf-8")]
    assert changed == ["event-0.yml"]
    title = yaml.safe_load((site / "data/events/event-0.yml").read_text("utf-8"))["title"]
    assert title["ja"].startswith("changed ") and title["en"] == yaml.safe_load(
        (tiny / "data/events/event-0.yml").read_text("utf-8"))["title"]["en"]


CHILD = "import time; block = bytearray(80 * 2**20); time.sleep(2)"


MEASURE = f"""
import json, os, subprocess, sys
from bench.memory import TreeMemory
parent = "import subprocess, sys; [p.wait() for p in [subprocess.Popen([sys.executable, '-c', {CHILD!r}]) for _ in range(2)]]"
process = subprocess.Popen([sys.executable, "-c", parent])
with TreeMemory(process.pid) as memory:
    _, _, usage = os.wait4(process.pid, 0)
print(json.dumps({{"largest": usage.ru_maxrss / 1024, "peak": memory.peak_mb}}))
"""


def test_peak_memory_adds_up_processes_that_run_at_once():
    # Measured from a fresh, small interpreter: a child forked from this test process would count the
    # test process's own memory as its largest before it starts its program.
    found = json.loads(subprocess.run([sys.executable, "-c", MEASURE], capture_output=True, text=True, check=True,
                                      cwd=Path(__file__).resolve().parents[1]).stdout)
    assert found["largest"] < 120  # the largest single process: one child
    assert found["peak"] > 160  # both children at once


@pytest.fixture(scope="module")
def tiny_bench(tmp_path_factory) -> tuple[str, Path]:
    """``python -m bench.run`` at tiny scale, with the preview: the parallel build (``make build``) alone, as
    the single build is measured by the same code (its table row is checked above) and doubles the time."""
    work = tmp_path_factory.mktemp("bench-run")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["--scale", "tiny", "--build", "parallel", "--preview", "--preview-edits", "1", "--work", str(work)])
    return out.getvalue(), work


def test_bench_reports_cold_and_warm_builds_against_the_baseline(tiny_bench):
    output, _ = tiny_bench
    assert output.startswith(f"scale tiny: {SCALES['tiny']}\n")
    rows = rows_of(output)
    assert rows["build"][:10] == ["pages", "cold s", "cold ×", "cold CPU s", "cold CPU ×", "warm s", "warm ×",
                                  "warm CPU s", "warm CPU ×", "peak MB"]
    assert [rows["baseline-tiny"][i] for i in (2, 4)] == ["1.00", "1.00"] and rows["baseline-tiny"][5:9] == ["–"] * 4
    assert all(float(cell) > 0 for cell in rows["parallel-tiny"][:11])
    indexes = {f"search KB {loc.tag.lower()}" for loc in LOCALES}  # Pagefind names its indexes in lowercase
    assert {key for key in rows["build"] if key.startswith("search KB")} == indexes


def test_bench_warm_build_shows_the_edited_record(tiny_bench):
    _, work = tiny_bench
    assert "parallel-tiny-edited" in (work / "parallel-tiny-site/events/event-0/index.html").read_text("utf-8")


def test_bench_reports_the_preview_and_every_target(tiny_bench):
    output, _ = tiny_bench
    rows = rows_of(output)
    assert rows["preview"] == ["first page s", "edit to reloaded page s"]
    assert float(rows["ja"][1]) > 0 and float(rows["en"][1]) > 0
    targets_part = output.split("Targets of issues 14 and 27:", 1)[1]
    assert [row for row in rows_of(targets_part) if row != "target"] == [
        "cold build ≤ 2× the baseline (parallel-tiny)", "warm build ≤ 1.25× the baseline (parallel-tiny)",
        "prefecture ÷ city ≤ 10.5", "peak memory < 1.5 GB at prefecture scale", "prefecture site < 1 GB",
        "preview ≤ 2 s (ja, tiny)", "preview ≤ 2 s (en, tiny)"]
    assert all(row[-1] in {"yes", "no", "–"} for row in rows_of(targets_part).values() if row != ["measured", "met?"])
