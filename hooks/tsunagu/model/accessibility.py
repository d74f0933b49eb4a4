"""The latest accessibility test results, as the browser test run writes them to
``data/accessibility/results.json``; the accessibility statement page shows them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

RESULTS_FILE = Path("accessibility") / "results.json"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Violation(_Frozen):
    rule: str
    impact: str | None = None
    help: str
    targets: list[str]


class PageResult(_Frozen):
    lang: str
    path: str
    violations: list[Violation]


class TestResults(_Frozen):
    """One run of axe-core over every page type in every language."""

    __test__ = False
    axe_version: str
    standard: str
    tags: list[str]
    tested_on: dt.date | None = None
    pages: list[PageResult]

    @property
    def violations(self) -> list[tuple[PageResult, Violation]]:
        return [(page, v) for page in self.pages for v in page.violations]

    @property
    def languages(self) -> list[str]:
        return sorted({page.lang for page in self.pages})


def load_results(data_dir: Path) -> tuple[TestResults | None, str | None]:
    """The results, or None when no test run has written them; and a problem if the file is broken."""
    path = data_dir / RESULTS_FILE
    if not path.exists():
        return None, None
    try:
        return TestResults.model_validate_json(path.read_bytes()), None
    except ValidationError as error:
        return None, f"is not a test results file written by tests/browser/test_axe.py ({error.error_count()} errors)"
