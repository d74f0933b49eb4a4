"""Filters for the group directory, the events index and the support programmes: which choices to offer, and each item's facets.

The lists are complete in the HTML; the filters part of ``docs/assets/tsunagu.js`` hides what does not
match. A choice is offered only when some item has it, so no filter leads to an empty list by itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..load.catalog import Catalog
from ..model.fields import LocalText
from ..model.models import Group, Support
from ..model.occurrences import Occurrence


@dataclass(frozen=True)
class Choice:
    value: str
    label: LocalText | None = None
    month: dt.date | None = None


@dataclass(frozen=True)
class Facet:
    """One filter: a select of choices, or a checkbox (``flag``); ``name`` is the items' data attribute."""

    name: str
    label_key: str
    choices: tuple[Choice, ...] = ()
    flag: bool = False


def group_facets(group: Group) -> dict[str, str]:
    """A group's data attributes: space-separated values per facet."""
    return {"kind": group.kind, "area": " ".join(group.areas), "npo-field": " ".join(map(str, group.npo_fields))}


def event_facets(held: Occurrence, catalog: Catalog) -> dict[str, str]:
    event = held.event
    venue = catalog.venues.get(event.venue) if event.venue else None
    return {"kind": event.kind, "month": held.start_date.strftime("%Y-%m"),
            "free": _flag(event.fee == 0), "online": _flag(event.online_url is not None),
            "accessibility": " ".join(venue.accessibility) if venue else ""}


def support_facets(programme: Support) -> dict[str, str]:
    return {"kind": programme.kind, "applicants": " ".join(programme.applicants)}


def group_filters(groups: list[Group], catalog: Catalog) -> list[Facet]:
    return [
        Facet("kind", "filter.kind", _choices(catalog, "group_kinds", {g.kind for g in groups})),
        Facet("area", "filter.area", _choices(catalog, "areas", {a for g in groups for a in g.areas})),
        Facet("npo-field", "filter.npo_field",
              _choices(catalog, "npo_fields", {n for g in groups for n in g.npo_fields})),
    ]


def event_filters(occurrences: list[Occurrence], catalog: Catalog) -> list[Facet]:
    months = sorted({o.start_date.replace(day=1) for o in occurrences})
    events = [o.event for o in occurrences]
    venues = [catalog.venues[e.venue] for e in events if e.venue]
    return [
        Facet("kind", "filter.kind", _choices(catalog, "event_kinds", {e.kind for e in events})),
        Facet("month", "filter.month", tuple(Choice(m.strftime("%Y-%m"), month=m) for m in months)),
        Facet("accessibility", "filter.accessibility",
              _choices(catalog, "accessibility", {c for v in venues for c in v.accessibility})),
        Facet("free", "filter.free", flag=True),
        Facet("online", "filter.online", flag=True),
    ]


def support_filters(programmes: list[Support], catalog: Catalog) -> list[Facet]:
    return [
        Facet("kind", "filter.kind", _choices(catalog, "support_kinds", {p.kind for p in programmes})),
        Facet("applicants", "filter.applicants",
              _choices(catalog, "support_applicants", {a for p in programmes for a in p.applicants})),
    ]


def _choices(catalog: Catalog, vocabulary: str, used: set[Any]) -> tuple[Choice, ...]:
    """The used codes of a vocabulary, in the vocabulary's own order."""
    return tuple(Choice(str(code), entry.label) for code, entry in catalog.vocabularies[vocabulary].items()
                 if code in used)


def _flag(value: bool) -> str:
    return "true" if value else "false"
