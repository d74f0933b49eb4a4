"""What every language's build shares, frozen: made once per build (``build_context``, which ``SiteBuilder``
calls) and handed to each ``LanguageBuild``, which reads nothing else of the build. A test can make one
and build a language from it, without a ``SiteBuilder``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path
from typing import Callable

from .html.glossary_links import GlossaryLinker
from .html.ruby import RubyPass
from .i18n.dates import DateFormatter, date_formatter
from .i18n.strings import Strings, load_strings
from .japanese.furigana import Furigana
from .japanese.second_opinion import Disagreement, disagreements, shown_passages
from .kinds.base import KindAdapter
from .kinds.registry import adapters
from .store.cache import Cache, digest, files_digest
from .load.catalog import Catalog, load_catalog
from .model.config import TsunaguConfig
from .model.locales import Locale, Locales, babel_locale
from .outputs.published import AbsoluteUrls, Published
from .render.bodies import BodyCache
from .i18n.coverage import Coverage, measure
from .render.environment import template_environment
from .render.pages import PageRenderer
from .render.qrcode import QrCodes


@dataclass(frozen=True)
class BuildContext:
    """The data, settings, texts and services of one build, the same for every language."""

    config: TsunaguConfig
    root: Path
    """The site's folder (where mkdocs.yml is)."""
    site_url: str
    locales: Locales
    catalog: Catalog
    strings: Strings
    dates: dict[str, DateFormatter]
    today: dt.date
    published: Published
    kinds: tuple[KindAdapter, ...]
    renderer: PageRenderer
    furigana: Furigana
    ruby: RubyPass
    glossary: GlossaryLinker
    coverage: Callable[[Path], Coverage]
    """How much of the data and of the pages in a docs folder is translated (measured once per build)."""
    readings_to_settle: Callable[[Path], list[Disagreement]]
    """The words the furigana show that a second analyser reads otherwise (found once per build)."""
    inputs: str = ""
    """A hash of what every generated page depends on besides its records (see ``_shared_inputs``), the
    build day, readings and alerts included: a preview rebuild keeps pages only while it is the same."""

    def in_default_language(self, locale: Locale) -> bool:
        """Whether ``locale`` is a form of the default language (ja-easy is Japanese too): its text needs no marking."""
        return babel_locale(locale.code).language == babel_locale(self.locales.default.code).language

    def read(self, text: str, code: str) -> str:
        """``text`` as HTML for readers of language ``code``: with ruby where furigana is always shown
        (for a page that holds every language, such as the 404 page)."""
        if code in self.config.furigana_always:
            return self.furigana.html(text)
        return escape(text, quote=False)


def build_context(config: TsunaguConfig, locales: Locales, root: Path, site_url: str, kept: Cache) -> BuildContext:
    """Load and validate the data of the site in ``root`` (raising DataError), and make what every language
    shares; ``config`` resolved against ``root``, ``kept`` the persistent cache."""
    catalog = load_catalog(config.data_dir, root, locales)
    strings = load_strings(config.strings_dir, locales, root)
    dates = {loc.code: date_formatter(loc.code, config.date_styles.get(loc.code, "cldr")) for loc in locales}
    today, kinds = config.build_date(), adapters()
    published = Published(catalog, locales, strings, AbsoluteUrls(site_url), dates)
    shared = _shared_inputs(config, locales, site_url)
    bodies = BodyCache(kept, catalog, shared)
    renderer = PageRenderer(catalog, locales, strings, template_environment(config.templates_dir), dates, today,
                            published=published, bodies=bodies, codes=QrCodes(kept), kinds=kinds)
    furigana = Furigana(catalog.readings, kept)
    coverage = cache(lambda docs_dir: measure(catalog, docs_dir, config.data_dir, locales))
    readings = cache(lambda docs_dir: _readings_to_settle(config, root, catalog, locales, furigana, docs_dir, kept))
    return BuildContext(config, root, site_url, locales, catalog, strings, dates, today, published, kinds,
                        renderer, furigana, RubyPass(furigana), GlossaryLinker(catalog, locales, renderer.env),
                        coverage, readings, digest(*shared, today.isoformat(), repr(sorted(catalog.readings.items())),
                                                   repr(catalog.alerts)))


def _readings_to_settle(config: TsunaguConfig, root: Path, catalog: Catalog, locales: Locales, furigana: Furigana,
                        docs_dir: Path, kept: Cache) -> list[Disagreement]:
    """Every word the furigana show that MeCab reads otherwise than Tsunagu."""
    codes = [*config.furigana_always, *config.furigana_toggle]
    passages = shown_passages(catalog, docs_dir, root, config.strings_dir, codes, locales)
    return disagreements(furigana, passages, kept)


def _shared_inputs(config: TsunaguConfig, locales: Locales, site_url: str) -> tuple[str, ...]:
    """What every generated page's body depends on besides its records: the settings, the address,
    the languages, the UI strings, the site's templates, vocabularies and site file."""
    data = config.data_dir
    return (config.model_dump_json(), site_url, repr(locales),
            files_digest(config.strings_dir, config.templates_dir, data / "vocabulary", data / "site.yml"))
