"""UI strings: every language has every key, and a missing key falls back to the default language."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT

from tsunagu.model.errors import DataError
from tsunagu.model.locales import Locale, Locales
from tsunagu.i18n.strings import Strings, load_strings
from tsunagu.load.catalog import load_catalog
from tsunagu.load.siteconfig import load_site_config
from tsunagu.model.vocabulary import missing_labels


def sample_strings() -> Strings:
    site = load_site_config(ROOT / "mkdocs.yml")
    return load_strings(ROOT / "data/ui", site.locales, ROOT)


SITE = load_site_config(ROOT / "mkdocs.yml")
# Languages whose theme (Material) strings are the "material.*" keys of their UI strings, not Material's own
# (overrides/partials/languages/<code>.html): each has every such key that ja-easy.yml has.
THEMED = [loc.code for loc in SITE.locales if (ROOT / f"overrides/partials/languages/{loc.code}.html").exists()]


def theme_keys(strings: Strings, code: str) -> set[str]:
    return {key for key in strings.table.get(code, {}) if key.startswith("material.")}


@pytest.mark.parametrize("code", SITE.locales.codes)
def test_no_language_misses_a_ui_string_or_a_vocabulary_label(code):
    """Every miss on a line of its own, as Hugo reports them (i18n|MISSING_TRANSLATION|<lang>|<key>)."""
    strings = sample_strings()
    catalog = load_catalog(SITE.tsunagu.data_dir, ROOT, SITE.locales)
    missing = strings.missing(code) + missing_labels(catalog.vocabularies, (code,))
    if code in THEMED:
        missing += [f"i18n|MISSING_TRANSLATION|{code}|{key}"
                    for key in sorted(theme_keys(strings, "ja-easy") - theme_keys(strings, code))]
    assert missing == [], "\n".join(missing)


@pytest.mark.parametrize("code", SITE.locales.codes)
def test_no_language_keeps_a_key_the_site_no_longer_has(code):
    unused = sample_strings().unused(code)
    assert unused == [], "\n".join(unused)


def test_missing_labels_are_listed_per_language_and_vocabulary(minimal):
    site = load_site_config(minimal / "mkdocs.yml")
    areas = minimal / "data/vocabulary/areas.yml"
    areas.write_text(areas.read_text("utf-8").replace(", en: North district", "", 1), "utf-8")
    catalog = load_catalog(site.tsunagu.data_dir, minimal, site.locales)
    assert missing_labels(catalog.vocabularies, ("en",)) == ["i18n|MISSING_TRANSLATION|en|vocabulary.areas.kita"]


def test_a_missing_key_follows_the_languages_chain(tmp_path: Path):
    (tmp_path / "ja.yml").write_text("greeting: こんにちは\nfarewell: さようなら\n", "utf-8")
    (tmp_path / "ja-easy.yml").write_text("greeting: こんにちは（やさしい）\n", "utf-8")
    (tmp_path / "vi.yml").write_text("thanks: Cảm ơn\n", "utf-8")
    locales = Locales((Locale("ja", "日本語", True), Locale("ja-easy", "やさしい にほんご", fallbacks=("ja",)),
                       Locale("vi", "Tiếng Việt", fallbacks=("ja-easy", "ja"))))
    strings = load_strings(tmp_path, locales, tmp_path)
    assert [strings.t("vi", key) for key in ("thanks", "greeting", "farewell", "nothing")] == [
        "Cảm ơn", "こんにちは（やさしい）", "さようなら", "nothing"]
    assert strings.own("vi", "greeting") is None
    assert strings.unused("vi") == ["i18n|UNUSED_TRANSLATION|vi|thanks"]


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
