"""Numbers and their counters (助数詞): 30分 さんじゅっぷん, 2人 ふたり, 3階 さんがい, 1日 ついたち or いちにち.

A number (Arabic digits, full width or not, with or without commas, or kanji numerals, with 万・億・兆)
is read from its value; a counter after it changes the sound of the number's last element, its own
first sound, or both, by the counter's class and its exceptions (the table below). ``reading``
gives the whole reading; ``plain_reading`` the number's own reading followed by the counter's, which
is what a reader would say without knowing the sound change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_DIGITS = {**{str(d): d for d in range(10)}, **{chr(0xFF10 + d): d for d in range(10)},
           **dict(zip("〇一二三四五六七八九", range(10))), "零": 0}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_LARGE_UNITS = {"万": 10**4, "億": 10**8, "兆": 10**12}
NUMBER = re.compile(r"[0-9０-９〇零一二三四五六七八九十百千万億兆][0-9０-９,，〇零一二三四五六七八九十百千万億兆]*")
_ONES = ("ぜろ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう")
_HUNDREDS = {1: "ひゃく", 3: "さんびゃく", 6: "ろっぴゃく", 8: "はっぴゃく"}
_THOUSANDS = {1: "せん", 3: "さんぜん", 8: "はっせん"}
_LARGE = ((10**12, "ちょう"), (10**8, "おく"), (10**4, "まん"))
GEMINATE = "っ"  # the number's last element ends in a small っ: いっ, ろっ, はっ, じゅっ, ひゃっ


@dataclass(frozen=True)
class Counter:
    """A counter: its reading alone and, by the number's last element (1–9, 10, 100, 1000, 10**4…),
    how that element is said (``GEMINATE``, another reading such as よ for 4, or unchanged: None)
    and how the counter is said. ``whole`` readings replace everything for exact values (2人 ふたり)."""

    plain: str
    changes: dict[int, tuple[str | None, str]] = field(default_factory=dict)
    whole: dict[int, str] = field(default_factory=dict)
    upto: int | None = None  # counters read only for small numbers (一つ … 十)


def _k(plain: str) -> dict[int, tuple[str | None, str]]:
    """Counters starting with k (回 かい): いっかい, ろっかい, はっかい, じゅっかい, ひゃっかい."""
    return {1: (GEMINATE, plain), 6: (GEMINATE, plain), 8: (GEMINATE, plain), 10: (GEMINATE, plain),
            100: (GEMINATE, plain)}


def _s(plain: str) -> dict[int, tuple[str | None, str]]:
    """Counters starting with s, t or ch (冊 さつ, 点 てん): いっさつ, はっさつ, じゅっさつ."""
    return {1: (GEMINATE, plain), 8: (GEMINATE, plain), 10: (GEMINATE, plain)}


def _h(plain: str, p: str, b: str) -> dict[int, tuple[str | None, str]]:
    """Counters starting with h (本 ほん): いっぽん, さんぼん, ろっぽん, はっぽん, じゅっぽん, ひゃっぽん, せんぼん."""
    return {1: (GEMINATE, p), 3: (None, b), 6: (GEMINATE, p), 8: (GEMINATE, p), 10: (GEMINATE, p),
            100: (GEMINATE, p), 1000: (None, b), 10**4: (None, b)}


def _alternatives(plain: str, four: str | None = None, seven: str | None = None, nine: str | None = None):
    """Counters after which 4, 7 or 9 take another reading (4時 よじ, 7時 しちじ, 9時 くじ)."""
    pairs = ((4, four), (7, seven), (9, nine))
    return {digit: (reading, plain) for digit, reading in pairs if reading}


_DAYS = {1: "ついたち", 2: "ふつか", 3: "みっか", 4: "よっか", 5: "いつか", 6: "むいか", 7: "なのか", 8: "ようか",
         9: "ここのか", 10: "とおか", 14: "じゅうよっか", 20: "はつか", 24: "にじゅうよっか"}
_DAY_CHANGES = {4: ("よっ", "か"), 7: ("しち", "にち"), 9: ("く", "にち")}
_TSU = {1: "ひとつ", 2: "ふたつ", 3: "みっつ", 4: "よっつ", 5: "いつつ", 6: "むっつ", 7: "ななつ", 8: "やっつ",
        9: "ここのつ", 10: "とお"}


def _with(changes: dict[int, tuple[str | None, str]], suffix: str) -> dict[int, tuple[str | None, str]]:
    return {kind: (tail, counter + suffix) for kind, (tail, counter) in changes.items()}


def _day_counts(suffix: str) -> dict[int, str]:
    """Days counted (3日間 みっかかん): as the days of the month but one, いちにち."""
    return {day: spoken + suffix for day, spoken in _DAYS.items() if day != 1}


def _table() -> dict[str, Counter]:
    minutes = {**_h("ふん", "ぷん", "ぶん"), 3: (None, "ぷん"), 4: (None, "ぷん"), 1000: (None, "ぷん"),
               10**4: (None, "ぷん")}
    hours = _alternatives("じ", four="よ", seven="しち", nine="く")
    years = _alternatives("ねん", four="よ", seven="しち")
    months_count = _k("かげつ")
    places = _k("かしょ")
    countries = _k("かこく")
    table = {
        "人": Counter("にん", {4: ("よ", "にん")}, {1: "ひとり", 2: "ふたり"}),
        "日": Counter("にち", _DAY_CHANGES, _DAYS),
        "日間": Counter("にちかん", _with(_DAY_CHANGES, "かん"), _day_counts("かん")),
        "日中": Counter("にちじゅう", _with(_DAY_CHANGES, "じゅう"), _day_counts("じゅう")),
        "つ": Counter("つ", whole=_TSU, upto=10),
        "分": Counter("ふん", minutes), "分間": Counter("ふんかん", _with(minutes, "かん")),
        "時": Counter("じ", hours), "時間": Counter("じかん", _with(hours, "かん")),
        "月": Counter("がつ", _alternatives("がつ", four="し", seven="しち", nine="く")),
        "年": Counter("ねん", years), "年間": Counter("ねんかん", _with(years, "かん")),
        "円": Counter("えん", _alternatives("えん", four="よ")),
        "本": Counter("ほん", _h("ほん", "ぽん", "ぼん")), "杯": Counter("はい", _h("はい", "ぱい", "ばい")),
        "匹": Counter("ひき", _h("ひき", "ぴき", "びき")), "票": Counter("ひょう", _h("ひょう", "ぴょう", "びょう")),
        "発": Counter("はつ", {**_h("はつ", "ぱつ", "ぱつ"), 3: (None, "ぱつ")}),
        "泊": Counter("はく", {**_h("はく", "ぱく", "ぱく"), 3: (None, "ぱく"), 4: (None, "ぱく")}),
        "歩": Counter("ほ", {**_h("ほ", "ぽ", "ぽ"), 3: (None, "ぽ")}),
        "回": Counter("かい", _k("かい")), "個": Counter("こ", _k("こ")), "件": Counter("けん", _k("けん")),
        "階": Counter("かい", {**_k("かい"), 3: (None, "がい")}),
        "軒": Counter("けん", {**_k("けん"), 3: (None, "げん"), 1000: (None, "げん")}),
        "課": Counter("か", _k("か")), "曲": Counter("きょく", _k("きょく")), "校": Counter("こう", _k("こう")),
        "歳": Counter("さい", _s("さい"), {20: "はたち"}), "才": Counter("さい", _s("さい"), {20: "はたち"}),
        "冊": Counter("さつ", _s("さつ")), "週": Counter("しゅう", _s("しゅう")),
        "週間": Counter("しゅうかん", _s("しゅうかん")), "点": Counter("てん", _s("てん")),
        "頭": Counter("とう", _s("とう")), "等": Counter("とう", _s("とう")), "通": Counter("つう", _s("つう")),
        "席": Counter("せき", _s("せき")), "社": Counter("しゃ", _s("しゃ")), "着": Counter("ちゃく", _s("ちゃく")),
        "丁目": Counter("ちょうめ", _s("ちょうめ")), "足": Counter("そく", {**_s("そく"), 3: (None, "ぞく"), 1000: (None, "ぞく")}),
        "枚": Counter("まい"), "台": Counter("だい"), "番": Counter("ばん"), "度": Counter("ど"),
        "倍": Counter("ばい"), "名": Counter("めい"), "位": Counter("い"), "号": Counter("ごう"),
        "秒": Counter("びょう"), "部": Counter("ぶ"), "割": Counter("わり"), "分の": Counter("ぶんの"),
    }
    for spelling in ("か月", "ヶ月", "カ月", "ヵ月", "箇月"):
        table[spelling] = Counter("かげつ", months_count)
    for spelling in ("か所", "ヶ所", "カ所", "箇所"):
        table[spelling] = Counter("かしょ", places)
    for spelling in ("か国", "ヶ国", "カ国"):
        table[spelling] = Counter("かこく", countries)
    return table


COUNTERS = _table()
LONGEST_FIRST = tuple(sorted(COUNTERS, key=len, reverse=True))


def value(number: str) -> int | None:
    """The value of a number as written (1,000, １０, 三十七, 二〇二六, 1万5000, 百兆), or None."""
    total = section = current = 0
    digits_seen = False
    for char in number:
        if char in ",，":
            continue
        if char in _DIGITS:
            current, digits_seen = current * 10 + _DIGITS[char], True
        elif char in _SMALL_UNITS:
            section += (current if digits_seen else 1) * _SMALL_UNITS[char]
            current, digits_seen = 0, False
        elif char in _LARGE_UNITS:
            total += (section + current or 1) * _LARGE_UNITS[char]
            section = current = 0
            digits_seen = False
        else:
            return None
    return total + section + current


def _group(n: int) -> list[tuple[str, int]]:
    """The pieces of 1–9999 as (kana, kind): さん+びゃく is ("さん", 3), ("びゃく", 100)."""
    pieces: list[tuple[str, int]] = []
    thousands, hundreds, tens, ones = n // 1000, n // 100 % 10, n // 10 % 10, n % 10
    for digit, unit, irregular, name in ((thousands, 1000, _THOUSANDS, "せん"), (hundreds, 100, _HUNDREDS, "ひゃく")):
        if digit:
            spoken = irregular.get(digit, _ONES[digit] + name)
            head = spoken[:-len(name)]
            pieces += ([(head, digit)] if head else []) + [(spoken[len(head):], unit)]
    if tens:
        pieces += ([(_ONES[tens], tens)] if tens > 1 else []) + [("じゅう", 10)]
    if ones:
        pieces.append((_ONES[ones], ones))
    return pieces


def pieces(n: int) -> list[tuple[str, int]]:
    """The pieces of ``n`` as spoken, each with its kind (a digit, 10, 100, 1000, 10**4, 10**8, 10**12)."""
    if n == 0:
        return [("ぜろ", 0)]
    found: list[tuple[str, int]] = []
    for unit, name in _LARGE:
        if n >= unit:
            group, n = divmod(n, unit)
            found += _large(group, unit, name)
    return found + _group(n)


def _large(group: int, unit: int, name: str) -> list[tuple[str, int]]:
    found = _group(group)
    if unit == 10**12 and found[-1][1] in (1, 8, 10):  # いっちょう, はっちょう, じゅっちょう
        found[-1] = (_geminate(found[-1][0]), found[-1][1])
    return found + [(name, unit)]


def _geminate(kana: str) -> str:
    return kana[:-1] + GEMINATE


def number_reading(n: int) -> str:
    return "".join(kana for kana, _ in pieces(n))


def counter_at(text: str) -> str | None:
    """The counter that ``text`` starts with, the longest one, or None."""
    return next((c for c in LONGEST_FIRST if text.startswith(c)), None)


def reading(n: int, counter: str, date: bool = False) -> str | None:
    """The reading of ``n`` and ``counter`` together (``date``: 日 as a day of the month), or None when
    the counter is not read with that number (十一つ)."""
    rule = COUNTERS[counter]
    if rule.upto is not None and not 1 <= n <= rule.upto:
        return None
    if n in rule.whole and (n != 1 or counter != "日" or date):
        return rule.whole[n]
    spoken = pieces(n)
    (tail, kind), head = spoken[-1], "".join(kana for kana, _ in spoken[:-1])
    change, said = rule.changes.get(kind, (None, rule.plain))
    if change == GEMINATE:
        tail = _geminate(tail)
    elif change:
        tail = change
    return head + tail + said


def plain_reading(n: int, counter: str) -> str:
    """The number's reading and the counter's, each as if alone: what a reader says without the table."""
    return number_reading(n) + COUNTERS[counter].plain
