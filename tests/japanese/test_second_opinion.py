"""The second opinion: words MeCab with UniDic-lite reads otherwise than Tsunagu, and what settles them."""

from __future__ import annotations

from tsunagu.japanese.easy_texts import Passage
from tsunagu.japanese.furigana import Furigana
from tsunagu.japanese.second_opinion import Disagreement, SecondOpinion, disagreements


def test_a_word_read_two_ways_is_listed():
    assert SecondOpinion(Furigana({})).line("暮らしに身近な活動") == [("身近", "みじか", "みぢか")]


def test_the_site_readings_and_inline_readings_settle_it():
    assert SecondOpinion(Furigana({"身近": "みぢか"})).line("暮らしに身近な活動") == []
    assert SecondOpinion(Furigana({})).line("暮らしに{身近|みぢか}な活動") == []


def test_numbers_with_counters_and_weekdays_are_the_tables_to_read():
    assert SecondOpinion(Furigana({})).line("11月30日（月）まで、3丁目の一か所") == []


def test_each_is_a_problem_with_both_readings_and_the_ways_to_settle_it():
    passage = Passage("data/events/x.yml", "title.ja", ((7, "暮らしに身近な活動"),))
    found = disagreements(Furigana({}), [passage, passage])
    assert found == [Disagreement("data/events/x.yml", 7, "title.ja", "身近", "みじか", "みぢか")]
    assert str(found[0].problem("data/readings.yml")) == (
        "data/events/x.yml:7: title.ja: 身近 read みじか or みぢか? settle it in data/readings.yml or write {身近|みぢか}")
