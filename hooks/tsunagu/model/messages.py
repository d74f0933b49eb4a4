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
PAGEFIND_MISSING = _message("pagefind_missing", "the Pagefind binary is missing: install pagefind[extended]")
PAGEFIND_FAILED = _message("pagefind_failed", "Pagefind failed:\n{output}")

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
