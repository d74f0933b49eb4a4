"""The benchmark of issues 6 and 14: Tsunagu's builds against plain MkDocs, in the same run.

``python -m bench.run --scale city`` generates a synthetic site (bench/generate.py) and a
baseline with the same number of plain Markdown pages per language (mkdocs + material +
mkdocs-static-i18n at the same versions, pages not in the nav, no search), builds them in
subprocesses and prints a table per scale, then each target of issues 14 and 27, met or not. It reports;
it never fails because a build is slow.

Tsunagu is built both ways: ``single`` (``tsunagu build --single``, ``make build-single``: every
language in one process) and ``parallel`` (``tsunagu build``, ``make build``: a process per language
at once, then the merge and Pagefind). Each is built cold (``.cache/tsunagu/`` removed), then one
event's title is changed and it is built again, warm. For each build: wall seconds and CPU seconds
(user + system time of the build and every process it waited for, from ``os.wait4``), each also as a
ratio of the baseline's; the peak memory of the build's processes added up, Pagefind included
(bench/memory.py). ``--preview`` adds the preview's edit-to-reloaded-page latency in ja and en
(bench/preview.py) on the same generated site.

Largest search download for one query (per language), an upper bound for a one-word query as
Pagefind's UI fetches it: pagefind-ui.js + pagefind-ui.css + pagefind.js + pagefind-entry.json
+ parts.json + the language's wasm + the language's meta + the largest index chunk of the language (a word
lives in one chunk) + the five largest fragments of the language (the UI's first page of
results shows five). A language indexed in parts adds each later part's entry, meta and largest index
chunk, and its five fragments are the largest of all its parts. Pagefind's files are stored
compressed, so bytes on disk are bytes fetched.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import material
import yaml

from tsunagu.load.siteconfig import load_site_config
from tsunagu.model.locales import Locales
from tsunagu.outputs import search

from . import preview
from .generate import SCALES, TODAY, generate
from .memory import TreeMemory

RESULTS_SHOWN = 5
SEARCH_COMMON = ("pagefind-ui.js", "pagefind-ui.css", "pagefind.js", "pagefind-entry.json", search.PARTS_FILE)
BUILDS = ("single", "parallel")
PREVIEW_LANGUAGES = ("ja", "en")
CACHE = ".cache/tsunagu"
EDITED_RECORD = "data/events/event-0.yml"
MB_PER_GB = 1024
MATERIAL_LANGUAGES = Path(material.__file__).parent / "templates/partials/languages"
# A language Material has no strings for takes those of its fallback's language (ja-easy: Japanese) or English.
BASELINE_LANGUAGE = """{{% import "partials/languages/{base}.html" as base %}}
{{% macro t(key) %}}{{{{ "{tag}" if key == "language" else base.t(key) }}}}{{% endmacro %}}
"""


@dataclass(frozen=True)
class Measure:
    """One build: wall and CPU seconds, and the peak memory of all its processes together (MB)."""

    seconds: float
    cpu_seconds: float
    peak_mb: float


@dataclass
class Run:
    """One measured site: its cold build, its warm build (none for the baseline), and what it wrote."""

    name: str
    pages: int
    cold: Measure
    warm: Measure | None
    size_mb: float
    search_kb: dict[str, float]

    @property
    def peak_mb(self) -> float:
        return max(self.cold.peak_mb, self.warm.peak_mb if self.warm else 0)


@dataclass(frozen=True)
class Preview:
    """The preview of one language: seconds to its first page, and from each edit to the reloaded page."""

    lang: str
    first: float
    latencies: list[float]


@dataclass
class ScaleResult:
    """Everything measured at one scale; the baseline is the first run."""

    scale: str
    runs: list[Run]
    previews: list[Preview]


def timed(command: list[str], cwd: Path, log: Path) -> Measure:
    """Run ``command`` with its output in ``log`` and measure it; stop the benchmark if it fails."""
    env = {**os.environ, "TSUNAGU_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1"}
    with log.open("w") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=out)
        with TreeMemory(process.pid) as memory:
            _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed; see {log}")
    print(f"{log.stem}: {seconds:.1f} s", file=sys.stderr, flush=True)
    return Measure(seconds, usage.ru_utime + usage.ru_stime, max(memory.peak_mb, usage.ru_maxrss / 1024))


def command(build: str, config: Path, site: Path) -> list[str]:
    """The command line of a build: ``baseline`` (plain MkDocs), ``single`` or ``parallel`` (``tsunagu build``)."""
    if build == "baseline":
        return [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)]
    single = ["--single"] if build == "single" else []
    return [sys.executable, "-m", "tsunagu.cli", "build", *single, "--no-strict", "-f", str(config), "-d", str(site)]


def edit_one_record(folder: Path, marker: str) -> None:
    """Put ``marker`` in front of one event's Japanese title: an editor's one change between two builds."""
    path = folder / EDITED_RECORD
    path.write_text(path.read_text("utf-8").replace("\ntitle:\n  ja: ", f"\ntitle:\n  ja: {marker} ", 1), "utf-8")


def measure_tsunagu(build: str, scale: str, config: Path, work: Path) -> Run:
    """Build the generated site cold, then warm after one record changed."""
    name = f"{build}-{scale}"
    site = work / f"{name}-site"
    shutil.rmtree(config.parent / CACHE, ignore_errors=True)
    cold = timed(command(build, config, site), config.parent, work / f"{name}-cold.log")
    pages = sum(pages_per_language(site, locales_of(config)).values())
    size, search = size_mb(site), search_download_kb(site)
    edit_one_record(config.parent, f"{name}-edited")
    warm = timed(command(build, config, site), config.parent, work / f"{name}-warm.log")
    return Run(name, pages, cold, warm, size, search)


def measure_baseline(scale: str, config: Path, work: Path, locales: Locales) -> Run:
    """Build the plain MkDocs site once: it keeps nothing between builds."""
    name = f"baseline-{scale}"
    site = work / f"{name}-site"
    cold = timed(command("baseline", config, site), config.parent, work / f"{name}.log")
    return Run(name, sum(pages_per_language(site, locales).values()), cold, None, size_mb(site),
               search_download_kb(site))


def locales_of(config: Path) -> Locales:
    """The languages of the site of ``config``, as Tsunagu reads them."""
    return load_site_config(config).locales


def pages_per_language(site: Path, locales: Locales) -> dict[str, int]:
    """HTML pages of each language (404 pages left out)."""
    codes, default = locales.codes, locales.default.code
    pages = {code: 0 for code in codes}
    for page in site.rglob("index.html"):
        first = page.relative_to(site).parts[0]
        pages[first if first in codes else default] += first != "pagefind"
    return pages


def size_mb(site: Path) -> float:
    return sum(f.stat().st_size for f in site.rglob("*") if f.is_file()) / 2**20


def search_download_kb(site: Path) -> dict[str, float]:
    """The largest download of one query per Pagefind language (the pages' ``lang``), by the method above, in
    each language's bundle (``pagefind/`` at the root or in a language's folder) and its later parts."""
    result = {}
    for bundle in [site / "pagefind", *sorted(site.glob("*/pagefind"))]:
        if (bundle / "pagefind-entry.json").exists():
            parts = json.loads((bundle / search.PARTS_FILE).read_text("utf-8"))["bundles"]
            result |= _bundle_download_kb(bundle, [(bundle / part).resolve() for part in parts])
    return result


def _bundle_download_kb(bundle: Path, later: list[Path]) -> dict[str, float]:
    entry = json.loads((bundle / "pagefind-entry.json").read_text("utf-8"))
    common = sum((bundle / name).stat().st_size for name in SEARCH_COMMON if (bundle / name).exists())

    def largest(folders: list[Path], pattern: str, count: int = 1) -> int:
        sizes = (f.stat().st_size for folder in folders for f in folder.glob(pattern))
        return sum(sorted(sizes, reverse=True)[:count])

    result = {}
    for language, index in entry["languages"].items():
        total = common + largest([bundle], f"wasm.{index['wasm'] or 'unknown'}.pagefind")
        for part in [bundle, *later]:
            total += (part != bundle) * (part / "pagefind-entry.json").stat().st_size
            total += largest([part], "pagefind.*.pf_meta") + largest([part], f"index/{language}_*.pf_index")
        result[language] = (total + largest([bundle, *later], f"fragment/{language}_*.pf_fragment", RESULTS_SHOWN)) / 1024
    return result


def baseline(folder: Path, source: Path, per_language: int, locales: Locales) -> Path:
    """A plain site with ``per_language`` Markdown pages in each of ``locales``, texts taken from the records
    (a language the records lack takes its text as Tsunagu would: along its fallback chain)."""
    docs = folder / "docs"
    (docs / "pages").mkdir(parents=True, exist_ok=True)
    records = sorted((source / "data/groups").glob("*.yml")) + sorted((source / "data/events").glob("*.yml"))
    default = locales.default.code
    suffixes = {code: "" if code == default else f".{code}" for code in locales.codes}
    for i in range(per_language - 1):
        record = yaml.safe_load(records[i % len(records)].read_text("utf-8"))
        title, text = record.get("name") or record["title"], record["description"]
        summary = record.get("summary", text)
        for code, suffix in suffixes.items():
            shown = next(c for c in locales.chain(code) if c in title)
            page = f"# {title[shown]}\n\n{summary.get(shown, summary[default])}\n\n{text.get(shown, text[default])}\n"
            (docs / "pages" / f"p{i}{suffix}.md").write_text(page, "utf-8")
    for suffix in suffixes.values():
        (docs / f"index{suffix}.md").write_text("# Home\n", "utf-8")
    _baseline_strings(folder / "overrides/partials/languages", locales)
    languages = [{"locale": code, "name": code, "default": code == locales.default.code, "build": True}
                 for code in locales.codes]
    config = {"site_name": "Baseline", "site_url": "https://example.github.io/baseline/", "use_directory_urls": True,
              "theme": {"name": "material", "language": "ja", "custom_dir": "overrides"}, "nav": ["index.md"], "not_in_nav": "/pages/",
              "plugins": [{"i18n": {"docs_structure": "suffix", "fallback_to_default": True,
                                    "reconfigure_material": True, "languages": languages}}]}
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")
    return folder / "mkdocs.yml"


def _baseline_strings(folder: Path, locales: Locales) -> None:
    """Material's strings for each language it lacks (Tsunagu's own partials need Tsunagu's strings)."""
    folder.mkdir(parents=True, exist_ok=True)
    for locale in locales:
        if not (MATERIAL_LANGUAGES / f"{locale.code}.html").exists():
            base = "ja" if locale.code.startswith("ja") else "en"
            (folder / f"{locale.code}.html").write_text(BASELINE_LANGUAGE.format(base=base, tag=locale.tag), "utf-8")


