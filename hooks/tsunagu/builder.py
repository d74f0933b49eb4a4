"""The build, seen from the core: load and validate once, then hand out one build per language."""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

from .outputs import admin, search
from .outputs.cms_config import Backend, FormSite
from .outputs.files import OutputFile
from .model.kinds import record_kinds
from .load.catalog import Catalog, load_catalog
from .render.coverage import Coverage, measure
from .model.config import TsunaguConfig
from .i18n.dates import date_formatter
from .japanese.easy_japanese import check_site
from .model.errors import Problem
from .html.ruby import RubyPass
from .japanese.furigana import Furigana
from .html.glossary_links import GlossaryLinker
from .model.locales import Locale, Locales, babel_locale
from .load.cache import Cache, files_digest
from .render.bodies import BodyCache
from .render.pages import PageRenderer
from .render.qrcode import QrCodes
from .render.environment import template_environment
from .outputs.published import AbsoluteUrls, Published
from .i18n.strings import Strings, load_strings
from .language_build import LanguageBuild


class SiteBuilder:
    """Everything Tsunagu adds to a site. Create it once per build: it loads and validates the data on
    creation (raising DataError), keeps what every language shares, and hands out each language's build."""

    def __init__(self, config: TsunaguConfig, locales: Locales, root: Path, site_url: str = ""):
        self.config = config.resolve(root)
        self.root = root
        self.site_url = site_url
        self.locales = locales
        self.today = self.config.build_date()
        self.catalog: Catalog = load_catalog(self.config.data_dir, root, locales)
        self.strings: Strings = load_strings(self.config.strings_dir, locales, root)
        dates = {loc.code: date_formatter(loc.code, self.config.date_styles.get(loc.code, "cldr")) for loc in locales}
        self.dates = dates
        self._coverage: Coverage | None = None
        self.published = Published(self.catalog, locales, self.strings, AbsoluteUrls(site_url), dates)
        self.cache = Cache(self.config.cache_dir)
        bodies = BodyCache(self.cache, self.catalog, self._shared_inputs())
        self.renderer = PageRenderer(self.catalog, locales, self.strings,
                                     template_environment(self.config.templates_dir), dates, self.today,
                                     published=self.published, bodies=bodies, codes=QrCodes(self.cache))
        self.furigana = Furigana(self.catalog.readings, self.cache)
        self.ruby = RubyPass(self.furigana)
        self.glossary = GlossaryLinker(self.catalog, locales, self.renderer.env)
        self._default_language = babel_locale(locales.default.code).language

    def _shared_inputs(self) -> tuple[str, ...]:
        """What every generated page's body depends on besides its records: the settings, the address,
        the languages, the UI strings, the site's templates, vocabularies and site file."""
        data = self.config.data_dir
        return (self.config.model_dump_json(), self.site_url, repr(self.locales),
                files_digest(self.config.strings_dir, self.config.templates_dir, data / "vocabulary", data / "site.yml"))

    def save_cache(self) -> None:
        """Keep what this build added to the persistent cache (after each language: a build may stop)."""
        self.cache.save()

    def language(self, locale: Locale) -> LanguageBuild:
        """A new build of ``locale``'s pages and outputs."""
        return LanguageBuild(self, locale)

    def in_default_language(self, locale: Locale) -> bool:
        """Whether ``locale`` is a form of the default language (ja-easy is Japanese too): its text needs no marking."""
        return babel_locale(locale.code).language == self._default_language

    def read(self, text: str, code: str) -> str:
        """``text`` as HTML for readers of language ``code``: with ruby where furigana is always shown
        (for a page that holds every language, such as the 404 page)."""
        if code in self.config.furigana_always:
            return self.furigana.html(text)
        return escape(text, quote=False)

    def easy_japanese(self, docs_dir: Path, only: str | None = None) -> list[Problem]:
        """What the easy-Japanese checker finds in the data and in ``docs_dir``, for the build to warn about;
        nothing in a build of one language (``only``) other than the easy one, whose build reports it."""
        if only and only != self.config.easy_locale:
            return []
        return check_site(self.catalog, docs_dir, self.root, self.config)

    def coverage(self, docs_dir: Path) -> Coverage:
        """How much of the data and the pages is translated, measured once per build."""
        if self._coverage is None:
            self._coverage = measure(self.catalog, docs_dir, self.config.data_dir, self.locales)
        return self._coverage

    def search_paths(self) -> dict[str, str]:
        """Where the search bundle is and the site root, as paths on the site's host."""
        root = self.published.urls.root_path
        return {"bundle": root + search.BUNDLE_DIR + "/", "base": root}

    def backend(self) -> Backend:
        """Where the form editor at /admin/ saves on the real site (no repository: through `make edit` only)."""
        repo = admin.repository(self.site_url, self.config.cms_repo) or ""
        return Backend(repo, self.config.cms_branch, self.config.cms_auth_base_url, self.config.cms_auth_site_domain)

    def admin_note(self) -> str | None:
        """What the build tells of the form editor at /admin/: why it is left out, or why it cannot save to GitHub."""
        return admin.missing(self.root) or (None if self.backend().repo else admin.NO_REPOSITORY)

    def admin(self) -> list[OutputFile]:
        """The files of the form editor at /admin/ (in the default language); none when it is left out."""
        default = self.locales.default.code
        if admin.missing(self.root):
            return []
        labels = {kind.name: self.strings.t(default, f"coverage.{kind.name}") for kind in record_kinds()}
        data_folder = Path(os.path.relpath(self.config.data_dir, self.root)).as_posix()
        site = FormSite(self.locales, self.catalog.vocabularies, labels, data_folder)
        texts = {key: self.strings.t(default, f"admin.{key}") for key in ("title", "noscript")}
        return admin.admin_files(self.root, site, self.backend(), texts)

    def index_search(self, site_dir: Path) -> None:
        """Index the whole built site (every language) for search."""
        search.index_site(site_dir)
