"""The reading benchmark reads the ITA corpus's furigana right and scores each reader on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.readings import Sentence, distance, load, main, score, tsunagu_reader

LINES = ("RECITATION324_006:助言(じょげん)はできないとデュパンは言(い)った。,ジョゲンワデキナイトデュパンワイッタ。\n"
         "RECITATION324_013:1877(せんはっぴゃくななじゅうなな)、浸透(しんとう)現象(げんしょう)が発見(はっけん)された。,X\n")


@pytest.fixture
def corpus(tmp_path) -> Path:
    (tmp_path / "recitation_transcript_ruby_utf8.txt").write_text(LINES, "utf-8")
    return tmp_path


def test_the_text_and_its_reading_come_from_the_furigana(corpus):
    assert load(corpus)[0] == Sentence("RECITATION324_006", "助言はできないとデュパンは言った。",
                                       "じょげんはできないとでゅぱんはいった。")
    assert load(corpus)[1].text == "1877、浸透現象が発見された。"


def test_a_folder_without_the_corpus_says_where_to_get_it(tmp_path):
    with pytest.raises(SystemExit, match="no \\*_ruby_utf8.txt files"):
        load(tmp_path)


def test_scores_count_exact_sentences_and_character_errors(corpus):
    result, misread = score("Tsunagu", tsunagu_reader(), load(corpus))
    assert (result.exact, result.sentences) == (1, 2)  # the digits of 1877 stay digits
    assert result.errors == distance("1877", "せんはっぴゃくななじゅうなな") and misread[0][0] == "RECITATION324_013"
    assert distance("かき", "かく") == 1 and distance("", "あい") == 2


def test_the_table_names_each_reader(corpus, capsys):
    assert main(["--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "| Tsunagu | 50.0% (1/2) |" in out and "| Sudachi alone |" in out and "| MeCab + UniDic-lite |" in out