def markdown_table(rows: list[tuple[str, ...]]) -> str:
    """``rows`` (the head first) as a Markdown table with aligned columns."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def _against(measure: Measure | None, base: Measure) -> tuple[str, ...]:
    """Wall and CPU seconds of ``measure``, each with its ratio to ``base``'s."""
    if measure is None:
        return ("–",) * 4
    return (f"{measure.seconds:.1f}", f"{measure.seconds / base.seconds:.2f}",
            f"{measure.cpu_seconds:.1f}", f"{measure.cpu_seconds / base.cpu_seconds:.2f}")


def table(runs: list[Run]) -> str:
    """The builds of one scale, the baseline first: the ratios are to its (cold) build."""
    base = runs[0].cold
    languages = sorted({language for run in runs for language in run.search_kb})
    head = ("build", "pages", "cold s", "cold ×", "cold CPU s", "cold CPU ×", "warm s", "warm ×", "warm CPU s",
            "warm CPU ×", "peak MB", "site MB", *(f"search KB {language}" for language in languages))
    rows = [head]
    for run in runs:
        search = [f"{run.search_kb[language]:.0f}" if language in run.search_kb else "–" for language in languages]
        rows.append((run.name, str(run.pages), *_against(run.cold, base), *_against(run.warm, base),
                     f"{run.peak_mb:.0f}", f"{run.size_mb:.1f}", *search))
    return markdown_table(rows)


