"""UI strings: every language has every key, and a missing key falls back to the default language."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT

from tsunagu.model.errors import DataError
from tsunagu.model.locales import Locale, Locales
from tsunagu.i18n.strings import Strings, load_strings
from tsunagu.load.siteconfig import load_site_config


def sample_strings() -> Strings:
    site = load_site_config(ROOT / "mkdocs.yml")
    return load_strings(ROOT / "data/ui", site.locales, ROOT)


def test_no_language_misses_a_key():
    strings = sample_strings()
    missing = [line for locale in strings.table for line in strings.missing(locale)]
    assert missing == []


def test_a_missing_key_falls_back_to_the_default_language(tmp_path: Path):
    (tmp_path / "ja.yml").write_text("greeting: こんにちは\nfarewell: さようなら\n", "utf-8")
    (tmp_path / "en.yml").write_text("greeting: Hello\n", "utf-8")
    locales = Locales((Locale("ja", "日本語", True), Locale("en", "English")))
    strings = load_strings(tmp_path, locales, tmp_path)
    assert strings.t("en", "greeting") == "Hello"
    assert strings.t("en", "farewell") == "さようなら"
    assert strings.missing("en") == ["i18n|MISSING_TRANSLATION|en|farewell"]


def test_broken_ui_strings_are_named_by_file_line_and_key(tmp_path: Path):
    (tmp_path / "ja.yml").write_text("greeting: こんにちは\nmenu:\n  - a\n", "utf-8")
    (tmp_path / "en.yml").write_text("greeting: [Hello\n", "utf-8")
    locales = Locales((Locale("ja", "日本語", True), Locale("en", "English")))
    with pytest.raises(DataError) as raised:
        load_strings(tmp_path, locales, tmp_path)
    report = raised.value.report()
    assert "ja.yml:2: menu: a UI string must be a text" in report
    assert "en.yml:" in report and "Traceback" not in report
