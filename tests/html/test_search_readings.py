"""Headings carry their reading for search as tokens Pagefind indexes and readers never meet."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tsunagu.html.search_readings import heading_readings, kana_token, reading_attribute, with_search_readings

ROOT = Path(__file__).resolve().parents[2]
INDEXED = 'data-pagefind-index-attrs="data-tsunagu-reading"'


def tokens(html: str) -> list[str]:
    return re.search(r'data-tsunagu-reading="([^"]*)"', html)[1].split()


def test_a_kana_run_is_one_token_two_letters_a_kana_katakana_as_hiragana():
    assert kana_token("あ") == "kqac" and kana_token("ア") == "kqac" and kana_token("ー") == "kqdm"
    assert kana_token("ちょうないかい") == kana_token("チョウナイカイ") != kana_token("ちょうないか")


def test_a_heading_is_read_in_its_parts_each_ruby_and_kana_between():
    inner = '<ruby>東地区<rt>ひがしちく</rt></ruby> <ruby>子<rt>こ</rt></ruby>ども<a href="#">リンク</a>'
    assert heading_readings(inner) == [["ひがしちく", "こ", "ども", "リンク"]]
    assert heading_readings("Sakura <ruby>町<rt>まち</rt></ruby>の 会場 です") == [["まち", "の"], ["です"]]


def test_what_search_ignores_is_no_part_of_a_reading():
    inner = '<ruby>協働<rt>きょうどう</rt></ruby><span class="tip" data-pagefind-ignore>せつめい</span>'
    assert heading_readings(inner) == [["きょうどう"]]


def test_the_kana_of_an_ignored_element_of_any_kind_is_not_indexed_for_the_page():
    listing = ('<div class="whats-on" data-pagefind-ignore><div><a href="x/">いきいき たいそう</a></div>'
               '<div>まいしゅう</div></div>')
    html = with_search_readings(f"<p>こんにちは</p>{listing}<p>さようなら</p>")
    assert tokens(html) == [kana_token("こんにちは"), kana_token("さようなら")]


def test_a_heading_gets_the_token_of_its_reading():
    inner = '<ruby>町内<rt>ちょうない</rt></ruby>の<ruby>会<rt>かい</rt></ruby>です'
    html = with_search_readings(f'<h2 id="a">{inner}</h2>')
    assert html == f'<h2 id="a" data-tsunagu-reading="{kana_token("ちょうないのかいです")}" {INDEXED}>{inner}</h2>'


def test_a_title_gets_a_token_from_each_part_and_its_given_reading_from_each_kana():
    html = with_search_readings(f'<h1 lang="ja"{reading_attribute("カワギリ")}><ruby>川霧<rt>かわぎり</rt></ruby>の会</h1>')
    assert tokens(html) == [kana_token(k) for k in ("かわぎり", "わぎり", "ぎり", "かわぎりの")]
    assert html.count('data-tsunagu-reading="') == 1
    assert tokens(with_search_readings('<h1>みんなの<ruby>町<rt>まち</rt></ruby></h1>')) == [
        kana_token("みんなのまち"), kana_token("まち")]


def test_headings_without_kana_and_other_elements_are_left_as_they_are():
    html = '<h1>English title</h1><h2>会場</h2><p><ruby>町<rt>まち</rt></ruby></p>'
    assert with_search_readings(html) == html


def test_the_search_script_turns_each_word_in_kana_with_hiragana_into_the_same_token():
    script = (ROOT / "docs/assets/tsunagu-search.js").read_text("utf-8")
    function = re.search(r"window\.tsunaguSearchTerm = function.*?\n\};", script, re.S)[0]
    queries = ["ちょうないかい", "ちょう ナイカイ", "ひがしちく　こども", "あーア", "町内会", "みまもり隊", "パブコメ"]
    run = subprocess.run(["node", "-e", f"const window = {{}}; {function}\n"
                          f"console.log(JSON.stringify({queries!r}.map(window.tsunaguSearchTerm)))"],
                         capture_output=True, text=True)
    expected = [kana_token("ちょうないかい"), f'{kana_token("ちょう")} ナイカイ', kana_token("ひがしちく") + " " + kana_token("こども"),
                kana_token("あーア"), "町内会", "みまもり隊", "パブコメ"]
    assert run.stdout.strip() == str(expected).replace("'", '"').replace(", ", ","), run.stderr


def test_the_texts_kana_is_indexed_in_an_empty_hidden_element_without_readings_tooltips_or_headings():
    html = ('<h2>みだし</h2><p>ボランティアを<ruby>探<rt>さが</rt></ruby>して<span class="tip" data-pagefind-ignore>'
            'せつめい</span>います。の</p>')
    found = with_search_readings(html)
    assert found.startswith(f'<h2 data-tsunagu-reading="{kana_token("みだし")}" {INDEXED}>みだし</h2><p>')
    assert found.endswith(f'<span hidden data-tsunagu-reading="{kana_token("ボランティアを")} {kana_token("して")} '
                          f'{kana_token("います")}" {INDEXED}></span>')
    assert "ボランティア\"" not in found and kana_token("ボランティア") + " " not in found
    assert with_search_readings("<p>会場</p>") == "<p>会場</p>"


def test_where_a_page_is_not_read_in_kana_its_text_is_not_indexed_again():
    html = "<p>ボランティアを<ruby>探<rt>さが</rt></ruby>しています。</p>"
    assert with_search_readings(html, read_in_kana=False) == html
