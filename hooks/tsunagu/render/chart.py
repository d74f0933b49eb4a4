"""The geometry of an indicator's bar chart: where each bar, value, year and gridline goes.

The chart is drawn by a template as inline SVG (``_chart.html``); this module only measures. One column
per fiscal year, the baseline first; the target is a dashed line across the plot. Sizes are in the SVG's
own units: the picture scales to its box, and its text with it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

from ..model.indicators import Progress, Value

COLUMN = 80
LEFT, RIGHT, TOP, PLOT, BOTTOM = 48, 12, 24, 160, 36
BAR = 0.6
TICKS = 4


@dataclass(frozen=True)
class Bar:
    """One fiscal year's column: its bar (none without a value), the value above it and the year below."""

    x: float
    y: float
    width: float
    height: float
    centre: float
    value: str
    year: str
    style: str
    """``baseline``, ``actual``, ``in-progress`` (the year is not over) or ``none`` (no value)."""


@dataclass(frozen=True)
class Tick:
    """A gridline and its value on the axis."""

    y: float
    label: str


@dataclass(frozen=True)
class Chart:
    """Everything the SVG template draws."""

    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    target_y: float


def chart(progress: Progress, number: Callable[[Value], str], year: Callable[[int], str]) -> Chart:
    """The chart of ``progress``: values written by ``number``, fiscal years by ``year``."""
    step = _step(progress.peak / TICKS)
    top_value = step * max(1, math.ceil(progress.peak * 1.05 / step))
    scale = _Scale(top_value)
    baseline = progress.indicator.baseline
    columns = [(baseline.fiscal_year, baseline.value, "baseline")]
    columns += [(y.fiscal_year, y.shown, _style(y.shown, y.in_progress)) for y in progress.years]
    bars = tuple(_bar(index, *column, scale, number, year) for index, column in enumerate(columns))
    ticks = tuple(Tick(scale.y(step * i), number(_tidy(step * i))) for i in range(round(top_value / step) + 1))
    width = LEFT + COLUMN * len(columns) + RIGHT
    return Chart(width, TOP + PLOT + BOTTOM, LEFT, width - RIGHT, TOP, TOP + PLOT, bars, ticks,
                 scale.y(progress.indicator.target.value))


class _Scale:
    """From values to the SVG's y coordinate: 0 at the bottom of the plot, ``top`` at its top."""

    def __init__(self, top: float):
        self.top = top

    def y(self, value: float) -> float:
        return round(TOP + PLOT * (1 - value / self.top), 1)


def _bar(index: int, fiscal_year: int, value: Value | None, style: str, scale: _Scale, number, year) -> Bar:
    left = LEFT + COLUMN * index
    width = COLUMN * BAR
    top = scale.y(value) if value is not None else TOP + PLOT
    return Bar(left + (COLUMN - width) / 2, top, width, round(TOP + PLOT - top, 1), left + COLUMN / 2,
               number(value) if value is not None else "", year(fiscal_year), style)


def _style(value: Value | None, in_progress: bool) -> str:
    if value is None:
        return "none"
    return "in-progress" if in_progress else "actual"


def _step(raw: float) -> float:
    """A round step between gridlines (1, 2 or 5 times a power of ten) of at least ``raw``."""
    if raw <= 0:
        return 1
    power = 10 ** math.floor(math.log10(raw))
    return next(power * factor for factor in (1, 2, 5, 10) if power * factor >= raw)


def _tidy(value: float) -> Value:
    """A gridline's value without float noise: 0.30000000000000004 is 0.3, 20.0 is 20."""
    rounded = round(value, 6)
    return int(rounded) if rounded == int(rounded) else rounded
