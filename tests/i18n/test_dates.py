"""Dates and times in each language's style: 和暦 at era boundaries, noon and midnight, ranges."""

from __future__ import annotations

import datetime as dt

import pytest

from tsunagu.i18n.dates import DateFormatter, babel_locale, date_formatter, wareki_year

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


@pytest.mark.parametrize("formatter, year, expected", [
    (JA, 2020, "令和2年度"), (JA, 2019, "令和元年度"), (JA, 2018, "平成30年度"), (JA, 1988, "昭和63年度"),
    (JA, 1872, "1872年度"), (EASY, 2020, "2020年度"), (EN, 2020, None),  # None: the language names it (UI strings)
])
def test_a_fiscal_year_in_each_style(formatter, year, expected):
    assert formatter.fiscal_year(year) == expected


@pytest.mark.parametrize("code, when, days, month", [
    ("zh", "2026年12月5日星期六 14:00–16:30", "2026年12月5日星期六 – 2026年12月6日星期日", "2026年12月"),
    ("ko", "2026년 12월 5일 토요일 오후 2:00~4:30", "2026년 12월 5일 토요일 ~ 2026년 12월 6일 일요일", "2026년 12월"),
    ("vi", "14:00–16:30 Thứ Bảy, 5 tháng 12, 2026", "Thứ Bảy, 5 tháng 12, 2026\u2009–\u2009Chủ Nhật, 6 tháng 12, 2026",
     "tháng 12 năm 2026"),
    ("pt-BR", "sábado, 5 de dezembro de 2026 14:00\u2009–\u200916:30",
     "sábado, 5 de dezembro de 2026\u2009–\u2009domingo, 6 de dezembro de 2026", "dezembro de 2026"),
    ("tl", "Sabado, Disyembre 5, 2026, 2:00–4:30\u202fPM", "Sabado, Disyembre 5, 2026\u2009–\u2009Linggo, Disyembre 6, 2026",
     "Disyembre 2026"),
    ("ne", "2026 डिसेम्बर 5, शनिबार 14:00–16:30", "2026 डिसेम्बर 5, शनिबार – 2026 डिसेम्बर 6, आइतबार", "2026 डिसेम्बर"),
])
def test_the_cldr_style_is_each_languages_own(code, when, days, month):
    dates = date_formatter(code, "cldr")
    assert dates.when(D(2026, 12, 5), None, T(14, 0), T(16, 30)) == when
    assert dates.when(D(2026, 12, 5), D(2026, 12, 6)) == days
    assert dates.month(D(2026, 12, 5)) == month


def test_the_cldr_style_gives_a_start_alone_as_it_is():
    assert date_formatter("vi", "cldr").when(D(2026, 12, 5), None, T(9, 5)) == "09:05 Thứ Bảy, 5 tháng 12, 2026"
