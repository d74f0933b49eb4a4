"""Pages made from records: section indexes and one page per record, for one language.

Each page is Markdown with front matter (title, JSON-LD) and a placeholder; its body is HTML rendered
by a page template (see ``environment``) and put in place of the placeholder after the engine's
Markdown step. Python only chooses and orders the records, and gives each template its parameters: what a
kind's pages show comes from the kind's adapter (``tsunagu/kinds/``), through ``LanguagePages``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable, Protocol, Sequence

import yaml
from jinja2 import Environment
from markupsafe import escape

from ..i18n.dates import DateFormatter
from ..i18n.strings import Strings
from ..load.catalog import Catalog
from ..model.kinds import ACCESSIBILITY_PAGE, CATALOG_FILE, DIGEST_SECTION, KINDS, OPENDATA, RecordKind
from ..model.locales import Locale, Locales
from ..model.models import Record
from ..model.tables import CsvTable
from ..model.urls import digest_src, index_src, src_to_url
from ..outputs import opendata_catalog
from ..outputs.jsonld import script_text
from ..outputs.published import Published
from . import digest
from .bodies import BodyCache
from .qrcode import PrintLink, QrCodes
from .view import View


BODY_PLACEHOLDER = "<!-- tsunagu:body -->"
RecordKey = tuple[str, str]  # a record's kind and id
Renew = Callable[[str, str], bool]  # whether a record's page is rendered again (kind, id), in a preview rebuild
_KIND_OF = {kind.model: name for name, kind in KINDS.items()}
# The digests have a print stylesheet of their own (main.html links it), and search leaves them out.
DIGEST_META = {"tsunagu_search": False, "tsunagu_stylesheet": "assets/tsunagu-digest.css"}


@dataclass(frozen=True)
class GeneratedPage:
    """One page to hand to the site engine: its source name (the same in every language), its Markdown
    (front matter and ``BODY_PLACEHOLDER``), how to render its body (the body's HTML, and the languages
    any of its text fell back to) and its title (as HTML).

    The body is rendered when the engine reaches the page, not parsed as Markdown: it is HTML already,
    and Python-Markdown's raw-HTML pass cost a third of a language's build (for speed and memory)."""

    src_uri: str
    markdown: str
    render_body: Callable[[], tuple[str, tuple[str, ...]]]
    title: str = ""
    depends_on: Callable[[], frozenset[RecordKey]] = frozenset
    """The records the page shows: those handed to its template, and those its body looked up (once rendered)."""
    record: RecordKey | None = None  # the record a record page is of

    def content(self, html: str) -> tuple[str, tuple[str, ...]]:
        """The engine's HTML of this page with the body in place of the placeholder; the languages text fell back to."""
        body, fell_back = self.render_body()
        return html.replace(BODY_PLACEHOLDER, f'<div class="tsunagu">\n{body}\n</div>', 1), fell_back


@dataclass(frozen=True)
class Extras:
    """What a generated page shows besides its record or records, and its JSON-LD."""

    data: dict
    linked: Callable[[], dict | None] | None = None


@dataclass(frozen=True)
class PageJob:
    """A generated page to render: its source name, template, title (read through the page's ``View``), what its
    template is given besides ``view`` and ``today``, its JSON-LD and front matter of its own."""

    src: str
    template: str
    title: Callable[[View], str]
    data: dict
    linked: Callable[[], dict | None] | None = None
    meta: dict | None = None
    record: RecordKey | None = None  # the record a record page is of


class KindPages(Protocol):
    """What the page renderer asks of a record kind (its adapter, ``tsunagu/kinds/``)."""

    kind: RecordKind
    table: CsvTable | None

    def index(self, pages: LanguagePages) -> Extras:
        ...

    def record(self, pages: LanguagePages, record: Record) -> Extras:
        ...

    def archives(self, pages: LanguagePages) -> list[PageJob]:
        ...

    def digest_sources(self) -> dict[str, digest.Source]:
        ...


class LanguagePages:
    """What a kind's adapter is given to make its pages in one language: the data, the build day, the
    language and helpers shared by every kind; ``once`` keeps what several pages of a build reuse."""

    def __init__(self, renderer: PageRenderer, locale: Locale):
        self.renderer, self.locale = renderer, locale
        self.catalog, self.today = renderer.catalog, renderer.today
        self.published = renderer.published
        self.locales = renderer.locales
        self._kept: dict[Callable, Any] = {}

    def once(self, make: Callable[[LanguagePages], Any]) -> Any:
        """``make(self)``, made once for this language's pages."""
        if make not in self._kept:
            self._kept[make] = make(self)
        return self._kept[make]

    def print_link(self, kind: str, record_id: str) -> PrintLink:
        """A record's page as a link to print (with its QR code), as printed pages show it."""
        return PrintLink(self.published.urls.record(self.locale, kind, record_id), self.renderer.codes)


