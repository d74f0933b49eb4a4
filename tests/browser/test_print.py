"""Printing event and group pages on A4 with Chromium's print-to-PDF: the PDF's text carries the
title, the date and time in the page's language, the page's URL and the date of printing; the QR
code on the sheet is the one made for that URL; navigation is left off."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

from tsunagu.render.qrcode import PrintLink

from .site_pages import LANGUAGE_PREFIXES, event_pages, group_pages, shown_text

pytestmark = pytest.mark.browser

A4_POINTS = (595.3, 841.9)
SITE_URL = "https://example.github.io/tsunagu/"


def printed(page, served, path: str) -> tuple[str, int]:
    page.goto(served.url(path))
    page.emulate_media(media="print")
    pdf = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True, print_background=True)))
    box = pdf.pages[0].mediabox
    assert abs(box.width - A4_POINTS[0]) < 2 and abs(box.height - A4_POINTS[1]) < 2
    return squeeze("".join(p.extract_text() for p in pdf.pages)), len(pdf.pages)


def without_kana(text: str) -> str:
    return re.sub(r"[\u3041-\u309f]", "", squeeze(text))


def squeeze(text: str) -> str:
    """Text without white space (PDF text extraction adds spaces between runs of glyphs), in NFKC form: the
    CJK fonts' glyphs read back as Kangxi radicals (⽉ for 月, ⽇ for 日)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
@pytest.mark.parametrize("path", [event_pages()[0], group_pages()[0]])
def test_printed_sheet_carries_url_and_printed_date(page, served, lang, path):
    full = LANGUAGE_PREFIXES[lang] + path
    page.goto(served.url(full))
    title = shown_text(page.locator("article h1").first)
    printed_on = shown_text(page.locator("time[data-tsunagu-printed]"))
    ruby = page.locator("time[data-tsunagu-printed] ruby").count()
    text, _ = printed(page, served, full)
    assert without_kana(title) in without_kana(text)  # the PDF keeps furigana apart from its base
    assert SITE_URL + full in text
    assert without_kana(printed_on) in without_kana(text)  # the PDF keeps furigana apart from its base
    assert str(dt.date.today().day) in printed_on
    assert ruby >= 4 if lang == "ja-easy" else ruby == 0  # year, month, day and weekday keep their furigana
    for nav in [page.locator(".md-header"), page.locator(".md-sidebar--primary"), page.locator(".md-footer")]:
        assert not nav.first.is_visible()


@pytest.mark.parametrize("lang, expected", [("ja", "午前10時"), ("ja-easy", "午前10時"), ("en", "10am")])
def test_date_and_time_are_in_the_pages_language(page, served, lang, expected):
    path = LANGUAGE_PREFIXES[lang] + "events/kita-kondankai-2026/"
    page.goto(served.url(path))
    when = shown_text(page.locator(".tsunagu-facts time").first)
    text, _ = printed(page, served, path)
    assert expected in when and without_kana(when) in without_kana(text)  # the PDF keeps furigana apart


def test_qr_code_encodes_the_page_url(page, served):
    path = "en/" + event_pages()[0]
    page.goto(served.url(path))
    page.emulate_media(media="print")
    qr = page.locator(".tsunagu-print__qr svg")
    assert qr.is_visible()
    assert qr.bounding_box()["width"] > 100
    expected = PrintLink(SITE_URL + path).qr_svg
    assert qr.locator("path.qrline").get_attribute("d") == re.search(r'class="qrline"[^>]*\bd="([^"]+)"', expected)[1]
    assert qr.bounding_box()["width"] == qr.bounding_box()["height"]


def test_sheet_is_hidden_on_screen(page, served):
    page.goto(served.url(group_pages()[0]))
    assert not page.locator(".tsunagu-print-only").is_visible()


def test_large_print(page, served):
    page.goto(served.url(event_pages()[0]))
    page.emulate_media(media="print")
    size = page.locator("article p").first.evaluate("p => parseFloat(getComputedStyle(p).fontSize)")
    assert size >= 18  # 14pt
