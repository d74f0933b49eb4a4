"""Cell normalisers: one reader per value type of the column tables, each giving a value or a problem.

A reader never guesses in silence: a repair it is sure of comes back with a note the report shows,
and anything it is not sure of is a ``Bad`` cell, so the row is reported instead of written.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Callable

from ..model.models import PREFECTURES, _check_digit

EMPTY = None


@dataclass(frozen=True)
class Read:
    """A cell read: its value (None when the cell is empty) and, for a repair or a choice, what was done."""

    value: Any
    note: str | None = None


@dataclass(frozen=True)
class Bad:
    """A cell that cannot be read; the message says why, for the report."""

    message: str


Cell = Read | Bad


@dataclass(frozen=True)
class Cells:
    """What some readers need beyond the cell: the day dates are near, and the vocabularies' words."""

    today: dt.date
    words: dict[str, dict[str, str]] = field(default_factory=dict)
    """For each vocabulary, every word that names a code (codes, labels, known other words) → the code."""


def clean(text: str) -> str:
    """A cell without its leading and trailing spaces and newlines (full-width ones too)."""
    return text.strip(" \t\r\n\u3000\ufeff")


def plain(text: str) -> str:
    """The cell in half-width letters and digits (NFKC), for values that are not prose."""
    return clean(unicodedata.normalize("NFKC", text))


_CJK = r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]"


def one_line(text: str) -> str:
    """Lines joined: directly between Japanese characters, with a space otherwise."""
    def join(match: re.Match) -> str:
        before, after = match.string[match.start() - 1], match.string[match.end()]
        return "" if re.match(_CJK, before) and re.match(_CJK, after) else " "
    return re.sub(r"[ \t\u3000]*\r?\n[\s\u3000]*", join, clean(text))


def text(cell: str, cells: Cells) -> Cell:
    """A name or short text, on one line."""
    return Read(one_line(cell) or EMPTY)


def lines(cell: str, cells: Cells) -> Cell:
    """A longer text whose lines are kept (trailing spaces and blank lines at either end go)."""
    kept = "\n".join(line.rstrip(" \t\u3000") for line in clean(cell).replace("\r\n", "\n").split("\n"))
    return Read(kept or EMPTY)


_WEEKDAYS = "月火水木金土日"
_ERAS = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988}
_ISO = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")
_ERA = re.compile(r"(令和|平成|R|H)(元|\d{1,2})[年.](\d{1,2})[月.](\d{1,2})日?")
_NO_YEAR = re.compile(r"(\d{1,2})月(\d{1,2})日")
_NOTES = re.compile(r"\s*((?:\([^)]*\))*)\s*")


def date(cell: str, cells: Cells) -> Cell:
    """A day: 2024/4/19, 2024-04-19, 2024年4月19日, 令和6年4月19日, R6.4.19, or 1月7日(火) without a year."""
    value = plain(cell)
    if not value:
        return Read(EMPTY)
    value = re.sub(r"\s*(\d{1,2}:\d{2}(:\d{2})?)$", "", value) if re.match(r"\d{4}-\d{2}-\d{2} 0?0:00", value) else value
    for pattern, reader in ((_ISO, _western), (_ERA, _era), (_NO_YEAR, None)):
        match = pattern.match(value)
        if match:
            rest = _NOTES.fullmatch(value[match.end():])
            if rest is None:
                break
            weekday = _weekday(rest[1])
            if reader is None:
                return _nearest_year(int(match[1]), int(match[2]), weekday, value, cells.today)
            return _checked(reader(match), weekday, value)
    return Bad(f'"{clean(cell)}" is not a date (YYYY-MM-DD)')


def _western(match: re.Match) -> tuple[int, int, int]:
    return int(match[1]), int(match[2]), int(match[3])


def _era(match: re.Match) -> tuple[int, int, int]:
    year = 1 if match[2] == "元" else int(match[2])
    return _ERAS[match[1]] + year, int(match[3]), int(match[4])


def _weekday(notes: str) -> int | None | str:
    """The weekday named in the brackets after a day ((火), (祝)(月)); "" when they name none."""
    days = [_WEEKDAYS.index(c) for c in re.findall(r"\(([月火水木金土日])(?:曜日?)?\)", notes)]
    others = re.sub(r"\((?:[月火水木金土日](?:曜日?)?|祝|休|祝日|振休)\)", "", notes)
    if others:
        return "other"
    return days[-1] if days else None


