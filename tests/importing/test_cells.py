"""Each value type's reader: what it reads, what it repairs (and says so), and what it refuses."""

from __future__ import annotations

import datetime as dt

import pytest

from tsunagu.importing import cells
from tsunagu.importing.cells import Bad, Cells, Read

CELLS = Cells(dt.date(2026, 11, 23), {"accessibility": {"車いす": "wheelchair", "授乳室": "nursing_room"},
                                       "event_kinds": {"講座": "lecture"}})


@pytest.mark.parametrize("cell, day", [
    ("2024/4/19", dt.date(2024, 4, 19)), ("2024-04-19", dt.date(2024, 4, 19)), ("2024.4.19", dt.date(2024, 4, 19)),
    ("2024年4月19日", dt.date(2024, 4, 19)), ("令和6年4月19日", dt.date(2024, 4, 19)), ("R6.4.19", dt.date(2024, 4, 19)),
    ("令和元年5月1日", dt.date(2019, 5, 1)), ("平成31年4月30日", dt.date(2019, 4, 30)),
    ("２０２４／４／１９", dt.date(2024, 4, 19)), ("2024/4/19(金)", dt.date(2024, 4, 19)),
    (" 2024-04-19 00:00:00\n", dt.date(2024, 4, 19)),
])
def test_dates_are_read(cell, day):
    assert cells.date(cell, CELLS) == Read(day)


def test_a_day_without_a_year_takes_the_nearest_year_of_its_weekday_and_says_so():
    assert cells.date("1月7日(火)", CELLS) == Read(
        dt.date(2025, 1, 7), '"1月7日(火)" has no year: took 2025, the nearest year in which it is a 火曜日')
    assert cells.date("11月3日(祝)(月)", CELLS) == Read(
        dt.date(2025, 11, 3), '"11月3日(祝)(月)" has no year: took 2025, the nearest year in which it is a 月曜日')


@pytest.mark.parametrize("cell", ["未定", "開催なし", "９月中旬", "10月(予定)", "2021-10-中旬", "2024/4/19から"])
def test_what_is_not_a_day_is_refused(cell):
    assert cells.date(cell, CELLS) == Bad(f'"{cell}" is not a date (YYYY-MM-DD)')


def test_a_wrong_weekday_and_an_impossible_day_are_refused():
    assert cells.date("2024/4/19(火)", CELLS) == Bad('"2024/4/19(火)": 2024-04-19 is a 金曜日, not a 火曜日')
    assert cells.date("2024/2/30", CELLS) == Bad('"2024/2/30" is not a day of the calendar')
    assert cells.date("4月19日", CELLS) == Bad('"4月19日" has no year, and no weekday to tell it by: write the year')


@pytest.mark.parametrize("cell, time", [("0:00", dt.time(0, 0)), ("9:00", dt.time(9, 0)), ("23:59", dt.time(23, 59)),
                                        ("09:30:00", dt.time(9, 30)), ("９時３０分", dt.time(9, 30)),
                                        ("午後2時", dt.time(14, 0)), ("10時半", dt.time(10, 30)), ("", None)])
def test_times_are_read(cell, time):
    assert cells.time(cell, CELLS) == Read(time)


@pytest.mark.parametrize("cell", ["24:00", "9:60", "終日", "午前"])
def test_what_is_not_a_time_is_refused(cell):
    assert isinstance(cells.time(cell, CELLS), Bad)


def test_codes_are_repaired_only_where_certain_and_said_so():
    assert cells.lg_code("352012", CELLS) == Read("352012")
    assert cells.lg_code("92011", CELLS) == Read("092011", '"92011" lost its leading zero: read as 092011')
    assert cells.lg_code("35201", CELLS) == Read("352012", '"35201" had no check digit: read as 352012')
    assert cells.lg_code("3.52012E+5", CELLS) == Read("352012", '"3.52012E+5" was shortened by Excel: read as 352012')
    assert cells.lg_code("3.00002E+12", CELLS) == Bad(
        '"3.00002E+12" is a number Excel shortened and its digits are lost; type the code again, as text')
    assert cells.lg_code("352013", CELLS) == Bad('"352013" has a wrong check digit (the last digit should be 2)')


