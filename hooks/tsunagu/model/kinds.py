"""The registry of record kinds: for each kind, where its files are, what it is published as, and how.

This is the one place that names a kind's folders, sections, pages and files: every other module, and
every template (through ``View.index_link`` and its kin), asks here. A kind's behaviour (its pages'
extras, calendars, feed entries, JSON-LD, CSV rows and digest items) lives in its adapter module,
``tsunagu/kinds/<name>.py``. Adding a kind means an entry here, its model, its adapter, its templates
and its UI strings (and vocabularies, if it has codes).
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Event, Group, Indicator, Record, Support, Term, Venue

OPENDATA = "opendata"
"""The folder of the open data, below the default language's root; its page is ``opendata/``."""
CATALOG_FILE = f"{OPENDATA}/catalog.jsonld"
"""The open-data catalogue (DCAT in JSON-LD)."""
FEED_FILE = "feed.xml"
"""Each language's Atom feed, below its root."""
CALENDAR_FEED = "events.ics"
"""Each language's calendar of every event, below its root."""
DIGEST_SECTION = "digest"
"""The 回覧板 digests: ``digest/<area>/<yyyy-mm>/``, with an index at ``digest/``."""
ACCESSIBILITY_PAGE = "accessibility.md"
"""The accessibility statement's source name."""
SITE_FILES = {"feed": FEED_FILE, "calendar": CALENDAR_FEED, "catalog": CATALOG_FILE}
"""The site-wide files a template links to, by the name ``View.file_link`` takes."""


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
    shortcut: str | None = None
    """The typed shortcut of ``Catalog`` for its records (``catalog.events``), if it has one."""
    csv_file: str | None = None
    """Its CSV's file name below ``opendata/`` (``{lg_code}`` is filled in); None: no CSV."""
    archive: bool = False
    """Whether its section has an archive page, ``<section>/archive/``."""
    calendars: bool = False
    """Whether its records may have calendar files, ``<section>/<id>.ics``."""
    adapter: str = ""
    """The module of its adapter; empty: ``tsunagu.kinds.<name>``."""

    @property
    def adapter_module(self) -> str:
        return self.adapter or f"tsunagu.kinds.{self.name}"

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

    @property
    def index_src(self) -> str:
        """Source name of its section index, e.g. ``groups/index.md``."""
        return f"{self.section}/index.md"

    def record_src(self, record_id: str) -> str:
        """Source name of a record's page, e.g. ``groups/sakuradai.md``: the same in every language."""
        return f"{self.section}/{record_id}.md"

    @property
    def archive_src(self) -> str:
        """Source name of its archive page, e.g. ``events/archive.md``."""
        return f"{self.section}/archive.md"

    @property
    def archive_template(self) -> str:
        return f"{self.section}_archive.html"

    @property
    def archive_title(self) -> str:
        """The UI key of its archive page's title."""
        return f"{self.section}.archive.title"

    def calendar_path(self, record_id: str) -> str:
        """Where a record's calendar file lives, below a language's root."""
        return f"{self.section}/{record_id}.ics"

    @property
    def json_path(self) -> str:
        """Its open data as JSON."""
        return f"{OPENDATA}/{self.dataset}.json"

    def csv_path(self, lg_code: str) -> str | None:
        """Its open data as CSV, or None."""
        return f"{OPENDATA}/{self.csv_file.format(lg_code=lg_code)}" if self.csv_file else None


KINDS: dict[str, RecordKind] = {kind.name: kind for kind in (
    RecordKind("group", Group, folder="groups", dataset="groups", plural="groups", section="groups",
               shortcut="groups", csv_file="groups.csv"),
    RecordKind("event", Event, folder="events", dataset="events", plural="events", section="events",
               title_field="title", shortcut="events", csv_file="{lg_code}_event.csv", archive=True, calendars=True),
    RecordKind("venue", Venue, folder="venues", dataset="venues", plural="venues", shortcut="venues"),
    RecordKind("term", Term, folder="glossary", dataset="glossary", plural="terms", section="glossary",
               title_field="term", shortcut="terms", csv_file="glossary.csv"),
    RecordKind("indicator", Indicator, folder="indicators", dataset="indicators", plural="indicators",
               section="indicators", csv_file="indicators.csv"),
    RecordKind("support", Support, folder="support", dataset="support", plural="support programmes", section="support",
               title_field="title", shortcut="support", csv_file="support.csv", archive=True, calendars=True),
)}


def record_kinds() -> tuple[RecordKind, ...]:
    """Every kind, in the registry's order (the order of lists and tables)."""
    return tuple(KINDS.values())


def with_pages() -> tuple[RecordKind, ...]:
    """The kinds whose records have pages."""
    return tuple(kind for kind in KINDS.values() if kind.section)


def shortcuts() -> dict[str, str]:
    """Each typed shortcut of ``Catalog`` and the kind it holds."""
    return {kind.shortcut: kind.name for kind in KINDS.values() if kind.shortcut}
