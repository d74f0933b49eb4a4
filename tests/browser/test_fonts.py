"""Each language is drawn in a font of its own script, from system fonts only: the font Chromium actually
uses for a page's heading (DevTools' CSS.getPlatformFontsForNode) is the first installed family of the
language's stack (docs/assets/tsunagu.css), and it draws every glyph (Vietnamese diacritics, Devanagari
conjuncts) with no fallback to another font. The Debian fonts are those scripts/system-deps.sh installs."""

from __future__ import annotations

import subprocess

import pytest

from .site_pages import LANGUAGE_PREFIXES, TAGS

pytestmark = pytest.mark.browser

# The family each script is drawn in with the fonts of scripts/system-deps.sh, and the first installed family
# of its stack. Debian's Noto Sans CJK is one collection file with a face per region (JP, KR, SC, TC, HK), and
# Chromium names the face it draws from ("Noto Sans CJK SC" on a Chinese page): so the region's face is checked
# both on the stack and on the text drawn.
EXPECTED = {"zh": "Noto Sans CJK SC", "ko": "Noto Sans CJK KR", "ne": "Lohit Nepali", "ja": "Noto Sans CJK JP",
            "ja-easy": "Noto Sans CJK JP"}
INSTALLED = set(subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout.replace(",", "\n")
                .splitlines())


# Marks the first element of the page (content, or the frame: a site name without a translation), inside a
# Japanese lang, with Japanese text of its own.
MARK_FIRST_JAPANESE_TEXT = """() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (/[\\u3040-\\u30ff\\u4e00-\\u9fff]/.test(node.textContent) && parent.closest("[lang|=ja]") && !parent.closest("rt")) {
      parent.setAttribute("data-test-japanese", "");
      return;
    }
  }
}"""


def drawn_in(page, selector: str) -> list[str]:
    """The fonts Chromium draws the text of the first ``selector`` in, most glyphs first."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return [font["familyName"] for font in sorted(fonts, key=lambda f: -f["glyphCount"])]


def first_installed(page, selector: str) -> str:
    stack = page.eval_on_selector(selector, "e => getComputedStyle(e).fontFamily")
    return next(family.strip().strip('"') for family in stack.split(",") if family.strip().strip('"') in INSTALLED)


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
def test_a_language_is_drawn_in_the_first_font_of_its_stack(page, served, lang):
    page.goto(served.url(LANGUAGE_PREFIXES[lang] + "groups/"))
    heading = ".md-content h1"
    fonts = drawn_in(page, heading)
    first = first_installed(page, heading)
    # one font draws every glyph; a family's lighter face is named apart ("DejaVu Sans Light": h1 is light)
    assert len(fonts) == 1 and fonts[0].startswith(first), (fonts, first)
    assert first == EXPECTED.get(lang, first)
    if lang not in EXPECTED:  # a Latin stack first: not IPAGothic's fixed-width Latin, nor any Japanese face
        assert not fonts[0].startswith(("IPA", "Noto Sans CJK")), fonts


@pytest.mark.parametrize("lang", [code for code in LANGUAGE_PREFIXES if not TAGS[code].startswith("ja")])
def test_japanese_inside_another_language_is_drawn_in_a_japanese_font(page, served, lang):
    page.goto(served.url(LANGUAGE_PREFIXES[lang] + "jichikai/"))
    page.evaluate(MARK_FIRST_JAPANESE_TEXT)
    assert drawn_in(page, "[data-test-japanese]")[0] == "Noto Sans CJK JP"
