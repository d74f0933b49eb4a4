"""Readings as a learner spells them, not as they sound, nor formal ones a learner does not need."""

from __future__ import annotations

import pytest

from tsunagu.japanese.furigana import Furigana


@pytest.fixture(scope="module")
def furigana() -> Furigana:
    return Furigana({})


@pytest.mark.parametrize("text, kana", [
    ("言う", "いう"), ("そう言う", "そういう"), ("と言った", "といった"), ("言えば", "いえば"),
    ("数百年", "すうひゃくねん"), ("数千", "すうせん"),
    ("私の本", "わたしのほん"), ("日本の川", "にほんのかわ"), ("日本国内", "にほんこくない"),
    ("人の数が多い", "ひとのかずがおおい"), ("団体数", "だんたいすう"), ("ここ数年", "ここすうねん"),
    ("珈琲", "こーひー"),  # a loanword's own long vowel stays
])
def test_readings_are_spelled(furigana, text, kana):
    assert furigana.kana(text) == kana


def test_a_site_reading_wins_over_the_choice(furigana):
    assert Furigana({"日本銀行": "にっぽんぎんこう"}).kana("日本銀行") == "にっぽんぎんこう"
