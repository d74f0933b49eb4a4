"""Preview builds (``mkdocs serve --dirty``): generated pages become files on disk, rewritten only when
their content changes, so that the engine rebuilds the pages an edit touched and skips the rest; and each
rebuild renders again only the record pages that show a record the edit changed (``LanguagePreview``)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from pydantic import BaseModel

from .load.catalog import Catalog
from .model.kinds import KINDS
from .render.pages import GeneratedPage, RecordKey

FOLDER = ".cache/tsunagu/preview"


def page_source(folder: Path, page: GeneratedPage) -> Path:
    """Write ``page`` below ``folder`` with its body's fingerprint in the front matter, unless the file
    holds exactly that already (its unchanged modification time tells the engine to skip it); its path."""
    body, _ = page.render_body()
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    front, rest = page.markdown.split("\n", 1)  # the opening "---" of the front matter
    text = f"{front}\ntsunagu_body: {digest}\n{rest}"
    path = folder / page.src_uri
    if not path.is_file() or path.read_text("utf-8") != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return path


@dataclass
class Reuse:
    """The pages a preview rebuild keeps from the one before, and the records whose pages it renders again."""

    kept: dict[str, GeneratedPage]
    records: frozenset[RecordKey]

    def renews(self, kind: str, record_id: str) -> bool:
        return (kind, record_id) in self.records

    def merged(self, fresh: list[GeneratedPage]) -> dict[str, GeneratedPage]:
        """The kept pages, with the freshly rendered ones in their places (and any new one after them)."""
        pages = {page.src_uri: page for page in fresh}
        return {src: pages.pop(src, page) for src, page in self.kept.items()} | pages


@dataclass
class LanguagePreview:
    """What the last rebuild of one language made: its inputs, its records and pages, and for each record
    the record pages that show it."""

    inputs: str
    catalog: Catalog
    pages: dict[str, GeneratedPage] = field(default_factory=dict)
    dependents: dict[RecordKey, set[RecordKey]] = field(default_factory=dict)

    def reuse(self, inputs: str, catalog: Catalog) -> Reuse | None:
        """What the next rebuild of ``catalog`` can keep; None when every page is to be rendered again (the
        settings, texts, templates, vocabularies or build day changed, or a record came or went)."""
        if inputs != self.inputs or catalog.digests.keys() != self.catalog.digests.keys():
            return None
        changed = {key for key, digest in catalog.digests.items() if self.catalog.digests[key] != digest}
        ids = {kind: set(catalog.records(kind)) for kind in KINDS}
        renewed = set(changed)
        for kind, record_id in changed:
            renewed |= mentioned(self.catalog.records(kind)[record_id], ids)  # what it showed,
            renewed |= mentioned(catalog.records(kind)[record_id], ids)  # and what it shows now
            renewed |= self.dependents.get((kind, record_id), set())
        return Reuse(self.pages, frozenset(renewed))

    def rebuilt(self, inputs: str, catalog: Catalog, pages: list[GeneratedPage], reused: Reuse | None) -> None:
        """Remember a rebuild: its pages, and what each record page it rendered shows (once its body is)."""
        self.inputs, self.catalog = inputs, catalog
        if reused is None:
            self.dependents = {}
        kept = reused.kept if reused else {}
        for page in pages:
            if page.record is not None and kept.get(page.src_uri) is not page:
                for shown in page.depends_on():
                    self.dependents.setdefault(shown, set()).add(page.record)
        self.pages = {page.src_uri: page for page in pages}


def mentioned(record: BaseModel, ids: dict[str, set[str]]) -> set[RecordKey]:
    """The records whose id a record's fields hold (any text that is an id counts: more pages, never fewer)."""
    words = set(_texts(record.model_dump()))
    return {(kind, record_id) for kind, known in ids.items() for record_id in words & known}


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _texts(item)
