"""The language switcher's entries: each language's name, tag, and the same page in it (absolute for the head)."""

from __future__ import annotations

from tsunagu.i18n.alternates import Alternate, alternates
from tsunagu.model.locales import Locale, Locales

LOCALES = Locales((Locale("ja", "日本語", default=True), Locale("ja-easy", "やさしい にほんご"), Locale("en", "English")))
BASE = "https://example.github.io/tsunagu/"


def test_same_page_in_each_language_by_absolute_address():
    assert alternates(LOCALES, LOCALES.get("en"), "en/groups/sakura/", base=BASE) == [
        Alternate("日本語", "ja", BASE + "groups/sakura/", "groups/sakura/"),
        Alternate("やさしい にほんご", "ja-x-easy", BASE + "ja-easy/groups/sakura/", "ja-easy/groups/sakura/"),
        Alternate("English", "en", BASE + "en/groups/sakura/", "en/groups/sakura/", current=True),
    ]


def test_from_the_default_languages_home():
    assert [a.page for a in alternates(LOCALES, LOCALES.default, "")] == ["", "ja-easy/", "en/"]


def test_without_a_site_address_links_are_the_pages():
    assert [a.link for a in alternates(LOCALES, LOCALES.default, "kyodo/")] == ["kyodo/", "ja-easy/kyodo/", "en/kyodo/"]


def test_below_a_root_path_where_the_page_address_is_unknown():
    entries = alternates(LOCALES, LOCALES.get("ja-easy"), "ja-easy/", "/tsunagu/", BASE)
    assert [(a.link, a.page) for a in entries] == [
        (BASE, "/tsunagu/"), (BASE + "ja-easy/", "/tsunagu/ja-easy/"), (BASE + "en/", "/tsunagu/en/")]


def test_only_the_pages_language_is_current():
    assert [a.current for a in alternates(LOCALES, LOCALES.get("ja-easy"), "ja-easy/kyodo/")] == [False, True, False]
