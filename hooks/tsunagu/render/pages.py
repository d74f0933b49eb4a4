"""Pages made from records: section indexes and one page per record, for one language.

Each page is Markdown with front matter (title, JSON-LD) and a placeholder; its body is HTML rendered
by a page template (see ``environment``) and put in place of the placeholder after the engine's
Markdown step. Python only chooses and orders the records, and gives each template its parameters.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urlencode

import yaml
from jinja2 import Environment
from markupsafe import escape

from ..outputs import ical, opendata_catalog
from ..load.catalog import Catalog
from ..i18n.collation import index_entry
from ..i18n.dates import DateFormatter
from . import digest
from .chart import chart
from .filters import event_facets, event_filters, group_facets, group_filters, support_facets, support_filters
from ..outputs.jsonld import LinkedData, script_text
from ..model.locales import Locale, Locales, babel_locale
from ..model.kinds import RecordKind, with_pages
from ..model.indicators import Progress, progress
from ..model.models import Event, Indicator, Record
from ..outputs.published import Published
from .bodies import BodyCache
from .qrcode import PrintLink, QrCodes
from .support import SupportSections, by_status
from ..i18n.strings import Strings
from ..model.urls import index_src, record_src, src_to_url
from .view import View


BODY_PLACEHOLDER = "<!-- tsunagu:body -->"
# The digests have a print stylesheet of their own (main.html links it), and search leaves them out.
DIGEST_META = {"tsunagu_search": False, "tsunagu_stylesheet": "assets/tsunagu-digest.css"}


@dataclass(frozen=True)
class GeneratedPage:
    """One page to hand to the site engine: its source name (the same in every language), its Markdown
    (front matter and ``BODY_PLACEHOLDER``) and how to render its body: the body's HTML, and the
    languages any of its text fell back to.

    The body is rendered when the engine reaches the page, not parsed as Markdown: it is HTML already,
    and Python-Markdown's raw-HTML pass cost a third of a language's build (for speed and memory)."""

    src_uri: str
    markdown: str
    render_body: Callable[[], tuple[str, tuple[str, ...]]]
    title: str = ""  # as HTML

    def content(self, html: str) -> tuple[str, tuple[str, ...]]:
        """The engine's HTML of this page with the body in place of the placeholder; the languages text fell back to."""
        body, fell_back = self.render_body()
        return html.replace(BODY_PLACEHOLDER, f'<div class="tsunagu">\n{body}\n</div>', 1), fell_back


@dataclass(frozen=True)
class Extras:
    """What a generated page shows besides its record or records, and its JSON-LD."""

    data: dict
    linked: Callable[[], dict | None] | None = None


