"""The build, seen from the core: load and validate once, then hand out one build per language."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .context import BuildContext
from .html.glossary_links import GlossaryLinker
from .html.ruby import RubyPass
from .i18n.dates import DateFormatter
from .i18n.strings import load_strings
from .japanese.easy_japanese import check_site
from .japanese.furigana import Furigana
from .kinds.registry import adapters
from .language_build import LanguageBuild
from .load.cache import Cache, files_digest
from .load.catalog import load_catalog
from .model.config import TsunaguConfig
from .model.errors import Problem
from .model.locales import Locale, Locales
from .outputs.published import AbsoluteUrls, Published
from .render.bodies import BodyCache
from .render.coverage import measure
from .render.environment import template_environment
from .render.pages import PageRenderer
from .render.qrcode import QrCodes


class SiteBuilder:
    """Everything Tsunagu adds to a site. Create it once per build: it loads and validates the data on
    creation (raising DataError), makes what every language shares (``context``), and hands out each
    language's build."""

    def __init__(self, config: TsunaguConfig, locales: Locales, root: Path, site_url: str = ""):
        self.config = config.resolve(root)
        self.root = root
        self.cache = Cache(self.config.cache_dir)
        self.context = self._context(locales, site_url)

    def _context(self, locales: Locales, site_url: str) -> BuildContext:
        config, root = self.config, self.root
        catalog = load_catalog(config.data_dir, root, locales)
        strings = load_strings(config.strings_dir, locales, root)
        dates = {loc.code: DateFormatter(loc.code, config.date_styles.get(loc.code, "babel")) for loc in locales}
        today, kinds = config.build_date(), adapters()
        published = Published(catalog, locales, strings, AbsoluteUrls(site_url), dates)
        bodies = BodyCache(self.cache, catalog, self._shared_inputs(locales, site_url))
        renderer = PageRenderer(catalog, locales, strings, template_environment(config.templates_dir), dates, today,
                                published=published, bodies=bodies, codes=QrCodes(self.cache), kinds=kinds)
        furigana = Furigana(catalog.readings, self.cache)
        coverage = cache(lambda docs_dir: measure(catalog, docs_dir, config.data_dir, locales))
        return BuildContext(config, root, site_url, locales, catalog, strings, dates, today, published, kinds,
                            renderer, furigana, RubyPass(furigana), GlossaryLinker(catalog, locales, renderer.env),
                            coverage)

    def _shared_inputs(self, locales: Locales, site_url: str) -> tuple[str, ...]:
        """What every generated page's body depends on besides its records: the settings, the address,
        the languages, the UI strings, the site's templates, vocabularies and site file."""
        config, data = self.config, self.config.data_dir
        return (config.model_dump_json(), site_url, repr(locales),
                files_digest(config.strings_dir, config.templates_dir, data / "vocabulary", data / "site.yml"))

    def save_cache(self) -> None:
        """Keep what this build added to the persistent cache (after each language: a build may stop)."""
        self.cache.save()

    def language(self, locale: Locale) -> LanguageBuild:
        """A new build of ``locale``'s pages and outputs."""
        return LanguageBuild(self.context, locale)

    def easy_japanese(self, docs_dir: Path, only: str | None = None) -> list[Problem]:
        """What the easy-Japanese checker finds in the data and in ``docs_dir``, for the build to warn about;
        nothing in a build of one language (``only``) other than the easy one, whose build reports it."""
        if only and only != self.config.easy_locale:
            return []
        return check_site(self.context.catalog, docs_dir, self.root, self.config)