def _checked(ymd: tuple[int, int, int], weekday, value: str) -> Cell:
    if weekday == "other":
        return Bad(f'"{value}" is not a date (YYYY-MM-DD)')
    try:
        day = dt.date(*ymd)
    except ValueError:
        return Bad(f'"{value}" is not a day of the calendar')
    if weekday is not None and day.weekday() != weekday:
        return Bad(f'"{value}": {day.isoformat()} is a {_WEEKDAYS[day.weekday()]}曜日, not a {_WEEKDAYS[weekday]}曜日')
    return Read(day)


def _nearest_year(month: int, day: int, weekday, value: str, today: dt.date) -> Cell:
    """A day without its year: the year nearest ``today`` in which it falls on the weekday written."""
    if weekday is None or weekday == "other":
        return Bad(f'"{value}" has no year, and no weekday to tell it by: write the year')
    candidates = []
    for year in range(today.year - 6, today.year + 7):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            candidates.append(candidate)
    if not candidates:
        return Bad(f'"{value}" is not a {_WEEKDAYS[weekday]}曜日 in any year near {today.year}')
    nearest = min(candidates, key=lambda c: (abs((c - today).days), c))
    return Read(nearest, f'"{value}" has no year: took {nearest.year}, the nearest year in which it is a '
                         f'{_WEEKDAYS[weekday]}曜日')


_TIME = re.compile(r"(?:(午前|午後)\s*)?(\d{1,2})(?::(\d{2})(?::00)?|時(?:(\d{1,2})分|半)?)")


def time(cell: str, cells: Cells) -> Cell:
    """A time of day: 9:00, 09:00, 23:59, 9:00:00, 9時, 9時30分, 午後2時."""
    value = plain(cell)
    if not value:
        return Read(EMPTY)
    match = _TIME.fullmatch(value)
    if not match:
        return Bad(f'"{clean(cell)}" is not a time (HH:MM)')
    hour = int(match[2]) + (12 if match[1] == "午後" and int(match[2]) < 12 else 0)
    minute = int(match[3] or match[4] or (30 if value.endswith("半") else 0))
    if hour > 23 or minute > 59:
        return Bad(f'"{clean(cell)}" is not a time (HH:MM, 00:00 to 23:59)')
    return Read(dt.time(hour, minute))


def datetime(cell: str, cells: Cells) -> Cell:
    """A day and a time (2024-04-19T09:00, 2024/4/19 9:00), or a day alone."""
    value = plain(cell)
    if not value:
        return Read(EMPTY)
    day_part, _, time_part = value.replace("T", " ").partition(" ")
    day = date(day_part, cells)
    if isinstance(day, Bad) or not time_part:
        return day
    clock = time(time_part, cells)
    if isinstance(clock, Bad):
        return clock
    return Read(dt.datetime.combine(day.value, clock.value))


_DASHES = "‐‑‒–—―−－ーｰ"


def phone(cell: str, cells: Cells) -> Cell:
    """A phone number, its hyphens made plain (full-width hyphens, long-vowel marks, dashes)."""
    value = plain(cell)
    for dash in _DASHES:
        value = value.replace(dash, "-")
    value = re.sub(r"\s+", " ", value)
    if not value:
        return Read(EMPTY)
    if _excel_number(value):
        return Bad(f'"{value}" is a number Excel shortened; type the phone number again, as text')
    if not re.fullmatch(r"\+?[0-9][0-9()\- ]{5,20}", value):
        return Bad(f'"{clean(cell)}" is not a phone number (digits and hyphens)')
    return Read(value)


def _excel_number(value: str) -> bool:
    return bool(re.fullmatch(r"\d(\.\d+)?E\+\d+", value, re.IGNORECASE))


def _expanded(value: str) -> tuple[str, bool] | None:
    """The digits of a number Excel wrote as 1.10027E+5, and whether they are all there."""
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    mantissa = value.upper().split("E")[0].replace(".", "").lstrip("0")
    digits = str(int(number))
    return digits, len(mantissa) >= len(digits.rstrip("0")) and len(mantissa) == len(digits)


def lg_code(cell: str, cells: Cells) -> Cell:
    """A 6-digit 全国地方公共団体コード with its check digit; a code Excel mangled or that lost its
    leading zero is repaired only where exactly one code fits, and said so."""
    value = plain(cell)
    if not value:
        return Read(EMPTY)
    original, note = value, None
    if _excel_number(value):
        expanded = _expanded(value)
        if expanded is None or not expanded[1]:
            return Bad(f'"{original}" is a number Excel shortened and its digits are lost; type the code again, as text')
        value, note = expanded[0], f'"{original}" was shortened by Excel: read as {expanded[0]}'
    value = value.removesuffix(".0")
    if not value.isdigit():
        return Bad(f'"{original}" is not a 全国地方公共団体コード (6 digits)')
    return _code_digits(value, original, note)


