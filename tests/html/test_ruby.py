"""The ruby passes: furigana over a page's content or over the whole page (easy Japanese: every kanji
a reader sees has its reading), editors' inline readings, and what stays untouched."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from tsunagu.html.ruby import RubyPass, inline_readings
from tsunagu.japanese.furigana import Furigana

ROOT = Path(__file__).resolve().parents[2]
KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff々]")


@pytest.fixture(scope="module")
def ruby() -> RubyPass:
    return RubyPass(Furigana(yaml.safe_load((ROOT / "data" / "readings.yml").read_text("utf-8"))))


def test_annotate_leaves_markup_code_and_existing_ruby_alone(ruby):
    html = ('<h2 id="x" title="市役所">町</h2><p><a href="/町/">本</a> 5 &lt; 6 &amp; '
            '<code>町</code><ruby>明日<rt>あす</rt></ruby></p><pre>町</pre><script>var a = "町" < 1;</script>')
    assert ruby.annotate(html) == (
        '<h2 id="x" title="市役所"><ruby>町<rt>まち</rt></ruby></h2><p><a href="/町/"><ruby>本<rt>ほん</rt></ruby></a>'
        ' 5 &lt; 6 &amp; <code>町</code><ruby>明日<rt>あす</rt></ruby></p><pre>町</pre>'
        '<script>var a = "町" < 1;</script>')


def test_inline_notation_gives_a_one_off_reading():
    html = "<p>{本町|もとまち}の 人</p><p><code>{本町|ほんちょう}</code></p>"
    assert inline_readings(html, show=True) == (
        "<p><ruby>本町<rt>もとまち</rt></ruby>の 人</p><p><code>{本町|ほんちょう}</code></p>")
    assert inline_readings(html, show=False) == "<p>本町の 人</p><p><code>{本町|ほんちょう}</code></p>"


def test_inline_notation_wins_over_the_analyser(ruby):
    html = ruby.annotate(inline_readings("<p>{本町|もとまち}に</p>", show=True))
    assert html == "<p><ruby>本町<rt>もとまち</rt></ruby>に</p>"


# Where a reader never sees text (scripts, styles) or where kanji must stay as written (code).
_UNSEEN_OR_CODE = frozenset({"script", "style", "code", "pre", "kbd", "samp"})
_SEEN_ATTRIBUTES = ("title", "placeholder", "alt", "label")
_VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "wbr", "source", "col", "area", "base", "embed",
                   "track"})


class _BareKanji(HTMLParser):
    """Collects the kanji a reader sees with no reading over the whole page: text outside ruby (the
    navigation, header, footer and content alike), list choices and the title, and the attributes
    shown as text (tooltips, placeholders); only scripts, styles and code are left out."""

    def __init__(self, easy_lang: str = "", whole_page: bool = True):
        super().__init__()
        self.easy_lang, self.whole_page = easy_lang, whole_page
        self.open: list[tuple[str, bool]] = []  # (tag, inside easy Japanese)
        self.bare: list[str] = []

    def _easy(self, attrs: dict) -> bool:
        if self.whole_page:
            return True
        if "lang" in attrs:
            return attrs["lang"] == self.easy_lang
        return self.open[-1][1] if self.open else False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        easy = self._easy(attrs)
        if easy:
            shown = [attrs.get(name) or "" for name in _SEEN_ATTRIBUTES]
            if tag == "input" and attrs.get("type") in ("button", "submit", "reset"):
                shown.append(attrs.get("value") or "")
            if attrs.get("data-tsunagu-search"):  # the search box's messages, shown by its script
                shown += json.loads(attrs["data-tsunagu-search"])["translations"].values()
            self.bare += [kanji for text in shown for kanji in KANJI.findall(text)]
        if tag not in _VOID:
            self.open.append((tag, easy))

    def handle_endtag(self, tag):
        tags = [open_tag for open_tag, _ in self.open]
        if tag in tags:
            del self.open[len(tags) - 1 - tags[::-1].index(tag):]

    def handle_data(self, data):
        tags = {tag for tag, _ in self.open}
        easy = self.open[-1][1] if self.open else False
        if easy and not ({"ruby"} | _UNSEEN_OR_CODE) & tags:
            self.bare += KANJI.findall(data)


def _bare_kanji(html: str, **options) -> str:
    parser = _BareKanji(**options)
    parser.feed(html)
    return "".join(parser.bare)


def _material_strings(html: str) -> str:
    """The theme's UI strings its scripts show (copy buttons, search), from the page's configuration."""
    found = re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.DOTALL)
    return "".join(json.loads(found[1]).get("translations", {}).values()) if found else ""


def test_bare_kanji_counter_sees_the_whole_page():
    html = ('<html lang="ja-x-easy"><head><title>市</title></head><body><nav><a title="町">ここ</a>'
            '<span>目次</span></nav><main><ruby>町<rt>まち</rt></ruby><code>町</code><select><option>区</option>'
            '</select><input placeholder="村"></main><script>var a = "町";</script></body></html>')
    assert _bare_kanji(html) == "市町目次区村"
    assert _bare_kanji('<p>町<span lang="ja-x-easy">市</span></p>', easy_lang="ja-x-easy", whole_page=False) == "市"


def test_built_easy_japanese_pages_have_no_kanji_outside_ruby(sample_site):
    """Every kanji a reader of a ja-easy page sees has its reading: navigation, header, site name, table
    of contents, footer, alerts, filters, search box and dates as well as the content."""
    pages = sorted((sample_site / "ja-easy").rglob("*.html"))
    assert len(pages) > 20
    bare = {}
    for page in pages:
        html = page.read_text("utf-8")
        found = _bare_kanji(html) + "".join(KANJI.findall(_material_strings(html)))
        if found:
            bare[page.relative_to(sample_site).as_posix()] = found
    assert bare == {}


def test_easy_japanese_on_the_404_page_has_readings(sample_site):
    html = (sample_site / "404.html").read_text("utf-8")
    assert 'lang="ja-x-easy"' in html
    assert _bare_kanji(html, easy_lang="ja-x-easy", whole_page=False) == ""


def test_built_easy_japanese_pages_have_ruby(sample_site):
    html = (sample_site / "ja-easy" / "jichikai" / "index.html").read_text("utf-8")
    assert "<ruby>近所<rt>きんじょ</rt></ruby>" in html
    assert "<title>" in html and "<ruby>" not in html.split("<title>")[1].split("</title>")[0]


def test_standard_japanese_pages_have_hidden_ruby_and_the_switch(sample_site):
    html = (sample_site / "jichikai" / "index.html").read_text("utf-8")
    assert '<ruby class="tsunagu-furigana">' in html
    assert re.search(r'<div class="tsunagu-furigana-toggle" data-tsunagu-furigana-toggle hidden>\s*'
                     r'<button type="button" [^>]*aria-pressed="false"', html)
    assert 'role="status" aria-live="polite"' in html
    assert "assets/tsunagu.js" in html


def test_english_pages_have_no_ruby_and_no_switch(sample_site):
    html = (sample_site / "en" / "jichikai" / "index.html").read_text("utf-8")
    assert "<ruby" not in html
    assert "data-tsunagu-furigana-toggle" not in html
    assert "tsunagu-furigana-toggle" not in (sample_site / "ja-easy" / "index.html").read_text("utf-8")


def test_a_whole_page_is_read_and_plain_text_gets_the_reading(ruby):
    html = ('<html><head><title>目次</title></head><body><nav><a href="/" title="市役所">協働</a></nav>'
            '<input type="search" placeholder="町"><select><option value="a">町</option></select>'
            '<code>町</code><p><ruby>町<rt>まち</rt></ruby></p></body></html>')
    assert ruby.annotate_page(html) == (
        '<html><head><title>もくじ</title></head><body><nav><a href="/" title="しやくしょ">'
        '<ruby>協働<rt>きょうどう</rt></ruby></a></nav><input type="search" placeholder="まち">'
        '<select><option value="a">まち</option></select><code>町</code><p><ruby>町<rt>まち</rt></ruby></p>'
        '</body></html>')


def test_text_drawn_in_svg_gets_the_reading_on_a_whole_page(ruby):
    html = ('<p>年度</p><svg role="img" aria-labelledby="c"><text x="1" y="2">2026年度</text></svg>'
            '<p id="c">表</p>')
    assert ruby.annotate_page(html) == (
        '<p><ruby>年度<rt>ねんど</rt></ruby></p><svg role="img" aria-labelledby="c"><text x="1" y="2">2026ねんど</text>'
        '</svg><p id="c"><ruby>表<rt>ひょう</rt></ruby></p>')
    assert ruby.annotate('<svg><text>年度</text></svg>') == '<svg><text>年度</text></svg>'
