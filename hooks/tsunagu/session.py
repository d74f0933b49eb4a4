"""What the site engine's hook calls: one build session (a build, or the rebuilds of ``mkdocs serve``), with
one method per event. The hook hands it plain values and engine objects' fields, and does what it returns;
every decision about content is taken here or below. Nothing here knows MkDocs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .builder import SiteBuilder
from .i18n.alternates import Alternate
from .language_build import FinishedPage, LanguageBuild, PageOfEngine
from .load.siteconfig import engine_settings
from .outputs import admin
from .outputs.assets import strip_comments
from .outputs.search import OLDER_PAGEFIND, index_site, npm_pagefind, pagefind_binary
from .outputs.sitemap import write_sitemap
from .outputs.stylesheet import served as served_css
from .preview import FOLDER as PREVIEW_FOLDER
from .preview import LanguagePreview, Reuse, page_source
from .render.pages import GeneratedPage


@dataclass(frozen=True)
class LanguageFiles:
    """What a language's build adds to the engine's files and changes in them: its generated pages, the file
    each hand-written page is read from (along the language's fallback chain) and the site's stylesheets as
    readers get them."""

    generated: list[PageSource]
    sources: dict[str, Path]
    stylesheets: dict[str, str]


@dataclass(frozen=True)
class PageSource:
    """A generated page for the engine: its source name and Markdown, the folder its preview file is in
    (None: no file, the page is in memory) and the folder of its language, which its address starts with."""

    src_uri: str
    markdown: str
    folder: Path | None
    prefix: str


@dataclass(frozen=True)
class Notes:
    """What the start of a build tells the person running it: warnings, and plain information."""

    warnings: list[str]
    info: list[str]


@dataclass
class BuildSession:
    """One session of the engine: ``preview`` in ``mkdocs serve --dirty``, whose rebuilds rewrite pages only."""

    preview: bool = False
    builder: SiteBuilder | None = None
    docs_dir: Path = Path("docs")  # the hand-written pages and their assets
    languages: dict[str, LanguageBuild] = field(default_factory=dict)  # this build's, by locale code
    default_404: bytes | None = None  # the default language's root 404.html
    outputs_written: set[str] = field(default_factory=set)  # languages whose files the preview has written
    previews: dict[str, LanguagePreview] = field(default_factory=dict)  # each language's last preview rebuild

    @property
    def started(self) -> bool:
        return self.builder is not None

    def start(self, config_file: Path, settings: Any, languages: list[dict], site_url: str, docs_dir: Path,
              only: str | None) -> Notes:
        """Check the settings, then load and validate all data, once per build (raising TsunaguError)."""
        self.builder, self.languages, self.docs_dir = None, {}, docs_dir
        config, locales = engine_settings(config_file, settings, languages)
        self.builder = SiteBuilder(config, locales, config_file.parent, site_url=site_url)
        warnings = [f"easy Japanese: {problem}" for problem in self.builder.easy_japanese(docs_dir, only)]
        notes = [admin.note(self.builder.root, site_url, self.builder.config),
                 None if only or npm_pagefind(self.builder.root) else OLDER_PAGEFIND]  # one language: the merge indexes
        return Notes(warnings, [note for note in notes if note])

    def page_sources(self, code: str) -> list[PageSource]:
        """The generated pages of language ``code``, whose build starts here; in the preview, each is a file
        on disk outside the watched folders that changes only when the page does, so the engine rebuilds
        only the pages an edit touched, and a rebuild renders again only the pages that show what it changed."""
        context = self.builder.context
        before = self.previews.get(code) if self.preview else None
        reuse = before.reuse(context.inputs, context.catalog) if before else None
        language = self.languages[code] = self.builder.language(context.locales.get(code), reuse)
        if not self.preview:
            return [PageSource(page.src_uri, page.markdown, None, language.locale.prefix) for page in language.pages()]
        return self._preview_sources(language, reuse)

    def _preview_sources(self, language: LanguageBuild, reuse: Reuse | None) -> list[PageSource]:
        """The preview's page files, each written again only if its page was rendered again; remembered for
        the next rebuild."""
        code, context = language.locale.code, self.builder.context
        folder, kept = self.builder.root / PREVIEW_FOLDER / code, reuse.kept if reuse else {}
        sources = [self._source(page, folder, language.locale.prefix, kept) for page in language.pages()]
        self.previews.setdefault(code, LanguagePreview(context.inputs, context.catalog)).rebuilt(
            context.inputs, context.catalog, language.pages(), reuse)
        return sources

    @staticmethod
    def _source(page: GeneratedPage, folder: Path, prefix: str, kept: dict[str, GeneratedPage]) -> PageSource:
        if kept.get(page.src_uri) is not page:
            page_source(folder, page)
        return PageSource(page.src_uri, page.markdown, folder, prefix)

    def files(self, code: str, docs_dir: Path, pages: list[str], stylesheets: dict[str, str]) -> LanguageFiles:
        """Start language ``code``'s build: its generated pages, the file each hand-written page of ``pages``
        is read from (the first of its fallback chain that has it) and each of ``stylesheets`` as served."""
        generated = self.page_sources(code)
        sources = {src_uri: self.languages[code].source(src_uri, docs_dir) for src_uri in pages}
        return LanguageFiles(generated, sources, {path: served_css(css) for path, css in stylesheets.items()})

    def nav_title(self, code: str, src_uri: str, docs_dir: Path, title: str) -> str:
        """A navigation title that language ``code``'s configuration does not translate."""
        return self.languages[code].nav_title(src_uri, docs_dir, title)

    def template_globals(self, code: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """The globals and the filters the theme's templates get in language ``code``."""
        language = self.languages[code]
        return language.template_globals(), language.template_filters()

    def page_markdown(self, code: str, markdown: str, src_uri: str, source: str | None, meta: dict,
                      docs_dir: Path) -> str:
        return self.languages[code].page_markdown(markdown, src_uri, Path(source or ""), meta, docs_dir)

    def page_html(self, code: str, html: str, page: PageOfEngine) -> FinishedPage:
        return self.languages[code].page_html(html, page)

    def alternates(self, code: str, page_url: str) -> list[Alternate]:
        """The language switcher's entries on the page at ``page_url``."""
        return self.languages[code].alternates(page_url)

    def alternates_404(self, code: str, site_url: str) -> list[Alternate]:
        """On the 404 page (a static template, served at any depth), the switcher leads to each language's
        home, below the site's path on its host."""
        language = self.languages[code]
        return language.alternates(language.locale.prefix, urlsplit(site_url or "/").path)

    def finish_page(self, code: str, html: str) -> str:
        return self.languages[code].finish_page(html)

    def write_outputs(self, code: str, site_dir: Path) -> None:
        """Write language ``code``'s feeds, data files and sitemap and let go of its build (nothing reads it
        after this: for memory). The preview writes them once: they took most of a rebuild."""
        language = self.languages.pop(code)
        self.builder.save_cache()
        if self.preview and code in self.outputs_written:
            return
        self.outputs_written.add(code)
        language.write_outputs(site_dir)
        strip_comments(self.docs_dir, site_dir)
        self._keep_default_404(language, site_dir / "404.html")

    def _keep_default_404(self, language: LanguageBuild, path: Path) -> None:
        """Keep the root 404.html of the default language: every language's build rewrites it, and static
        hosts serve only that one. Its content greets readers in every language."""
        if language.locale.default:
            self.default_404 = path.read_bytes() if path.exists() else None
        elif self.default_404 is not None:
            path.write_bytes(self.default_404)

    def index_search(self, site_dir: Path) -> None:
        """Write the sitemap of the whole built site (every language) and index each language for search (raising
        SearchIndexError)."""
        write_sitemap(site_dir)
        index_site(site_dir, self.builder.context.locales.prefixes, pagefind_binary(self.builder.root))
