"""The shape of a kind's adapter, and what each one may leave as it is.

An adapter is a ``KindAdapter`` subclass in ``tsunagu/kinds/<name>.py``, named by its module's ``ADAPTER``.
What it does not override, its kind does not have: no archive, no calendar files, no feed entries, no
JSON-LD, no CSV, no digest items; its index lists its records by id and its record pages show the record.
The consumers (``render/pages.py``, ``outputs/opendata_csv.py``, ``outputs/atom.py``, ``render/digest.py``)
each declare, as a Protocol, the part of this shape they call.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from ..importing.rows import Draft
from ..importing.rules import Site as ImportSite
from ..model.kinds import KINDS, RecordKind
from ..model.locales import Locale
from ..model.models import Record
from ..model.tables import CSV_TABLES, CsvTable
from ..outputs.atom import FeedEntry
from ..outputs.ical import CalendarWriter
from ..outputs.opendata_csv import Cell, OpenDataCsv
from ..outputs.published import Published
from ..render.digest import Source
from ..render.pages import Extras, LanguagePages, PageJob


class KindAdapter:
    """Everything one kind of record adds to the site, over the facts of its registry entry."""

    name: ClassVar[str]
    """The kind's name in the registry (``model/kinds.py``)."""
    in_feed: ClassVar[bool] = False
    """Whether its records are entries of the Atom feed (then override ``feed_entry``)."""

    @property
    def kind(self) -> RecordKind:
        return KINDS[self.name]

    @property
    def table(self) -> CsvTable | None:
        """Its column table (None: no CSV), declared in ``model/tables`` because the importer, a stage below
        the adapters, reads the same table: what the export writes is what the import reads. A kind added
        outside the package may set its own ``table``."""
        return CSV_TABLES.get(self.name)

    def import_row(self, draft: Draft, site: ImportSite) -> dict[str, Draft]:
        """What ``tsunagu import`` settles for a row of this kind beyond its cells (``draft.values`` changed
        in place, problems and notes added to it); other records the row makes (a venue), by id."""
        return {}

    def import_notes(self, fields: frozenset[str]) -> list[str]:
        """Notes on a file whose columns fill ``fields`` (a layout without a column the kind defaults)."""
        return []

    def index(self, pages: LanguagePages) -> Extras:
        """What its section index's template gets: by default, ``records`` by id."""
        found = pages.catalog.records(self.name)
        return Extras({"records": [found[key] for key in sorted(found)]})

    def record(self, pages: LanguagePages, record: Record) -> Extras:
        """What a record page's template gets besides the record, and the page's JSON-LD."""
        return Extras({})

    def archives(self, pages: LanguagePages) -> list[PageJob]:
        """Its section's other pages (an archive)."""
        return []

    def calendar(self, calendars: CalendarWriter, locale: Locale, record: Record) -> bytes | None:
        """A record's calendar file (at ``kind.calendar_path``), if it has one."""
        return None

    def feed_entry(self, published: Published, locale: Locale, record: Record, today: dt.date) -> FeedEntry:
        """A record's entry in the feed on ``today`` (only called when ``in_feed``)."""
        raise NotImplementedError(f"{self.name} has no feed entries")

    def csv_rows(self, out: OpenDataCsv, record: Record) -> list[tuple[Cell, ...]]:
        """A record's lines in the CSV, one value per column (only called when it has a ``table``)."""
        raise NotImplementedError(f"{self.name} has no CSV")

    def digest_sources(self) -> dict[str, Source]:
        """Its sections of the 回覧板 digest, each a function from the catalog and the digest's window to items."""
        return {}
