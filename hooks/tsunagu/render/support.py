"""Support programmes on the build day: which are open, which open later, which have closed, and which
close soon. The index, the archive and the home page show them in these groups."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from ..model.models import Support


@dataclass(frozen=True)
class SupportSections:
    """The programmes of one day: ``open`` soonest deadline first (rolling ones without a deadline last),
    ``soon`` soonest opening first, ``closed`` latest deadline first."""

    open: list[Support]
    soon: list[Support]
    closed: list[Support]


def by_status(programmes: Iterable[Support], today: dt.date) -> SupportSections:
    """The programmes grouped by whether applications are taken on ``today``."""
    found = {"open": [], "soon": [], "closed": []}
    for programme in programmes:
        found[programme.application.status(today)].append(programme)
    return SupportSections(
        open=sorted(found["open"], key=lambda p: (p.application.closes or dt.date.max, p.id)),
        soon=sorted(found["soon"], key=lambda p: (p.application.opens, p.id)),
        closed=sorted(found["closed"], key=lambda p: (p.application.closes, p.id), reverse=True),
    )


def closing_soon(programmes: Iterable[Support], today: dt.date, last_day: dt.date) -> list[Support]:
    """The programmes open on ``today`` whose deadline is by ``last_day``, soonest deadline first."""
    return [p for p in by_status(programmes, today).open if p.application.closes and p.application.closes <= last_day]
