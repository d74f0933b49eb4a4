"""The resident's first view (issue 12): what opening one page of each shape costs, per language.

``python -m bench.firstview`` builds the repository's sample site (today fixed), serves it below
``/tsunagu/`` on a local host that gzips text as GitHub Pages does (bench/host.py), and prints one
markdown table row per page:

- files, KB raw and KB gzip: the first view read from the markup (bench/weight.py), the count that
  tests/test_page_weight.py holds to 75 KB gzip;
- requests: what Chromium asked the host for while Lighthouse loaded the page (its network log),
  so requests that scripts make on load are in it too;
- Lighthouse's mobile performance, accessibility and SEO scores (npm ``lighthouse`` driving
  ``/usr/bin/chromium``; mobile is its default). Targets: performance ≥ 95, accessibility 100, SEO 100.

Below the table, each score under its target is followed by the audits that cost it points. A run
takes about 20 s a page and runs one page at a time. It reports; it never fails on a low score.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .generate import ROOT, TODAY
from .host import Host
from .weight import first_view, site_path

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = ("--headless --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync")
LANGUAGES = {"ja": "", "ja-easy": "ja-easy/", "en": "en/"}
TARGETS = {"performance": 95, "accessibility": 100, "seo": 100}
REASONS_SHOWN = 4


def first_record(folder: str) -> str:
    return f"{folder}/{sorted((ROOT / 'data' / folder).glob('*.yml'))[0].stem}/"


SHAPES = {
    "home": "", "groups index": "groups/", "group": first_record("groups"), "events index": "events/",
    "event": first_record("events"), "glossary index": "glossary/", "term": first_record("glossary"),
    "hand-written": "kyodo/", "404": "404.html",
}
# The site has one 404 page, which a static host sends for any missing address. Lighthouse does not
# audit a 404 response, so the page is measured once, at its own address.
NOT_FOUND = "404"


@dataclass
class Row:
    """One page's first view and its Lighthouse scores (None when Lighthouse failed)."""

    shape: str
    lang: str
    files: int
    raw: int
    sent: int
    requests: int | None = None
    scores: dict[str, int] | None = None
    reasons: dict[str, list[str]] | None = None


def build(site: Path) -> None:
    """Build the sample site into ``site`` as editors do, with today fixed."""
    env = {**os.environ, "TSUNAGU_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(f"the sample site did not build:\n{result.stderr}")


def lighthouse(url: str, report: Path) -> dict:
    """Lighthouse's JSON report on ``url`` (mobile, the categories of TARGETS)."""
    command = [str(LIGHTHOUSE), url, "--output=json", f"--output-path={report}", "--quiet",
               f"--chrome-flags={CHROME_FLAGS}", "--only-categories=" + ",".join(TARGETS)]
    report.unlink(missing_ok=True)
    subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, check=False, capture_output=True)
    return json.loads(report.read_text("utf-8")) if report.exists() else {}


def reasons(report: dict, category: str) -> list[str]:
    """The weighted audits of a category that lost points, the costliest first."""
    lost = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref["weight"] and audit.get("score") is not None and audit["score"] < 1:
            lost.append((ref["weight"] * (1 - audit["score"]), audit))
    return [describe(audit) for _, audit in sorted(lost, key=lambda pair: -pair[0])[:REASONS_SHOWN]]


def describe(audit: dict) -> str:
    value = f", {audit['displayValue']}" if audit.get("displayValue") else ""
    return f"{audit['id']} ({audit['score']:.2f}{value})"


def score(row: Row, report: dict) -> None:
    """Fill in a row's request count, scores and reasons from a Lighthouse report."""
    if not report or report.get("runtimeError") or not report.get("categories"):
        return
    requests = report["audits"]["network-requests"]["details"]["items"]
    row.requests = sum(1 for item in requests if item["url"].startswith("http"))
    row.scores = {name: round(100 * report["categories"][name]["score"]) for name in TARGETS}
    row.reasons = {name: reasons(report, name) for name in TARGETS if row.scores[name] < TARGETS[name]}


def pages(shapes: dict[str, str], languages: list[str]) -> list[tuple[str, str, str]]:
    """(shape, language, path) of every page to measure."""
    chosen = [(shape, lang, LANGUAGES[lang] + path) for lang in languages for shape, path in shapes.items()
              if shape != NOT_FOUND]
    return chosen + ([(NOT_FOUND, "all", shapes[NOT_FOUND])] if NOT_FOUND in shapes else [])


def measure(site: Path, shapes: dict[str, str], languages: list[str], reports: Path) -> list[Row]:
    base_path = site_path(ROOT / "mkdocs.yml")
    rows = []
    with Host(site, base_path) as host:
        for shape, lang, path in pages(shapes, languages):
            view = first_view(site, path, base_path)
            row = Row(shape, lang, len(view.files), view.raw, view.sent)
            score(row, lighthouse(host.url(path), reports / f"{lang}-{shape.replace(' ', '-')}.json"))
            print(f"{lang} {shape}: {row.scores or 'Lighthouse failed'}", file=sys.stderr, flush=True)
            rows.append(row)
    return rows


def table(rows: list[Row]) -> str:
    head = ("page", "lang", "requests", "files", "KB raw", "KB gzip", *TARGETS)
    lines = [head]
    for row in rows:
        scores = [str(row.scores[name]) if row.scores else "–" for name in TARGETS]
        lines.append((row.shape, row.lang, str(row.requests) if row.requests is not None else "–", str(row.files),
                      f"{row.raw / 1024:.1f}", f"{row.sent / 1024:.1f}", *scores))
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    text = ["| " + " | ".join(cell.ljust(w) for cell, w in zip(line, widths)) + " |" for line in lines]
    text.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(text)


def below_target(rows: list[Row]) -> str:
    lines = [f"- {row.lang} {row.shape}, {name} {row.scores[name]}: {'; '.join(lost)}"
             for row in rows if row.reasons for name, lost in row.reasons.items()]
    return "Below target:\n" + "\n".join(lines) if lines else "Every score meets its target."


def main() -> None:
    parser = argparse.ArgumentParser(description="Report the first view of each page shape: bytes, requests, Lighthouse.")
    parser.add_argument("--site", type=Path, help="a built sample site to measure (default: build one)")
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="only this language (repeatable)")
    parser.add_argument("--shape", action="append", choices=SHAPES, help="only this page shape (repeatable)")
    parser.add_argument("--reports", type=Path, help="keep Lighthouse's JSON reports in this folder")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        raise SystemExit(f"{LIGHTHOUSE} is missing: run `npm install` in {ROOT}")
    shapes = {name: SHAPES[name] for name in args.shape} if args.shape else SHAPES
    with tempfile.TemporaryDirectory(prefix="tsunagu-firstview-") as work:
        site = args.site or Path(work) / "site"
        if not args.site:
            build(site)
        reports = args.reports or Path(work)
        reports.mkdir(parents=True, exist_ok=True)
        rows = measure(site, shapes, args.lang or list(LANGUAGES), reports)
    print(table(rows))
    print()
    print(below_target(rows))


if __name__ == "__main__":
    main()
