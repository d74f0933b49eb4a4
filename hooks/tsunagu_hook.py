"""MkDocs hook: hands Tsunagu's pages to MkDocs and mkdocs-static-i18n.

This is the only module that knows MkDocs. The ``tsunagu`` package loads,
validates and renders; an engine change touches this file, not the package.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from tsunagu.builder import SiteBuilder
from tsunagu.html.ruby import heading_texts, without_readings
from tsunagu.html.themefix import valid_toggles
from tsunagu.i18n.alternates import alternates
from tsunagu.japanese.furigana import INLINE
from tsunagu.language_build import LanguageBuild
from tsunagu.load.siteconfig import engine_settings
from tsunagu.model.errors import DataError
from tsunagu.model.locales import Locale, Locales
from tsunagu.outputs.search import SearchIndexError
from tsunagu.outputs.stylesheet import served as served_css
from tsunagu.preview import FOLDER as PREVIEW_FOLDER
from tsunagu.preview import page_source
from tsunagu.render.coverage import COVERAGE_MARKER
from tsunagu.render.whatson import WHATS_ON_MARKER

log = logging.getLogger("mkdocs.hooks.tsunagu")


@dataclass
class _State:
    """What the hook keeps between events: for one build, and across the rebuilds of `mkdocs serve`."""

    builder: SiteBuilder | None = None
    dirty_serve: bool = False  # `mkdocs serve --dirty`: the preview
    languages: dict[str, LanguageBuild] = field(default_factory=dict)  # this build's, by locale code
    default_404: bytes | None = None  # the default language's root 404.html
    preview_outputs: set[str] = field(default_factory=set)  # languages whose feeds the preview has written


_state = _State()


def _i18n(config: MkDocsConfig):
    return config.plugins["i18n"]


def _locales(config: MkDocsConfig) -> Locales:
    """The site's languages as the builder read them (with their fallbacks and tags)."""
    return _state.builder.locales


def _current(config: MkDocsConfig) -> Locale:
    return _locales(config).get(_i18n(config).current_language)


def on_config(config: MkDocsConfig):
    """With the i18n plugin's ``build_only_locale`` (a per-language CI job, a preview), build that language
    alone at its usual place: i18n would make it the default and put it at the root; keep the default
    language (the one whose link is "/") so data, fallbacks and links stay those of the full site."""
    i18n = _i18n(config)
    only = i18n.config.build_only_locale
    if only and i18n.current_language is None:
        for lang in i18n.config.languages:  # every language stays "built", for the language switcher
            lang.default, lang.build = lang.link == "/", True
        i18n.current_language = only
    return config


def _only_locale(config: MkDocsConfig) -> str | None:
    return _i18n(config).config.build_only_locale


def _language(config: MkDocsConfig) -> LanguageBuild:
    """The build of the language being built (started by on_files)."""
    return _state.languages[_i18n(config).current_language]


def on_startup(command, dirty):
    global _state
    _state = _State(dirty_serve=command == "serve" and dirty)


def on_pre_build(config: MkDocsConfig):
    """Check the settings, then load and validate all data, once per build (i18n re-runs this per language)."""
    i18n = _i18n(config)
    if _state.builder is not None and i18n.building:
        return
    _state.builder, _state.languages = None, {}
    try:
        settings, locales = engine_settings(Path(config.config_file_path), config.extra.get("tsunagu"),
                                            [dict(lang) for lang in i18n.config.languages])
        _state.builder = SiteBuilder(settings, locales, Path(config.config_file_path).parent,
                                     site_url=config.site_url or "")
    except DataError as error:  # settings problems too
        raise PluginError(error.report()) from None
    for problem in _state.builder.easy_japanese(Path(config.docs_dir), _only_locale(config)):
        log.warning("easy Japanese: %s", problem)
    if note := _state.builder.admin_note():
        log.info(note)