def _code_digits(value: str, original: str, note: str | None) -> Cell:
    if len(value) == 6:
        return _valid_code(value, original, note)
    if len(value) != 5:
        return Bad(f'"{original}" is not a 全国地方公共団体コード (6 digits)')
    fits = sorted({code for code in (f"0{value}", value + str(_check_digit(value))) if _is_code(code)})
    if len(fits) != 1:
        choices = " or ".join(fits) if fits else "no code"
        return Bad(f'"{original}" has 5 digits and could be {choices}: write all 6 digits')
    reason = "lost its leading zero" if fits[0].startswith("0") and not value.startswith("0") else "had no check digit"
    return Read(fits[0], f'"{original}" {reason}: read as {fits[0]}')


def _is_code(code: str) -> bool:
    return 1 <= int(code[:2]) <= len(PREFECTURES) and int(code[5]) == _check_digit(code[:5])


def _valid_code(value: str, original: str, note: str | None) -> Cell:
    if not 1 <= int(value[:2]) <= len(PREFECTURES):
        return Bad(f'"{original}" does not start with a prefecture code (01 to 47)')
    if int(value[5]) != _check_digit(value[:5]):
        return Bad(f'"{original}" has a wrong check digit (the last digit should be {_check_digit(value[:5])})')
    return Read(value, note)


def url(cell: str, cells: Cells) -> Cell:
    """A web address (http or https); words such as 公開終了 are not one."""
    value = plain(cell)
    if not value:
        return Read(EMPTY)
    if not re.fullmatch(r"https?://[^\s<>\"]+\.[^\s<>\"]+", value):
        return Bad(f'"{clean(cell)}" is not a web address (it must start with https:// or http://)')
    return Read(value)


_FREE = {"無料", "無し", "なし", "0", "0円", "不要", "free", "Free"}


def fee(cell: str, cells: Cells) -> Cell:
    """A fee in yen: 無料, 1,300, "1,300円", ¥4000."""
    value = plain(cell).replace(" ", "")
    if not value:
        return Read(EMPTY)
    if value in _FREE:
        return Read(0)
    match = re.fullmatch(r"[¥￥]?(\d{1,3}(?:,\d{3})+|\d+)円?", value)
    if not match:
        return Bad(f'"{clean(cell)}" is not a fee in yen (無料, 500, 1,300円); put the details in 料金(詳細)')
    return Read(int(match[1].replace(",", "")))


def number(cell: str, cells: Cells) -> Cell:
    """A whole number, with or without thousands commas and a unit (人, 名, 件)."""
    value = plain(cell).replace(" ", "")
    if not value:
        return Read(EMPTY)
    if _excel_number(value):
        expanded = _expanded(value)
        if expanded is None or not expanded[1]:
            return Bad(f'"{value}" is a number Excel shortened and its digits are lost; type it again, as text')
        return Read(int(expanded[0]), f'"{value}" was shortened by Excel: read as {expanded[0]}')
    match = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(?:人|名|件|組|団体)?", value)
    if not match:
        return Bad(f'"{clean(cell)}" is not a whole number')
    return Read(int(match[1].replace(",", "")))


_JAPAN = {"latitude": (20.0, 46.0), "longitude": (122.0, 154.0)}


def _coordinate(axis: str, other: str) -> Callable[[str, Cells], Cell]:
    def read(cell: str, cells: Cells) -> Cell:
        value = plain(cell)
        if not value:
            return Read(EMPTY)
        try:
            degrees = float(value)
        except ValueError:
            return Bad(f'"{clean(cell)}" is not a {axis} (decimal degrees, such as {sum(_JAPAN[axis]) / 2:g})')
        low, high = _JAPAN[axis]
        if low <= degrees <= high:
            return Read(degrees)
        if _JAPAN[other][0] <= degrees <= _JAPAN[other][1]:
            return Bad(f"{value} is a {other}, not a {axis}: are latitude and longitude swapped?")
        return Bad(f"{value} is outside Japan ({axis} {low:g} to {high:g})")
    read.__doc__ = f"A {axis} in decimal degrees, within Japan; empty stays empty."
    return read


latitude = _coordinate("latitude", "longitude")
longitude = _coordinate("longitude", "latitude")