class PageRenderer:
    """Renders every generated page of one language."""

    def __init__(self, catalog: Catalog, locales: Locales, strings: Strings, env: Environment,
                 dates: dict[str, DateFormatter], today: dt.date, published: Published,
                 bodies: BodyCache, codes: QrCodes):
        self.catalog, self.locales, self.strings = catalog, locales, strings
        self.env, self.dates, self.today = env, dates, today
        self.published, self.linked = published, LinkedData(published)
        self.bodies, self.codes = bodies, codes

    def pages(self, locale: Locale) -> list[GeneratedPage]:
        upcoming, support = self._upcoming(), by_status(self.catalog.support.values(), self.today)
        indexes, records = self._index_extras(locale, upcoming, support), self._record_extras(locale, upcoming)
        jobs = [self._index_job(kind, indexes.get(kind.name) or self._plain_index(kind)) for kind in with_pages()]
        jobs += [
            ("events/archive.md", "events_archive.html", lambda v: v.t("events.archive.title"),
             {"months": self._by_month(self._past(), reverse=True)}),
            ("support/archive.md", "support_archive.html", lambda v: v.t("support.archive.title"),
             {"programmes": support.closed}),
            (index_src("opendata"), "opendata.html", lambda v: v.t("opendata.title"), self._opendata()),
            ("accessibility.md", "accessibility.html", lambda v: v.t("a11y.title"),
             {"results": self.catalog.test_results}),
        ]
        jobs += [self._record_job(kind, record, records.get(kind.name, _plain_record)(record))
                 for kind in with_pages() for record in self.catalog.records(kind.name).values()]
        pages = [self._render(locale, *job) for job in jobs]
        return pages + [self._render(locale, *job, meta=DIGEST_META) for job in self._digest_jobs(locale)]

    @staticmethod
    def _index_job(kind: RecordKind, extras: Extras) -> tuple:
        return index_src(kind.section), kind.index_template, lambda v: v.t(kind.index_title), extras.data, extras.linked

    @staticmethod
    def _record_job(kind: RecordKind, record: Record, extras: Extras) -> tuple:
        return (record_src(kind.name, record.id), kind.page_template, lambda v: v.text(getattr(record, kind.title_field)),
                {kind.name: record, **extras.data}, extras.linked)

    def _plain_index(self, kind: RecordKind) -> Extras:
        """The index of a kind with nothing more to show: its records, by id."""
        found = self.catalog.records(kind.name)
        return Extras({"records": [found[key] for key in sorted(found)]})

    def _index_extras(self, locale: Locale, upcoming: list[Event], support: SupportSections) -> dict[str, Extras]:
        """The section indexes that show more than a list of records."""
        return {
            "group": Extras({"sections": self._groups_by_kind(), "facets": group_facets,
                             "filters": group_filters(list(self.catalog.groups.values()), self.catalog)}),
            "event": Extras({"months": self._by_month(upcoming), "subscribe": self._subscription(locale),
                             "filters": event_filters(upcoming, self.catalog),
                             "event_facets": lambda event: event_facets(event, self.catalog)}),
            "term": Extras({"sections": self._glossary_sections(locale)}, lambda: self.linked.glossary(locale)),
            "indicator": Extras({"sections": self._indicators_by_goal()}),
            "support": Extras({"sections": support, "facets": support_facets,
                               "filters": support_filters(support.open + support.soon, self.catalog)}),
        }

    def _record_extras(self, locale: Locale, upcoming: list[Event]) -> dict[str, Callable[[Record], Extras]]:
        """The kinds whose record pages show more than their record, or have JSON-LD."""
        by_organizer = _by_organizer(upcoming)
        return {
            "group": lambda g: Extras({"events": by_organizer.get(g.id, []),
                                       "print_link": self._print_link(locale, "group", g.id)},
                                      lambda: self.linked.organization(locale, g)),
            "event": lambda e: Extras({"ended": e.last_day < self.today, "calendar_file": ical.event_path(e.id),
                                       "print_link": self._print_link(locale, "event", e.id)},
                                      lambda: self.linked.event(locale, e)),
            "term": lambda t: Extras({}, lambda: self.linked.term(locale, t)),
            "indicator": lambda i: self._indicator_extras(self._progress(i)),
            "support": lambda s: Extras({"status": s.application.status(self.today),
                                         "calendar_file": ical.support_path(s.id),
                                         "print_link": self._print_link(locale, "support", s.id)},
                                        lambda: self.linked.support(locale, s)),
        }

    def _digest_jobs(self, locale: Locale) -> list[tuple]:
        """The 回覧板 digests: one page per area and month, and their index."""
        areas, months = list(self.catalog.vocabularies["areas"]), digest.months(self.today)
        sheet = {"qr": lambda item: self._print_link(locale, item.kind, item.record.id),
                 "home": PrintLink(self.published.urls.of(locale, ""))}
        jobs = [(index_src(digest.SECTION), "digest_index.html", lambda v: v.t("digest.index.title"),
                 {"areas": areas, "months": months}, None)]
        return jobs + [(digest.page_src(area, month), "digest.html", _digest_title(area, month),
                        {"digest": digest.digest(self.catalog, area, month, self.today), **sheet}, None)
                       for area in areas for month in months]

    def _progress(self, indicator: Indicator) -> Progress:
        return progress(indicator, self.catalog.events.values(), self.today)

    @staticmethod
    def _indicator_extras(found: Progress) -> Extras:
        """An indicator's page: its progress, and its chart drawn with the page's numbers and years."""
        return Extras({"progress": found, "chart": lambda view: chart(found, view.number, view.fiscal_year)})

    def _indicators_by_goal(self) -> list[tuple[str, list[Progress]]]:
        """The plan's goals that have indicators, in their vocabulary's order, each with its indicators'
        progress (by id)."""
        indicators = [self._progress(found) for _, found in sorted(self.catalog.records("indicator").items())]
        sections = [(goal, [p for p in indicators if p.indicator.goal == goal])
                    for goal in self.catalog.vocabularies["plan_goals"]]
        return [(goal, found) for goal, found in sections if found]

    def _print_link(self, locale: Locale, kind: str, record_id: str) -> PrintLink:
        return PrintLink(self.published.urls.record(locale, kind, record_id), self.codes)

    def _render(self, locale: Locale, src: str, template: str, title, data: dict, linked=None,
                meta: dict | None = None) -> GeneratedPage:
        catalog = self.bodies.recording()
        view = View(locale, self.locales, self.strings, self.dates[locale.code], catalog, locale.prefix + src_to_url(src))
        # MkDocs titles are HTML, and the theme prints them unescaped: escape the record's text.
        meta = {"title": str(escape(title(view))), "tsunagu_generated": True, **(meta or {})}
        structured = linked() if linked else None
        if structured:
            meta["tsunagu_jsonld"] = script_text(structured)
        front = yaml.dump(meta, Dumper=_Dumper, allow_unicode=True, sort_keys=False)
        def render() -> tuple[str, tuple[str, ...]]:
            return self.env.get_template(template).render(view=view, today=self.today, **data), view.fell_back

        def body() -> tuple[str, tuple[str, ...]]:
            return self.bodies.body((src, locale, self.today), {"template": template, **data}, catalog, render)

        return GeneratedPage(src, f"---\n{front}---\n\n{BODY_PLACEHOLDER}\n", body, meta["title"])

    def _subscription(self, locale: Locale) -> dict:
        """Addresses for subscribing to the events calendar: webcal:// and Google Calendar."""
        webcal = self.published.urls.webcal(locale, ical.FEED_PATH)
        return {"file": ical.FEED_PATH, "webcal": webcal,
                "google": "https://calendar.google.com/calendar/render?" + urlencode({"cid": webcal})}

    def _opendata(self) -> dict:
        """The open-data catalogue (files below the default language's root), its licence and its address."""
        default = self.locales.default
        return {"datasets": opendata_catalog.datasets(self.published), "license": self.catalog.site.license,
                "url": lambda path: self.published.urls.of(default, path),
                "catalog_path": opendata_catalog.CATALOG_PATH}

    def _groups_by_kind(self):
        groups = sorted(self.catalog.groups.values(), key=lambda g: g.name_kana)
        kinds = list(self.catalog.vocabularies["group_kinds"])
        return [(kind, [g for g in groups if g.kind == kind]) for kind in kinds]

    def _upcoming(self) -> list[Event]:
        return sorted((e for e in self.catalog.events.values() if e.last_day >= self.today), key=lambda e: e.order)

    def _past(self) -> list[Event]:
        return sorted((e for e in self.catalog.events.values() if e.last_day < self.today), key=lambda e: e.order)

    @staticmethod
    def _by_month(events: list[Event], reverse: bool = False):
        months = [(month, list(items)) for month, items in
                  itertools.groupby(events, key=lambda e: e.start_date.replace(day=1))]
        return months[::-1] if reverse else months

    def _glossary_sections(self, locale: Locale):
        japanese = babel_locale(locale.code).language == "ja"  # readings are hiragana: Japanese order
        entries = []
        for term in self.catalog.terms.values():
            text, _ = term.term.get(self.locales.chain(locale.code))
            heading, key = index_entry(text, term.reading, japanese)
            entries.append((heading, key, term))
        entries.sort(key=lambda entry: entry[1])
        headings = sorted({e[0] for e in entries}, key=lambda h: next(e[1] for e in entries if e[0] == h))
        return [(h, [e[2] for e in entries if e[0] == h]) for h in headings]


_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's dumper when present: for speed


def _plain_record(record: Record) -> Extras:
    """A record page that shows its record and nothing more."""
    return Extras({})


def _digest_title(area: str, month: dt.date) -> Callable[[View], str]:
    return lambda v: v.t("digest.title", area=v.label("areas", area), month=v.dates.month(month))


def _by_organizer(events: list[Event]) -> dict[str, list[Event]]:
    """Each group's events, in the order of ``events``."""
    found: dict[str, list[Event]] = {}
    for event in events:
        for group_id in dict.fromkeys(event.organizers):
            found.setdefault(group_id, []).append(event)
    return found


