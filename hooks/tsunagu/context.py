"""What every language's build shares, frozen: made once per build by ``SiteBuilder`` and handed to each
``LanguageBuild``, which reads nothing else of the build. A test can make one and build a language from it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Callable

from .html.glossary_links import GlossaryLinker
from .html.ruby import RubyPass
from .i18n.dates import DateFormatter
from .i18n.strings import Strings
from .japanese.furigana import Furigana
from .kinds.base import KindAdapter
from .load.catalog import Catalog
from .model.config import TsunaguConfig
from .model.locales import Locale, Locales, babel_locale
from .outputs.published import Published
from .render.coverage import Coverage
from .render.pages import PageRenderer


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

    def in_default_language(self, locale: Locale) -> bool:
        """Whether ``locale`` is a form of the default language (ja-easy is Japanese too): its text needs no marking."""
        return babel_locale(locale.code).language == babel_locale(self.locales.default.code).language

    def read(self, text: str, code: str) -> str:
        """``text`` as HTML for readers of language ``code``: with ruby where furigana is always shown
        (for a page that holds every language, such as the 404 page)."""
        if code in self.config.furigana_always:
            return self.furigana.html(text)
        return escape(text, quote=False)