def preview_table(previews: list[Preview]) -> str:
    rows = [("preview", "first page s", "edit to reloaded page s")]
    rows += [(p.lang, f"{p.first:.1f}", ", ".join(f"{s:.1f}" for s in p.latencies)) for p in previews]
    return markdown_table(rows)


def _met(met: bool) -> str:
    return "yes" if met else "no"


def build_targets(result: ScaleResult) -> list[tuple[str, str, str]]:
    """Cold build ≤ 2× and warm build ≤ 1.25× the baseline's wall time, for each build of one scale."""
    base, rows = result.runs[0].cold.seconds, []
    for run in result.runs[1:]:
        cold, warm = run.cold.seconds / base, run.warm.seconds / base
        rows.append((f"cold build ≤ 2× the baseline ({run.name})", f"{cold:.2f}×", _met(cold <= 2)))
        rows.append((f"warm build ≤ 1.25× the baseline ({run.name})", f"{warm:.2f}×", _met(warm <= 1.25)))
    return rows


def growth_targets(city: ScaleResult | None, prefecture: ScaleResult | None) -> list[tuple[str, str, str]]:
    """Prefecture ÷ city ≤ 10.5 for each build: only when this run measured both scales."""
    if city is None or prefecture is None:
        return [("prefecture ÷ city ≤ 10.5", "not measured: run --scale city --scale prefecture", "–")]
    by_build = {run.name.rsplit("-", 1)[0]: run.cold.seconds for run in city.runs}
    base = prefecture.runs[0].cold.seconds / city.runs[0].cold.seconds
    rows = []
    for run in prefecture.runs[1:]:
        build = run.name.rsplit("-", 1)[0]
        ratio = run.cold.seconds / by_build[build]
        rows.append((f"prefecture ÷ city ≤ 10.5 ({build})",
                     f"{run.cold.seconds:.1f} ÷ {by_build[build]:.1f} = {ratio:.1f} (the baseline's: {base:.1f})",
                     _met(ratio <= 10.5)))
    return rows