# Generated pages are added as in-memory files, after mkdocs-static-i18n (priority -100)
# has rebuilt the file list for the language being built: files added earlier crash its
# reconfiguration, and writing real files into docs/ would touch the sources and make
# `mkdocs serve` rebuild in a loop.
@event_priority(-200)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    locale = _current(config)
    preview_folder = Path(config.config_file_path).parent / PREVIEW_FOLDER / locale.code
    language = _state.languages[locale.code] = _state.builder.language(locale)
    for file in files.documentation_pages():
        file.abs_src_path = str(language.source(file.src_uri, Path(config.docs_dir)))
    for path in config.extra_css:
        if (sheet := files.get_file_from_path(path)) is not None and sheet.abs_src_path:
            sheet.content_string = served_css(sheet.content_string)
    for page in language.pages():
        file = _preview_file(page, preview_folder, config) if _state.dirty_serve else \
            File.generated(config, page.src_uri, content=page.markdown, inclusion=InclusionLevel.NOT_IN_NAV)
        file.dest_uri = locale.prefix + file.dest_uri
        files.append(file)
    return files


def _preview_file(page, folder: Path, config: MkDocsConfig) -> File:
    """In `mkdocs serve --dirty` (the preview), a generated page is a file on disk, outside the watched
    folders, that changes only when the page does: MkDocs then rebuilds only the pages an edit touched."""
    page_source(folder, page)
    return File(page.src_uri, str(folder), config.site_dir, config.use_directory_urls,
                inclusion=InclusionLevel.NOT_IN_NAV)


@event_priority(-50)
def on_nav(nav, config: MkDocsConfig, files: Files):
    """Before mkdocs-static-i18n (priority -100) translates the navigation: a title the language's
    ``nav_translations`` lack becomes the page's own title in that language."""
    translations = _i18n(config).current_language_config.nav_translations or {}
    for page in nav.pages:  # a page without a title in the configuration takes its own (MkDocs' rule)
        if page.title is not None and page.title not in translations:
            page.title = _language(config).nav_title(page.file.src_uri, Path(config.docs_dir), page.title)
    return nav


def on_env(env, config: MkDocsConfig, files: Files):
    """Give templates the UI strings of the language being built."""
    language, builder = _language(config), _state.builder
    env.globals["tsunagu_t"] = language.t
    env.globals["tsunagu_furigana_toggle"] = language.furigana_toggle()
    env.globals["tsunagu_t_in"] = builder.strings.t
    env.globals["tsunagu_t_own"] = builder.strings.own
    env.globals["tsunagu_tag"] = language.locale.tag
    env.globals["tsunagu_fallback_notice"] = language.fallback_notice
    env.globals["tsunagu_locales"] = list(builder.locales)
    env.globals["tsunagu_alerts"] = language.alerts()
    env.globals["tsunagu_prefix"] = language.locale.prefix
    env.globals["tsunagu_feed"] = language.feed_link()
    env.globals["tsunagu_search"] = builder.search_paths()
    env.filters["tsunagu_read"] = lambda text, code: Markup(builder.read(str(text), code))
    env.filters["tsunagu_plain"] = lambda text: language.plain(str(text))
    return env


def on_page_markdown(markdown: str, page, config: MkDocsConfig, files: Files) -> str:
    """Mark hand-written pages shown in the default language because a translation is missing, give them
    their last Git change, and put the translation coverage where a page asks for it."""
    if not page.meta.get("tsunagu_generated"):
        source = _language(config).source_language(page.file.src_uri)
        page.meta["tsunagu_fallback"] = (source,) if source != _current(config).code else ()
        page.meta["tsunagu_page_updated"] = _language(config).page_updated(Path(page.file.abs_src_path))
    if COVERAGE_MARKER in markdown:
        markdown = markdown.replace(COVERAGE_MARKER, _language(config).coverage_html(Path(config.docs_dir)))
    return markdown


@event_priority(-200)
def on_page_context(context, page, config: MkDocsConfig, nav):
    """Point the language switcher at the same page in each language, with each language's BCP 47 tag
    and home (after mkdocs-static-i18n has set its own entries, with its codes, for this page)."""
    config.extra.alternate = alternates(_locales(config), _current(config), page.url)
    return context