def test_a_five_digit_code_that_fits_two_codes_is_refused():
    assert cells.lg_code("10006", CELLS) == Bad('"10006" has 5 digits and could be 010006 or 100064: write all 6 digits')


def test_phones_lose_their_full_width_hyphens():
    assert cells.phone("０８３－２３１－１１１１", CELLS) == Read("083-231-1111")
    assert cells.phone("083ー231ー1111", CELLS) == Read("083-231-1111")
    assert cells.phone("8.32311E+9", CELLS) == Bad('"8.32311E+9" is a number Excel shortened; type the phone number '
                                                   "again, as text")
    assert cells.phone("内線123", CELLS) == Bad('"内線123" is not a phone number (digits and hyphens)')


def test_cells_are_trimmed_and_names_made_one_line():
    assert cells.text("\n  盆踊り\n大会　\n", CELLS) == Read("盆踊り大会")
    assert cells.text("Bon\nDance", CELLS) == Read("Bon Dance")
    assert cells.lines("  一行目\n\n二行目  \n", CELLS) == Read("一行目\n\n二行目")
    assert cells.text(" \u3000\n", CELLS) == Read(None)


def test_a_url_column_holds_urls_only():
    assert cells.url("https://example.jp/a", CELLS) == Read("https://example.jp/a")
    assert cells.url("公開終了", CELLS) == Bad('"公開終了" is not a web address (it must start with https:// or http://)')


@pytest.mark.parametrize("cell, yen", [("無料", 0), ("1,300", 1300), ("4000", 4000), ("1,300円", 1300), ("￥500", 500),
                                       ("０", 0), ("", None)])
def test_fees_are_read(cell, yen):
    assert cells.fee(cell, CELLS) == Read(yen)


def test_a_fee_in_words_is_refused():
    assert cells.fee("大人500円、子ども300円", CELLS) == Bad(
        '"大人500円、子ども300円" is not a fee in yen (無料, 500, 1,300円); put the details in 料金(詳細)')


def test_coordinates_empty_outside_japan_or_swapped():
    assert cells.latitude("", CELLS) == Read(None)
    assert cells.latitude("33.9575", CELLS) == Read(33.9575)
    assert cells.longitude("１３０．９４", CELLS) == Read(130.94)
    assert cells.latitude("130.94", CELLS) == Bad("130.94 is a longitude, not a latitude: are latitude and longitude swapped?")
    assert cells.longitude("33.95", CELLS) == Bad("33.95 is a latitude, not a longitude: are latitude and longitude swapped?")
    assert cells.latitude("10.5", CELLS) == Bad("10.5 is outside Japan (latitude 20 to 46)")
    assert cells.longitude("200", CELLS) == Bad("200 is outside Japan (longitude 122 to 154)")


def test_numbers_and_flags():
    assert cells.number("1,200人", CELLS) == Read(1200)
    assert cells.number("約30", CELLS) == Bad('"約30" is not a whole number')
    assert [cells.flag(c, CELLS).value for c in ("有", "無", "○", "×", "true", "")] == [True, False, True, False, True, None]
    assert cells.flag("たぶん", CELLS) == Bad('"たぶん" is not yes or no (有/無, ○/×, 1/0)')


def test_vocabulary_words_map_onto_codes_and_unknown_words_are_noted():
    assert cells.vocab("event_kinds")("講座", CELLS) == Read("lecture")
    assert cells.vocab("event_kinds")("運動会", CELLS) == Bad('"運動会" is not a code or label of data/vocabulary/event_kinds.yml')
    assert cells.vocab_list("accessibility")("車いす;授乳室;AED;車いす", CELLS) == Read(
        ["wheelchair", "nursing_room"], "not in data/vocabulary/accessibility.yml, left out: AED")


def test_ids_are_made_valid_and_never_a_path():
    assert cells.record_id("EV-001", CELLS) == Read("ev-001", 'the ID "EV-001" became the id "ev-001"')
    assert cells.record_id("../../x", CELLS) == Read("x", 'the ID "../../x" became the id "x"')
    assert cells.record_id("12", CELLS) == Read("12")
    assert cells.record_id("12.0", CELLS) == Read("12", 'the ID "12.0" became the id "12"')
    assert cells.record_id("../..", CELLS) == Bad('"../.." has no letters or digits to make an id of')
