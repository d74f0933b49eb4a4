"""The registry of record kinds: for each kind, where its files are, what it is published as, and how.

Every module asks here instead of writing kind names out. Adding a kind means an entry here,
its model in ``models.py``, its templates and its UI strings (and vocabularies, if it has codes).
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Event, Group, Indicator, Record, Support, Term, Venue


@dataclass(frozen=True)
class RecordKind:
    """One kind of record and the names it goes by in files, URLs, schemas and open data."""

    name: str
    """The kind in ``tsunagu new``, in references between records and in the UI key ``coverage.<name>``."""
    model: type[Record]
    folder: str
    """Its records are ``data/<folder>/<id>.yml``."""
    dataset: str
    """Its open data is ``opendata/<dataset>.json``, titled by the UI key ``opendata.<dataset>_json``."""
    plural: str
    """The kind's row in the plain-text coverage table."""
    section: str | None = None
    """Its pages are ``<section>/<id>/`` with an index at ``<section>/``; None: the kind has no pages."""
    title_field: str = "name"
    """The field whose text is the title of a record's page."""

    @property
    def schema(self) -> str:
        """The stem of its JSON Schema, ``schemas/<name>.schema.json``."""
        return self.name

    @property
    def page_template(self) -> str:
        """The template of a record's page, in the templates folder."""
        return f"{self.name}.html"

    @property
    def index_template(self) -> str:
        """The template of its section index."""
        return f"{self.section}_index.html"

    @property
    def index_title(self) -> str:
        """The UI key of its section index's title."""
        return f"{self.section}.title"


KINDS: dict[str, RecordKind] = {kind.name: kind for kind in (
    RecordKind("group", Group, folder="groups", dataset="groups", plural="groups", section="groups"),
    RecordKind("event", Event, folder="events", dataset="events", plural="events", section="events",
               title_field="title"),
    RecordKind("venue", Venue, folder="venues", dataset="venues", plural="venues"),
    RecordKind("term", Term, folder="glossary", dataset="glossary", plural="terms", section="glossary",
               title_field="term"),
    RecordKind("indicator", Indicator, folder="indicators", dataset="indicators", plural="indicators",
               section="indicators"),
    RecordKind("support", Support, folder="support", dataset="support", plural="support programmes", section="support",
               title_field="title"),
)}


def record_kinds() -> tuple[RecordKind, ...]:
    """Every kind, in the registry's order (the order of lists and tables)."""
    return tuple(KINDS.values())


def with_pages() -> tuple[RecordKind, ...]:
    """The kinds whose records have pages."""
    return tuple(kind for kind in KINDS.values() if kind.section)
