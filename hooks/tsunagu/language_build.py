"""One language's build: its generated pages, the finishing of every page in it, and its outputs.

``SiteBuilder.language(locale)`` hands one out. It holds nothing another language's build could
change, so languages may be built in any order, or again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from .html.htmltext import chained, rewrite_text
from .html.langmark import japanese_step, mark_japanese
from .html.ruby import inline_step
from .i18n.navigation import page_title
from .load.history import last_change
from .model.alerts import ShownAlert, shown_alerts
from .model.locales import Locale, babel_locale
from .outputs import atom, ical
from .outputs.files import OutputFile
from .outputs.opendata_catalog import CatalogWriter
from .outputs.opendata_csv import OpenDataCsv
from .outputs.opendata_json import OpenDataJson
from .outputs.sitemap import language_sitemaps
from .render import whatson
from .render.pages import GeneratedPage
from .render.view import View

if TYPE_CHECKING:
    from .builder import SiteBuilder


@dataclass(frozen=True)
class PageContent:
    """A page's finished content HTML, and the languages (codes) any of its text fell back to."""

    html: str
    fell_back: tuple[str, ...]


class LanguageBuild:
    """The build of ``locale`` from what ``site`` shares between languages (data, strings, furigana, glossary)."""

    def __init__(self, site: SiteBuilder, locale: Locale):
        self.site = site
        self.locale = locale
        self._generated: dict[str, GeneratedPage] | None = None
        self._sources: dict[str, str] = {}  # hand-written pages shown in a fallback language: src_uri → its code

    def pages(self) -> list[GeneratedPage]:
        """The generated pages of this language; their bodies are rendered by ``page_content``."""
        return list(self._pages().values())

    def _pages(self) -> dict[str, GeneratedPage]:
        if self._generated is None:
            self._generated = {page.src_uri: page for page in self.site.renderer.pages(self.locale)}
        return self._generated

    def source(self, src_uri: str, docs_dir: Path) -> Path:
        """The file a hand-written page is read from in this language, given the one the engine chose
        (``src_uri``: this language's, or the default language's when it has none): this language's, else
        that of the first of its fallbacks that has the page."""
        locales = self.site.locales
        if locales.of_source(src_uri) == self.locale.code:
            return docs_dir / src_uri
        stem = src_uri[:-len(".md")]
        for code in locales.chain(self.locale.code)[1:]:
            path = docs_dir / (src_uri if code == locales.default.code else f"{stem}.{code}.md")
            if path.exists():
                self._sources[src_uri] = code
                return path
        return docs_dir / src_uri

    def nav_title(self, src_uri: str, docs_dir: Path, title: str) -> str:
        """The navigation's title of a page the configuration gives no title in this language: the page's
        own title in this language if it has one, else ``title`` (the default language's)."""
        if self.locale.default:
            return title
        if (generated := self._pages().get(src_uri)) is not None:
            return generated.title
        own = self.site.locales.of_source(src_uri) == self.locale.code
        return (page_title(docs_dir / src_uri) if own else None) or title

    def source_language(self, src_uri: str) -> str:
        """The language a hand-written page is shown in (``source`` chose it)."""
        return self._sources.get(src_uri, self.site.locales.of_source(src_uri))

    def page_content(self, html: str, src_uri: str) -> PageContent:
        """Finish a page's content HTML: a generated page's body, readings, glossary links, furigana. A
        hand-written page shown in a fallback language is marked as in that language, with its furigana."""
        fell_back: tuple[str, ...] = ()
        generated = self._pages().get(src_uri)
        if generated is not None:
            html, fell_back = generated.content(html)
        elif (source := self.source_language(src_uri)) != self.locale.code:
            html, fell_back = f'<div lang="{self.site.locales.get(source).tag}">{html}</div>', (source,)
        return PageContent(self._finish(html, src_uri), fell_back)

    def _finish(self, html: str, src_uri: str) -> str:
        """One pass over the content: editors' readings, glossary links, then Japanese marked in other
        languages, with ruby over text that fell back to a language whose furigana is always shown; or ruby
        (read in kana where furigana is always shown: ``finish_page`` passes over it)."""
        optional, always = self.furigana_toggle(), self._furigana_always()
        ruby = self.site.ruby
        steps = [inline_step(optional or always or self._easy_source(src_uri), optional),
                 self.site.glossary.step(self.locale, src_uri)]
        if not self.site.in_default_language(self.locale):
            steps += [japanese_step(self.site.locales.default.code, kana_only=self._writes_han()),
                      ruby.step_within(self._read_tags())]
        if always:
            return ruby.read_content(html, chained(*steps, ruby.page_step()))
        return rewrite_text(html, chained(*steps, ruby.step(optional)) if optional else chained(*steps))

    def _writes_han(self) -> bool:
        """Whether this language is written in Chinese characters: then only text with kana is seen as Japanese."""
        return babel_locale(self.locale.code).language == "zh"

    def _read_tags(self) -> frozenset[str]:
        """The tags of the languages whose furigana is always shown: text that fell back to one keeps it."""
        return frozenset(self.site.locales.get(code).tag for code in self.site.config.furigana_always)

    def _easy_source(self, src_uri: str) -> bool:
        """Whether a hand-written page is shown in a fallback language whose furigana is always shown."""
        source = self._sources.get(src_uri)
        return source is not None and source in self.site.config.furigana_always

    def finish_page(self, html: str) -> str:
        """A whole rendered page: where furigana is always shown, every kanji a reader sees gets its
        reading, the site's own frame (navigation, header, footer) included; in a language other than
        Japanese, Japanese text in the frame (a title or UI string that fell back) is marked as such."""
        if self._furigana_always():
            return self.site.ruby.annotate_page(html)
        if self.site.in_default_language(self.locale):
            return html
        return mark_japanese(html, self.site.locales.default.code, page=self.locale.tag, kana_only=self._writes_han())

    def plain(self, text: str) -> str:
        """``text`` for where ruby cannot go (a script's messages): where furigana is always shown, with
        the reading in place of each kanji word."""
        return self.site.furigana.kana(text) if self._furigana_always() else text

    def marked(self, html: str, src_uri: str = "") -> str:
        """``html`` with Japanese text marked as such when this language is not Japanese: for content, and
        for a table of contents, which repeats a heading's text without its markup. Headings of a page
        shown in a fallback language are marked as in it (with furigana where it always shows them)."""
        if (source := self._sources.get(src_uri)) is not None:
            if source in self.site.config.furigana_always:
                html = self.site.ruby.annotate(html)
            return f'<span lang="{self.site.locales.get(source).tag}">{html}</span>'
        if self.site.in_default_language(self.locale):
            return html
        return mark_japanese(html, self.site.locales.default.code, kana_only=self._writes_han())

    def fallback_notice(self, codes: tuple[str, ...]) -> Markup:
        """The notice of a page with text shown in the fallback languages ``codes``: in this language, naming
        each of them in its own name, marked with its tag."""
        shown_in = [self.site.locales.get(code) for code in codes]
        names = [Markup('<span lang="{}">{}</span>').format(loc.tag, loc.name) for loc in shown_in]
        notice = escape(self.t("fallback.shown_in", language="\0"))  # the names are HTML: put in after escaping
        return notice.replace("\0", escape(self.t("list.separator")).join(names))

    def furigana_toggle(self) -> bool:
        """Whether pages offer the furigana switch (their ruby is hidden until asked for)."""
        return self.locale.code in self.site.config.furigana_toggle

    def _furigana_always(self) -> bool:
        return self.locale.code in self.site.config.furigana_always

    def t(self, key: str, **values: object) -> str:
        """The UI string ``key`` in this language, its placeholders filled from ``values``."""
        return self.site.strings.t(self.locale.code, key, **values)

    def page_updated(self, path: Path) -> dict[str, str] | None:
        """When a hand-written page last changed (``iso``, and ``text`` in this language); None without Git."""
        day = last_change(path)
        return {"iso": day.isoformat(), "text": self.site.dates[self.locale.code].date(day)} if day else None

    def coverage_html(self, docs_dir: Path) -> str:
        """The translation coverage table, for the about page."""
        coverage, locales = self.site.coverage(docs_dir), self.site.locales
        return self.site.renderer.env.get_template("coverage.html").render(
            coverage=coverage, kinds=(*coverage.kinds, None), locales=list(locales), t=self.t, lang=self.locale.tag,
            chains={loc.code: [locales.get(code) for code in locales.chain(loc.code)[1:]] for loc in locales})

    def whats_on(self, page_url: str) -> PageContent:
        """What is on for the build day (alerts, the coming weeks' events, open calls, support closing soon), for
        the page at ``page_url``; whether any text fell back to the default language."""
        site = self.site
        view = View(self.locale, site.locales, site.strings, site.dates[self.locale.code], site.catalog, page_url)
        sections = whatson.whats_on(site.catalog, site.today, self.alerts())
        return PageContent(whatson.render(site.renderer.env, view, sections), view.fell_back)

    def alerts(self) -> list[ShownAlert]:
        """The alerts to show on every page on the build day."""
        return shown_alerts(self.site.catalog.alerts, self.site.today, self.locale.code, self.site.locales)

    def feed_link(self) -> dict[str, str]:
        """Where this language's feed is (``path`` from the site root) and its ``title``, for the page head."""
        published = self.site.published
        title = published.t(self.locale, "feed.title", city=published.city(self.locale))
        return {"path": self.locale.prefix + atom.FEED_PATH, "title": title}

    def outputs(self) -> list[OutputFile]:
        """Feeds, calendars and the sitemap index of this language; the open data (every language in one)
        and the form editor at /admin/ with the default language."""
        published, locale = self.site.published, self.locale
        calendars = ical.CalendarWriter(published)
        files = {ical.FEED_PATH: calendars.feed(locale), atom.FEED_PATH: atom.AtomWriter(published).feed(locale)}
        files |= {ical.event_path(e.id): calendars.single(locale, e) for e in self.site.catalog.events.values()}
        files |= {ical.support_path(s.id): calendars.deadline(locale, s)
                  for s in self.site.catalog.support.values() if s.application.closes}
        if locale.default:
            files |= OpenDataCsv(published, self.site.today).files()
            files |= OpenDataJson(published).files() | CatalogWriter(published).files()
        found = [OutputFile(path, content) for path, content in files.items()]
        if locale.default:
            found += self.site.admin()
        return found + language_sitemaps(locale, self.site.site_url)

    def write_outputs(self, site_dir: Path) -> None:
        """Write ``outputs`` below this language's folder of the built site in ``site_dir``."""
        root = site_dir / self.locale.prefix
        for output in self.outputs():
            target = root / output.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(output.content)
