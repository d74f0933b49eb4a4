"""The build, seen from the core: load and validate once, then render per language."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from .outputs import atom, ical, search
from .render import whatson
from .model.alerts import ShownAlert, shown_alerts
from .load.catalog import Catalog, load_catalog
from .render.coverage import Coverage, measure
from .model.config import TsunaguConfig
from .i18n.dates import DateFormatter
from .japanese.easy_japanese import check_site
from .model.errors import Problem
from .html.ruby import RubyPass, inline_readings
from .japanese.furigana import Furigana
from .html.glossary_links import GlossaryLinker
from .load.history import last_change
from .html.langmark import mark_japanese
from .model.locales import Locale, Locales, babel_locale
from .outputs.files import OutputFile
from .outputs.opendata_csv import OpenDataCsv
from .outputs.opendata_json import OpenDataJson
from .render.pages import GeneratedPage, PageRenderer, template_environment
from .outputs.published import AbsoluteUrls, Published
from .i18n.strings import Strings, load_strings
from .render.view import View


@dataclass(frozen=True)
class PageContent:
    """A page's finished content HTML, and whether a generated page's text fell back to the default language."""

    html: str
    fell_back: bool


class SiteBuilder:
    """Everything Tsunagu adds to a site. Create it once per build: it loads and validates
    the data on creation (raising DataError) and renders each language on request."""

    def __init__(self, config: TsunaguConfig, locales: Locales, root: Path, site_url: str = ""):
        self.config = config.resolve(root)
        self.root = root
        self.locales = locales
        self.today = self.config.build_date()
        self.catalog: Catalog = load_catalog(self.config.data_dir, root, locales)
        self.strings: Strings = load_strings(self.config.strings_dir, locales, root)
        dates = {loc.code: DateFormatter(loc.code, self.config.date_styles.get(loc.code, "babel")) for loc in locales}
        self.dates = dates
        self._coverage: Coverage | None = None
        self.published = Published(self.catalog, locales, self.strings, AbsoluteUrls(site_url), dates)
        self.renderer = PageRenderer(self.catalog, locales, self.strings,
                                     template_environment(self.config.templates_dir), dates, self.today,
                                     published=self.published)
        self.furigana = Furigana(self.catalog.readings)
        self.ruby = RubyPass(self.furigana)
        self.glossary = GlossaryLinker(self.catalog, locales, self.renderer.env)
        self._generated: dict[str, GeneratedPage] = {}
        default_language = babel_locale(locales.default.code).language
        self._not_japanese = {loc.code for loc in locales if babel_locale(loc.code).language != default_language}

    def pages(self, locale: Locale) -> list[GeneratedPage]:
        """The generated pages of ``locale``; their bodies are rendered by ``page_content``."""
        pages = self.renderer.pages(locale)
        self._generated = {page.src_uri: page for page in pages}
        return pages

    def page_content(self, html: str, locale: Locale, src_uri: str) -> PageContent:
        """Finish a page's content HTML for readers of ``locale``: a generated page's body, readings,
        glossary links, furigana."""
        fell_back = False
        if src_uri in self._generated:
            html, fell_back = self._generated[src_uri].content(html)
        return PageContent(self._finish(html, locale, src_uri), fell_back)

    def _finish(self, html: str, locale: Locale, src_uri: str) -> str:
        optional = self.furigana_toggle(locale)
        shown = optional or locale.code in self.config.furigana_always
        html = inline_readings(html, shown, optional)
        html = self.glossary.link(html, locale, src_uri)
        html = self.marked(html, locale)
        return self.ruby.annotate(html, optional) if optional else html  # always: by finish_page

    def finish_page(self, html: str, locale: Locale) -> str:
        """A whole rendered page for readers of ``locale``: where furigana is always shown, every kanji a
        reader sees gets its reading, the site's own frame (navigation, header, footer) included."""
        if locale.code not in self.config.furigana_always:
            return html
        return self.ruby.annotate_page(html)

    def read(self, text: str, code: str) -> str:
        """``text`` as HTML for readers of language ``code``: with ruby where furigana is always shown
        (for a page that holds every language, such as the 404 page)."""
        if code in self.config.furigana_always:
            return self.furigana.html(text)
        return escape(text, quote=False)

    def plain(self, text: str, locale: Locale) -> str:
        """``text`` for where ruby cannot go (a script's messages): where furigana is always shown, with
        the reading in place of each kanji word."""
        return self.furigana.kana(text) if locale.code in self.config.furigana_always else text

    def marked(self, html: str, locale: Locale) -> str:
        """``html`` with Japanese text marked as such when ``locale`` is not Japanese: for content, and
        for a table of contents, which repeats a heading's text without its markup."""
        if locale.code not in self._not_japanese:
            return html
        return mark_japanese(html, self.locales.default.code)

    def easy_japanese(self, docs_dir: Path) -> list[Problem]:
        """What the easy-Japanese checker finds in the data and in ``docs_dir``, for the build to warn about."""
        return check_site(self.catalog, docs_dir, self.root, self.config)

    def page_updated(self, path: Path, locale: Locale) -> dict[str, str] | None:
        """When a hand-written page last changed (``iso`` and ``text`` in ``locale``); None without Git."""
        day = last_change(path)
        return {"iso": day.isoformat(), "text": self.dates[locale.code].date(day)} if day else None

    def coverage_html(self, locale: Locale, docs_dir: Path) -> str:
        """The translation coverage table, for the about page of ``locale``."""
        if self._coverage is None:
            self._coverage = measure(self.catalog, docs_dir, self.config.data_dir, self.locales)
        return self.renderer.env.get_template("coverage.html").render(
            coverage=self._coverage, kinds=(*self._coverage.kinds, None), locales=list(self.locales),
            t=lambda key: self.strings.t(locale.code, key))

    def whats_on(self, locale: Locale, page_url: str) -> PageContent:
        """What is on for the build day (alerts, the coming weeks' events, open calls), in ``locale``, for the
        page at ``page_url``; whether any text fell back to the default language."""
        view = View(locale, self.locales, self.strings, self.dates[locale.code], self.catalog, page_url)
        sections = whatson.whats_on(self.catalog.events.values(), self.today, self.alerts(locale))
        html = whatson.render(self.renderer.env, view, sections)
        return PageContent(html, view.fell_back)

    def alerts(self, locale: Locale) -> list[ShownAlert]:
        """The alerts to show on every page of ``locale`` on the build day."""
        return shown_alerts(self.catalog.alerts, self.today, locale.code, self.locales.default.code)

    def furigana_toggle(self, locale: Locale) -> bool:
        """Whether pages of ``locale`` offer the furigana switch (their ruby is hidden until asked for)."""
        return locale.code in self.config.furigana_toggle

    def outputs(self, locale: Locale) -> list[OutputFile]:
        """Feeds and calendars for one language; the open data (all languages in one) with the default."""
        calendars = ical.CalendarWriter(self.published)
        files = {ical.FEED_PATH: calendars.feed(locale), atom.FEED_PATH: atom.AtomWriter(self.published).feed(locale)}
        files |= {ical.event_path(e.id): calendars.single(locale, e) for e in self.catalog.events.values()}
        if locale.default:
            files |= OpenDataCsv(self.published).files() | OpenDataJson(self.published).files()
        return [OutputFile(path, content) for path, content in files.items()]

    def feed_title(self, locale: Locale) -> str:
        return self.published.t(locale, "feed.title", city=self.published.city(locale))

    def search_paths(self) -> dict[str, str]:
        """Where the search bundle is and the site root, as paths on the site's host."""
        root = self.published.urls.root_path
        return {"bundle": root + search.BUNDLE_DIR + "/", "base": root}

    def index_search(self, site_dir: Path) -> None:
        """Index the whole built site (every language) for search."""
        search.index_site(site_dir)
