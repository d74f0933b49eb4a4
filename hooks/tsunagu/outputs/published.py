"""What files read outside the site share: full URLs and texts in one language.

Feeds, calendars, open data and JSON-LD are read by other software, so their links are
absolute (below the engine's ``site_url``) and their texts are picked per language here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from ..load.catalog import Catalog
from ..model.config import TIMEZONE
from ..i18n.dates import DateFormatter
from ..model.fields import LocalText
from ..model.locales import Locale, Locales, babel_locale
from ..i18n.strings import Strings
from ..model.urls import index_url, record_src, src_to_url

LOCAL_HOST = "localhost"


@dataclass(frozen=True)
class AbsoluteUrls:
    """Turns site-relative paths into full URLs below ``site_url`` (the engine's setting)."""

    site_url: str = ""

    @property
    def base(self) -> str:
        """The site root, always ending in ``/`` (``http://localhost/`` when no site URL is set)."""
        url = self.site_url or f"http://{LOCAL_HOST}/"
        return url if url.endswith("/") else url + "/"

    @property
    def host(self) -> str:
        """The site's host name: the right-hand side of calendar UIDs."""
        return urlsplit(self.base).hostname or LOCAL_HOST

    @property
    def root_path(self) -> str:
        """The site root as an absolute path on its host, e.g. ``/tsunagu/``."""
        return urlsplit(self.base).path

    def of(self, locale: Locale, path: str) -> str:
        """The full URL of ``path``, given below ``locale``'s root."""
        return urljoin(self.base, quote(locale.prefix + path))

    def record(self, locale: Locale, kind: str, record_id: str) -> str:
        return self.of(locale, src_to_url(record_src(kind, record_id)))

    def index(self, locale: Locale, kind: str) -> str:
        """The full URL of a kind's section index."""
        return self.of(locale, index_url(kind))

    def webcal(self, locale: Locale, path: str) -> str:
        """The ``webcal://`` address that makes calendar apps subscribe to ``path``."""
        return "webcal://" + self.of(locale, path).split("://", 1)[1]


def local_midnight(day: dt.date) -> dt.datetime:
    """The start of ``day`` in the city's time zone: the time of a date-only change."""
    return dt.datetime.combine(day, dt.time.min, TIMEZONE)


@dataclass
class Published:
    """Everything a writer of an outside-read file needs, for every language."""

    catalog: Catalog
    locales: Locales
    strings: Strings
    urls: AbsoluteUrls
    dates: dict[str, DateFormatter]

    def text(self, locale: Locale, value: LocalText | None) -> str:
        """``value`` in ``locale``, or in the first of its fallbacks that has it; '' for no value."""
        return value.get(self.locales.chain(locale.code))[0] if value else ""

    def t(self, locale: Locale, key: str, **values: object) -> str:
        """A UI string with its ``{name}`` placeholders filled in."""
        return self.strings.t(locale.code, key, **values)

    def city(self, locale: Locale) -> str:
        return self.text(locale, self.catalog.site.city)

    def english(self) -> Locale | None:
        """The site's English language, if it has one (for the standard's ``_英語`` columns)."""
        return next((loc for loc in self.locales if babel_locale(loc.code).language == "en"), None)