def prefecture_targets(prefecture: ScaleResult | None) -> list[tuple[str, str, str]]:
    """Peak memory < 1.5 GB and site < 1 GB at prefecture scale, for each build."""
    if prefecture is None:
        return [(target, "not measured: run --scale prefecture", "–")
                for target in ("peak memory < 1.5 GB at prefecture scale", "prefecture site < 1 GB")]
    rows = []
    for run in prefecture.runs[1:]:
        rows.append((f"peak memory < 1.5 GB ({run.name})", f"{run.peak_mb:.0f} MB", _met(run.peak_mb < 1.5 * MB_PER_GB)))
        rows.append((f"site < 1 GB ({run.name})", f"{run.size_mb:.1f} MB", _met(run.size_mb < MB_PER_GB)))
    return rows


def preview_targets(results: list[ScaleResult]) -> list[tuple[str, str, str]]:
    """Edit to reloaded page ≤ 2 s, the slowest edit of each language and scale previewed."""
    rows = [(f"preview ≤ 2 s ({p.lang}, {result.scale})", f"{max(p.latencies):.1f} s (slowest of {len(p.latencies)})",
             _met(max(p.latencies) <= 2)) for result in results for p in result.previews]
    return rows or [("preview ≤ 2 s", "not measured: run with --preview", "–")]


def targets(results: list[ScaleResult]) -> str:
    """The targets of issues 14 and 27, each met or not, as a table."""
    scales = {result.scale: result for result in results}
    rows = [row for result in results for row in build_targets(result)]
    rows += growth_targets(scales.get("city"), scales.get("prefecture"))
    rows += prefecture_targets(scales.get("prefecture")) + preview_targets(results)
    return markdown_table([("target", "measured", "met?"), *rows])


def run_scale(scale: str, work: Path, builds: list[str], previews: int) -> ScaleResult:
    """Generate a site of ``scale``, build it each way cold and warm, then the baseline with as many pages
    per language; then, if ``previews`` edits are asked for, the preview of each language."""
    folder, plain = work / f"tsunagu-{scale}", work / f"baseline-{scale}"
    for previous in (folder, plain, *work.glob(f"*-{scale}-site")):
        shutil.rmtree(previous, ignore_errors=True)
    config = generate(folder, scale)
    locales = locales_of(config)
    runs = [measure_tsunagu(build, scale, config, work) for build in builds]
    per_language = max(pages_per_language(work / f"{builds[0]}-{scale}-site", locales).values())
    runs.insert(0, measure_baseline(scale, baseline(plain, folder, per_language, locales), work, locales))
    measured = [Preview(lang, *preview.measure(folder, lang, previews)) for lang in PREVIEW_LANGUAGES if previews]
    return ScaleResult(scale, runs, measured)


def report(results: list[ScaleResult]) -> str:
    """A table per scale (and its previews), then the targets."""
    parts = []
    for result in results:
        parts += [f"scale {result.scale}: {SCALES[result.scale]}", table(result.runs)]
        parts += [preview_table(result.previews)] if result.previews else []
    return "\n\n".join([*parts, "Targets of issues 14 and 27:", targets(results)])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Benchmark Tsunagu against plain MkDocs.")
    parser.add_argument("--scale", choices=SCALES, action="append",
                        help="city (default), prefecture, small or tiny; give it twice for two scales in one run")
    parser.add_argument("--build", choices=BUILDS, action="append", help="single, parallel (default: both)")
    parser.add_argument("--preview", action="store_true", help="also time the preview in ja and en")
    parser.add_argument("--preview-edits", type=int, default=3, help="edits timed per preview language")
    parser.add_argument("--work", type=Path, help="keep the generated sites and logs in this folder")
    args = parser.parse_args(argv)
    scales, builds = args.scale or ["city"], args.build or list(BUILDS)
    edits = args.preview_edits if args.preview else 0
    if args.work:
        args.work.mkdir(parents=True, exist_ok=True)
        results = [run_scale(scale, args.work.resolve(), builds, edits) for scale in scales]
    else:
        with tempfile.TemporaryDirectory(prefix="tsunagu-bench-") as work:
            results = [run_scale(scale, Path(work), builds, edits) for scale in scales]
    print(report(results))


if __name__ == "__main__":
    main()
