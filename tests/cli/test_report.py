"""The three output formats of ``tsunagu check``."""

from __future__ import annotations

import json

from tsunagu.model.errors import Problem
from tsunagu.cli.report import Finding, render

FINDINGS = [
    Finding("warning", Problem("docs/a.md", 0, "", "no en translation")),
    Finding("error", Problem("data/x.yml", 7, "start_time", '"25:00" is not a time')),
    Finding("error", Problem("data/y,z.yml", 2, "", "50% done\nsecond line")),
]


def test_human():
    assert render(FINDINGS, "human").splitlines() == [
        'error: data/x.yml:7: start_time: "25:00" is not a time',
        "error: data/y,z.yml:2: 50% done",
        "second line",
        "warning: docs/a.md: no en translation",
        "2 errors, 1 warning",
    ]


def test_json():
    report = json.loads(render(FINDINGS, "json"))
    assert (report["errors"], report["warnings"]) == (2, 1)
    assert report["findings"][0] == {"severity": "error", "path": "data/x.yml", "line": 7,
                                     "field": "start_time", "message": '"25:00" is not a time'}


def test_github_escapes_messages_and_properties():
    assert render(FINDINGS, "github").splitlines() == [
        '::error file=data/x.yml,line=7::start_time: "25:00" is not a time',
        "::error file=data/y%2Cz.yml,line=2::50%25 done%0Asecond line",
        "::warning file=docs/a.md::no en translation",
    ]


def test_nothing_found():
    assert render([], "human") == "0 errors, 0 warnings"
    assert render([], "github") == ""
