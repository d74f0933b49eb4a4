"""A regular activity's pattern in words, in each language, from the sample's UI strings."""

from __future__ import annotations

import pytest

from tsunagu.i18n.dates import DateFormatter
from tsunagu.i18n.repeat_words import RepeatWords
from tsunagu.model.models import Event

from i18n.test_strings import sample_strings

STYLES = {"ja": "wareki", "ja-easy": "seireki", "en": "babel"}


def words(code: str) -> RepeatWords:
    return RepeatWords(sample_strings(), code, DateFormatter(code, STYLES[code]))


def event(rule: dict, **fields) -> Event:
    data = {"kind": "lecture", "title": {"ja": "催し"}, "title_kana": "モヨオシ", "description": {"ja": "説明。"},
            "start_date": "2026-12-13", "venue": "hall", "updated": "2026-11-01", "repeat": rule, **fields}
    return Event.model_validate(data)


CLEAN_UP = ({"every": "month", "weekdays": "2nd sun", "skip_holidays": True}, {"start_time": "10:00", "end_time": "12:00"})


@pytest.mark.parametrize("code, expected", [
    ("ja", "毎月 第2日曜日 10時から12時（祝日は休み）"),
    ("ja-easy", "毎月 2回目の 日曜日 10時から 12時まで（祝日は 休み）"),
    ("en", "Second Sunday of every month, 10am to noon (not on public holidays)"),
])
def test_second_sunday_in_each_language(code, expected):
    rule, times = CLEAN_UP
    assert words(code).pattern(event(rule, **times)) == expected


@pytest.mark.parametrize("code, expected", [
    ("ja", "毎週 月曜日、木曜日 13時30分から15時（祝日は休み、年末年始は休み）、令和9年（2027年）3月31日（水曜日）まで"),
    ("en", "Every Monday and Thursday, 1:30pm to 3pm (not on public holidays, not from 29 December to 3 January), "
           "until Wednesday 31 March 2027"),
])
def test_twice_a_week_with_an_end(code, expected):
    rule = {"every": "week", "weekdays": ["mon", "thu"], "skip_holidays": True, "skip_new_year": True, "until": "2027-03-31"}
    assert words(code).pattern(event(rule, start_time="13:30", end_time="15:00")) == expected


@pytest.mark.parametrize("rule, expected", [
    ({"every": "week"}, "Every Sunday"),
    ({"every": "week", "interval": 2, "weekdays": "sat"}, "Every 2 weeks on Saturday"),
    ({"every": "month", "weekdays": "last fri", "count": 10}, "Last Friday of every month, 10 times"),
    ({"every": "month", "day": 15}, "Day 15 of every month"),
    ({"every": "month", "interval": 3, "weekdays": ["1st sat", "3rd sat"]},
     "First Saturday and third Saturday of every 3 months"),
])
def test_each_kind_of_rule_in_english(rule, expected):
    assert words("en").pattern(event(rule)) == expected


def test_a_time_alone_and_on_the_minute():
    assert words("ja").pattern(event({"every": "month", "day": 1}, start_time="09:05")) == "毎月 1日 9時05分から"
    assert words("en").pattern(event({"every": "month", "day": 1}, start_time="00:30")) == (
        "Day 1 of every month, from 12:30am")
