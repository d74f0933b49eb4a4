"""MkDocs hook: hands Tsunagu's pages to MkDocs and mkdocs-static-i18n.

This is the only module that knows MkDocs. Each handler passes what the event gives to one method of the
build session (``tsunagu.session``) and hands back what it returns; the package decides every page's
content. What this file does decide is MkDocs' and mkdocs-static-i18n's own business: the order of the
handlers, the files of generated pages, which language is being built, and errors as MkDocs shows them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

import tsunagu_theme
from tsunagu.language_build import PageOfEngine
from tsunagu.model.errors import TsunaguError
from tsunagu.session import BuildSession, PageSource

log = logging.getLogger("mkdocs.hooks.tsunagu")
_session = BuildSession()


def _i18n(config: MkDocsConfig):
    return config.plugins["i18n"]


def _code(config: MkDocsConfig) -> str:
    """The language being built."""
    return _i18n(config).current_language


def _only_locale(config: MkDocsConfig) -> str | None:
    return _i18n(config).config.build_only_locale


def on_startup(command, dirty):
    global _session
    _session = BuildSession(preview=command == "serve" and dirty)


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


def on_pre_build(config: MkDocsConfig):
    """Start the build once (i18n re-runs this per language): settings checked, data loaded and validated."""
    if _session.started and _i18n(config).building:
        return
    try:
        notes = _session.start(Path(config.config_file_path), config.extra.get("tsunagu"),
                               [dict(lang) for lang in _i18n(config).config.languages], config.site_url or "",
                               Path(config.docs_dir), _only_locale(config))
    except TsunaguError as error:
        raise PluginError(str(error)) from None
    for warning in notes.warnings:
        log.warning(warning)
    for note in notes.info:
        log.info(note)


# Generated pages are added as in-memory files, after mkdocs-static-i18n (priority -100)
# has rebuilt the file list for the language being built: files added earlier crash its
# reconfiguration, and writing real files into docs/ would touch the sources and make
# `mkdocs serve` rebuild in a loop.
@event_priority(-200)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    pages = {file.src_uri: file for file in files.documentation_pages()}
    sheets = {path: sheet for path in config.extra_css
              if (sheet := files.get_file_from_path(path)) is not None and sheet.abs_src_path}
    found = _session.files(_code(config), Path(config.docs_dir), list(pages),
                           {path: sheet.content_string for path, sheet in sheets.items()})
    for src_uri, source in found.sources.items():  # a page missing in this language: read along its chain
        pages[src_uri].abs_src_path = str(source)
    for path, css in found.stylesheets.items():
        sheets[path].content_string = css
    for page in found.generated:
        files.append(_file(page, config))
    return files


def _file(page: PageSource, config: MkDocsConfig) -> File:
    """A generated page as MkDocs' file: in memory, or (in the preview) the file the session wrote."""
    if page.folder is None:
        file = File.generated(config, page.src_uri, content=page.markdown, inclusion=InclusionLevel.NOT_IN_NAV)
    else:
        file = File(page.src_uri, str(page.folder), config.site_dir, config.use_directory_urls,
                    inclusion=InclusionLevel.NOT_IN_NAV)
    file.dest_uri = page.prefix + file.dest_uri
    return file


@event_priority(-50)
def on_nav(nav, config: MkDocsConfig, files: Files):
    """Before mkdocs-static-i18n (priority -100) translates the navigation: a title the language's
    ``nav_translations`` lack becomes the page's own title in that language."""
    translations = _i18n(config).current_language_config.nav_translations or {}
    for page in nav.pages:  # a page without a title in the configuration takes its own (MkDocs' rule)
        if page.title is not None and page.title not in translations:
            page.title = _session.nav_title(_code(config), page.file.src_uri, Path(config.docs_dir), page.title)
    return nav


def on_env(env, config: MkDocsConfig, files: Files):
    """Give templates the UI strings and the rest of the language being built."""
    template_globals, filters = _session.template_globals(_code(config))
    env.globals.update(template_globals)
    env.filters.update(filters)
    return env


def on_page_markdown(markdown: str, page, config: MkDocsConfig, files: Files) -> str:
    return _session.page_markdown(_code(config), markdown, page.file.src_uri, page.file.abs_src_path, page.meta,
                                  Path(config.docs_dir))


@event_priority(-200)
def on_page_context(context, page, config: MkDocsConfig, nav):
    """The language switcher (after mkdocs-static-i18n has set its own entries, with its codes, for this page)."""
    config.extra.alternate = _session.alternates(_code(config), page.url)
    return context


def on_template_context(context, template_name: str, config: MkDocsConfig):
    config.extra.alternate = _session.alternates_404(_code(config), config.site_url)
    return context


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """The 404 page (a static template) gets the theme's markup corrected as pages do (on_post_page)."""
    return tsunagu_theme.valid_toggles(output)


def on_page_content(html: str, page, config: MkDocsConfig, files: Files) -> str:
    finished = _session.page_html(_code(config), html,
                                  PageOfEngine(page.file.src_uri, page.url, page.meta, page.title, page.toc))
    page.title = finished.title
    return finished.html


def on_post_page(output: str, page, config: MkDocsConfig) -> str:
    """Finish the whole page (readings over the site's frame too), and let go of its content HTML:
    MkDocs keeps every page of every language until the whole build ends, and nothing reads it after
    this (for memory)."""
    page.content = None
    return _session.finish_page(_code(config), tsunagu_theme.valid_toggles(output))


def _write_outputs(config: MkDocsConfig):
    """Write this language's files before i18n goes on to the next language."""
    _session.write_outputs(_code(config), Path(config.site_dir))


@event_priority(-50)
def _only_this_language(config: MkDocsConfig):
    """With ``build_only_locale``, stop mkdocs-static-i18n (priority -100) from building the others."""
    if _only_locale(config):
        _i18n(config).building = True


@event_priority(-300)
def _index_search(config: MkDocsConfig):
    """Index each language for search, one after another, after mkdocs-static-i18n (priority -100) has built
    the other languages inside the default language's post_build."""
    if _only_locale(config):  # one language of many: search runs on the merged site (tsunagu.cli.merge)
        _i18n(config).building = False
        return
    if _i18n(config).building:
        return
    try:
        _session.index_search(Path(config.site_dir))
    except TsunaguError as error:
        raise PluginError(str(error)) from None


# Handlers at different priorities: outputs per language, then search over all languages.
on_post_build = CombinedEvent(_write_outputs, _only_this_language, _index_search)
