"""One language's build: its generated pages, the finishing of every page in it, and its outputs.

``SiteBuilder.language(locale)`` hands one out, made from the build's frozen ``BuildContext``: it reads
nothing else, and holds nothing another language's build could change, so languages may be built in any
order, or again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from markupsafe import Markup, escape

from .html.htmltext import chained, rewrite_text
from .html.langmark import japanese_step, mark_japanese
from .html.ruby import heading_texts, inline_step, without_readings
from .html.search_readings import with_search_readings
from .i18n.alternates import Alternate, alternates
from .i18n.navigation import page_title
from .japanese.furigana import INLINE
from .load.history import last_change
from .model.alerts import ShownAlert, shown_alerts
from .model.kinds import CALENDAR_FEED, FEED_FILE
from .model.locales import Locale, babel_locale
from .context import BuildContext
from .outputs import admin, atom, ical
from .outputs.files import OutputFile
from .outputs.opendata_catalog import CatalogWriter
from .outputs.opendata_csv import OpenDataCsv
from .outputs.opendata_json import OpenDataJson
from .outputs.search import search_paths
from .render import whatson
from .render.coverage import COVERAGE_MARKER, coverage_html
from .preview import Reuse
from .render.pages import GeneratedPage
from .render.view import View
from .render.whatson import WHATS_ON_MARKER


@dataclass(frozen=True)
class PageContent:
    """A page's finished content HTML, and the languages (codes) any of its text fell back to."""

    html: str
    fell_back: tuple[str, ...]


class ContentsEntry(Protocol):
    """An entry of a page's table of contents as the site engine holds it."""

    id: str
    title: str
    children: list[ContentsEntry]


@dataclass(frozen=True)
class PageOfEngine:
    """What the finishing of a page reads of the engine's page: its source name, address, front matter (its
    fallback flag is set here), title and table of contents (whose titles are rewritten in place)."""

    src_uri: str
    url: str
    meta: dict
    title: str | None
    contents: list[ContentsEntry]


@dataclass(frozen=True)
class FinishedPage:
    """A page's finished content HTML, and its title as the page and the browser show it."""

    html: str
    title: str | None


