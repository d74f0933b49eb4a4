"""Rendered record bodies kept in the persistent cache between builds.

A body is addressed by its template's inputs: the page, its language, the build day, and every record
and value handed to the template (records by a hash of their content). What the template looks up for
itself in the catalog (a venue by its id, a group's name) is recorded while it renders and kept with
the body; a kept body is used only while each of those records is as it was. The shelf's salt covers
what every body shares: the code, the templates, the UI strings, the vocabularies, the site's settings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from pydantic import BaseModel

from ..store.cache import Cache, Shelf, code_version, digest
from ..load.catalog import Catalog
from ..model.kinds import shortcuts
from ..model.locales import Locale
from .qrcode import PrintLink

SHORTCUTS = shortcuts()
Body = tuple[str, tuple[str, ...]]  # the HTML, and the languages any text fell back to


class Fingerprints:
    """A hash of each record's content, made once per build."""

    def __init__(self):
        self._known: dict[int, str] = {}

    def of(self, record: BaseModel) -> str:
        key = id(record)
        if key not in self._known:
            self._known[key] = digest(type(record).__name__, record.model_dump_json())
        return self._known[key]


class RecordingCatalog:
    """The catalog as a template sees it, noting every record the template looks up."""

    def __init__(self, catalog: Catalog, fingerprints: Fingerprints):
        self._catalog, self._fingerprints = catalog, fingerprints
        self.seen: dict[tuple[str, str], str] = {}

    def __getattr__(self, name: str) -> Any:
        """The catalog's typed shortcuts (``groups``, every one the registry names) recorded; the rest as it is."""
        kind = SHORTCUTS.get(name)
        return self.records(kind) if kind else getattr(self._catalog, name)

    def records(self, kind: str) -> _Recorded:
        return _Recorded(self, kind, self._catalog.records(kind))

    def note(self, kind: str, record_id: str, record: BaseModel) -> BaseModel:
        self.seen[(kind, record_id)] = self._fingerprints.of(record)
        return record


@dataclass
class _Recorded:
    """One kind's records, noting each one read."""

    catalog: RecordingCatalog
    kind: str
    found: dict

    def __getitem__(self, record_id: str):
        return self.catalog.note(self.kind, record_id, self.found[record_id])

    def __contains__(self, record_id: object) -> bool:
        return record_id in self.found

    def get(self, record_id: str, default=None):
        return self[record_id] if record_id in self.found else default

    def items(self) -> Iterator[tuple[str, BaseModel]]:
        return ((key, self[key]) for key in self.found)

    def values(self) -> Iterator[BaseModel]:
        return (self[key] for key in self.found)

    def __iter__(self) -> Iterator[str]:
        return iter(self.found)

    def __len__(self) -> int:
        return len(self.found)


class BodyCache:
    """Record pages' bodies from the persistent cache, rendered and kept when missing or outdated."""

    def __init__(self, cache: Cache | None, catalog: Catalog, inputs: tuple[str, ...]):
        self.catalog, self.fingerprints = catalog, Fingerprints()
        self.shelf: Shelf | None = cache.shelf("body", code_version(), *inputs) if cache else None

    def recording(self) -> RecordingCatalog:
        """A catalog for one page's template to read."""
        return RecordingCatalog(self.catalog, self.fingerprints)

    def body(self, page: tuple[str, Locale, dt.date], data: dict, seen: RecordingCatalog,
             render: Callable[[], Body]) -> Body:
        """The body of ``page`` (source, language, build day) from ``data``: kept, or ``render``ed and kept."""
        key = self._key(page, data)
        if key is None or self.shelf is None:
            return render()
        kept = self.shelf.get(key)
        if kept is not None:
            stored = json.loads(kept)
            if all(self._current(kind, record_id) == print_ for kind, record_id, print_ in stored["seen"]):
                seen.seen.update({(kind, record_id): print_ for kind, record_id, print_ in stored["seen"]})
                return stored["html"], tuple(stored["fell_back"])
        html, fell_back = render()
        looked_up = [[kind, record_id, print_] for (kind, record_id), print_ in sorted(seen.seen.items())]
        self.shelf.put(key, json.dumps({"html": html, "fell_back": fell_back, "seen": looked_up}, ensure_ascii=False))
        return html, fell_back

    def _current(self, kind: str, record_id: str) -> str | None:
        record = self.catalog.records(kind).get(record_id)
        return self.fingerprints.of(record) if record is not None else None

    def _key(self, page: tuple[str, Locale, dt.date], data: dict) -> str | None:
        """The address of a body, or None when a value handed to the template cannot be hashed (not kept)."""
        src, locale, today = page
        parts = [src, locale.code, today.isoformat()]
        for name in sorted(data):
            value = self._value(data[name])
            if value is None:
                return None
            parts += [name, value]
        return digest(*parts)

    def _value(self, value: Any) -> str | None:
        if isinstance(value, BaseModel):
            return self.fingerprints.of(value)
        if isinstance(value, PrintLink):
            return value.url
        if dataclasses.is_dataclass(value) and not isinstance(value, type):  # an occurrence of an event
            items = [self._value(getattr(value, part.name)) for part in dataclasses.fields(value)]
            return None if None in items else digest(type(value).__name__, *items)
        if isinstance(value, (str, int, float, bool, dt.date, dt.time)) or value is None:
            return repr(value)
        if isinstance(value, (list, tuple)):
            items = [self._value(item) for item in value]
            return None if None in items else digest(*items)
        return None
