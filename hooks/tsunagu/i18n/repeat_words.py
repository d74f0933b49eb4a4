"""A regular activity's pattern in words, in each language: 毎月 第2日曜日 10時から12時（祝日は休み）,
"Second Sunday of every month, 10am to noon (not on public holidays)".

The sentence is put together from UI strings (``repeat.*`` in ``data/ui/<locale>.yml``); weekday names and
the way a list is joined ("Monday and Thursday", 月曜日、木曜日) come from Babel's CLDR data, so a new
language adds strings only.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import get_day_names
from babel.lists import format_list

from ..model.locales import babel_locale
from ..model.models import Event
from ..model.repeat import WEEKDAYS, Repeat, parse_weekday
from .dates import DateFormatter
from .strings import Strings

_NTH = {1: "1", 2: "2", 3: "3", 4: "4", 5: "5", -1: "last"}


class RepeatWords:
    """Says rules in one language."""

    def __init__(self, strings: Strings, code: str, dates: DateFormatter):
        self.strings, self.code, self.dates = strings, code, dates
        self.locale = babel_locale(code)

    def t(self, key: str, **values: object) -> str:
        return self.strings.t(self.code, key, **values)

    def pattern(self, event: Event) -> str:
        """A regular activity's whole rule in one line: its days, its hours, what it is not held on and
        when it ends."""
        repeat, days = event.repeat, self._days(event.repeat, event.start_date)
        if event.start_time is None:
            sentence = self.t("repeat.sentence.days", days=days)
        else:
            sentence = self.t("repeat.sentence.days_hours", days=days,
                              hours=self._hours(event.start_time, event.end_time))
        notes = self._notes(repeat)
        if notes:
            sentence = self.t("repeat.sentence.notes", sentence=sentence, notes=notes)
        if repeat.until is not None:
            sentence = self.t("repeat.until", sentence=sentence, date=self.dates.date(repeat.until))
        if repeat.count is not None:
            sentence = self.t("repeat.count", sentence=sentence, count=repeat.count)
        return sentence[:1].upper() + sentence[1:]

    def _days(self, repeat: Repeat, start: dt.date) -> str:
        unit = repeat.every + ("s" if repeat.interval > 1 else "")
        if repeat.day is not None:
            return self.t(f"repeat.{unit}.day", day=repeat.day, n=repeat.interval)
        return self.t(f"repeat.{unit}.weekdays", weekdays=self._weekdays(repeat.weekdays or [WEEKDAYS[start.weekday()]]),
                      n=repeat.interval)

    def _weekdays(self, specs: list[str]) -> str:
        names = get_day_names("wide", locale=self.locale)
        said = []
        for spec in specs:
            nth, weekday = parse_weekday(spec)
            said.append(names[weekday] if nth is None else
                        self.t("repeat.nth_weekday", nth=self.t(f"repeat.nth.{_NTH[nth]}"), weekday=names[weekday]))
        return format_list(said, locale=self.locale)

    def _hours(self, start: dt.time, end: dt.time | None) -> str:
        if end is None:
            return self.t("repeat.hours.from", start=self.time(start))
        return self.t("repeat.hours", start=self.time(start), end=self.time(end))

    def time(self, moment: dt.time) -> str:
        """A time the way a timetable says it: 10時, 13時30分; 10am, 1:30pm, noon."""
        if moment == dt.time(12, 0):
            return self.t("repeat.time.noon")
        key = "repeat.time.minutes" if moment.minute else "repeat.time.hour"
        return self.t(key, hour=moment.hour, hour12=moment.hour % 12 or 12, minute=f"{moment.minute:02d}",
                      half=self.t("repeat.time.am" if moment.hour < 12 else "repeat.time.pm"))

    def _notes(self, repeat: Repeat) -> str:
        notes = [self.t(key) for key, on in (("repeat.not.holidays", repeat.skip_holidays),
                                             ("repeat.not.new_year", repeat.skip_new_year)) if on]
        return self.t("list.separator").join(notes)
