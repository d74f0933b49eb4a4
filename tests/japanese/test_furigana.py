"""ふりがな: readings of civic words and place names, ruby markup, what stays untouched, the built site."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tsunagu.japanese.furigana import Furigana, Segment, tokenizer

ROOT = Path(__file__).resolve().parents[2]
KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff々]")


@pytest.fixture(scope="module")
def site_readings() -> dict[str, str]:
    return yaml.safe_load((ROOT / "data" / "readings.yml").read_text("utf-8"))


@pytest.fixture(scope="module")
def furigana(site_readings) -> Furigana:
    return Furigana(site_readings)


def reading(furigana: Furigana, text: str) -> str:
    return "".join(segment.reading or segment.text for segment in furigana.segments(text))


@pytest.mark.parametrize("word, expected", [
    ("朝霧野市", "あさぎりのし"),
    ("朝霧野川", "あさぎりのがわ"),
    ("桜台町内会", "さくらだいちょうないかい"),
    ("川霧町", "かわぎりちょう"),
    ("白鷺台", "しらさぎだい"),
    ("山手地区", "やまてちく"),
    ("中央公民館", "ちゅうおうこうみんかん"),
    ("市民協働課", "しみんきょうどうか"),
    ("避難所", "ひなんじょ"),
    ("甲賀市", "こうかし"),
    ("自治会", "じちかい"),
    ("回覧板", "かいらんばん"),
    ("防災訓練", "ぼうさいくんれん"),
    ("市役所", "しやくしょ"),
    ("住民票", "じゅうみんひょう"),
    ("申し込み", "もうしこみ"),
    ("地縁", "ちえん"),
    ("協働", "きょうどう"),
    ("ボランティア", "ボランティア"),
])
def test_readings_of_civic_words_and_place_names(furigana, word, expected):
    assert reading(furigana, word) == expected


def test_the_site_dictionary_overrides_the_analyser():
    assert reading(Furigana({}), "避難所") == "ひなんしょ"
    assert reading(Furigana({"避難所": "ひなんじょ"}), "避難所") == "ひなんじょ"


def test_the_longest_site_word_wins():
    furigana = Furigana({"朝霧野": "あさぎりの", "朝霧野市": "あさぎりのし"})
    assert furigana.segments("朝霧野市に") == (Segment("朝霧野市", "あさぎりのし"), Segment("に"))


def test_ruby_goes_over_the_kanji_only_with_okurigana_outside(furigana):
    assert furigana.html("行きます") == "<ruby>行<rt>い</rt></ruby>きます"
    assert furigana.html("申し込みます") == "<ruby>申<rt>もう</rt></ruby>し<ruby>込<rt>こ</rt></ruby>みます"


def test_ruby_goes_word_by_word(furigana):
    assert furigana.html("東京都千代田区") == (
        "<ruby>東京<rt>とうきょう</rt></ruby><ruby>都<rt>と</rt></ruby>"
        "<ruby>千代田<rt>ちよだ</rt></ruby><ruby>区<rt>く</rt></ruby>")


def test_a_site_word_with_kana_inside_is_split_where_its_parts_are_read(furigana):
    assert furigana.html("朝霧野川の緑を守る会") == (
        "<ruby>朝霧野川<rt>あさぎりのがわ</rt></ruby>の<ruby>緑<rt>みどり</rt></ruby>を"
        "<ruby>守<rt>まも</rt></ruby>る<ruby>会<rt>かい</rt></ruby>")


def test_optional_ruby_is_marked_for_the_switch(furigana):
    assert furigana.html("町", optional=True) == '<ruby class="tsunagu-furigana">町<rt>まち</rt></ruby>'


def test_text_is_escaped(furigana):
    assert furigana.html("<b>本</b> & 人") == "&lt;b&gt;<ruby>本<rt>ほん</rt></ruby>&lt;/b&gt; &amp; <ruby>人<rt>ひと</rt></ruby>"


def test_each_text_is_analysed_once(furigana):
    assert furigana.segments("公民館で会います") is furigana.segments("公民館で会います")
    assert tokenizer() is tokenizer()


@pytest.mark.parametrize("text, expected", [
    ("12月1日", "12<ruby>月<rt>がつ</rt></ruby><ruby>1日<rt>ついたち</rt></ruby>"),
    ("11月23日", "11<ruby>月<rt>がつ</rt></ruby>23<ruby>日<rt>にち</rt></ruby>"),
    ("5日（火）", "<ruby>5日<rt>いつか</rt></ruby>（<ruby>火<rt>か</rt></ruby>）"),
    ("1日に 2回", "1<ruby>日<rt>にち</rt></ruby>に 2<ruby>回<rt>かい</rt></ruby>"),
])
def test_days_of_the_month_and_weekdays_are_read_as_dates(furigana, text, expected):
    assert furigana.html(text) == expected
