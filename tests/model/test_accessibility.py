"""The accessibility statement renders the results file that the browser test run writes."""

from __future__ import annotations

import json

from conftest import build

RESULTS = {
    "axe_version": "9.8.7", "standard": "WCAG 2.2 AA", "tags": ["wcag2a", "wcag22aa"], "tested_on": "2026-11-20",
    "pages": [
        {"lang": "ja", "path": "/", "violations": []},
        {"lang": "en", "path": "/en/", "violations": [
            {"rule": "color-contrast", "impact": "serious", "help": "Elements must meet contrast", "targets": ["p"]}]},
    ],
}


def write_results(site, results) -> None:
    folder = site / "data" / "accessibility"
    folder.mkdir(parents=True)
    (folder / "results.json").write_text(json.dumps(results), "utf-8")


def test_statement_shows_the_latest_results(minimal, tmp_path):
    write_results(minimal, RESULTS)
    result = build(minimal / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site" / "en" / "accessibility" / "index.html").read_text("utf-8")
    assert "axe-core 9.8.7" in html
    assert "2 pages in 2 languages" in html
    assert "color-contrast: Elements must meet contrast" in html
    assert "令和8年（2026年）11月20日" in (tmp_path / "site" / "accessibility" / "index.html").read_text("utf-8")


def test_statement_without_results_says_so(minimal, tmp_path):
    result = build(minimal / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "There are no test results yet." in (tmp_path / "site" / "en" / "accessibility" / "index.html").read_text("utf-8")


def test_broken_results_stop_the_build(minimal, tmp_path):
    write_results(minimal, {"pages": "none"})
    result = build(minimal / "mkdocs.yml", tmp_path / "site")
    assert result.returncode != 0
    assert "data/accessibility/results.json: is not a test results file written by tests/browser/test_axe.py" in result.stderr
