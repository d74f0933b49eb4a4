"""Regular activities: the dates each kind of rule gives, across months' and years' ends, 29 February, missing
fifth weekdays, public holidays and the New Year break, and each occurrence as planned, cancelled or moved."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from tsunagu.model.models import Event
from tsunagu.model.occurrences import between, next_of, of_event
from tsunagu.model.repeat import Repeat

D = dt.date.fromisoformat


def dates(rule: dict, start: str, last: str = "2028-12-31") -> list[str]:
    return [d.isoformat() for d in Repeat.model_validate(rule).dates(D(start), D(last))]


def event(rule: dict, start: str, **fields) -> Event:
    data = {"kind": "lecture", "title": {"ja": "催し"}, "title_kana": "モヨオシ", "description": {"ja": "説明。"},
            "start_date": start, "start_time": "10:00", "end_time": "12:00", "venue": "hall",
            "updated": "2026-11-01", "repeat": rule, **fields}
    return Event.model_validate(data).with_id("katsudo")


def test_every_wednesday_across_the_end_of_the_month_and_the_year():
    assert dates({"every": "week", "weekdays": ["wed"]}, "2026-12-16", "2027-01-13") == [
        "2026-12-16", "2026-12-23", "2026-12-30", "2027-01-06", "2027-01-13"]


def test_every_week_without_weekdays_is_on_the_start_day():
    assert dates({"every": "week", "count": 3}, "2027-02-25") == ["2027-02-25", "2027-03-04", "2027-03-11"]


def test_twice_a_week_not_on_holidays_nor_over_the_new_year():
    rule = {"every": "week", "weekdays": ["mon", "thu"], "skip_holidays": True, "skip_new_year": True}
    # 2026-12-31 and 2027-01-01 (元日) fall in the break; 2027-01-11 is 成人の日
    assert dates(rule, "2026-12-24", "2027-01-14") == ["2026-12-24", "2026-12-28", "2027-01-04", "2027-01-07",
                                                       "2027-01-14"]


def test_every_other_week():
    assert dates({"every": "week", "interval": 2, "weekdays": "sat", "until": "2027-01-31"}, "2026-12-19") == [
        "2026-12-19", "2027-01-02", "2027-01-16", "2027-01-30"]


def test_second_sunday_across_the_year_and_its_holiday_rule():
    assert dates({"every": "month", "weekdays": "2nd sun", "count": 3}, "2026-11-08") == [
        "2026-11-08", "2026-12-13", "2027-01-10"]


def test_second_monday_of_january_2027_is_a_holiday():
    rule = {"every": "month", "weekdays": "2nd mon", "until": "2027-02-28", "skip_holidays": True}
    assert dates(rule, "2026-12-14") == ["2026-12-14", "2027-02-08"]  # 2027-01-11 成人の日 left out


def test_first_friday_and_last_friday():
    assert dates({"every": "month", "weekdays": "1st fri", "count": 3}, "2026-12-04") == [
        "2026-12-04", "2027-01-01", "2027-02-05"]
    assert dates({"every": "month", "weekdays": "last fri", "count": 3}, "2026-12-25") == [
        "2026-12-25", "2027-01-29", "2027-02-26"]


def test_a_fifth_weekday_only_in_months_that_have_one():
    # February 2027 has four Mondays; March 2027 has five
    assert dates({"every": "month", "weekdays": "5th mon", "until": "2027-05-31"}, "2027-01-25") == [
        "2027-03-29", "2027-05-31"]


def test_day_29_in_february_only_in_a_leap_year():
    got = dates({"every": "month", "day": 29, "until": "2028-03-31"}, "2027-01-29")
    assert "2027-02-29" not in got and "2028-02-29" in got
    assert got[:3] == ["2027-01-29", "2027-03-29", "2027-04-29"]


def test_count_counts_the_dates_left_out():
    rule = {"every": "month", "day": 11, "count": 3, "skip_holidays": True}
    # the rule's three dates are 2026-12-11, 2027-01-11 (成人の日) and 2027-02-11 (建国記念の日)
    assert dates(rule, "2026-12-11") == ["2026-12-11"]


def test_dates_left_out_and_added():
    rule = {"every": "week", "weekdays": "wed", "until": "2027-01-13", "skip": ["2026-12-30"], "also": ["2026-12-29"]}
    assert dates(rule, "2026-12-23") == ["2026-12-23", "2026-12-29", "2027-01-06", "2027-01-13"]


def test_occurrences_cancelled_moved_and_counted():
    found = of_event(event({"every": "month", "weekdays": "2nd sun", "count": 4, "changes": [
        {"date": "2026-12-13", "cancelled": True, "note": {"ja": "雨のため"}},
        {"date": "2027-01-10", "moved_to": "2027-01-17", "start_time": "13:00", "end_time": "15:00"},
        {"date": "2027-02-14", "participants": 12}]}, "2026-11-08"), D("2027-12-31"))
    assert [(o.start_date.isoformat(), o.planned.isoformat(), o.status, o.participants) for o in found] == [
        ("2026-11-08", "2026-11-08", "scheduled", None), ("2026-12-13", "2026-12-13", "cancelled", None),
        ("2027-01-17", "2027-01-10", "moved", None), ("2027-02-14", "2027-02-14", "scheduled", 12)]
    assert found[2].start_time == dt.time(13) and found[2].key == "katsudo-2027-01-10"


def test_a_date_moved_into_a_window_is_in_it():
    moved = event({"every": "month", "weekdays": "2nd sun", "count": 3, "changes": [
        {"date": "2027-01-10", "moved_to": "2026-12-27"}]}, "2026-11-08")
    assert [o.start_date.isoformat() for o in between([moved], D("2026-12-20"), D("2026-12-31"))] == ["2026-12-27"]


def test_next_occurrences_of_an_open_ended_rule():
    weekly = event({"every": "week", "weekdays": "wed"}, "2026-10-07")
    assert [o.start_date.isoformat() for o in next_of(weekly, D("2026-12-31"), 3)] == [
        "2027-01-06", "2027-01-13", "2027-01-20"]


@pytest.mark.parametrize("fields, message", [
    ({"end_date": "2026-12-20"}, "a regular activity lasts one day each time: leave out end_date"),
    ({"participants": 3}, "record each date's participants in repeat.changes"),
])
def test_one_off_fields_are_refused(fields, message):
    with pytest.raises(ValidationError, match=message):
        event({"every": "week", "weekdays": "wed"}, "2026-12-16", **fields)


@pytest.mark.parametrize("rule, message", [
    ({"every": "week", "weekdays": "2nd sun"}, '"2nd sun" names a week of the month: it needs every: month'),
    ({"every": "month", "weekdays": "sun"}, r'"sun" needs the week of the month \(e.g. 2nd sun or last sun\)'),
    ({"every": "month"}, "every: month needs either weekdays"),
    ({"every": "week", "day": 3}, "a day of the month needs every: month"),
    ({"every": "week", "weekdays": "wed", "changes": [{"date": "2026-12-16", "cancelled": True, "moved_to": "2026-12-17"}]},
     "a cancelled date moves nowhere"),
])
def test_incoherent_rules_are_refused(rule, message):
    with pytest.raises(ValidationError, match=message):
        event(rule, "2026-12-16")
