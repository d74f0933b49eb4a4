"""Dates and times in each language's own style.

A locale's style is set in mkdocs.yml (``extra.tsunagu.date_styles``):
``wareki`` (和暦 with 西暦), ``seireki`` (西暦, for easy Japanese), ``babel``
(English as the site writes it: "Saturday 5 December 2026, 2pm to 4pm", with
Babel's names) or ``cldr``, the default (the language's own CLDR patterns via
Babel: its full date, its month and year, its short time, its interval formats).
和暦 is our own small function.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel import Locale as BabelLocale
from babel.dates import format_date, format_interval, format_skeleton, format_time, get_datetime_format

from ..model.config import DateStyle
from ..model.locales import babel_locale


_ERAS = ((dt.date(2019, 5, 1), "令和"), (dt.date(1989, 1, 8), "平成"), (dt.date(1926, 12, 25), "昭和"),
         (dt.date(1912, 7, 30), "大正"), (dt.date(1868, 10, 23), "明治"))
_SOLAR_CALENDAR = dt.date(1873, 1, 1)


def wareki_year(day: dt.date) -> str | None:
    """令和8年 for 2026; 令和元年 for its first year; None before the solar calendar (1873)."""
    for start, era in _ERAS:
        if day >= max(start, _SOLAR_CALENDAR):
            number = day.year - start.year + 1
            return f"{era}{'元' if number == 1 else number}年"
    return None


def wareki_fiscal_year(year: int) -> str:
    """令和8年度 for fiscal 2026: the era of the end of December of the year it starts in (令和元年度 for
    2019); 1872年度 before the eras."""
    era = wareki_year(dt.date(year, 12, 31))
    return f"{era[:-1]}年度" if era else f"{year}年度"


class DateFormatter:
    """Formats dates, times and ranges for one locale in one style."""

    def __init__(self, code: str, style: DateStyle):
        self.locale = babel_locale(code)
        self.style = style

    def weekday(self, day: dt.date) -> str:
        return _format(day, "EEEE", self.locale)

    def date(self, day: dt.date) -> str:
        if self.style in ("wareki", "seireki"):
            return f"{self._year(day)}{day.month}月{day.day}日（{self.weekday(day)}）"
        return _format(day, "EEEE d MMMM y", self.locale)

    def day_of_month(self, day: dt.date) -> str:
        """A day of a month the reader already knows, with its weekday: 2日(水), 2 Wed (CLDR's day-weekday)."""
        return _day_of_month(day, self.locale)

    def month(self, day: dt.date) -> str:
        if self.style in ("wareki", "seireki"):
            return f"{self._year(day)}{day.month}月"
        return _format(day, "LLLL y", self.locale)

    def _year(self, day: dt.date) -> str:
        """令和8年（2026年） in the wareki style, 2026年 otherwise (and before the eras)."""
        era = wareki_year(day) if self.style == "wareki" else None
        return f"{era}（{day.year}年）" if era else f"{day.year}年"

    def fiscal_year(self, year: int) -> str | None:
        """A fiscal year (April to March, named by the year it starts in): 令和8年度 in the wareki style,
        2026年度 in the seireki style; None in the others, whose languages name it in their UI strings."""
        if self.style == "wareki":
            return wareki_fiscal_year(year)
        return f"{year}年度" if self.style == "seireki" else None

    def time(self, moment: dt.time) -> str:
        if self.style in ("wareki", "seireki"):
            return _japanese_time(moment)
        return _english_time(moment)

    def span(self, start: str, end: str | None) -> str:
        """'A から B まで' / 'A to B'."""
        if end is None:
            return f"{start}から" if self.style != "babel" else f"from {start}"
        if self.style == "babel":
            return f"{start} to {end}"
        return f"{start}から{' ' if self.style == 'seireki' else ''}{end}まで"

    def when(self, start_date, end_date=None, start_time=None, end_time=None) -> str:
        """The whole date and time of an event, in one line."""
        day_part = self.date(start_date)
        if end_date and end_date != start_date:
            day_part = self.span(day_part, self.date(end_date))
        if start_time is None:
            return day_part
        times = self.span(self.time(start_time), self.time(end_time) if end_time else None)
        return f"{day_part}{',' if self.style == 'babel' else ''} {times}"


@lru_cache(maxsize=8192)
def _format(day: dt.date, pattern: str, locale: BabelLocale) -> str:
    """Babel's formatting, remembered: a site prints the same few hundred days on thousands of pages
    (for speed)."""
    return format_date(day, pattern, locale=locale)


@lru_cache(maxsize=4096)
def _day_of_month(day: dt.date, locale: BabelLocale) -> str:
    return format_skeleton("Ed", day, locale=locale)


def _japanese_time(moment: dt.time) -> str:
    if moment == dt.time(12, 0):
        return "正午"
    half = "午前" if moment.hour < 12 else "午後"
    hour = moment.hour % 12
    minutes = f"{moment.minute}分" if moment.minute else ""
    return f"{half}{hour}時{minutes}"


def _english_time(moment: dt.time) -> str:
    if moment == dt.time(12, 0):
        return "midday"
    if moment == dt.time(0, 0):
        return "midnight"
    hour = moment.hour % 12 or 12
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes}{'am' if moment.hour < 12 else 'pm'}"


def date_formatter(code: str, style: DateStyle) -> DateFormatter:
    """The formatter of ``code``'s dates in ``style``."""
    return CldrDates(code, style) if style == "cldr" else DateFormatter(code, style)


class CldrDates(DateFormatter):
    """The ``cldr`` style: every form is the language's own, from CLDR through Babel."""

    def date(self, day: dt.date) -> str:
        return _format(day, "full", self.locale)

    def month(self, day: dt.date) -> str:
        return format_skeleton("yMMMM", day, locale=self.locale)

    def time(self, moment: dt.time) -> str:
        return format_time(moment, "short", locale=self.locale)

    def span(self, start: str, end: str | None) -> str:
        """The language's interval pattern ('A – B'); a start alone stays as it is (CLDR has no 'from A')."""
        if end is None:
            return start
        return self.locale.interval_formats[None].replace("{0}", start).replace("{1}", end)

    def when(self, start_date, end_date=None, start_time=None, end_time=None) -> str:
        day_part = self.date(start_date)
        if end_date and end_date != start_date:
            day_part = self.span(day_part, self.date(end_date))
        if start_time is None:
            return day_part
        times = self.time(start_time)
        if end_time:
            skeleton = "hm" if "h" in self.locale.time_formats["short"].pattern else "Hm"
            times = format_interval(start_time, end_time, skeleton, locale=self.locale)
        return _unquoted(str(get_datetime_format("full", self.locale))).replace("{0}", times).replace("{1}", day_part)


def _unquoted(pattern: str) -> str:
    """A CLDR pattern's literal text without its quotes ("{1} 'at' {0}" → "{1} at {0}")."""
    return pattern.replace("''", "\0").replace("'", "").replace("\0", "'")
