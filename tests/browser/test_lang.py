"""Every page names its language, and text in another language carries its own ``lang``."""

from __future__ import annotations

import pytest

from .site_pages import LANGUAGE_PREFIXES, TAGS, pages_of

pytestmark = pytest.mark.browser

HTML_LANG = TAGS

# Japanese characters in a text node of the page (content, table of contents, navigation, header, footer)
# whose nearest lang is the page's own (unmarked; the switcher marks 简体中文 as Chinese); on a Chinese page, kana
# only (its kanji are Chinese). A list choice (option) holds text alone: a Japanese word in a label cannot be
# marked there.
UNMARKED_JAPANESE = """(japanese) => {
  const found = [];
  for (const root of document.querySelectorAll("body")) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, option, [hidden], [aria-hidden=true]")) continue;
      if (!new RegExp(japanese).test(node.textContent)) continue;
      const lang = parent.closest("[lang]").getAttribute("lang");
      if (lang === document.documentElement.lang) found.push(node.textContent.trim().slice(0, 40));
    }
  }
  return found;
}"""


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
def test_every_page_has_its_language(page, served, lang):
    for path in pages_of(lang, served.root):
        if path.endswith("no-such-page/"):
            continue
        page.goto(served.url(path))
        assert page.locator("html").get_attribute("lang") == HTML_LANG[lang], path


def test_root_404_is_in_the_default_language_with_each_language_marked(page, served):
    page.goto(served.url("en/no-such-page/"))
    assert page.locator("html").get_attribute("lang") == "ja"
    sections = page.locator(".tsunagu-not-found section")
    assert sections.evaluate_all("ss => ss.map(s => s.lang)") == list(HTML_LANG.values())
    page.locator(".tsunagu-not-found section[lang=en] a").click()
    assert page.url == served.url("en/")


@pytest.mark.parametrize("lang", [code for code in LANGUAGE_PREFIXES if not TAGS[code].startswith("ja")])
def test_pages_in_other_languages_mark_japanese_text(page, served, lang):
    japanese = "[\\u3040-\\u30ff]" if lang == "zh" else "[\\u3040-\\u30ff\\u4e00-\\u9fff]"
    unmarked = {}
    for path in pages_of(lang, served.root):
        if path.endswith("no-such-page/"):  # the 404 page is the default language's, each language marked
            continue
        page.goto(served.url(path))
        if found := page.evaluate(UNMARKED_JAPANESE, japanese):
            unmarked[path] = found
    assert unmarked == {}


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
def test_language_switcher_names_carry_their_language(page, served, lang):
    page.goto(served.url(LANGUAGE_PREFIXES[lang]))
    links = page.locator(".md-select__link")
    assert links.evaluate_all("ls => ls.map(l => l.lang)") == list(HTML_LANG.values())
