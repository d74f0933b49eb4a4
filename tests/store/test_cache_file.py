"""The persistent cache keeps each result under an address made of its inputs, and loses nothing it was given."""

from __future__ import annotations

import logging

from tsunagu.store.cache import FILE_NAME, Cache, digest


def test_a_result_saved_by_one_build_is_found_by_the_next(tmp_path):
    first = Cache(tmp_path)
    first.shelf("readings", "dictionary 1").put("避難所", "ひなんじょ")
    first.save()
    again = Cache(tmp_path).shelf("readings", "dictionary 1")
    assert again.get("避難所") == "ひなんじょ"
    assert again.get("公民館") is None


def test_a_saved_cache_is_one_file(tmp_path):
    cache = Cache(tmp_path)
    cache.shelf("qr", "segno 1").put("https://example.jp/", "<svg/>" * 1000)
    cache.save()
    log = tmp_path / (FILE_NAME + "-wal")
    assert not log.exists() or log.stat().st_size == 0


def test_a_result_is_found_before_it_is_saved(tmp_path):
    cache = Cache(tmp_path)
    shelf = cache.shelf("qr", "segno 1")
    shelf.put("https://example.jp/a/", "<svg/>")
    assert shelf.get("https://example.jp/a/") == "<svg/>"


def test_new_inputs_give_new_addresses_and_drop_the_old_results(tmp_path):
    old = Cache(tmp_path)
    old.shelf("readings", "dictionary 1").put("避難所", "ひなんじょ")
    old.shelf("qr", "segno 1").put("https://example.jp/", "<svg/>")
    old.save()
    new = Cache(tmp_path)
    assert new.shelf("readings", "dictionary 2").get("避難所") is None
    new.save()
    assert Cache(tmp_path).shelf("readings", "dictionary 1").get("避難所") is None  # dropped
    assert Cache(tmp_path).shelf("qr", "segno 1").get("https://example.jp/") == "<svg/>"  # another shelf: kept


def test_parts_of_an_address_do_not_run_together():
    assert digest("ab", "c") != digest("a", "bc")


def test_a_cache_that_cannot_be_written_only_costs_time(tmp_path, caplog):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    with caplog.at_level(logging.WARNING, logger="tsunagu.cache"):
        cache = Cache(blocked / "tsunagu")
        cache.save()
    assert cache.shelf("qr", "segno 1") is None
    assert Cache(None).shelf("qr", "segno 1") is None
    assert "is not used" in caplog.text
