"""The message catalogue: each message's exact text, every message in use, and no message written elsewhere.

The exact texts here are what an editor reads after ``file:line: field:``; the tests of each module
(``tests/load/test_catalog.py`` and others) check that the right one is reported in the right place."""

from __future__ import annotations

import ast
import builtins
from pathlib import Path

import pytest
from conftest import ROOT

from tsunagu.model import messages
from tsunagu.model.messages import CATALOGUE

PACKAGE = ROOT / "hooks/tsunagu"
EXACT = {
    "not_yaml": ({"problem": "could not find expected ':'"}, "is not valid YAML: could not find expected ':'"),
    "not_utf8": ({}, "is not UTF-8 text; save the file as UTF-8"),
    "too_large": ({"size": 300, "limit": 256}, "file is 300 KB; the limit is 256 KB"),
    "too_deep": ({"depth": 20}, "nesting is deeper than 20 levels"),
    "tag_not_allowed": ({"tag": "!!python/object"}, "the YAML tag !!python/object is not allowed"),
    "key_twice": ({"line": 3}, "appears twice (first on line 3)"),
    "file_missing": ({}, "the file is missing"),
    "vocabulary_missing": ({}, "the vocabulary file is missing"),
    "bad_file_name": ({"stem": "Sakura Dai"},
                      'the file name "Sakura Dai" is not a valid id (lowercase letters, digits and single hyphens)'),
    "id_twice": ({"id": "sakura", "other": "data/groups/sakura.yaml"},
                 'the id "sakura" is used twice (also data/groups/sakura.yaml)'),
    "strings_not_a_mapping": ({}, "UI strings must be a mapping of keys to texts"),
    "string_not_text": ({}, "a UI string must be a text"),
    "no_languages": ({}, "no i18n plugin with languages is configured"),
    "not_a_babel_language": ({"code": "xx"}, '"xx" is not a language code Babel knows (like ja, en or pt-BR)'),
    "language_twice": ({"code": "en", "line": 12}, '"en" appears twice (first on line 12)'),
    "no_default_language": ({}, "no language is the default (give one default: true)"),
    "two_default_languages": ({"first": "ja"}, "only one language can be the default; ja already is"),
    "falls_back_to_itself": ({"code": "vi"}, '"vi" cannot fall back to itself'),
    "chain_twice": ({"code": "ja"}, '"ja" appears twice in the chain'),
    "after_the_default": ({"code": "ja"}, '"ja" is the default language: it ends every chain, so nothing after it is read'),
    "default_has_no_chain": ({"code": "ja"}, '"ja" is the default language: every text has it'),
    "not_a_language_tag": ({"tag": "Filipino"}, '"Filipino" is not a BCP 47 tag Babel knows (like zh-Hans, fil or ja-x-easy)'),
    "not_a_site_language": ({"code": "ko", "known": "ja, ja-easy, en"},
                            "\"ko\" is not one of the site's languages (ja, ja-easy, en)"),
    "missing": ({}, "is required"),
    "unknown_field": ({"hint": ' (did you mean "title"?)'}, 'is not a known field (did you mean "title"?)'),
    "unknown_setting": ({"hint": ""}, "not a setting"),
    "did_you_mean": ({"name": "furigana_always"}, ' (did you mean "furigana_always"?)'),
    "not_a_whole_number": ({"value": "2.5"}, '"2.5" is not a whole number'),
    "not_a_number": ({"value": "many"}, '"many" is not a number'),
    "not_true_or_false": ({"value": "maybe"}, '"maybe" is not true or false'),
    "not_text": ({"value": 12}, "expected text, got 12"),
    "not_a_list": ({}, 'expected a list (lines starting with "- ")'),
    "not_fields": ({}, "expected a set of fields (key: value)"),
    "not_a_folder": ({"value": 3}, "expected a folder, got 3"),
    "none_given": ({}, "needs at least one entry"),
    "empty": ({}, "must not be empty"),
    "not_more_than": ({"value": 0, "gt": 0.0}, "0 must be more than 0"),
    "not_at_least": ({"value": -1, "ge": 0.0}, "-1 must be 0 or more"),
    "not_less_than": ({"value": 91, "lt": 90.0}, "91 must be less than 90"),
    "not_at_most": ({"value": 200, "le": 180.0}, "200 must be 180 or less"),
    "not_one_of": ({"value": "red", "expected": "'info', 'warning' or 'severe'"},
                   "\"red\" is not one of 'info', 'warning' or 'severe'"),
    "unknown_language": ({"codes": "fr", "known": "ja, ja-easy, en"},
                         "unknown language fr; the site's languages are ja, ja-easy, en"),
    "default_text_missing": ({"code": "ja"}, "the ja text is required"),
    "not_a_time": ({"value": "25:00"}, '"25:00" is not a time (HH:MM, 00:00 to 23:59)'),
    "not_a_date": ({"value": "2026-13-01"}, '"2026-13-01" is not a date (YYYY-MM-DD)'),
    "not_a_moment": ({"value": "soon"}, '"soon" is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DD HH:MM)'),
    "not_a_plain_number": ({"value": "50人"}, '"50人" is not a number (write it without units or commas)'),
    "era_year": ({"value": "令和6", "year": 2024}, '"令和6" is a Japanese-era year; write the western year (2024)'),
    "not_a_fiscal_year": ({"value": "next"}, '"next" is not a fiscal year (a western year such as 2024)'),
    "not_a_url": ({"value": "example.org"}, '"example.org" is not a web address (it must start with https:// or http://)'),
    "phone_not_quoted": ({}, 'write the phone number in quotes, e.g. "0000-00-0000"'),
    "not_a_phone": ({"value": "call us"}, '"call us" is not a phone number (digits and hyphens)'),
    "not_an_email": ({"value": "office"}, '"office" is not an email address'),
    "not_in_alphabet": ({"value": "サクラ", "alphabet": "hiragana"}, '"サクラ" must be written in hiragana'),
    "no_such_record": ({"kind": "group", "value": "nobody"}, 'there is no group with the id "nobody"'),
    "not_in_vocabulary": ({"value": "east", "vocabulary": "areas", "options": "kita, minami"},
                          '"east" is not in data/vocabulary/areas.yml (kita, minami)'),
    "not_a_rate": ({"value": "half"}, '"half" is not a rate such as "1/2" or "2/3"'),
    "lg_code_form": ({"value": "1310"}, '"1310" is not a 6-digit 全国地方公共団体コード (write it in quotes)'),
    "lg_code_prefecture": ({"value": "991016"}, '"991016" does not start with a prefecture code (01 to 47)'),
    "lg_code_check_digit": ({"value": "131017", "digit": 6},
                            '"131017" has a wrong check digit (the last digit should be 6)'),
    "not_a_prefecture": ({"value": "東京"}, '"東京" is not the name of a prefecture (e.g. 東京都, 北海道)'),
    "lg_code_elsewhere": ({"lg_code": "131016", "expected": "東京都", "prefecture": "北海道"},
                          "lg_code 131016 is in 東京都, not 北海道"),
    "npo_fields_needed": ({}, "an NPO法人 needs at least one activity field (1 to 20)"),
    "venue_or_online": ({}, "give either a venue or an online_url (exactly one)"),
    "end_before_start": ({"end": "2026-12-01", "start": "2026-12-05"}, "2026-12-01 is before start_date 2026-12-05"),
    "end_time_alone": ({}, "an end time needs a start_time"),
    "end_time_not_after": ({"end": "10:00", "start": "11:00"}, "10:00 is not after start_time 11:00"),
    "cancelled_participants": ({}, "a cancelled event has no participants"),
    "not_after_baseline": ({"year": 2019, "baseline": 2020}, "2019 is not after the baseline year 2020"),
    "counted_from_not_cumulative": ({}, "counted_from is only for a running total (cumulative: true)"),
    "counted_from_outside": ({"year": 2031, "baseline": 2020, "target": 2030},
                             "2031 is not after the baseline year 2020 and up to the target year 2030"),
    "actual_is_baseline": ({"year": 2020, "baseline": 2020},
                           "2020 is not after the baseline year 2020 (its value is baseline.value)"),
    "year_twice": ({"year": 2024}, "2024 is given twice"),
    "year_counted": ({"year": 2024}, "2024 is counted from events (participants_of); remove it here"),
    "last_before_first": ({"last": 2023, "first": 2024}, "2023 is before first_year 2024"),
    "amount_needed": ({}, "give max_yen, rate or note (at least one)"),
    "window_needed": ({}, "give opens and closes, or rolling: true"),
    "closes_before_opens": ({"closes": "2026-04-01", "opens": "2026-05-01"}, "2026-04-01 is before opens 2026-05-01"),
    "alert_end_not_after": ({"end": "2026-11-20", "start": "2026-11-21"},
                            "the end 2026-11-20 is not after the start 2026-11-21"),
    "no_page_translation": ({"code": "en", "stem": "about"}, "no en translation (about.en.md is missing)"),
    "no_text": ({"code": "en", "fields": "name, summary"}, "no en text in name, summary"),
    "broken_link": ({"target": "events/nothing.md"}, 'the link "events/nothing.md" leads to no page or file'),
    "stale_schema": ({}, "is missing or out of date; run: tsunagu schemas"),
    "kanji_run": ({"run": "地域防災計画", "count": 6},
                  '"地域防災計画" is 6 kanji in a row; split it, or make it a glossary term'),
    "katakana_word": ({"word": "イベント", "allowed": "none"},
                      '"イベント" is a katakana loanword; say it in Japanese words (allowed: none)'),
    "long_sentence": ({"length": 60, "limit": 40, "sentence": "…"}, 'sentence of 60 characters (limit 40): "…"'),
    "double_negative": ({"found": "ないことはない", "sentence": "行けないことはない。"},
                        'double negative "ないことはない" in "行けないことはない。"; say it positively'),
    "keigo": ({"found": "いらっしゃい", "sentence": "いらっしゃいます。"},
              'respectful or humble form "いらっしゃい" in "いらっしゃいます。"; use plain polite forms (です・ます)'),
    "hard_to_read": ({"score": 2.345, "band": "中級前半", "floor": "初級後半"},
                     "readability 2.35 (中級前半) is below 初級後半; use shorter sentences and more everyday words"),
    "slash_date": ({"found": "12/1"}, 'date "12/1" written with "/"; write 年・月・日'),
    "wave_dash": ({"found": "〜", "line": "1日〜3日"}, '"〜" in "1日〜3日"; write から and まで'),
    "clock_time": ({"found": "14:00", "time": "午後2時"}, '24-hour time "14:00"; write 午後2時'),
    "new_bad_id": ({"id": "Sakura"}, '"Sakura" is not a valid id (lowercase letters, digits and single hyphens)'),
    "new_exists": ({"path": "data/groups/sakura.yml"}, "data/groups/sakura.yml already exists"),
    "merge_failed": ({"error": "en/ is missing"}, "the merge failed: en/ is missing"),
    "language_build_failed": ({"code": "en", "returncode": 1, "log": "Error"},
                              "the build of en failed (exit code 1); its log:\nError"),
    "pagefind_missing": ({}, "the Pagefind binary is missing: run `make install`"),
    "pagefind_failed": ({"output": "no pages"}, "Pagefind failed:\nno pages"),
    "read_two_ways": ({"word": "体", "ours": "たい", "theirs": "からだ", "readings_file": "data/readings.yml"},
                      "体 read たい or からだ? settle it in data/readings.yml or write {体|からだ}"),
    "closes_not_after_opens": ({"closes": "09:00", "opens": "21:00"}, "09:00 is not after opens 21:00"),
    'not_a_calendar_day': ({'value': '2024/2/30'},
     '"2024/2/30" is not a day of the calendar'),
    'wrong_weekday': ({'value': '2024/4/19(火)', 'day': '2024-04-19', 'actual': '金', 'written': '火'},
     '"2024/4/19(火)": 2024-04-19 is a 金曜日, not a 火曜日'),
    'no_year_no_weekday': ({'value': '4月19日'},
     '"4月19日" has no year, and no weekday to tell it by: write the year'),
    'no_year_fits': ({'value': '2月30日(月)', 'weekday': '月', 'year': 2026},
     '"2月30日(月)" is not a 月曜日 in any year near 2026'),
    'year_taken': ({'value': '1月7日(火)', 'year': 2025, 'weekday': '火'},
     '"1月7日(火)" has no year: took 2025, the nearest year in which it is a 火曜日'),
    'excel_shortened_phone': ({'value': '8.32311E+9'},
     '"8.32311E+9" is a number Excel shortened; type the phone number again, as text'),
    'excel_digits_lost': ({'value': '3.00002E+12', 'what': 'the code'},
     '"3.00002E+12" is a number Excel shortened and its digits are lost; type the code again, as text'),
    'excel_repaired': ({'value': '3.52012E+5', 'digits': '352012'},
     '"3.52012E+5" was shortened by Excel: read as 352012'),
    'not_a_code': ({'value': '35-201'},
     '"35-201" is not a 全国地方公共団体コード (6 digits)'),
    'code_ambiguous': ({'value': '10006', 'choices': '010006 or 100064'},
     '"10006" has 5 digits and could be 010006 or 100064: write all 6 digits'),
    'code_lost_zero': ({'value': '92011', 'code': '092011'},
     '"92011" lost its leading zero: read as 092011'),
    'code_no_check_digit': ({'value': '35201', 'code': '352012'},
     '"35201" had no check digit: read as 352012'),
    'not_a_fee': ({'value': '大人500円'},
     '"大人500円" is not a fee in yen (無料, 500, 1,300円); put the details in 料金(詳細)'),
    'not_a_coordinate': ({'value': '北緯34度', 'axis': 'latitude', 'example': '33'},
     '"北緯34度" is not a latitude (decimal degrees, such as 33)'),
    'coordinates_swapped': ({'value': '130.94', 'other': 'longitude', 'axis': 'latitude'},
     '130.94 is a longitude, not a latitude: are latitude and longitude swapped?'),
    'outside_japan': ({'value': '10.5', 'axis': 'latitude', 'low': '20', 'high': '46'},
     '10.5 is outside Japan (latitude 20 to 46)'),
    'not_yes_or_no': ({'value': 'たぶん'},
     '"たぶん" is not yes or no (有/無, ○/×, 1/0)'),
    'not_a_vocabulary_word': ({'value': '運動会', 'vocabulary': 'event_kinds'},
     '"運動会" is not a code or label of data/vocabulary/event_kinds.yml'),
    'not_a_record_name': ({'value': 'ひかりの会', 'kind': 'group'},
     '"ひかりの会" is not a name of group the site knows'),
    'words_left_out': ({'vocabulary': 'accessibility', 'words': 'AED'},
     'not in data/vocabulary/accessibility.yml, left out: AED'),
    'names_left_out': ({'kind': 'group', 'folder': 'groups', 'words': 'NPO法人ひかり'},
     'no group of that name in data/groups/, left out: NPO法人ひかり'),
    'id_changed': ({'value': '../../x', 'id': 'x'},
     'the ID "../../x" became the id "x"'),
    'id_no_letters': ({'value': '../..'},
     '"../.." has no letters or digits to make an id of'),
    'formula': ({'value': '=HYPERLINK("https://example.jp","x")'},
     '"=HYPERLINK("https://example.jp","x")" is a formula, not a value: paste the value instead (in Excel: Paste Special → Values)'),
    'file_too_big': ({'size': '100', 'limit': 20},
     'the file is 100 MB; files over 20 MB are not read (split it into smaller files)'),
    'xls_not_read': ({},
     'an .xls file (Excel 97–2003) is not read: save it as .xlsx or CSV'),
    'not_a_text_encoding': ({},
     'the file is not text in UTF-8, Shift_JIS (CP932) or UTF-16'),
    'zero_bytes': ({},
     'the file holds zero bytes but is not UTF-16 text: it is not a CSV'),
    'line_too_long': ({},
     'a line is longer than 1 MB: this is not a table'),
    'encoding_changes': ({'line': 2001, 'encoding': 'utf-8'},
     'line 2001 is not in utf-8 like the lines before it: save the file again in one encoding (UTF-8)'),
    'table_empty': ({'what': 'file'},
     'the file is empty'),
    'too_many_rows': ({'what': 'sheet', 'limit': 100000},
     'the sheet has more than 100000 rows: split it'),
    'cell_too_long': ({'limit': 64},
     'a cell is longer than 64 KB'),
    'csv_unreadable': ({'error': 'line contains NUL'},
     'the CSV cannot be read here (line contains NUL)'),
    'xlsx_unreadable': ({'error': "KeyError: 'xl/workbook.xml'"},
     "the .xlsx cannot be opened (KeyError: 'xl/workbook.xml')"),
    'no_such_sheet': ({'sheet': 'x', 'sheets': 'Sheet, 団体'},
     'there is no sheet "x" (the sheets are Sheet, 団体)'),
    'not_an_xlsx': ({},
     'the .xlsx is not a valid Excel file (not a zip archive)'),
    'zip_bomb': ({'size': '300', 'limit': 200},
     'the .xlsx would unpack to 300 MB (more than 200 MB): it is not read'),
    'layout_unknown': ({'kind': 'group', 'names': 'group table'},
     'the columns are not a layout Tsunagu knows for group (group table): give a mapping file (--mapping; see tsunagu import group --help)'),
    'other_kinds_file': ({'layout': '公共施設一覧', 'kind': 'event', 'other': 'venue'},
     'this file is a 公共施設一覧, not a file of events: import it with `tsunagu import venue`'),
    'layout_read': ({'layout': '公共施設一覧'},
     'read as 公共施設一覧'),
    'columns_not_read': ({'columns': '備考, 画像'},
     'columns not read: 備考, 画像'),
    'mapping_no_columns': ({},
     'expected a set of column: field lines under columns:'),
    'mapping_no_field': ({},
     'expected a field name, or field: and language:'),
    'mapping_unknown_field': ({'field': 'furigana', 'kind': 'group'},
     '"furigana" is not a field of group (tsunagu import group --help lists them)'),
    'mapping_no_language': ({'field': 'kind'},
     '"kind" is not a text in each language: it takes no language'),
    'no_letters_for_id': ({'value': '！！'},
     '"！！" gives no letters for an id: add an ID column'),
    'no_id': ({'column': 'イベント名'},
     'the row has no ID and no イベント名 to make one from'),
    'other_site_code': ({'code': '131016', 'site': '352012'},
     "131016 is not this site's code (352012)"),
    'id_also_on': ({'id': 'event-20', 'where': 'in/events.csv:16'},
     'the ID "event-20" is also on in/events.csv:16'),
    'record_exists': ({'path': 'data/venues/venue-1.yml'},
     'data/venues/venue-1.yml exists: give --update to replace it'),
    'value_differs': ({'value': '2024-07-01'},
     'differs from the first row of this ID: kept "2024-07-01"'),
    'record_lacks': ({'path': 'data/venues/venue-1.yml', 'texts': 'name.en, access.ja'},
     'data/venues/venue-1.yml lacks name.en, access.ja that this file gives: give --update to add them'),
    'record_added': ({'path': 'data/venues/venue-1.yml', 'texts': 'name.en'},
     'data/venues/venue-1.yml: added name.en'),
    'record_not_changed': ({'path': 'data/venues/venue-1.yml', 'problem': 'is required'},
     'data/venues/venue-1.yml: not changed (is required)'),
    'outside_data': ({},
     'is outside data/: not written'),
    'default_taken': ({'value': 'other'},
     'is empty: took "other"'),
    'text_taken': ({'column': '概要'},
     'is empty: took the text of 概要'),
    'no_kind_column': ({'column': 'イベント種類', 'kind': 'other'},
     'no イベント種類 column: every event takes the kind "other" (change it in data/events/ or add the column)'),
    'venue_needed': ({},
     'is required (or an online address for an online event)'),
    'venue_unknown': ({'name': '海辺の広場', 'columns': '緯度, 経度'},
     'no venue named "海辺の広場" in data/venues/, and the row lacks 緯度, 経度 to make one: import the 公共施設一覧 first'),
    'venue_made': ({'name': '海辺の広場', 'id': 'umibe-no-hiroba'},
     'no venue named "海辺の広場" yet: made data/venues/umibe-no-hiroba.yml'),
    'import_needs_check': ({},
     "the site's data must pass `tsunagu check` before an import"),
    'init_not_a_code': ({'value': '35201'},
     '"35201" is not a 6-digit 全国地方公共団体コード (such as 352012 for 下関市)'),
    'init_unknown_code': ({'value': '352993'},
     '"352993" is not the code of a current municipality or prefecture'),
    'init_not_empty': ({'folder': '../shimonoseki'},
     '../shimonoseki is not empty: give a new folder'),
    'init_no_checkout': ({'checkout': '/opt/tsunagu', 'missing': 'overrides, docs/assets'},
     "Tsunagu's own files are not at /opt/tsunagu (overrides, docs/assets): run init from a checkout"),
    'todo_unwritten': ({},
     'to be written'),
    'mapped_columns_absent': ({'columns': '団体名（英語）, ホームページ'},
     'columns of the mapping file not in this file: 団体名（英語）, ホームページ'),
    "not_a_weekday": ({"value": "sonday"}, '"sonday" is not a weekday (mon, tue, wed, thu, fri, sat, sun; for '
                      'every: month with 1st, 2nd, 3rd, 4th, 5th or last before it, e.g. "2nd sun")'),
    "count_and_until": ({}, "give count or until, not both"),
    "week_of_month_weekly": ({"spec": "2nd sun"}, '"2nd sun" names a week of the month: it needs every: month'),
    "month_day_weekly": ({}, "a day of the month needs every: month"),
    "month_needs_days": ({}, "every: month needs either weekdays (e.g. 2nd sun) or day (e.g. 15), exactly one"),
    "week_of_month_missing": ({"spec": "sun"}, '"sun" needs the week of the month (e.g. 2nd sun or last sun)'),
    "until_before_start": ({"until": "2026-01-01", "start": "2026-02-01"}, "2026-01-01 is before start_date 2026-02-01"),
    "no_date_at_all": ({}, "the rule gives no date at all (check weekdays, day, until and what is left out)"),
    "change_not_a_date": ({"date": "2026-12-14"},
                          "2026-12-14 is not a date of this activity (a change names a date the rule gives)"),
    "cancelled_and_moved": ({}, "a cancelled date moves nowhere: give cancelled or moved_to/start_time, not both"),
    "cancelled_date_participants": ({}, "a cancelled date has no participants"),
    "repeat_end_date": ({}, "a regular activity lasts one day each time: leave out end_date"),
    "repeat_participants": ({}, "record each date's participants in repeat.changes"),
}


