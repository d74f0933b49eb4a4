"""Open data as JSON: every record of each kind, with its texts in every language.

Each file is ``{"publisher", "license", "records"}``; a record has the fields of its data
file (documented by the data schemas), plus ``id`` and ``pages`` (its page in each language).
A group's contact is left out unless it is marked public.
"""

from __future__ import annotations

import json

from ..model.kinds import RecordKind, record_kinds
from ..model.models import Group, Record
from .published import Published


def json_fields(kind: RecordKind) -> tuple[str, ...]:
    """A record's fields in the file: its id, its pages, then the fields of its data file."""
    return ("id", *(("pages",) if kind.section else ()), *kind.model.model_fields)


class OpenDataJson:
    """Writes one JSON file per kind of record."""

    def __init__(self, published: Published):
        self.published = published

    def files(self) -> dict[str, bytes]:
        return {kind.json_path: self._file(kind) for kind in record_kinds()}

    def _file(self, kind: RecordKind) -> bytes:
        site, records = self.published.catalog.site, self.published.catalog.records(kind.name)
        document = {
            "publisher": {"name": site.city.root, "lg_code": site.lg_code},
            "license": site.license.model_dump(mode="json"),
            "records": [self._record(kind, records[key]) for key in sorted(records)],
        }
        return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"

    def _record(self, kind: RecordKind, record: Record) -> dict:
        exclude = {"contact"} if isinstance(record, Group) and not (record.contact and record.contact.public) else set()
        fields = record.model_dump(mode="json", exclude=exclude, exclude_none=True)
        pages = {loc.code: self.published.urls.record(loc, kind.name, record.id)
                 for loc in self.published.locales} if kind.section else {}
        return {"id": record.id, **({"pages": pages} if pages else {}), **fields}
