"""Open data as JSON: every record of each kind, with its texts in every language.

Each file is ``{"publisher", "license", "records"}``; a record has the fields of its data
file (documented by the data schemas), plus ``id`` and ``pages`` (its page in each language).
A group's contact is left out unless it is marked public.
"""

from __future__ import annotations

import json

from .models import RECORD_KINDS, Group, Record
from .published import Dataset, Published

KINDS = {"events": "event", "groups": "group", "venues": "venue", "glossary": "term"}
PAGELESS = frozenset({"venue"})


def _fields(kind: str) -> tuple[str, ...]:
    """A record's fields in the file: its id, its pages, then the fields of its data file."""
    return ("id", *(() if kind in PAGELESS else ("pages",)), *RECORD_KINDS[kind].model_fields)


DATASETS = tuple(Dataset(f"opendata/{name}.json", f"opendata.{name}_json", "JSON", _fields(kind))
                 for name, kind in KINDS.items())


class OpenDataJson:
    """Writes one JSON file per kind of record."""

    def __init__(self, published: Published):
        self.published = published

    def files(self) -> dict[str, bytes]:
        catalog = self.published.catalog
        records = {"events": catalog.events, "groups": catalog.groups, "venues": catalog.venues,
                   "glossary": catalog.terms}
        return {f"opendata/{name}.json": self._file(KINDS[name], found) for name, found in records.items()}

    def _file(self, kind: str, records: dict[str, Record]) -> bytes:
        site = self.published.catalog.site
        document = {
            "publisher": {"name": site.city.root, "lg_code": site.lg_code},
            "license": site.license.model_dump(mode="json"),
            "records": [self._record(kind, records[key]) for key in sorted(records)],
        }
        return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"

    def _record(self, kind: str, record: Record) -> dict:
        exclude = {"contact"} if isinstance(record, Group) and not (record.contact and record.contact.public) else set()
        fields = record.model_dump(mode="json", exclude=exclude, exclude_none=True)
        pages = {} if kind in PAGELESS else {
            loc.code: self.published.urls.record(loc, kind, record.id) for loc in self.published.locales}
        return {"id": record.id, **({"pages": pages} if pages else {}), **fields}
