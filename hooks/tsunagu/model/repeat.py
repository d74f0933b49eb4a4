"""Regular activities: the ``repeat`` block of an event, and the dates its rule gives.

The rule is RFC 5545's (dateutil's ``rrule``): every n weeks on given weekdays, or every n months on the
n-th (or last) weekday or on a day of the month, from the event's ``start_date`` until a date or for a
number of times. A ``count`` counts the rule's dates before any is left out, as a calendar's COUNT does
(EXDATE never shortens it). Dates are then left out (``skip``, public holidays from jpholiday, 年末年始
12/29–1/3) and added (``also``). A month without a fifth Sunday, or without a 31st, simply has no date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

import jpholiday
from dateutil import rrule
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema, model_validator

from . import messages
from .fields import Date, LocalText, Time, fail

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ORDINALS = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "last": -1}
_SPEC = re.compile(r"(?:(1st|2nd|3rd|4th|5th|last)\s+)?([a-z]+)")
FAR_AHEAD = dt.timedelta(days=3 * 366)
"""How far an open-ended rule is followed when checking it: far enough to find a date of any rule."""


def _doc(ja: str, en: str, **kw):
    return Field(description=f"{ja} / {en}", **kw)


def _weekday(value) -> str:
    text = " ".join(str(value).strip().lower().split())
    found = _SPEC.fullmatch(text)
    if not found or found[2] not in WEEKDAYS:
        raise fail(messages.NOT_A_WEEKDAY, value=value)
    return text


def _listed(value):
    """One weekday may be written without a list: ``weekdays: 2nd sun``."""
    return [value] if isinstance(value, str) else value


_WEEKDAY_PATTERN = r"^\s*((1st|2nd|3rd|4th|5th|last)\s+)?(mon|tue|wed|thu|fri|sat|sun)\s*$"
Weekday = Annotated[str, BeforeValidator(_weekday)]
Weekdays = Annotated[list[Weekday], BeforeValidator(_listed), WithJsonSchema({"anyOf": [
    {"type": "string", "pattern": _WEEKDAY_PATTERN},
    {"type": "array", "items": {"type": "string", "pattern": _WEEKDAY_PATTERN}}]})]


def parse_weekday(spec: str) -> tuple[int | None, int]:
    """``"2nd sun"`` as (2, 6), ``"wed"`` as (None, 2): the ordinal (-1 for last) and the weekday (Monday 0)."""
    found = _SPEC.fullmatch(spec)
    return (ORDINALS[found[1]] if found[1] else None), WEEKDAYS.index(found[2])


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Change(_Strict):
    """One date of a regular activity that is not as planned: cancelled, or moved to another day or time;
    or one whose participants were counted."""

    date: Date = _doc("変わる回の、予定どおりの日付", "The date as the rule gives it")
    cancelled: bool = _doc("この回は中止か", "Is this date cancelled?", default=False)
    moved_to: Date | None = _doc("変更後の日付（延期・変更）", "The day it moves to", default=None)
    start_time: Time | None = _doc('変更後の開始時刻 "HH:MM"', 'New start time "HH:MM"', default=None)
    end_time: Time | None = _doc('変更後の終了時刻 "HH:MM"', 'New end time "HH:MM"', default=None)
    note: LocalText | None = _doc("お知らせ（理由など）", "A note (the reason…)", default=None)
    participants: int | None = _doc("この回の参加者数（成果指標の計算に使う）",
                                    "Participants on this date (counted by indicators)", default=None, ge=0)

    @model_validator(mode="after")
    def _coherent(self):
        moves = self.moved_to is not None or self.start_time is not None or self.end_time is not None
        if self.cancelled and moves:
            raise fail(messages.CANCELLED_AND_MOVED, field="cancelled")
        if self.cancelled and self.participants is not None:
            raise fail(messages.CANCELLED_DATE_PARTICIPANTS, field="participants")
        return self

    @property
    def moves(self) -> bool:
        return self.moved_to is not None or self.start_time is not None or self.end_time is not None


class Repeat(_Strict):
    """The rule of a regular activity: which dates from the event's start_date it is held on."""

    every: Literal["week", "month"] = _doc("くり返しの単位（week 毎週 / month 毎月）", "Repeats every week or month")
    interval: int = _doc("何週・何か月ごとか（2 なら隔週）", "Every how many weeks or months (2: every other)",
                         default=1, ge=1, le=12)
    weekdays: Weekdays = _doc(
        "曜日（mon〜sun。毎月なら 2nd sun、last fri のように第何か）",
        "Weekdays (mon to sun; every month: with the n-th, as in 2nd sun or last fri)", default_factory=list)
    day: int | None = _doc("毎月の日（1〜31。その日がない月は休み）", "Day of the month (1 to 31; none in a month without it)",
                           default=None, ge=1, le=31)
    until: Date | None = _doc("最後の日（この日まで）", "The last day it may be held", default=None)
    count: int | None = _doc("回数（休みの日も数える）", "How many times (dates left out count too)", default=None, ge=1)
    skip: list[Date] = _doc("休む日", "Dates left out", default_factory=list)
    also: list[Date] = _doc("ほかに開く日", "Dates added", default_factory=list)
    skip_holidays: bool = _doc("祝日は休みか", "Not on public holidays?", default=False)
    skip_new_year: bool = _doc("年末年始（12月29日〜1月3日）は休みか", "Not over the New Year (29 December to 3 January)?",
                               default=False)
    changes: list[Change] = _doc("中止・変更になる回、参加者数を記録する回", "Dates cancelled, moved or with participants",
                                 default_factory=list)

    @model_validator(mode="after")
    def _coherent(self):
        if self.count is not None and self.until is not None:
            raise fail(messages.COUNT_AND_UNTIL, field="count")
        ordinals = [spec for spec in self.weekdays if parse_weekday(spec)[0] is not None]
        if self.every == "week" and ordinals:
            raise fail(messages.WEEK_OF_MONTH_WEEKLY, field="weekdays", spec=ordinals[0])
        if self.every == "week" and self.day is not None:
            raise fail(messages.MONTH_DAY_WEEKLY, field="day")
        if self.every == "month" and (bool(self.weekdays) == (self.day is not None)):
            raise fail(messages.MONTH_NEEDS_DAYS, field="weekdays")
        if self.every == "month" and len(ordinals) < len(self.weekdays):
            plain = next(spec for spec in self.weekdays if parse_weekday(spec)[0] is None)
            raise fail(messages.WEEK_OF_MONTH_MISSING, field="weekdays", spec=plain)
        return self

    def rule(self, start: dt.date) -> rrule.rrule:
        """The rule's dates from ``start`` (before any is left out or added), as dateutil's rrule."""
        days = [parse_weekday(spec) for spec in self.weekdays] or None
        byweekday = [rrule.weekday(wd, n) for n, wd in days] if days else None
        if self.every == "week" and byweekday is None:
            byweekday = [rrule.weekday(start.weekday())]
        return rrule.rrule(rrule.WEEKLY if self.every == "week" else rrule.MONTHLY, dtstart=start,
                           interval=self.interval, byweekday=byweekday, bymonthday=self.day,
                           until=self.until, count=self.count, wkst=rrule.MO)

    def rule_dates(self, start: dt.date, last: dt.date) -> list[dt.date]:
        """The rule's own dates from ``start`` to ``last``, before any is left out or added."""
        found = []
        for moment in self.rule(start):
            if moment.date() > last:
                break
            found.append(moment.date())
        return found

    def left_out(self, day: dt.date) -> bool:
        """Whether a date of the rule is not held: skipped, a public holiday, or in the New Year break."""
        return (day in self.skip or (self.skip_holidays and jpholiday.is_holiday(day))
                or (self.skip_new_year and new_year(day)))

    def dates(self, start: dt.date, last: dt.date) -> list[dt.date]:
        """The planned dates from ``start`` to ``last``: the rule's, those left out apart, those added."""
        kept = [day for day in self.rule_dates(start, last) if not self.left_out(day)]
        return sorted({*kept, *(day for day in self.also if start <= day <= last)})

    def last_date(self, start: dt.date) -> dt.date | None:
        """The series' last planned date, or None when it has no end."""
        if self.until is None and self.count is None:
            return None
        found = self.dates(start, self.until or dt.date.max)
        return found[-1] if found else None

    def change_on(self, day: dt.date) -> Change | None:
        return next((change for change in self.changes if change.date == day), None)


def new_year(day: dt.date) -> bool:
    """Whether ``day`` is in the New Year break of public offices (年末年始, 29 December to 3 January)."""
    return (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)


def check(repeat: Repeat, start: dt.date) -> None:
    """Raise the first problem of a rule read with its start date: an end before the start, no date at all,
    a change to a date the rule does not give."""
    if repeat.until is not None and repeat.until < start:
        raise fail(messages.UNTIL_BEFORE_START, field=("repeat", "until"), until=repeat.until, start=start)
    last = repeat.until or (dt.date.max if repeat.count else start + FAR_AHEAD)
    planned = repeat.dates(start, last)
    if not planned:
        raise fail(messages.NO_DATE_AT_ALL, field=("repeat", "every"))
    known = set(planned)
    for index, change in enumerate(repeat.changes):
        if change.date not in known:
            raise fail(messages.CHANGE_NOT_A_DATE, field=("repeat", "changes", index, "date"), date=change.date)
