"""The benchmark of issue 6: the full Tsunagu build against plain MkDocs, in the same run.

``python -m bench.run --scale city`` generates a synthetic site (bench/generate.py) and a
baseline with the same number of plain Markdown pages per language (mkdocs + material +
mkdocs-static-i18n at the same versions, pages not in the nav, no search), builds both in
subprocesses and prints one table. It reports; it never fails because a build is slow.

Largest search download for one query (per language), an upper bound for a one-word query as
Pagefind's UI fetches it: pagefind-ui.js + pagefind-ui.css + pagefind.js + pagefind-entry.json
+ the language's wasm + the language's meta + the largest index chunk of the language (a word
lives in one chunk) + the five largest fragments of the language (the UI's first page of
results shows five). Pagefind's files are stored compressed, so bytes on disk are bytes fetched.
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

import yaml

from .generate import ROOT, SCALES, generate

LOCALES = ("ja", "ja-easy", "en")  # the benchmark's own sites; the core reads them from mkdocs.yml
TODAY = "2026-11-23"
RESULTS_SHOWN = 5
SEARCH_COMMON = ("pagefind-ui.js", "pagefind-ui.css", "pagefind.js", "pagefind-entry.json")


@dataclass
class Run:
    """One measured build."""

    name: str
    pages: int
    seconds: float
    peak_mb: float
    size_mb: float
    search_kb: dict[str, float]


def build(config: Path, site: Path, log: Path) -> tuple[float, float]:
    """Build ``config`` into ``site`` in a subprocess; its wall time and peak memory (MB, Pagefind included)."""
    env = {**os.environ, "TSUNAGU_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)]
    with log.open("w") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=config.parent, env=env, stdout=out, stderr=out)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"the build of {config} failed; see {log}")
    return seconds, usage.ru_maxrss / 1024


def pages_per_language(site: Path) -> dict[str, int]:
    """HTML pages of each language (404 pages left out)."""
    pages = {code: 0 for code in LOCALES}
    for page in site.rglob("index.html"):
        first = page.relative_to(site).parts[0]
        pages[first if first in LOCALES else LOCALES[0]] += first != "pagefind"
    return pages


def size_mb(site: Path) -> float:
    return sum(f.stat().st_size for f in site.rglob("*") if f.is_file()) / 2**20


def search_download_kb(site: Path) -> dict[str, float]:
    """The largest download of one query per Pagefind language (the pages' ``lang``), by the method above."""
    bundle = site / "pagefind"
    if not (bundle / "pagefind-entry.json").exists():
        return {}
    entry = json.loads((bundle / "pagefind-entry.json").read_text("utf-8"))
    common = sum((bundle / name).stat().st_size for name in SEARCH_COMMON if (bundle / name).exists())

    def largest(pattern: str, count: int = 1) -> int:
        return sum(sorted((f.stat().st_size for f in bundle.glob(pattern)), reverse=True)[:count])

    result = {}
    for language, index in entry["languages"].items():
        total = common + largest(f"wasm.{index['wasm'] or 'unknown'}.pagefind") + largest(f"pagefind.{index['hash']}.pf_meta")
        total += largest(f"index/{language}_*.pf_index") + largest(f"fragment/{language}_*.pf_fragment", RESULTS_SHOWN)
        result[language] = total / 1024
    return result


def measure(name: str, config: Path, work: Path) -> Run:
    site = work / f"{name}-site"
    seconds, peak = build(config, site, work / f"{name}.log")
    return Run(name, sum(pages_per_language(site).values()), seconds, peak, size_mb(site), search_download_kb(site))


def baseline(folder: Path, source: Path, per_language: int) -> Path:
    """A plain site with ``per_language`` Markdown pages in each language, texts taken from the records."""
    docs = folder / "docs"
    (docs / "pages").mkdir(parents=True, exist_ok=True)
    records = sorted((source / "data/groups").glob("*.yml")) + sorted((source / "data/events").glob("*.yml"))
    for i in range(per_language - 1):
        record = yaml.safe_load(records[i % len(records)].read_text("utf-8"))
        title, text = record.get("name") or record["title"], record["description"]
        for code in LOCALES:
            suffix = "" if code == LOCALES[0] else f".{code}"
            page = f"# {title[code]}\n\n{record.get('summary', text)[code]}\n\n{text[code]}\n"
            (docs / "pages" / f"p{i}{suffix}.md").write_text(page, "utf-8")
    for code in LOCALES:
        (docs / f"index{'' if code == LOCALES[0] else '.' + code}.md").write_text("# Home\n", "utf-8")
    # Material has no ja-easy strings: the baseline takes that one partial from Tsunagu's overrides.
    (folder / "overrides/partials/languages").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "overrides/partials/languages/ja-easy.html", folder / "overrides/partials/languages")
    languages = [{"locale": code, "name": code, "default": code == LOCALES[0], "build": True} for code in LOCALES]
    config = {"site_name": "Baseline", "site_url": "https://example.github.io/baseline/", "use_directory_urls": True,
              "theme": {"name": "material", "language": "ja", "custom_dir": "overrides"}, "nav": ["index.md"], "not_in_nav": "/pages/",
              "plugins": [{"i18n": {"docs_structure": "suffix", "fallback_to_default": True,
                                    "reconfigure_material": True, "languages": languages}}]}
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")
    return folder / "mkdocs.yml"


def table(runs: list[Run]) -> str:
    base = runs[0]
    languages = sorted({language for run in runs for language in run.search_kb})
    head = ("build", "pages", "seconds", "ms/page", "× baseline", "peak MB", "site MB",
            *(f"search KB {language}" for language in languages))
    rows = [head]
    for run in runs:
        search = [f"{run.search_kb[language]:.0f}" if language in run.search_kb else "–" for language in languages]
        rows.append((run.name, str(run.pages), f"{run.seconds:.1f}", f"{1000 * run.seconds / run.pages:.1f}",
                     f"{run.seconds / base.seconds:.2f}", f"{run.peak_mb:.0f}", f"{run.size_mb:.1f}", *search))
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = ["| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def run(scale: str, work: Path) -> list[Run]:
    """Generate, build Tsunagu, build the baseline with as many pages per language; the two runs."""
    for previous in ("tsunagu", "baseline", f"tsunagu-{scale}-site", f"baseline-{scale}-site"):
        shutil.rmtree(work / previous, ignore_errors=True)
    config = generate(work / "tsunagu", scale)
    tsunagu = measure(f"tsunagu-{scale}", config, work)
    per_language = max(pages_per_language(work / f"tsunagu-{scale}-site").values())
    plain = measure(f"baseline-{scale}", baseline(work / "baseline", work / "tsunagu", per_language), work)
    return [plain, tsunagu]


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark Tsunagu against plain MkDocs.")
    parser.add_argument("--scale", choices=SCALES, default="city")
    parser.add_argument("--work", type=Path, help="keep the generated sites and logs in this folder")
    args = parser.parse_args()
    if args.work:
        args.work.mkdir(parents=True, exist_ok=True)
        runs = run(args.scale, args.work)
    else:
        with tempfile.TemporaryDirectory(prefix="tsunagu-bench-") as work:
            runs = run(args.scale, Path(work))
    print(f"scale {args.scale}: {SCALES[args.scale]}")
    print(table(runs))


if __name__ == "__main__":
    main()
