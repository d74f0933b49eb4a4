"""The findings of ``tsunagu check`` in three formats: for people, for programs, for GitHub.

``human``  — one line per finding, errors first: ``error: data/x.yml:7: field: message``;
``json``   — ``{"errors": n, "warnings": n, "findings": [{severity, path, line, field, message}]}``;
``github`` — workflow commands (``::error file=...,line=...::message``) that a pull
request shows on the line concerned.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

from ..model.errors import Problem

Severity = Literal["error", "warning"]
FORMATS = ("human", "json", "github")


@dataclass(frozen=True, order=True)
class Finding:
    """A problem and how serious it is: errors stop a publication, warnings do not (unless strict)."""

    severity: Severity
    problem: Problem


def errors(problems: list[Problem]) -> list[Finding]:
    return [Finding("error", p) for p in problems]


def warnings(problems: list[Problem]) -> list[Finding]:
    return [Finding("warning", p) for p in problems]


def render(findings: list[Finding], fmt: str) -> str:
    """All findings in the format ``fmt`` (one of FORMATS)."""
    ordered = sorted(findings)
    return {"human": _human, "json": _json, "github": _github}[fmt](ordered)


def _count(findings: list[Finding], severity: Severity) -> int:
    return sum(f.severity == severity for f in findings)


def _human(findings: list[Finding]) -> str:
    lines = [f"{f.severity}: {f.problem}" for f in findings]
    errors_, warnings_ = _count(findings, "error"), _count(findings, "warning")
    lines.append(f"{errors_} error{'s' if errors_ != 1 else ''}, {warnings_} warning{'s' if warnings_ != 1 else ''}")
    return "\n".join(lines)


def _json(findings: list[Finding]) -> str:
    items = [{"severity": f.severity, "path": f.problem.path, "line": f.problem.line,
              "field": f.problem.field, "message": f.problem.message} for f in findings]
    summary = {"errors": _count(findings, "error"), "warnings": _count(findings, "warning"), "findings": items}
    return json.dumps(summary, ensure_ascii=False, indent=2)


def _github(findings: list[Finding]) -> str:
    return "\n".join(_annotation(f) for f in findings)


def _annotation(finding: Finding) -> str:
    problem = finding.problem
    where = f"file={_property(problem.path)}" + (f",line={problem.line}" if problem.line else "")
    text = f"{problem.field}: {problem.message}" if problem.field else problem.message
    return f"::{finding.severity} {where}::{_data(text)}"


def _data(text: str) -> str:
    """Escape a workflow command's message, as GitHub's toolkit does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
