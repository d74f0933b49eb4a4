"""Translation coverage shown: a plain-text table for ``tsunagu check --coverage``, and the about page's table
(the template ``coverage.html``) where a hand-written page holds ``COVERAGE_MARKER``. What is measured:
``i18n/coverage.py``."""

from __future__ import annotations

from typing import Callable

from jinja2 import Environment

from ..i18n.coverage import PAGE, Coverage
from ..model.kinds import KINDS
from ..model.locales import Locales

COVERAGE_MARKER = "<!-- tsunagu:coverage -->"  # where a hand-written page shows the coverage table


def coverage_html(env: Environment, coverage: Coverage, locales: Locales, t: Callable[..., str], lang: str,
                  readings: list | None = None) -> str:
    """The coverage as the about page's table, in the language whose UI strings ``t`` gives and whose tag is
    ``lang``, with each language's fallback chain; with ``readings``, the words whose reading is still to be
    settled (the second opinion's list) too."""
    chains = {loc.code: [locales.get(code) for code in locales.chain(loc.code)[1:]] for loc in locales}
    return env.get_template("coverage.html").render(coverage=coverage, kinds=(*coverage.kinds, None),
                                                    locales=list(locales), t=t, lang=lang, chains=chains,
                                                    readings=readings)


def table(coverage: Coverage) -> str:
    """The coverage as a plain-text table (for ``tsunagu check --coverage``), with the ids left to do."""
    rows = [["", *coverage.locales]]
    for kind in (*coverage.kinds, None):
        rows.append([_label(kind), *(_cell(coverage, code, kind) for code in coverage.locales)])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    for code in coverage.locales:
        for kind in coverage.kinds:
            missing = coverage.untranslated(code, kind)
            if missing:
                lines.append(f"{code} {_label(kind)} not translated: {', '.join(missing)}")
    return "\n".join(lines)


def _label(kind: str | None) -> str:
    """A row's name in the plain-text table."""
    if kind is None:
        return "whole site"
    return "pages" if kind == PAGE else KINDS[kind].plural


def _cell(coverage: Coverage, code: str, kind: str | None) -> str:
    done, total = coverage.count(code, kind)
    return f"{done}/{total} ({coverage.percent(code, kind)}%)"
