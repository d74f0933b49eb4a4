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
    "pagefind_missing": ({}, "the Pagefind binary is missing: install pagefind[extended]"),
    "pagefind_failed": ({"output": "no pages"}, "Pagefind failed:\nno pages"),
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
