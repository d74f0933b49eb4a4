"""The shape of a kind's adapter, and what each one may leave as it is.

An adapter is a ``KindAdapter`` subclass in ``tsunagu/kinds/<name>.py``, named by its module's ``ADAPTER``.
What it does not override, its kind does not have: no archive, no calendar files, no feed entries, no
JSON-LD, no CSV, no digest items; its index lists its records by id and its record pages show the record.
The consumers (``render/pages.py``, ``outputs/opendata_csv.py``, ``outputs/atom.py``, ``render/digest.py``)
each declare, as a Protocol, the part of this shape they call.
"""

from __future__ import annotations

from typing import ClassVar

from ..model.kinds import KINDS, RecordKind
from ..model.locales import Locale
from ..model.models import Record
from ..outputs.atom import FeedEntry
from ..outputs.ical import CalendarWriter
from ..outputs.opendata_csv import Cell, OpenDataCsv
from ..outputs.published import Published
from ..outputs.tables import Column, CsvTable
from ..render.digest import Source
from ..render.pages import Extras, LanguagePages, PageJob


class KindAdapter:
    """Everything one kind of record adds to the site, over the facts of its registry entry."""

    name: ClassVar[str]
    """The kind's name in the registry (``model/kinds.py``)."""
    columns: ClassVar[tuple[Column, ...] | None] = None
    """The kind's column table: the CSV's columns, in order (None: no CSV). The importers of a city's own
    files (spreadsheets, CSV) read through the same table, so export and import cannot drift apart."""
    standard: ClassVar[str | None] = None
    """The standard the CSV follows, if any (the open-data catalogue names it)."""
    primary_key: ClassVar[tuple[str, ...]] = ("ID",)
    """The CSV columns that tell its lines apart: the ID, unless a record has several lines."""
    in_feed: ClassVar[bool] = False
    """Whether its records are entries of the Atom feed (then override ``feed_entry``)."""

    @property
    def kind(self) -> RecordKind:
        return KINDS[self.name]

    @property
    def table(self) -> CsvTable | None:
        """Its CSV table, from ``columns``."""
        return CsvTable(self.kind, self.columns, self.standard, self.primary_key) if self.columns else None

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

    def feed_entry(self, published: Published, locale: Locale, record: Record) -> FeedEntry:
        """A record's entry in the feed (only called when ``in_feed``)."""
        raise NotImplementedError(f"{self.name} has no feed entries")

    def csv_rows(self, out: OpenDataCsv, record: Record) -> list[tuple[Cell, ...]]:
        """A record's lines in the CSV, one value per column (only called when there are ``columns``)."""
        raise NotImplementedError(f"{self.name} has no CSV")

    def digest_sources(self) -> dict[str, Source]:
        """Its sections of the 回覧板 digest, each a function from the catalog and the digest's window to items."""
        return {}
