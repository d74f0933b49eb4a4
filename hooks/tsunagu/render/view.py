"""What templates see: a page's language, and helpers that pick, format and link in it."""

from __future__ import annotations

from typing import Any

import jaconv
from babel.numbers import format_decimal
from markupsafe import Markup

from ..load.catalog import Catalog
from ..i18n.dates import DateFormatter
from ..model.fields import LocalText
from ..model.locales import Locale, Locales, babel_locale
from ..html.markup import render_markdown
from ..html.search_readings import reading_attribute
from ..i18n.repeat_words import RepeatWords
from ..model.models import Event, Indicator
from ..model.occurrences import Occurrence
from ..i18n.strings import Strings
from ..model.kinds import DIGEST_SECTION, KINDS, SITE_FILES
from ..model.urls import digest_url, index_url, record_src, relative, src_to_url


class View:
    """Helpers for rendering one page in one language; remembers the languages texts fell back to."""

    def __init__(self, locale: Locale, locales: Locales, strings: Strings, dates: DateFormatter,
                 catalog: Catalog, page_url: str):
        self.locale, self.locales = locale, locales
        self.strings, self.dates, self.catalog = strings, dates, catalog
        self.page_url = page_url
        self.fell_back: tuple[str, ...] = ()  # codes, in the order first met

    @property
    def lang(self) -> str:
        return self.locale.code

    def t(self, key: str, **values: object) -> str:
        """The UI string ``key`` with its ``{name}`` placeholders filled from ``values``."""
        return self.strings.t(self.locale.code, key, **values)

    def text(self, value: LocalText | None) -> str:
        if value is None:
            return ""
        text, code = value.get(self.locales.chain(self.locale.code))
        if code != self.locale.code and code not in self.fell_back:
            self.fell_back += (code,)
        return text

    def lang_of(self, value: LocalText | None) -> Markup:
        """A ``lang`` attribute where the text fell back to another language (its tag), else nothing."""
        if value is None or value.has(self.locale.code):
            return Markup("")
        _, code = value.get(self.locales.chain(self.locale.code))
        return Markup(' lang="{}"').format(self.locales.get(code).tag)

    def reading(self, kana: str | None) -> Markup:
        """A record title's reading in hiragana, for search, on pages in Japanese (html.search_readings)."""
        if not kana or self.locale.tag.split("-")[0] != "ja":
            return Markup("")
        return Markup(reading_attribute(jaconv.kata2hira(kana)))

    def md(self, value: LocalText | None) -> Markup:
        return Markup(render_markdown(self.text(value)))

    def label(self, vocabulary: str, code: Any) -> str:
        return self.text(self.catalog.label(vocabulary, code))

    def link(self, url: str) -> str:
        """A relative link to ``url``, given below this language's root."""
        return relative(self.page_url, self.locale.prefix + url)

    def record_link(self, kind: str, record_id: str) -> str:
        return self.link(src_to_url(record_src(kind, record_id)))

    def index_link(self, kind: str) -> str:
        """A link to the section index of ``kind`` (a name in the kinds registry)."""
        return self.link(index_url(kind))

    def archive_link(self, kind: str) -> str:
        """A link to the archive page of ``kind``'s section."""
        return self.link(src_to_url(KINDS[kind].archive_src))

    def file_link(self, name: str) -> str:
        """A link to a site-wide file by its name in ``model.kinds.SITE_FILES`` (``feed``, ``calendar``)."""
        return self.link(SITE_FILES[name])

    def digest_link(self, area: str | None = None, month=None) -> str:
        """A link to the 回覧板 digest of ``area`` for ``month``, or to the digests' index."""
        return self.link(digest_url(area, month) if area else DIGEST_SECTION + "/")

    def date(self, day) -> str:
        return self.dates.date(day)

    def when(self, held: Event | Occurrence) -> str:
        return self.dates.when(held.start_date, held.end_date, held.start_time, held.end_time)

    def pattern(self, event: Event) -> str:
        """A regular activity's rule in words: 毎月 第2日曜日 10時から12時（祝日は休み）."""
        return RepeatWords(self.strings, self.locale.code, self.dates).pattern(event)

    def fiscal_year(self, year: int, key: str = "indicator.fiscal_year_name") -> str:
        """令和8年度 or 2026年度 where the language writes Japanese dates, else the language's own name of it
        (FY2026, năm tài chính 2026: ``key``)."""
        named = self.dates.fiscal_year(year)
        return named if named is not None else self.t(key, year=year)

    def fiscal_year_on_axis(self, year: int) -> str:
        """A fiscal year under a chart's bar, where the long names overlap (năm tài chính 2026 → 2026)."""
        return self.fiscal_year(year, "indicator.fiscal_year_axis")

    def number(self, value: int | float) -> str:
        """A number as the language writes it (1,234.5)."""
        return format_decimal(value, locale=babel_locale(self.lang))

    def amount(self, value: int | float, unit: LocalText) -> str:
        """A number with its unit: 50人, 50 people."""
        return self.t("indicator.amount", value=self.number(value), unit=self.text(unit))

    def target(self, indicator: Indicator) -> str:
        """An indicator's target value with its unit, and said to be a running total if it is one."""
        amount = self.amount(indicator.target.value, indicator.unit)
        return self.t("indicator.cumulative", amount=amount) if indicator.target.cumulative else amount