def test_every_message_has_its_exact_text_here():
    assert sorted(EXACT) == sorted(CATALOGUE)


@pytest.mark.parametrize("name", sorted(EXACT))
def test_message_text(name):
    values, text = EXACT[name]
    assert CATALOGUE[name].format(**values) == text


def _constants(tree: ast.AST) -> set[str]:
    return {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name) and node.value.id == "messages"}


def test_every_message_is_used():
    used = set().union(*(_constants(ast.parse(path.read_text("utf-8"))) for path in PACKAGE.rglob("*.py")))
    used |= {name for name, message in vars(messages).items() if message in messages.PYDANTIC.values()}
    named = {name for name, value in vars(messages).items() if isinstance(value, messages.Message)}
    assert named - used == set()


def written_out(tree: ast.AST) -> list[int]:
    """Lines where a problem, a validation failure or one of Tsunagu's errors gets a text written there (Python's
    own errors are for programmers: a wrong call, not a problem of the site)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            texts = node.args[3:4] if node.func.id == "Problem" else node.args[:1]
            ours = node.func.id.endswith("Error") and not hasattr(builtins, node.func.id)
            if node.func.id in ("Problem", "fail") or ours:
                found += [arg.lineno for arg in texts if isinstance(arg, (ast.Constant, ast.JoinedStr))]
    return found


def test_no_message_is_written_outside_the_catalogue():
    found = {path.relative_to(PACKAGE).as_posix(): written_out(ast.parse(path.read_text("utf-8")))
             for path in PACKAGE.rglob("*.py")}
    assert {path: lines for path, lines in found.items() if lines} == {}


def test_a_message_written_out_is_found():
    source = ('Problem(path, 1, "", "the file is missing")\nraise fail("rule", "x")\nraise SearchIndexError(f"{x} failed")\n'
              'raise TypeError("a programming error")\nProblem(path, 1, "", messages.FILE_MISSING.format())\n')
    assert written_out(ast.parse(source)) == [1, 2, 3]