class LanguageBuild:
    """The build of ``locale`` from what every language shares (``shared``: data, strings, furigana, glossary)."""

    def __init__(self, shared: BuildContext, locale: Locale, reuse: Reuse | None = None):
        self.shared = shared
        self.locale = locale
        self.reuse = reuse  # a preview rebuild's pages kept from the one before
        self._generated: dict[str, GeneratedPage] | None = None
        self._sources: dict[str, str] = {}  # hand-written pages shown in a fallback language: src_uri → its code

    def pages(self) -> list[GeneratedPage]:
        """The generated pages of this language; their bodies are rendered by ``page_content``."""
        return list(self._pages().values())

    def _pages(self) -> dict[str, GeneratedPage]:
        if self._generated is None:
            renew = self.reuse.renews if self.reuse else None
            fresh = self.shared.renderer.pages(self.locale, renew)
            self._generated = self.reuse.merged(fresh) if self.reuse else {page.src_uri: page for page in fresh}
        return self._generated

    def source(self, src_uri: str, docs_dir: Path) -> Path:
        """The file a hand-written page is read from in this language, given the one the engine chose
        (``src_uri``: this language's, or the default language's when it has none): this language's, else
        that of the first of its fallbacks that has the page."""
        locales = self.shared.locales
        if locales.of_source(src_uri) == self.locale.code:
            return docs_dir / src_uri
        stem = src_uri[:-len(".md")]
        for code in locales.chain(self.locale.code)[1:]:
            path = docs_dir / (src_uri if code == locales.default.code else f"{stem}.{code}.md")
            if path.exists():
                self._sources[src_uri] = code
                return path
        return docs_dir / src_uri

    def source_language(self, src_uri: str) -> str:
        """The language a hand-written page is shown in (``source`` chose it)."""
        return self._sources.get(src_uri, self.shared.locales.of_source(src_uri))

    def nav_title(self, src_uri: str, docs_dir: Path, title: str) -> str:
        """The navigation's title of a page the configuration gives no title in this language: the page's
        own title in this language if it has one, else ``title`` (the default language's)."""
        if self.locale.default:
            return title
        if (generated := self._pages().get(src_uri)) is not None:
            return generated.title
        own = self.shared.locales.of_source(src_uri) == self.locale.code
        return (page_title(docs_dir / src_uri) if own else None) or title

    def page_content(self, html: str, src_uri: str) -> PageContent:
        """Finish a page's content HTML: a generated page's body, readings, glossary links, furigana, the
        headings' readings for search. A
        hand-written page shown in a fallback language is marked as in that language, with its furigana."""
        fell_back: tuple[str, ...] = ()
        generated = self._pages().get(src_uri)
        if generated is not None:
            html, fell_back = generated.content(html)
        elif (source := self.source_language(src_uri)) != self.locale.code:
            html, fell_back = f'<div lang="{self.shared.locales.get(source).tag}">{html}</div>', (source,)
        html = with_search_readings(self._finish(html, src_uri), read_in_kana=self._furigana_always())
        return PageContent(html, fell_back)

    def page_markdown(self, markdown: str, src_uri: str, source: Path, meta: dict, docs_dir: Path) -> str:
        """A page's Markdown before the engine converts it: a hand-written page is marked when shown in the
        default language because its translation is missing, and given its last Git change (in ``meta``);
        the translation coverage goes where a page asks for it."""
        if not meta.get("tsunagu_generated"):
            shown_in = self.source_language(src_uri)
            meta["tsunagu_fallback"] = (shown_in,) if shown_in != self.locale.code else ()
            meta["tsunagu_page_updated"] = self.page_updated(source)
        if COVERAGE_MARKER in markdown:
            markdown = markdown.replace(COVERAGE_MARKER, self.coverage_html(docs_dir))
        return markdown

    def page_html(self, html: str, page: PageOfEngine) -> FinishedPage:
        """A page's content HTML, finished: what is on where a hand-written page asks for it, a generated
        page's body, readings, glossary links; its title and contents as ``_contents_titles`` makes them;
        ``page.meta``'s fallback languages (codes) set to those any text fell back to."""
        fell_back = tuple(page.meta.get("tsunagu_fallback") or ())
        if WHATS_ON_MARKER in html:
            whats_on = self.whats_on(page.url)
            html, fell_back = html.replace(WHATS_ON_MARKER, whats_on.html, 1), fell_back + whats_on.fell_back
        content = self.page_content(html, page.src_uri)
        page.meta["tsunagu_fallback"] = tuple(dict.fromkeys(fell_back + content.fell_back))
        return FinishedPage(content.html, self._contents_titles(html, page.title, page.contents, page.src_uri))

    def _contents_titles(self, html: str, title: str | None, contents: list[ContentsEntry],
                         src_uri: str) -> str | None:
        """The page's title and its table of contents (changed in place) with a heading's ``{漢字|かんじ}`` as
        the word alone, and the contents' Japanese marked on pages in other languages, as the headings are
        (WCAG 3.1.2); ``html``: the content before it was finished. Returns the title."""
        readings = bool(INLINE.search(html))
        texts = heading_texts(html) if readings else {}
        entries = list(contents)
        while entries:
            entry = entries.pop()
            if INLINE.search(entry.title) and entry.id in texts:
                entry.title = texts[entry.id]
            entry.title = self.marked(entry.title, src_uri)
            entries += entry.children
        return without_readings(title) if readings and title else title

    def template_globals(self) -> dict[str, Any]:
        """What the theme's templates read of this language: its UI strings, alerts, feed and search."""
        shared = self.shared
        return {"tsunagu_t": self.t, "tsunagu_furigana_toggle": self.furigana_toggle(),
                "tsunagu_t_in": shared.strings.t, "tsunagu_t_own": shared.strings.own, "tsunagu_tag": self.locale.tag,
                "tsunagu_fallback_notice": self.fallback_notice, "tsunagu_locales": list(shared.locales),
                "tsunagu_alerts": self.alerts(), "tsunagu_prefix": self.locale.prefix, "tsunagu_feed": self.feed_link(),
                "tsunagu_search": search_paths(shared.published.urls.root_path, self.locale.prefix)}

    def template_filters(self) -> dict[str, Any]:
        """The theme's filters: a text read in another language (the 404 page), and a script's plain text."""
        return {"tsunagu_read": lambda text, code: Markup(self.shared.read(str(text), code)),
                "tsunagu_plain": lambda text: self.plain(str(text))}

    def alternates(self, page_url: str, root: str = "") -> list[Alternate]:
        """The language switcher's and the head's hreflang entries on the page at ``page_url``, linking the
        same page in each language by its absolute address; ``root``: see ``i18n.alternates``."""
        url = self.shared.site_url
        base = url if not url or url.endswith("/") else url + "/"
        return alternates(self.shared.locales, self.locale, page_url, root, base)

    def _finish(self, html: str, src_uri: str) -> str:
        """One pass over the content: editors' readings, glossary links, then Japanese marked in other
        languages, with ruby over text that fell back to a language whose furigana is always shown; or ruby
        (read in kana where furigana is always shown: ``finish_page`` passes over it)."""
        optional, always = self.furigana_toggle(), self._furigana_always()
        ruby = self.shared.ruby
        steps = [inline_step(optional or always or self._easy_source(src_uri), optional),
                 self.shared.glossary.step(self.locale, src_uri)]
        if not self.shared.in_default_language(self.locale):
            steps += [japanese_step(self.shared.locales.default.code, kana_only=self._writes_han()),
                      ruby.step_within(self._read_tags())]
        if always:
            return ruby.read_content(html, chained(*steps, ruby.page_step()))
        return rewrite_text(html, chained(*steps, ruby.step(optional)) if optional else chained(*steps))

    def _writes_han(self) -> bool:
        """Whether this language is written in Chinese characters: then only text with kana is seen as Japanese."""
        return babel_locale(self.locale.code).language == "zh"

    def _read_tags(self) -> frozenset[str]:
        """The tags of the languages whose furigana is always shown: text that fell back to one keeps it."""
        return frozenset(self.shared.locales.get(code).tag for code in self.shared.config.furigana_always)

    def _easy_source(self, src_uri: str) -> bool:
        """Whether a hand-written page is shown in a fallback language whose furigana is always shown."""
        source = self._sources.get(src_uri)
        return source is not None and source in self.shared.config.furigana_always

    def finish_page(self, html: str) -> str:
        """A whole rendered page: where furigana is always shown, every kanji a reader sees gets its
        reading, the site's own frame (navigation, header, footer) included; in a language other than
        Japanese, Japanese text in the frame (a title or UI string that fell back) is marked as such."""
        if self._furigana_always():
            return self.shared.ruby.annotate_page(html)
        if self.shared.in_default_language(self.locale):
            return html
        return mark_japanese(html, self.shared.locales.default.code, page=self.locale.tag, kana_only=self._writes_han())

    def plain(self, text: str) -> str:
        """``text`` for where ruby cannot go (a script's messages): where furigana is always shown, with
        the reading in place of each kanji word."""
        return self.shared.furigana.kana(text) if self._furigana_always() else text

    def marked(self, html: str, src_uri: str = "") -> str:
        """``html`` with Japanese text marked as such when this language is not Japanese: for content, and
        for a table of contents, which repeats a heading's text without its markup. Headings of a page
        shown in a fallback language are marked as in it (with furigana where it always shows them)."""
        if (source := self._sources.get(src_uri)) is not None:
            if source in self.shared.config.furigana_always:
                html = self.shared.ruby.annotate(html)
            return f'<span lang="{self.shared.locales.get(source).tag}">{html}</span>'
        if self.shared.in_default_language(self.locale):
            return html
        return mark_japanese(html, self.shared.locales.default.code, kana_only=self._writes_han())

    def fallback_notice(self, codes: tuple[str, ...]) -> Markup:
        """The notice of a page with text shown in the fallback languages ``codes``: in this language, naming
        each of them in its own name, marked with its tag."""
        shown_in = [self.shared.locales.get(code) for code in codes]
        names = [Markup('<span lang="{}">{}</span>').format(loc.tag, loc.name) for loc in shown_in]
        notice = escape(self.t("fallback.shown_in", language="\0"))  # the names are HTML: put in after escaping
        return notice.replace("\0", escape(self.t("list.separator")).join(names))

    def furigana_toggle(self) -> bool:
        """Whether pages offer the furigana switch (their ruby is hidden until asked for)."""
        return self.locale.code in self.shared.config.furigana_toggle

    def _furigana_always(self) -> bool:
        return self.locale.code in self.shared.config.furigana_always

    def t(self, key: str, **values: object) -> str:
        """The UI string ``key`` in this language, its placeholders filled from ``values``."""
        return self.shared.strings.t(self.locale.code, key, **values)

    def page_updated(self, path: Path) -> dict[str, str] | None:
        """When a hand-written page last changed (``iso``, and ``text`` in this language); None without Git."""
        day = last_change(path)
        return {"iso": day.isoformat(), "text": self.shared.dates[self.locale.code].date(day)} if day else None

    def coverage_html(self, docs_dir: Path) -> str:
        """The translation coverage table, for the about page; in the default language (the editors'), the
        words whose reading is to be settled too."""
        readings = self.shared.readings_to_settle(docs_dir) if self.locale.default else None
        return coverage_html(self.shared.renderer.env, self.shared.coverage(docs_dir), self.shared.locales, self.t,
                             self.locale.tag, readings)

    def whats_on(self, page_url: str) -> PageContent:
        """What is on for the build day (alerts, the coming weeks' events, open calls, support closing soon), for
        the page at ``page_url``; the languages any text fell back to."""
        site = self.shared
        view = View(self.locale, site.locales, site.strings, site.dates[self.locale.code], site.catalog, page_url)
        sections = whatson.whats_on(site.catalog, site.today, self.alerts())
        return PageContent(whatson.render(site.renderer.env, view, sections), view.fell_back)

    def alerts(self) -> list[ShownAlert]:
        """The alerts to show on every page on the build day."""
        return shown_alerts(self.shared.catalog.alerts, self.shared.today, self.locale.code, self.shared.locales)

    def feed_link(self) -> dict[str, str]:
        """Where this language's feed is (``path`` from the site root) and its ``title``, for the page head."""
        published = self.shared.published
        title = published.t(self.locale, "feed.title", city=published.city(self.locale))
        return {"path": self.locale.prefix + FEED_FILE, "title": title}

    def outputs(self) -> list[OutputFile]:
        """Feeds and calendars of this language; the open data (every language in one)
        and the form editor at /admin/ with the default language."""
        published, locale, kinds = self.shared.published, self.locale, self.shared.kinds
        calendars = ical.CalendarWriter(published, self.shared.today)
        feed = atom.AtomWriter(published, [adapter for adapter in kinds if adapter.in_feed], self.shared.today)
        files = {CALENDAR_FEED: calendars.feed(locale), FEED_FILE: feed.feed(locale)} | self._calendars(calendars)
        if locale.default:
            tables = {adapter.name: adapter.table for adapter in kinds if adapter.table}
            files |= OpenDataCsv(published, self.shared.today, kinds).files()
            files |= OpenDataJson(published).files() | CatalogWriter(published, tables).files()
        found = [OutputFile(path, content) for path, content in files.items()]
        if locale.default:
            shared = self.shared
            found += admin.form_editor(shared.root, shared.site_url, shared.config, shared.locales,
                                       shared.catalog.vocabularies, shared.strings)
        return found

    def _calendars(self, calendars: ical.CalendarWriter) -> dict[str, bytes]:
        """Each record's calendar file, of the kinds that have them."""
        found = {}
        for adapter in self.shared.kinds:
            for record in self.shared.catalog.records(adapter.name).values() if adapter.kind.calendars else ():
                content = adapter.calendar(calendars, self.locale, record)
                if content is not None:
                    found[adapter.kind.calendar_path(record.id)] = content
        return found

    def write_outputs(self, site_dir: Path) -> None:
        """Write ``outputs`` below this language's folder of the built site in ``site_dir``."""
        root = site_dir / self.locale.prefix
        for output in self.outputs():
            target = root / output.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(output.content)
