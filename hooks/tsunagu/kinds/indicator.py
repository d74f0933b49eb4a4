"""The plan's indicators (成果指標): an index by the plan's goals, a page per indicator with its progress and
chart, and a CSV with a line per value (long form): the baseline, each fiscal year's actual value, the target."""

from __future__ import annotations

from ..i18n.dates import wareki_fiscal_year
from ..model.indicators import Progress, YearValue, progress
from ..model.models import Indicator
from ..model.tables import INDICATOR_ROWS as ROWS
from ..outputs.opendata_csv import OpenDataCsv
from ..outputs.table_rows import Cell
from ..render.chart import chart
from ..render.pages import Extras, LanguagePages
from .base import KindAdapter

class IndicatorAdapter(KindAdapter):
    name = "indicator"

    def index(self, pages: LanguagePages) -> Extras:
        return Extras({"sections": _by_goal(pages)})

    def record(self, pages: LanguagePages, indicator: Indicator) -> Extras:
        """An indicator's page: its progress, and its chart drawn with the page's numbers and years."""
        found = progress(indicator, pages.catalog.events.values(), pages.today)
        return Extras({"progress": found, "chart": lambda view: chart(found, view.number, view.fiscal_year_on_axis)})

    def csv_rows(self, out: OpenDataCsv, indicator: Indicator) -> list[tuple[Cell, ...]]:
        """An indicator's lines: its baseline, each fiscal year that has a value, and its target."""
        found = progress(indicator, out.catalog.events.values(), out.today)
        baseline, target = indicator.baseline, indicator.target
        lines = [(ROWS[0], baseline.fiscal_year, baseline.value, None, None, "")]
        lines += [(ROWS[1], year.fiscal_year, year.value, year.total, year.in_progress, _method(out, year))
                  for year in found.years if year.value is not None]
        lines.append((ROWS[2], target.fiscal_year, target.value, None, None, ""))
        return [self._line(out, indicator, *line) for line in lines]

    def _line(self, out: OpenDataCsv, indicator: Indicator, row: str, year: int, value, total, in_progress: bool | None,
              method: str) -> tuple[Cell, ...]:
        return (
            out.catalog.site.lg_code, indicator.id, out.text(indicator.name), out.english_text(indicator.name),
            indicator.goal, out.label("plan_goals", indicator.goal), out.text(indicator.unit),
            row, year, wareki_fiscal_year(year), value, total, indicator.target.cumulative, in_progress,
            method, out.text(indicator.source.text), out.url(self.name, indicator.id), indicator.updated.isoformat(),
        )


def _method(out: OpenDataCsv, year: YearValue) -> str:
    return out.t("indicator.computed" if year.computed else "indicator.typed")


def _by_goal(pages: LanguagePages) -> list[tuple[str, list[Progress]]]:
    """The plan's goals that have indicators, in their vocabulary's order, each with its indicators' progress (by id)."""
    catalog = pages.catalog
    indicators = [progress(found, catalog.events.values(), pages.today)
                  for _, found in sorted(catalog.records("indicator").items())]
    sections = [(goal, [p for p in indicators if p.indicator.goal == goal]) for goal in catalog.vocabularies["plan_goals"]]
    return [(goal, found) for goal, found in sections if found]


ADAPTER = IndicatorAdapter()
