"""axe-core on every page type in every language: WCAG 2.0, 2.1 and 2.2, A and AA. Target: no violations.

The run's results are written to ``data/accessibility/results.json``; the build turns them into the
accessibility statement, so the statement always shows the latest test run.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from axe_playwright_python.sync_playwright import Axe

from .site_pages import LANGUAGE_PREFIXES, ROOT, pages_of

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
RESULTS = ROOT / "data" / "accessibility" / "results.json"
OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}


def _summary(violation: dict) -> dict:
    return {"rule": violation["id"], "impact": violation.get("impact"), "help": violation["help"],
            "targets": [" ".join(map(str, node["target"])) for node in violation["nodes"]]}


@pytest.fixture(scope="module")
def report():
    """Collects every page's result, and writes them for the accessibility statement at the end."""
    axe = Axe()
    results = {"axe_version": "", "standard": "WCAG 2.2 AA", "tags": WCAG_TAGS, "pages": []}
    yield axe, results
    if results["pages"]:
        results["tested_on"] = dt.date.today().isoformat()
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", "utf-8")


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
def test_no_axe_violations(lang, page, served, report):
    axe, results = report
    found = {}
    for path in pages_of(lang, served.root):
        page.goto(served.url(path))
        response = axe.run(page, options=OPTIONS).response
        results["axe_version"] = response["testEngine"]["version"]
        violations = [_summary(v) for v in response["violations"]]
        results["pages"].append({"lang": lang, "path": "/" + path, "violations": violations})
        if violations:
            found[path] = violations
    assert found == {}