_YES = {"1", "true", "yes", "有", "有り", "あり", "○", "〇", "◯", "可", "はい", "対応", "有料"}
_NO = {"0", "false", "no", "無", "無し", "なし", "×", "✕", "不可", "いいえ", "非対応", "-"}


def flag(cell: str, cells: Cells) -> Cell:
    """Yes or no: 有/無, あり/なし, ○/×, 可/不可, 1/0, true/false."""
    value = plain(cell).lower()
    if not value:
        return Read(EMPTY)
    if value in _YES:
        return Read(True)
    if value in _NO:
        return Read(False)
    return Bad(f'"{clean(cell)}" is not yes or no (有/無, ○/×, 1/0)')


def word_key(word: str) -> str:
    """How vocabulary words are compared: half-width, lower case, without spaces."""
    return re.sub(r"[\s・]", "", unicodedata.normalize("NFKC", word)).lower()


def vocab(vocabulary: str) -> Callable[[str, Cells], Cell]:
    """A reader of codes of ``vocabulary``: a code, or a label or word that names one."""
    def read(cell: str, cells: Cells) -> Cell:
        value = one_line(cell)
        if not value:
            return Read(EMPTY)
        code = cells.words.get(vocabulary, {}).get(word_key(value))
        if code is None and vocabulary.startswith("@"):
            return Bad(f'"{value}" is not a name of {vocabulary[1:]} the site knows')
        if code is None:
            return Bad(f'"{value}" is not a code or label of data/vocabulary/{vocabulary}.yml')
        return Read(code)
    return read


def vocab_list(vocabulary: str, separator: str | None = None) -> Callable[[str, Cells], Cell]:
    """Codes of ``vocabulary`` separated by ``separator`` (or any of ;；、, and new lines); words that name
    none are noted. A label that holds the separator itself (保健、医療又は福祉…) is still one word."""
    def read(cell: str, cells: Cells) -> Cell:
        known = cells.words.get(vocabulary, {})
        pattern = re.escape(separator) + r"|\n" if separator else r"[;；、,\n]"
        codes, unknown = _words_of([clean(p) for p in re.split(pattern, cell) if clean(p)], separator or "、", known)
        note = f"{_unknown(vocabulary)}, left out: {'; '.join(unknown)}" if unknown else None
        return Read(list(dict.fromkeys(codes)), note)
    return read


def _words_of(parts: list[str], joiner: str, known: dict[str, Any]) -> tuple[list, list[str]]:
    """The codes the parts name, the longest run of parts that names one first; the parts that name none."""
    codes, unknown, start = [], [], 0
    while start < len(parts):
        end = next((e for e in range(len(parts), start, -1) if word_key(joiner.join(parts[start:e])) in known), None)
        if end is None:
            unknown.append(parts[start])
            start += 1
        else:
            codes.append(known[word_key(joiner.join(parts[start:end]))])
            start = end
    return codes, unknown


def _unknown(vocabulary: str) -> str:
    """Where a word was looked for: a vocabulary file, or the names of a kind's records (``@group``)."""
    if vocabulary.startswith("@"):
        return f"no {vocabulary[1:]} of that name in data/{vocabulary[1:]}s/"
    return f"not in data/vocabulary/{vocabulary}.yml"


def record_id(cell: str, cells: Cells) -> Cell:
    """A record id made from an ID or NO cell: lower case, runs of other characters become one hyphen;
    a change is noted. Nothing of a path (``../``) survives it."""
    value = plain(cell)
    if not value:
        return Read(EMPTY)
    if _excel_number(value):
        return Bad(f'"{value}" is a number Excel shortened and its digits are lost; type the ID again, as text')
    made = slug(value.removesuffix(".0") if re.fullmatch(r"\d+\.0", value) else value)
    if not made:
        return Bad(f'"{clean(cell)}" has no letters or digits to make an id of')
    return Read(made, None if made == value else f'the ID "{clean(cell)}" became the id "{made}"')


def slug(value: str) -> str:
    """Lower-case ASCII letters and digits joined by single hyphens."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80].strip("-")


READERS: dict[str, Callable[[str, Cells], Cell]] = {
    "text": text, "lines": lines, "date": date, "time": time, "datetime": datetime, "phone": phone,
    "lg_code": lg_code, "url": url, "fee": fee, "number": number, "latitude": latitude,
    "longitude": longitude, "flag": flag, "id": record_id,
}
"""The readers of every value type but ``vocab``, which needs its vocabulary (``vocab(name)``)."""
