"""Readings on the built sample: no wrong counter reading on any easy-Japanese page (every number with a
counter, read in one ruby or with the counter's ruby after bare digits, agrees with the counter table),
and no word left for editors to settle on the coverage page."""

from __future__ import annotations

import re

from tsunagu.japanese import counters

COUNTER = "|".join(map(re.escape, counters.LONGEST_FIRST))
NUMBER = r"[0-9０-９][0-9０-９,，]*"
RUBY = r'<ruby(?: class="[^"]*")?>'
TOGETHER = re.compile(f"{RUBY}({NUMBER})({COUNTER})<rt>([^<]*)</rt></ruby>")
APART = re.compile(f"(?<![0-9０-９,，.])({NUMBER}){RUBY}({COUNTER})<rt>([^<]*)</rt></ruby>")
FRACTION = re.compile("の[0-9０-９]")
TAGS = re.compile(r"<rt>[^<]*</rt>|<[^>]+>")


def _is_date(html: str, start: int, end: int) -> bool:
    before = TAGS.sub("", html[max(0, start - 200):start])
    return before.endswith("月") or TAGS.sub("", html[end:end + 60]).lstrip()[:1] in ("(", "（")


def _wrong(html: str) -> tuple[list[str], int]:
    wrong, seen = [], 0
    for match in TOGETHER.finditer(html):
        n, counter, shown = counters.value(match[1]), match[2], match[3]
        seen += 1
        if shown != counters.reading(n, counter, _is_date(html, match.start(), match.end())):
            wrong.append(f"{match[1]}{counter} read {shown}")
    for match in APART.finditer(html):
        n, counter, shown = counters.value(match[1]), match[2], match[3]
        seen += 1
        if counter == "分" and FRACTION.match(html, match.end()):  # 10分の1: the の stays outside the ruby
            counter, shown = "分の", shown + "の"
        expected = counters.reading(n, counter, _is_date(html, match.start(), match.end()))
        if shown != counters.COUNTERS[counter].plain or counters.number_reading(n) + shown != expected:
            wrong.append(f"{match[1]} then {counter} read {shown} (a number and its counter read {expected})")
    return wrong, seen


def test_the_check_sees_wrong_readings():
    assert _wrong("<p>30<ruby>分<rt>ふん</rt></ruby>と<ruby>2人<rt>ふたり</rt></ruby></p>") == (
        ["30 then 分 read ふん (a number and its counter read さんじゅっぷん)"], 2)
    assert _wrong("<ruby>3階<rt>さんかい</rt></ruby>")[0] == ["3階 read さんかい"]
    assert _wrong("12<ruby>月<rt>がつ</rt></ruby><ruby>1日<rt>ついたち</rt></ruby>") == ([], 2)
    assert _wrong("<ruby>1日<rt>ついたち</rt></ruby>に2<ruby>回<rt>かい</rt></ruby>")[0] == ["1日 read ついたち"]
    assert _wrong("10<ruby>分<rt>ぶん</rt></ruby>の1") == ([], 1)


def test_no_wrong_counter_reading_on_any_easy_japanese_page(sample_site):
    wrong, seen = {}, 0
    for page in sorted((sample_site / "ja-easy").rglob("*.html")):
        found, count = _wrong(page.read_text("utf-8"))
        seen += count
        if found:
            wrong[page.relative_to(sample_site).as_posix()] = found
    assert seen > 1000  # the sample's easy pages show well over a thousand numbers with counters
    assert wrong == {}


def test_the_coverage_page_has_no_word_left_to_settle(sample_site):
    text = TAGS.sub("", (sample_site / "about" / "index.html").read_text("utf-8"))
    assert "二つの解析器で読みが分かれる語はありません。" in text
    assert "読み方が 二つ ある" not in TAGS.sub("", (sample_site / "ja-easy" / "about" / "index.html").read_text("utf-8"))
