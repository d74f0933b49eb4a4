"""Reading mkdocs.yml without MkDocs: languages from the i18n plugin, settings, folders, and the
problems of its settings, each on its line."""

from __future__ import annotations

import pytest

from tsunagu.model.errors import SettingsError
from tsunagu.load.siteconfig import engine_settings, load_site_config

CONFIG = """site_name: !ENV [SITE_NAME, "テスト"]
docs_dir: pages
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
plugins:
  - search
  - i18n:
      languages:
        - {locale: ko, name: 한국어, default: true}
        - {locale: pt-BR, name: Português}
extra:
  tsunagu:
    data_dir: records
"""


def test_reads_languages_settings_and_folders(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(CONFIG, "utf-8")
    site = load_site_config(tmp_path / "mkdocs.yml")
    assert site.locales.codes == ("ko", "pt-BR")
    assert site.locales.default.code == "ko"
    assert site.tsunagu.data_dir == tmp_path / "records"
    assert (site.docs_dir, site.site_dir) == (tmp_path / "pages", tmp_path / "site")


def problems(tmp_path, text: str) -> list[str]:
    """The problems of a mkdocs.yml with ``text``, as the build and the check print them."""
    (tmp_path / "mkdocs.yml").write_text(text, "utf-8")
    with pytest.raises(SettingsError) as caught:
        load_site_config(tmp_path / "mkdocs.yml")
    return [str(problem) for problem in caught.value.problems]


def test_without_i18n(tmp_path):
    assert problems(tmp_path, "site_name: x\nplugins: [search]\n") == [
        "mkdocs.yml:2: plugins: no i18n plugin with languages is configured"]


def test_a_mistyped_setting_names_its_line_and_the_setting_meant(tmp_path):
    assert problems(tmp_path, CONFIG + "    furigana_alway: [ko]\n") == [
        "mkdocs.yml:15: extra.tsunagu.furigana_alway: not a setting (did you mean \"furigana_always\"?)"]


def test_every_settings_problem_at_once(tmp_path):
    settings = ("    furigana_always: ko\n    easy_max_sentence: lots\n    today: 2026-02-30\n"
                "    date_styles: {ko: lunar}\n    colour: blue\n")
    assert problems(tmp_path, CONFIG + settings) == [
        'mkdocs.yml:15: extra.tsunagu.furigana_always: expected a list (lines starting with "- ")',
        'mkdocs.yml:16: extra.tsunagu.easy_max_sentence: "lots" is not a whole number',
        'mkdocs.yml:17: extra.tsunagu.today: "2026-02-30" is not a date (YYYY-MM-DD)',
        "mkdocs.yml:18: extra.tsunagu.date_styles.ko: \"lunar\" is not one of 'wareki', 'seireki', 'babel' or 'cldr'",
        "mkdocs.yml:19: extra.tsunagu.colour: not a setting",
    ]


def test_settings_name_only_the_sites_languages(tmp_path):
    settings = "    furigana_always: [ko, ja]\n    easy_locale: ja-easy\n    date_styles: {pt-BR: babel, en: babel}\n"
    assert problems(tmp_path, CONFIG + settings) == [
        'mkdocs.yml:15: extra.tsunagu.furigana_always[1]: "ja" is not one of the site\'s languages (ko, pt-BR)',
        'mkdocs.yml:16: extra.tsunagu.easy_locale: "ja-easy" is not one of the site\'s languages (ko, pt-BR)',
        'mkdocs.yml:17: extra.tsunagu.date_styles.en: "en" is not one of the site\'s languages (ko, pt-BR)',
    ]


NINE = CONFIG.replace("""        - {locale: pt-BR, name: Português}
""", """        - {locale: pt-BR, name: Português}
        - {locale: ja, name: 日本語}
        - {locale: ja-easy, name: やさしい にほんご}
        - {locale: vi, name: Tiếng Việt}
        - {locale: tl, name: Filipino}
""")


def test_fallback_chains_and_tags_reach_the_languages(tmp_path):
    settings = ("    fallbacks:\n      vi: [ja-easy, ja]\n      tl: [pt-BR]\n      ja-easy: [ja]\n"
                "    language_tags: {ja-easy: ja-x-easy, tl: fil}\n")
    (tmp_path / "mkdocs.yml").write_text(NINE + settings, "utf-8")
    locales = load_site_config(tmp_path / "mkdocs.yml").locales
    assert [locales.chain(code) for code in locales.codes] == [
        ("ko",), ("pt-BR", "ko"), ("ja", "ko"), ("ja-easy", "ja", "ko"), ("vi", "ja-easy", "ja", "ko"),
        ("tl", "pt-BR", "ko")]
    assert [loc.tag for loc in locales] == ["ko", "pt-BR", "ja", "ja-x-easy", "vi", "fil"]


def test_a_chain_without_the_default_language_ends_in_it(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(NINE + "    fallbacks: {vi: [ja-easy]}\n", "utf-8")
    assert load_site_config(tmp_path / "mkdocs.yml").locales.chain("vi") == ("vi", "ja-easy", "ko")


def test_every_fallback_and_tag_problem_at_once(tmp_path):
    settings = ("    fallbacks:\n      vi: [vi, ja, ja, ko, en]\n      ko: [ja]\n      fr: [ja]\n"
                "      tl: [ko, ja]\n    language_tags: {tl: Filipino, vi: xx-Latn, de: de}\n")
    known = "(ko, pt-BR, ja, ja-easy, vi, tl)"
    assert problems(tmp_path, NINE + settings) == [
        'mkdocs.yml:20: extra.tsunagu.fallbacks.vi[0]: "vi" cannot fall back to itself',
        'mkdocs.yml:20: extra.tsunagu.fallbacks.vi[2]: "ja" appears twice in the chain',
        'mkdocs.yml:20: extra.tsunagu.fallbacks.vi[3]: "ko" is the default language: it ends every chain, '
        'so nothing after it is read',
        f'mkdocs.yml:20: extra.tsunagu.fallbacks.vi[4]: "en" is not one of the site\'s languages {known}',
        'mkdocs.yml:21: extra.tsunagu.fallbacks.ko: "ko" is the default language: every text has it',
        f'mkdocs.yml:22: extra.tsunagu.fallbacks.fr: "fr" is not one of the site\'s languages {known}',
        'mkdocs.yml:23: extra.tsunagu.fallbacks.tl[0]: "ko" is the default language: it ends every chain, '
        'so nothing after it is read',
        f'mkdocs.yml:24: extra.tsunagu.language_tags.de: "de" is not one of the site\'s languages {known}',
        'mkdocs.yml:24: extra.tsunagu.language_tags.tl: "Filipino" is not a BCP 47 tag Babel knows '
        '(like zh-Hans, fil or ja-x-easy)',
        'mkdocs.yml:24: extra.tsunagu.language_tags.vi: "xx-Latn" is not a BCP 47 tag Babel knows '
        '(like zh-Hans, fil or ja-x-easy)',
    ]


LANGUAGES = """plugins:
  - search
  - i18n:
      languages:
        - locale: ja
          name: 日本語
          default: true
        - name: English
        - locale: ja
          name: にほんご
        - locale: english
          default: true
"""


def test_every_language_problem_at_once(tmp_path):
    assert problems(tmp_path, LANGUAGES) == [
        "mkdocs.yml:8: plugins[1].i18n.languages[1].locale: is required",
    ]
    valid_entries = LANGUAGES.replace("        - name: English\n", "")
    assert problems(tmp_path, valid_entries) == [
        'mkdocs.yml:8: plugins[1].i18n.languages[1].locale: "ja" appears twice (first on line 5)',
        'mkdocs.yml:10: plugins[1].i18n.languages[2].locale: "english" is not a language code Babel knows'
        " (like ja, en or pt-BR)",
        "mkdocs.yml:11: plugins[1].i18n.languages[2].default: only one language can be the default; ja already is",
    ]


def test_no_default_language(tmp_path):
    text = "plugins:\n  i18n:\n    languages:\n      - {locale: ja, name: 日本語}\n      - {locale: en, name: English}\n"
    assert problems(tmp_path, text) == [
        "mkdocs.yml:3: plugins.i18n.languages: no language is the default (give one default: true)"]


def test_invalid_yaml(tmp_path):
    assert problems(tmp_path, CONFIG + "    furigana_always: [ko\n") == [
        "mkdocs.yml:16: is not valid YAML: expected ',' or ']', but got '<stream end>'"]


def test_the_engines_values_are_checked_against_the_file(tmp_path):
    """MkDocs hands over its own reading of the settings (tags resolved); lines come from the file."""
    (tmp_path / "mkdocs.yml").write_text(CONFIG + "    furigana_alway: [ko]\n", "utf-8")
    languages = [{"locale": "ko", "name": "한국어", "default": True, "build": True}, {"locale": "pt-BR"}]
    with pytest.raises(SettingsError) as caught:
        engine_settings(tmp_path / "mkdocs.yml", {"data_dir": "records", "furigana_alway": ["ko"]}, languages)
    assert caught.value.report() == (
        "1 problem in the site settings:\n"
        "  mkdocs.yml:15: extra.tsunagu.furigana_alway: not a setting (did you mean \"furigana_always\"?)")
    settings, locales = engine_settings(tmp_path / "mkdocs.yml", {"furigana_always": ["ko"]}, languages)
    assert settings.furigana_always == ["ko"]
    assert [(loc.code, loc.name, loc.default) for loc in locales] == [("ko", "한국어", True), ("pt-BR", "pt-BR", False)]
