"""The build, seen from the core: load and validate once, then render per language."""

from __future__ import annotations

from pathlib import Path

from .catalog import Catalog, load_catalog
from .config import TsunaguConfig
from .dates import DateFormatter
from .locales import Locale, Locales
from .outputs import OutputFile
from .pages import GeneratedPage, PageRenderer, template_environment
from .strings import Strings, load_strings


class SiteBuilder:
    """Everything Tsunagu adds to a site. Create it once per build: it loads and validates
    the data on creation (raising DataError) and renders each language on request."""

    def __init__(self, config: TsunaguConfig, locales: Locales, root: Path):
        self.config = config.resolve(root)
        self.locales = locales
        self.today = self.config.build_date()
        self.catalog: Catalog = load_catalog(self.config.data_dir, root, locales)
        self.strings: Strings = load_strings(self.config.strings_dir, locales)
        dates = {loc.code: DateFormatter(loc.code, self.config.date_styles.get(loc.code, "babel")) for loc in locales}
        self.renderer = PageRenderer(self.catalog, locales, self.strings,
                                     template_environment(self.config.templates_dir), dates, self.today)

    def pages(self, locale: Locale) -> list[GeneratedPage]:
        return self.renderer.pages(locale)

    def page_content(self, html: str, locale: Locale, src_uri: str) -> str:
        """Finish a page's content HTML for readers of ``locale``."""
        return html

    def outputs(self, locale: Locale) -> list[OutputFile]:
        """Feeds, calendars and data files for one language."""
        return []