def on_template_context(context, template_name: str, config: MkDocsConfig):
    """On the 404 page (a static template, served at any depth), the switcher leads to each language's home."""
    current = _current(config)
    root = urlsplit(config.site_url or "/").path
    config.extra.alternate = alternates(_locales(config), current, current.prefix, root)
    return context


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """The 404 page (a static template) gets the theme's markup corrected as pages do (on_post_page)."""
    return valid_toggles(output)


def on_page_content(html: str, page, config: MkDocsConfig, files: Files) -> str:
    language = _language(config)
    if WHATS_ON_MARKER in html:  # a hand-written page (the home page) asks for what is on
        whats_on = language.whats_on(page.url)
        html = html.replace(WHATS_ON_MARKER, whats_on.html, 1)
        page.meta["tsunagu_fallback"] = _joined(page.meta.get("tsunagu_fallback", ()), whats_on.fell_back)
    content = language.page_content(html, page.file.src_uri)
    page.meta["tsunagu_fallback"] = _joined(page.meta.get("tsunagu_fallback", ()), content.fell_back)
    _contents_titles(page, html, language)
    return content.html


def _joined(first: tuple[str, ...], then: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *then)))


def _contents_titles(page, html: str, language: LanguageBuild) -> None:
    """The title and the table of contents show a heading's ``{漢字|かんじ}`` as the word alone, and the
    contents mark Japanese on pages in other languages, as the headings do (WCAG 3.1.2)."""
    readings = bool(INLINE.search(html))
    if readings and page.title:
        page.title = without_readings(page.title)
    texts = heading_texts(html) if readings else {}
    links = list(page.toc)
    while links:
        link = links.pop()
        if INLINE.search(link.title) and link.id in texts:
            link.title = texts[link.id]
        link.title = language.marked(link.title, page.file.src_uri)
        links += link.children


def on_post_page(output: str, page, config: MkDocsConfig) -> str:
    """Finish the whole page (readings over the site's frame too), and let go of its content HTML:
    MkDocs keeps every page of every language until the whole build ends, and nothing reads it after
    this (for memory)."""
    page.content = None
    output = valid_toggles(output)
    return _language(config).finish_page(output)


def _write_outputs(config: MkDocsConfig):
    """Write this language's feeds, data files and sitemap (before i18n goes on to the next language), and
    let go of its build: nothing reads it after this (for memory)."""
    language = _state.languages.pop(_i18n(config).current_language)
    locale = language.locale
    _state.builder.save_cache()
    if _state.dirty_serve and locale.code in _state.preview_outputs:
        return  # the preview rewrites pages, not feeds: writing them took most of a rebuild
    _state.preview_outputs.add(locale.code)
    language.write_outputs(Path(config.site_dir))
    _keep_default_404(locale, Path(config.site_dir) / "404.html")


def _keep_default_404(locale: Locale, path: Path) -> None:
    """Keep the root 404.html of the default language: every language's build rewrites it, and static
    hosts serve only that one. Its content greets readers in every language."""
    if locale.default:
        _state.default_404 = path.read_bytes() if path.exists() else None
    elif _state.default_404 is not None:
        path.write_bytes(_state.default_404)


@event_priority(-50)
def _only_this_language(config: MkDocsConfig):
    """With ``build_only_locale``, stop mkdocs-static-i18n (priority -100) from building the others."""
    if _only_locale(config):
        _i18n(config).building = True


@event_priority(-300)
def _index_search(config: MkDocsConfig):
    """Index the whole site for search once, after mkdocs-static-i18n (priority -100) has built
    the other languages inside the default language's post_build."""
    if _only_locale(config):  # one language of many: search runs on the merged site (tsunagu.cli.merge)
        _i18n(config).building = False
        return
    if _i18n(config).building:
        return
    try:
        _state.builder.index_search(Path(config.site_dir))
    except SearchIndexError as error:
        raise PluginError(str(error)) from None


# Handlers at different priorities: outputs per language, then search over all languages.
on_post_build = CombinedEvent(_write_outputs, _only_this_language, _index_search)