class PageRenderer:
    """Renders every generated page of one language: each kind's (from its adapter in ``kinds``), the open
    data and accessibility pages, and the 回覧板 digests."""

    def __init__(self, catalog: Catalog, locales: Locales, strings: Strings, env: Environment,
                 dates: dict[str, DateFormatter], today: dt.date, published: Published,
                 bodies: BodyCache, codes: QrCodes, kinds: Sequence[KindPages]):
        self.catalog, self.locales, self.strings = catalog, locales, strings
        self.env, self.dates, self.today = env, dates, today
        self.published = published
        self.bodies, self.codes, self.kinds = bodies, codes, kinds

    def pages(self, locale: Locale, renew: Renew | None = None) -> list[GeneratedPage]:
        """Every generated page of ``locale``; with ``renew``, the record pages it names alone besides the
        section, archive, open-data and digest pages (a preview rebuild keeps the others)."""
        context = LanguagePages(self, locale)
        with_pages = [adapter for adapter in self.kinds if adapter.kind.section]
        jobs = [self._index_job(adapter.kind, adapter.index(context)) for adapter in with_pages]
        jobs += [job for adapter in with_pages for job in adapter.archives(context)]
        jobs += [
            PageJob(index_src(OPENDATA), "opendata.html", lambda v: v.t("opendata.title"), self._opendata()),
            PageJob(ACCESSIBILITY_PAGE, "accessibility.html", lambda v: v.t("a11y.title"),
                    {"results": self.catalog.test_results}),
        ]
        jobs += [self._record_job(adapter.kind, record, adapter.record(context, record))
                 for adapter in with_pages for record in self.catalog.records(adapter.kind.name).values()
                 if renew is None or renew(adapter.kind.name, record.id)]
        return [self._render(locale, job) for job in jobs + self._digest_jobs(context)]

    @staticmethod
    def _index_job(kind: RecordKind, extras: Extras) -> PageJob:
        return PageJob(kind.index_src, kind.index_template, lambda v: v.t(kind.index_title), extras.data, extras.linked)

    @staticmethod
    def _record_job(kind: RecordKind, record: Record, extras: Extras) -> PageJob:
        return PageJob(kind.record_src(record.id), kind.page_template,
                       lambda v: v.text(getattr(record, kind.title_field)), {kind.name: record, **extras.data},
                       extras.linked, record=(kind.name, record.id))

    def _digest_jobs(self, context: LanguagePages) -> list[PageJob]:
        """The 回覧板 digests: one page per area and month, and their index."""
        areas, months = list(self.catalog.vocabularies["areas"]), digest.months(self.today)
        sources = {name: source for adapter in self.kinds for name, source in adapter.digest_sources().items()}
        sheet = {"qr": lambda item: context.print_link(item.kind, item.record.id),
                 "home": PrintLink(self.published.urls.of(context.locale, ""))}
        jobs = [PageJob(index_src(DIGEST_SECTION), "digest_index.html", lambda v: v.t("digest.index.title"),
                        {"areas": areas, "months": months}, meta=DIGEST_META)]
        return jobs + [PageJob(digest_src(area, month), "digest.html", _digest_title(area, month),
                               {"digest": digest.digest(self.catalog, area, month, self.today, sources), **sheet},
                               meta=DIGEST_META)
                       for area in areas for month in months]

    def _render(self, locale: Locale, job: PageJob) -> GeneratedPage:
        catalog = self.bodies.recording()
        view = View(locale, self.locales, self.strings, self.dates[locale.code], catalog,
                    locale.prefix + src_to_url(job.src))
        # MkDocs titles are HTML, and the theme prints them unescaped: escape the record's text.
        meta = {"title": str(escape(job.title(view))), "tsunagu_generated": True, **(job.meta or {})}
        structured = job.linked() if job.linked else None
        if structured:
            meta["tsunagu_jsonld"] = script_text(structured)
        front = yaml.dump(meta, Dumper=_Dumper, allow_unicode=True, sort_keys=False)
        def render() -> tuple[str, tuple[str, ...]]:
            return self.env.get_template(job.template).render(view=view, today=self.today, **job.data), view.fell_back

        def body() -> tuple[str, tuple[str, ...]]:
            return self.bodies.body((job.src, locale, self.today), {"template": job.template, **job.data}, catalog,
                                    render)

        return GeneratedPage(job.src, f"---\n{front}---\n\n{BODY_PLACEHOLDER}\n", body, meta["title"],
                             lambda: records_in(job.data) | frozenset(catalog.seen), job.record)

    def _opendata(self) -> dict:
        """The open-data catalogue (files below the default language's root), its licence and its address."""
        default = self.locales.default
        tables = {adapter.kind.name: adapter.table for adapter in self.kinds if adapter.table}
        return {"datasets": opendata_catalog.datasets(self.published, tables), "license": self.catalog.site.license,
                "url": lambda path: self.published.urls.of(default, path), "catalog_path": CATALOG_FILE}


def records_in(value: Any) -> frozenset[RecordKey]:
    """The records in a template's value: a record, an occurrence of an event, lists and tuples of them."""
    if type(value) in _KIND_OF:
        return frozenset({(_KIND_OF[type(value)], value.id)})
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return records_in([getattr(value, part.name) for part in dataclasses.fields(value)])
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        return frozenset().union(*map(records_in, value))
    return frozenset()


_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's dumper when present: for speed


def _digest_title(area: str, month: dt.date) -> Callable[[View], str]:
    return lambda v: v.t("digest.title", area=v.label("areas", area), month=v.dates.month(month))
