"""The message catalogue: every problem an editor can be shown, one message per problem class.

As in strictyaml, each class of problem has one message template, named once here; modules raise or
report a problem by its name and give its values (``fail(NOT_A_TIME, value=text)`` in a validator,
``Problem(path, line, field, FILE_MISSING.format())`` elsewhere). Where it is (file, line, field) is the
``Problem``'s: a message says only what is wrong and how to put it right. ``tests/model/test_messages.py``
holds each message's exact text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Message:
    """One class of problem: its name (the validation error's type) and the template of its message."""

    name: str
    template: str

    def format(self, **values: Any) -> str:
        return self.template.format(**values)


CATALOGUE: dict[str, Message] = {}


def _message(name: str, template: str) -> Message:
    CATALOGUE[name] = message = Message(name, template)
    return message


# --- Reading a file (load/yamlsource.py, load/catalog.py, i18n/strings.py) -----------------------------
NOT_YAML = _message("not_yaml", "is not valid YAML: {problem}")
NOT_UTF8 = _message("not_utf8", "is not UTF-8 text; save the file as UTF-8")
TOO_LARGE = _message("too_large", "file is {size} KB; the limit is {limit} KB")
TOO_DEEP = _message("too_deep", "nesting is deeper than {depth} levels")
TAG_NOT_ALLOWED = _message("tag_not_allowed", "the YAML tag {tag} is not allowed")
KEY_TWICE = _message("key_twice", "appears twice (first on line {line})")
FILE_MISSING = _message("file_missing", "the file is missing")
VOCABULARY_MISSING = _message("vocabulary_missing", "the vocabulary file is missing")
BAD_FILE_NAME = _message("bad_file_name", 'the file name "{stem}" is not a valid id '
                                          "(lowercase letters, digits and single hyphens)")
ID_TWICE = _message("id_twice", 'the id "{id}" is used twice (also {other})')
STRINGS_NOT_A_MAPPING = _message("strings_not_a_mapping", "UI strings must be a mapping of keys to texts")
STRING_NOT_TEXT = _message("string_not_text", "a UI string must be a text")

# --- The site's languages and settings (load/settings_check.py, load/siteconfig.py) -----------------------
NO_LANGUAGES = _message("no_languages", "no i18n plugin with languages is configured")
NOT_A_BABEL_LANGUAGE = _message("not_a_babel_language", '"{code}" is not a language code Babel knows (like ja, en or pt-BR)')
LANGUAGE_TWICE = _message("language_twice", '"{code}" appears twice (first on line {line})')
NO_DEFAULT_LANGUAGE = _message("no_default_language", "no language is the default (give one default: true)")
TWO_DEFAULT_LANGUAGES = _message("two_default_languages", "only one language can be the default; {first} already is")
NOT_A_SITE_LANGUAGE = _message("not_a_site_language", '"{code}" is not one of the site\'s languages ({known})')
FALLS_BACK_TO_ITSELF = _message("falls_back_to_itself", '"{code}" cannot fall back to itself')
CHAIN_TWICE = _message("chain_twice", '"{code}" appears twice in the chain')
AFTER_THE_DEFAULT = _message("after_the_default", (
    '"{code}" is the default language: it ends every chain, so nothing after it is read'))
DEFAULT_HAS_NO_CHAIN = _message("default_has_no_chain", '"{code}" is the default language: every text has it')
NOT_A_LANGUAGE_TAG = _message("not_a_language_tag", '"{tag}" is not a BCP 47 tag Babel knows (like zh-Hans, fil or ja-x-easy)')

# --- A value's form (model/fields.py, the validators of model/) ------------------------------------------
REQUIRED = _message("missing", "is required")
UNKNOWN_FIELD = _message("unknown_field", "is not a known field{hint}")
UNKNOWN_SETTING = _message("unknown_setting", "not a setting{hint}")
DID_YOU_MEAN = _message("did_you_mean", ' (did you mean "{name}"?)')
NOT_A_WHOLE_NUMBER = _message("not_a_whole_number", '"{value}" is not a whole number')
NOT_A_NUMBER = _message("not_a_number", '"{value}" is not a number')
NOT_TRUE_OR_FALSE = _message("not_true_or_false", '"{value}" is not true or false')
NOT_TEXT = _message("not_text", "expected text, got {value!r}")
NOT_A_LIST = _message("not_a_list", 'expected a list (lines starting with "- ")')
NOT_FIELDS = _message("not_fields", "expected a set of fields (key: value)")
NOT_A_FOLDER = _message("not_a_folder", "expected a folder, got {value!r}")
NONE_GIVEN = _message("none_given", "needs at least one entry")
EMPTY = _message("empty", "must not be empty")
NOT_MORE_THAN = _message("not_more_than", "{value} must be more than {gt:g}")
NOT_AT_LEAST = _message("not_at_least", "{value} must be {ge:g} or more")
NOT_LESS_THAN = _message("not_less_than", "{value} must be less than {lt:g}")
NOT_AT_MOST = _message("not_at_most", "{value} must be {le:g} or less")
NOT_ONE_OF = _message("not_one_of", '"{value}" is not one of {expected}')
UNKNOWN_LANGUAGE = _message("unknown_language", "unknown language {codes}; the site's languages are {known}")
DEFAULT_TEXT_MISSING = _message("default_text_missing", "the {code} text is required")
NOT_A_TIME = _message("not_a_time", '"{value}" is not a time (HH:MM, 00:00 to 23:59)')
NOT_A_DATE = _message("not_a_date", '"{value}" is not a date (YYYY-MM-DD)')
NOT_A_MOMENT = _message("not_a_moment", '"{value}" is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DD HH:MM)')
NOT_A_PLAIN_NUMBER = _message("not_a_plain_number", '"{value}" is not a number (write it without units or commas)')
ERA_YEAR = _message("era_year", '"{value}" is a Japanese-era year; write the western year ({year})')
NOT_A_FISCAL_YEAR = _message("not_a_fiscal_year", '"{value}" is not a fiscal year (a western year such as 2024)')
NOT_A_URL = _message("not_a_url", '"{value}" is not a web address (it must start with https:// or http://)')
PHONE_NOT_QUOTED = _message("phone_not_quoted", 'write the phone number in quotes, e.g. "0000-00-0000"')
NOT_A_PHONE = _message("not_a_phone", '"{value}" is not a phone number (digits and hyphens)')
NOT_AN_EMAIL = _message("not_an_email", '"{value}" is not an email address')
NOT_IN_ALPHABET = _message("not_in_alphabet", '"{value}" must be written in {alphabet}')
NO_SUCH_RECORD = _message("no_such_record", 'there is no {kind} with the id "{value}"')
NOT_IN_VOCABULARY = _message("not_in_vocabulary", '"{value}" is not in data/vocabulary/{vocabulary}.yml ({options})')
NOT_A_RATE = _message("not_a_rate", '"{value}" is not a rate such as "1/2" or "2/3"')

# --- The site file (model/models.py: Site) -----------------------------------------------------------------
LG_CODE_FORM = _message("lg_code_form", '"{value}" is not a 6-digit 全国地方公共団体コード (write it in quotes)')
LG_CODE_PREFECTURE = _message("lg_code_prefecture", '"{value}" does not start with a prefecture code (01 to 47)')
LG_CODE_CHECK_DIGIT = _message("lg_code_check_digit",
                               '"{value}" has a wrong check digit (the last digit should be {digit})')
NOT_A_PREFECTURE = _message("not_a_prefecture", '"{value}" is not the name of a prefecture (e.g. 東京都, 北海道)')
LG_CODE_ELSEWHERE = _message("lg_code_elsewhere", "lg_code {lg_code} is in {expected}, not {prefecture}")

# --- Rules between a record's fields (model/models.py, model/alerts.py) --------------------------------------
NPO_FIELDS_NEEDED = _message("npo_fields_needed", "an NPO法人 needs at least one activity field (1 to 20)")
VENUE_OR_ONLINE = _message("venue_or_online", "give either a venue or an online_url (exactly one)")
END_BEFORE_START = _message("end_before_start", "{end} is before start_date {start}")
END_TIME_ALONE = _message("end_time_alone", "an end time needs a start_time")
END_TIME_NOT_AFTER = _message("end_time_not_after", "{end} is not after start_time {start}")
CANCELLED_PARTICIPANTS = _message("cancelled_participants", "a cancelled event has no participants")
NOT_AFTER_BASELINE = _message("not_after_baseline", "{year} is not after the baseline year {baseline}")
COUNTED_FROM_NOT_CUMULATIVE = _message("counted_from_not_cumulative",
                                       "counted_from is only for a running total (cumulative: true)")
COUNTED_FROM_OUTSIDE = _message("counted_from_outside", "{year} is not after the baseline year {baseline} "
                                                        "and up to the target year {target}")
ACTUAL_IS_BASELINE = _message("actual_is_baseline",
                              "{year} is not after the baseline year {baseline} (its value is baseline.value)")
YEAR_TWICE = _message("year_twice", "{year} is given twice")
YEAR_COUNTED = _message("year_counted", "{year} is counted from events (participants_of); remove it here")
LAST_BEFORE_FIRST = _message("last_before_first", "{last} is before first_year {first}")
AMOUNT_NEEDED = _message("amount_needed", "give max_yen, rate or note (at least one)")
WINDOW_NEEDED = _message("window_needed", "give opens and closes, or rolling: true")
CLOSES_NOT_AFTER_OPENS = _message("closes_not_after_opens", "{closes} is not after opens {opens}")
CLOSES_BEFORE_OPENS = _message("closes_before_opens", "{closes} is before opens {opens}")
ALERT_END_NOT_AFTER = _message("alert_end_not_after", "the end {end} is not after the start {start}")

# --- Translations (i18n/coverage.py: tsunagu check --coverage) ------------------------------------------------
NO_PAGE_TRANSLATION = _message("no_page_translation", "no {code} translation ({stem}.{code}.md is missing)")
NO_TEXT = _message("no_text", "no {code} text in {fields}")

# --- tsunagu check: pages and schemas (cli/links.py, cli/checks.py) -------------------------------------------
BROKEN_LINK = _message("broken_link", 'the link "{target}" leads to no page or file')
STALE_SCHEMA = _message("stale_schema", "is missing or out of date; run: tsunagu schemas")

# --- Easy Japanese (japanese/easy_japanese.py): advice on a ja-easy text ---------------------------------------
KANJI_RUN = _message("kanji_run", '"{run}" is {count} kanji in a row; split it, or make it a glossary term')
KATAKANA_WORD = _message("katakana_word", '"{word}" is a katakana loanword; say it in Japanese words (allowed: {allowed})')
LONG_SENTENCE = _message("long_sentence", 'sentence of {length} characters (limit {limit}): "{sentence}"')
DOUBLE_NEGATIVE = _message("double_negative", 'double negative "{found}" in "{sentence}"; say it positively')
KEIGO = _message("keigo", 'respectful or humble form "{found}" in "{sentence}"; use plain polite forms (です・ます)')
HARD_TO_READ = _message("hard_to_read", "readability {score:.2f} ({band}) is below {floor}; "
                                        "use shorter sentences and more everyday words")
SLASH_DATE = _message("slash_date", 'date "{found}" written with "/"; write 年・月・日')
WAVE_DASH = _message("wave_dash", '"{found}" in "{line}"; write から and まで')
CLOCK_TIME = _message("clock_time", '24-hour time "{found}"; write {time}')

# --- Commands and builds (cli/scaffold.py, cli/parallel.py, outputs/search.py): TsunaguError messages ---------
NEW_BAD_ID = _message("new_bad_id", '"{id}" is not a valid id (lowercase letters, digits and single hyphens)')
NEW_EXISTS = _message("new_exists", "{path} already exists")
MERGE_FAILED = _message("merge_failed", "the merge failed: {error}")
LANGUAGE_BUILD_FAILED = _message("language_build_failed", "the build of {code} failed (exit code {returncode}); its log:\n{log}")
PAGEFIND_MISSING = _message("pagefind_missing", "the Pagefind binary is missing: run `make install`")
PAGEFIND_FAILED = _message("pagefind_failed", "Pagefind failed:\n{output}")

# --- Readings (japanese/second_opinion.py) ------------------------------------------------------------------
READ_TWO_WAYS = _message("read_two_ways", "{word} read {ours} or {theirs}? settle it in {readings_file} "
                                          "or write {{{word}|{theirs}}}")

# --- Importing a city's files (importing/, kinds/*.py import_row) ----------------------------------------
# A cell (importing/cells.py)
NOT_A_CALENDAR_DAY = _message("not_a_calendar_day", '"{value}" is not a day of the calendar')
WRONG_WEEKDAY = _message("wrong_weekday", '"{value}": {day} is a {actual}曜日, not a {written}曜日')
NO_YEAR_NO_WEEKDAY = _message("no_year_no_weekday", '"{value}" has no year, and no weekday to tell it by: write the year')
NO_YEAR_FITS = _message("no_year_fits", '"{value}" is not a {weekday}曜日 in any year near {year}')
YEAR_TAKEN = _message("year_taken", '"{value}" has no year: took {year}, the nearest year in which it is a {weekday}曜日')
EXCEL_SHORTENED_PHONE = _message("excel_shortened_phone",
                                 '"{value}" is a number Excel shortened; type the phone number again, as text')
EXCEL_DIGITS_LOST = _message("excel_digits_lost",
                             '"{value}" is a number Excel shortened and its digits are lost; type {what} again, as text')
EXCEL_REPAIRED = _message("excel_repaired", '"{value}" was shortened by Excel: read as {digits}')
NOT_A_CODE = _message("not_a_code", '"{value}" is not a 全国地方公共団体コード (6 digits)')
CODE_AMBIGUOUS = _message("code_ambiguous", '"{value}" has 5 digits and could be {choices}: write all 6 digits')
CODE_LOST_ZERO = _message("code_lost_zero", '"{value}" lost its leading zero: read as {code}')
CODE_NO_CHECK_DIGIT = _message("code_no_check_digit", '"{value}" had no check digit: read as {code}')
NOT_A_FEE = _message("not_a_fee", '"{value}" is not a fee in yen (無料, 500, 1,300円); put the details in 料金(詳細)')
NOT_A_COORDINATE = _message("not_a_coordinate", '"{value}" is not a {axis} (decimal degrees, such as {example})')
COORDINATES_SWAPPED = _message("coordinates_swapped",
                               "{value} is a {other}, not a {axis}: are latitude and longitude swapped?")
OUTSIDE_JAPAN = _message("outside_japan", "{value} is outside Japan ({axis} {low} to {high})")
NOT_YES_OR_NO = _message("not_yes_or_no", '"{value}" is not yes or no (有/無, ○/×, 1/0)')
NOT_A_VOCABULARY_WORD = _message("not_a_vocabulary_word",
                                 '"{value}" is not a code or label of data/vocabulary/{vocabulary}.yml')
NOT_A_RECORD_NAME = _message("not_a_record_name", '"{value}" is not a name of {kind} the site knows')
WORDS_LEFT_OUT = _message("words_left_out", "not in data/vocabulary/{vocabulary}.yml, left out: {words}")
NAMES_LEFT_OUT = _message("names_left_out", "no {kind} of that name in data/{folder}/, left out: {words}")
ID_CHANGED = _message("id_changed", 'the ID "{value}" became the id "{id}"')
ID_NO_LETTERS = _message("id_no_letters", '"{value}" has no letters or digits to make an id of')
FORMULA = _message("formula", '"{value}" is a formula, not a value: paste the value instead '
                              "(in Excel: Paste Special → Values)")
# A file (importing/files.py, importing/layouts.py)
FILE_TOO_BIG = _message("file_too_big", "the file is {size} MB; files over {limit} MB are not read "
                                        "(split it into smaller files)")
XLS_NOT_READ = _message("xls_not_read", "an .xls file (Excel 97–2003) is not read: save it as .xlsx or CSV")
NOT_A_TEXT_ENCODING = _message("not_a_text_encoding", "the file is not text in UTF-8, Shift_JIS (CP932) or UTF-16")
ZERO_BYTES = _message("zero_bytes", "the file holds zero bytes but is not UTF-16 text: it is not a CSV")
LINE_TOO_LONG = _message("line_too_long", "a line is longer than 1 MB: this is not a table")
ENCODING_CHANGES = _message("encoding_changes", "line {line} is not in {encoding} like the lines before it: "
                                                "save the file again in one encoding (UTF-8)")
TABLE_EMPTY = _message("table_empty", "the {what} is empty")
TOO_MANY_ROWS = _message("too_many_rows", "the {what} has more than {limit} rows: split it")
CELL_TOO_LONG = _message("cell_too_long", "a cell is longer than {limit} KB")
CSV_UNREADABLE = _message("csv_unreadable", "the CSV cannot be read here ({error})")
XLSX_UNREADABLE = _message("xlsx_unreadable", "the .xlsx cannot be opened ({error})")
NO_SUCH_SHEET = _message("no_such_sheet", 'there is no sheet "{sheet}" (the sheets are {sheets})')
NOT_AN_XLSX = _message("not_an_xlsx", "the .xlsx is not a valid Excel file (not a zip archive)")
ZIP_BOMB = _message("zip_bomb", "the .xlsx would unpack to {size} MB (more than {limit} MB): it is not read")
LAYOUT_UNKNOWN = _message("layout_unknown", "the columns are not a layout Tsunagu knows for {kind} ({names}): "
                                            "give a mapping file (--mapping; see tsunagu import {kind} --help)")
OTHER_KINDS_FILE = _message("other_kinds_file",
                            "this file is a {layout}, not a file of {kind}s: import it with `tsunagu import {other}`")
LAYOUT_READ = _message("layout_read", "read as {layout}")
COLUMNS_NOT_READ = _message("columns_not_read", "columns not read: {columns}")
MAPPED_COLUMNS_ABSENT = _message("mapped_columns_absent", "columns of the mapping file not in this file: {columns}")
MAPPING_NO_COLUMNS = _message("mapping_no_columns", "expected a set of column: field lines under columns:")
MAPPING_NO_FIELD = _message("mapping_no_field", "expected a field name, or field: and language:")
MAPPING_UNKNOWN_FIELD = _message("mapping_unknown_field",
                                 '"{field}" is not a field of {kind} (tsunagu import {kind} --help lists them)')
MAPPING_NO_LANGUAGE = _message("mapping_no_language", '"{field}" is not a text in each language: it takes no language')
# A row and its record (importing/rules.py, importing/run.py, importing/writer.py, kinds/*.py)
NO_LETTERS_FOR_ID = _message("no_letters_for_id", '"{value}" gives no letters for an id: add an ID column')
NO_ID = _message("no_id", "the row has no ID and no {column} to make one from")
OTHER_SITE_CODE = _message("other_site_code", "{code} is not this site's code ({site})")
ID_ALSO_ON = _message("id_also_on", 'the ID "{id}" is also on {where}')
RECORD_EXISTS = _message("record_exists", "{path} exists: give --update to replace it")
VALUE_DIFFERS = _message("value_differs", 'differs from the first row of this ID: kept "{value}"')
RECORD_LACKS = _message("record_lacks", "{path} lacks {texts} that this file gives: give --update to add them")
RECORD_ADDED = _message("record_added", "{path}: added {texts}")
RECORD_NOT_CHANGED = _message("record_not_changed", "{path}: not changed ({problem})")
OUTSIDE_DATA = _message("outside_data", "is outside data/: not written")
DEFAULT_TAKEN = _message("default_taken", 'is empty: took "{value}"')
TEXT_TAKEN = _message("text_taken", "is empty: took the text of {column}")
NO_KIND_COLUMN = _message("no_kind_column", 'no {column} column: every event takes the kind "{kind}" '
                                            "(change it in data/events/ or add the column)")
VENUE_NEEDED = _message("venue_needed", "is required (or an online address for an online event)")
VENUE_UNKNOWN = _message("venue_unknown", 'no venue named "{name}" in data/venues/, and the row lacks {columns} '
                                          "to make one: import the 公共施設一覧 first")
VENUE_MADE = _message("venue_made", 'no venue named "{name}" yet: made data/venues/{id}.yml')
IMPORT_NEEDS_CHECK = _message("import_needs_check", "the site's data must pass `tsunagu check` before an import")

# --- A new site (scaffold/, cli/todos.py) --------------------------------------------------------------------
INIT_NOT_A_CODE = _message("init_not_a_code", '"{value}" is not a 6-digit 全国地方公共団体コード (such as 352012 for 下関市)')
INIT_UNKNOWN_CODE = _message("init_unknown_code", '"{value}" is not the code of a current municipality or prefecture')
INIT_NOT_EMPTY = _message("init_not_empty", "{folder} is not empty: give a new folder")
INIT_NO_CHECKOUT = _message("init_no_checkout",
                            "Tsunagu's own files are not at {checkout} ({missing}): run init from a checkout")
TODO_UNWRITTEN = _message("todo_unwritten", "to be written")


# --- Regular activities (model/repeat.py, model/models.py: Event.repeat) -----------------------------------
NOT_A_WEEKDAY = _message("not_a_weekday", '"{value}" is not a weekday (mon, tue, wed, thu, fri, sat, sun; for '
                                          'every: month with 1st, 2nd, 3rd, 4th, 5th or last before it, e.g. "2nd sun")')
COUNT_AND_UNTIL = _message("count_and_until", "give count or until, not both")
WEEK_OF_MONTH_WEEKLY = _message("week_of_month_weekly", '"{spec}" names a week of the month: it needs every: month')
MONTH_DAY_WEEKLY = _message("month_day_weekly", "a day of the month needs every: month")
MONTH_NEEDS_DAYS = _message("month_needs_days",
                            "every: month needs either weekdays (e.g. 2nd sun) or day (e.g. 15), exactly one")
WEEK_OF_MONTH_MISSING = _message("week_of_month_missing",
                                 '"{spec}" needs the week of the month (e.g. 2nd {spec} or last {spec})')
UNTIL_BEFORE_START = _message("until_before_start", "{until} is before start_date {start}")
NO_DATE_AT_ALL = _message("no_date_at_all",
                          "the rule gives no date at all (check weekdays, day, until and what is left out)")
CHANGE_NOT_A_DATE = _message("change_not_a_date",
                             "{date} is not a date of this activity (a change names a date the rule gives)")
CANCELLED_AND_MOVED = _message("cancelled_and_moved", "a cancelled date moves nowhere: give cancelled or "
                                                      "moved_to/start_time, not both")
CANCELLED_DATE_PARTICIPANTS = _message("cancelled_date_participants", "a cancelled date has no participants")
REPEAT_END_DATE = _message("repeat_end_date", "a regular activity lasts one day each time: leave out end_date")
REPEAT_PARTICIPANTS = _message("repeat_participants", "record each date's participants in repeat.changes")

PYDANTIC: dict[str, Message] = {
    "missing": REQUIRED,
    **dict.fromkeys(("int_parsing", "int_type", "int_from_float"), NOT_A_WHOLE_NUMBER),
    **dict.fromkeys(("float_parsing", "float_type"), NOT_A_NUMBER),
    **dict.fromkeys(("bool_parsing", "bool_type"), NOT_TRUE_OR_FALSE),
    **dict.fromkeys(("date_type", "date_parsing", "date_from_datetime_parsing"), NOT_A_DATE),
    "string_type": NOT_TEXT,
    "list_type": NOT_A_LIST,
    **dict.fromkeys(("dict_type", "model_type", "model_attributes_type"), NOT_FIELDS),
    "path_type": NOT_A_FOLDER,
    "too_short": NONE_GIVEN,
    "string_too_short": EMPTY,
    "greater_than": NOT_MORE_THAN,
    "greater_than_equal": NOT_AT_LEAST,
    "less_than": NOT_LESS_THAN,
    "less_than_equal": NOT_AT_MOST,
    "literal_error": NOT_ONE_OF,
}
"""Pydantic's own error types, in an editor's words (its message where none is here)."""


def readable(error: dict) -> str:
    """A pydantic error's message in an editor's words where the catalogue has them, else pydantic's."""
    message = PYDANTIC.get(error["type"])
    return message.format(value=error.get("input"), **(error.get("ctx") or {})) if message else error["msg"]
