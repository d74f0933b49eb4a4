"""Dates and times in each language's style: 和暦 at era boundaries, noon and midnight, ranges."""

from __future__ import annotations

import datetime as dt

import pytest

from tsunagu.i18n.dates import DateFormatter, babel_locale, wareki_year

D, T = dt.date, dt.time
JA = DateFormatter("ja", "wareki")
EASY = DateFormatter("ja-easy", "seireki")
EN = DateFormatter("en", "babel")


@pytest.mark.parametrize("day, expected", [
    (D(2026, 12, 5), "令和8年"),
    (D(2019, 5, 1), "令和元年"),
    (D(2019, 4, 30), "平成31年"),
    (D(2020, 1, 1), "令和2年"),
    (D(1989, 1, 8), "平成元年"),
    (D(1989, 1, 7), "昭和64年"),
    (D(1926, 12, 25), "昭和元年"),
    (D(1926, 12, 24), "大正15年"),
    (D(1912, 7, 30), "大正元年"),
    (D(1912, 7, 29), "明治45年"),
    (D(1873, 1, 1), "明治6年"),
])
def test_wareki_year_at_era_boundaries(day, expected):
    assert wareki_year(day) == expected


def test_no_era_before_the_solar_calendar():
    assert wareki_year(D(1872, 12, 31)) is None
    assert JA.date(D(1872, 12, 31)) == "1872年12月31日（火曜日）"


def test_the_examples_of_the_issue():
    args = (D(2026, 12, 5), None, T(14, 0), T(16, 0))
    assert JA.when(*args) == "令和8年（2026年）12月5日（土曜日） 午後2時から午後4時まで"
    assert EASY.when(*args) == "2026年12月5日（土曜日） 午後2時から 午後4時まで"
    assert EN.when(*args) == "Saturday 5 December 2026, 2pm to 4pm"


def test_the_day_the_era_changed():
    assert JA.date(D(2019, 5, 1)) == "令和元年（2019年）5月1日（水曜日）"
    assert JA.date(D(2019, 4, 30)) == "平成31年（2019年）4月30日（火曜日）"
    assert JA.month(D(2019, 5, 1)) == "令和元年（2019年）5月"


@pytest.mark.parametrize("moment, ja, en", [
    (T(12, 0), "正午", "midday"),
    (T(0, 0), "午前0時", "midnight"),
    (T(12, 30), "午後0時30分", "12:30pm"),
    (T(0, 15), "午前0時15分", "12:15am"),
    (T(9, 5), "午前9時5分", "9:05am"),
    (T(23, 59), "午後11時59分", "11:59pm"),
    (T(13, 0), "午後1時", "1pm"),
])
def test_times_in_every_style(moment, ja, en):
    assert JA.time(moment) == ja
    assert EASY.time(moment) == ja
    assert EN.time(moment) == en


def test_noon_and_midnight_in_a_range():
    args = (D(2026, 12, 31), None, T(12, 0), T(0, 0))
    assert JA.when(D(2026, 12, 5), None, T(10, 0), T(12, 0)) == "令和8年（2026年）12月5日（土曜日） 午前10時から正午まで"
    assert EASY.when(*args) == "2026年12月31日（木曜日） 正午から 午前0時まで"
    assert EN.when(*args) == "Thursday 31 December 2026, midday to midnight"


def test_all_day_events_show_the_date_only():
    assert JA.when(D(2027, 1, 1)) == "令和9年（2027年）1月1日（金曜日）"
    assert EASY.when(D(2027, 1, 1)) == "2027年1月1日（金曜日）"
    assert EN.when(D(2027, 1, 1)) == "Friday 1 January 2027"


def test_ranges_of_several_days():
    args = (D(2026, 12, 5), D(2026, 12, 6))
    assert JA.when(*args) == "令和8年（2026年）12月5日（土曜日）から令和8年（2026年）12月6日（日曜日）まで"
    assert EASY.when(*args) == "2026年12月5日（土曜日）から 2026年12月6日（日曜日）まで"
    assert EN.when(*args) == "Saturday 5 December 2026 to Sunday 6 December 2026"


def test_a_range_across_the_era_change():
    assert JA.when(D(2019, 4, 30), D(2019, 5, 1)) == (
        "平成31年（2019年）4月30日（火曜日）から令和元年（2019年）5月1日（水曜日）まで")


def test_a_start_time_without_an_end():
    assert JA.when(D(2026, 12, 5), None, T(14, 0)) == "令和8年（2026年）12月5日（土曜日） 午後2時から"
    assert EN.when(D(2026, 12, 5), None, T(14, 0)) == "Saturday 5 December 2026, from 2pm"


def test_deadlines_use_the_date_format():
    assert JA.date(D(2026, 11, 30)) == "令和8年（2026年）11月30日（月曜日）"
    assert EASY.date(D(2026, 11, 30)) == "2026年11月30日（月曜日）"
    assert EN.date(D(2026, 11, 30)) == "Monday 30 November 2026"


def test_easy_japanese_has_no_wave_dash_or_slash():
    text = EASY.when(D(2026, 12, 5), D(2026, 12, 6), T(9, 30), T(17, 0))
    assert "〜" not in text and "/" not in text and "～" not in text


def test_months_for_the_event_list():
    assert EASY.month(D(2026, 12, 5)) == "2026年12月"
    assert EN.month(D(2026, 12, 5)) == "December 2026"


@pytest.mark.parametrize("code, language", [("ja-easy", "ja"), ("en", "en"), ("ja", "ja"), ("xx-unknown", "en")])
def test_babel_locale_falls_back_by_prefix(code, language):
    assert babel_locale(code).language == language


@pytest.mark.parametrize("style, code, year, expected", [
    ("wareki", "ja", 2027, "令和9年度（2027年度）"), ("wareki", "ja", 2020, "令和2年度（2020年度）"),
    ("wareki", "ja", 2019, "平成31年度（2019年度）"),  # the era of its first day: 令和 began on 1 May 2019
    ("seireki", "ja-easy", 2026, "2026年度"),
    ("babel", "en", 2026, "April 2026 to March 2027"),
])
def test_fiscal_years_start_in_april(style, code, year, expected):
    assert DateFormatter(code, style).fiscal_year(year) == expected
