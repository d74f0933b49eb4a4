"""The controlled vocabularies of ``data/vocabulary/``: each code's label in every language, and for
group and event kinds what the code means to the outputs. The goals of the city's plan
(``plan_goals``) group its indicators.

A group kind names its schema.org type. An event kind names its schema.org type (none for a period of
taking part that is not an event, such as a public comment) and whether it is an open call: answered
over a period until it closes, and shown among the calls on the home page rather than the events.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, RootModel

from .fields import LocalText
from .models import Strict

OrganizationType = Literal["Organization", "NGO", "GovernmentOrganization", "Corporation", "LocalBusiness",
                           "EducationalOrganization", "SportsOrganization", "PerformingGroup"]
EventType = Literal["Event", "EducationEvent", "SocialEvent", "Festival", "ExhibitionEvent", "BusinessEvent",
                    "ChildrensEvent", "SportsEvent", "MusicEvent", "TheaterEvent", "FoodEvent", "Hackathon"]


class Entry(Strict):
    """One code of a vocabulary."""

    label: LocalText = Field(description="表示名（言語ごと） / Label in each language")


class GroupKind(Entry):
    """One code of data/vocabulary/group_kinds.yml."""

    schema_type: OrganizationType = Field("Organization", description=(
        "schema.org の種類（検索エンジン向け） / schema.org type (for search engines)"))


class EventKind(Entry):
    """One code of data/vocabulary/event_kinds.yml."""

    schema_type: EventType | None = Field("Event", description=(
        "schema.org の種類（null: イベントとして示さない） / schema.org type (null: not marked as an event)"))
    open_call: bool = Field(False, description=(
        "期間中に応募・意見を受け付ける募集か（トップページの「意見募集・申込の締切」に載る） / "
        "An open call, answered until it closes (listed among the home page's calls)"))


class Vocabulary(RootModel[dict[str | int, Entry]]):
    """data/vocabulary/<name>.yml: codes and their labels in every language."""


class GroupKinds(RootModel[dict[str, GroupKind]]):
    """data/vocabulary/group_kinds.yml: the kinds of group, their labels and schema.org types."""


class EventKinds(RootModel[dict[str, EventKind]]):
    """data/vocabulary/event_kinds.yml: the kinds of event, their labels, schema.org types and open calls."""


VOCABULARIES: dict[str, type[RootModel]] = {
    "group_kinds": GroupKinds, "event_kinds": EventKinds,
    "npo_fields": Vocabulary, "areas": Vocabulary, "accessibility": Vocabulary, "plan_goals": Vocabulary,
    "support_kinds": Vocabulary, "support_applicants": Vocabulary,
}
OPTIONAL = frozenset({"plan_goals", "support_kinds", "support_applicants"})
"""Vocabularies a site may leave out: a city that publishes no plan indicators has no plan goals, one that
lists no support programmes no kinds of support (a record that names a code of a missing one is refused)."""


def missing_labels(vocabularies: dict[str, dict], codes: tuple[str, ...]) -> list[str]:
    """Every vocabulary label lacking a language of ``codes``, in Hugo's report shape:
    ``i18n|MISSING_TRANSLATION|<locale>|vocabulary.<name>.<code>``."""
    return [f"i18n|MISSING_TRANSLATION|{locale}|vocabulary.{name}.{code}"
            for locale in codes for name, entries in vocabularies.items()
            for code, entry in entries.items() if not entry.label.has(locale)]
