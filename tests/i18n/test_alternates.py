"""The language switcher's entries: each language's name, tag, home and the same page in it."""

from __future__ import annotations

from tsunagu.i18n.alternates import Alternate, alternates
from tsunagu.model.locales import Locale, Locales

LOCALES = Locales((Locale("ja", "日本語", default=True), Locale("ja-easy", "やさしい にほんご"), Locale("en", "English")))


def test_same_page_in_each_language_and_each_languages_home():
    assert alternates(LOCALES, LOCALES.get("en"), "en/groups/sakura/") == [
        Alternate("日本語", "ja", "", "groups/sakura/"),
        Alternate("やさしい にほんご", "ja-x-easy", "ja-easy/", "ja-easy/groups/sakura/"),
        Alternate("English", "en", "en/", "en/groups/sakura/", current=True),
    ]


def test_from_the_default_languages_home():
    assert [a.page for a in alternates(LOCALES, LOCALES.default, "")] == ["", "ja-easy/", "en/"]


def test_below_a_root_path_where_the_page_address_is_unknown():
    entries = alternates(LOCALES, LOCALES.get("ja-easy"), "ja-easy/", "/tsunagu/")
    assert [(a.link, a.page) for a in entries] == [
        ("/tsunagu/", "/tsunagu/"), ("/tsunagu/ja-easy/", "/tsunagu/ja-easy/"), ("/tsunagu/en/", "/tsunagu/en/")]


def test_only_the_pages_language_is_current():
    assert [a.current for a in alternates(LOCALES, LOCALES.get("ja-easy"), "ja-easy/kyodo/")] == [False, True, False]
