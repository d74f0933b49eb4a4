"""Printing the 回覧板 digests to PDF with Chromium, as a 自治会 editor does: every area's digest for each month,
in every language, comes out on one or two A4 sheets whose text can be read from the PDF; every QR code on
them, read back from the sheets (pypdfium2 renders them, zxing-cpp reads the codes), is the full address of
an item's page or of the site, and every item has its code; nothing of the site's frame is printed, and
easy-Japanese sheets keep their furigana."""

from __future__ import annotations

import datetime as dt
import re

import pypdfium2
import pytest
import yaml
import zxingcpp
from conftest import TODAY

from .site_pages import LANGUAGE_PREFIXES, ROOT, shown_text
from .test_print import A4_POINTS, SITE_URL, squeeze, without_kana

pytestmark = pytest.mark.browser

AREAS = list(yaml.safe_load((ROOT / "data" / "vocabulary" / "areas.yml").read_text("utf-8")))
FIRST = dt.date.fromisoformat(TODAY).replace(day=1)
MONTHS = [FIRST, (FIRST + dt.timedelta(days=32)).replace(day=1)]
PHONE = yaml.safe_load((ROOT / "data" / "site.yml").read_text("utf-8"))["office"]["phone"]
DOTS_PER_INCH = 200
FRAME = [".md-header", ".md-tabs", ".md-sidebar", ".md-footer", ".md-banner", ".md-search", ".tsunagu-search",
         ".tsunagu-furigana-toggle", ".tsunagu-digest__hint", ".md-skip"]


def print_pdf(page) -> bytes:
    page.emulate_media(media="print")
    return page.pdf(prefer_css_page_size=True, print_background=True)


def qr_codes(pdf: pypdfium2.PdfDocument) -> list[str]:
    """The text of every QR code on every sheet, sheet by sheet."""
    found = []
    for sheet in pdf:
        bitmap = sheet.render(scale=DOTS_PER_INCH / 72, grayscale=True)
        pixels = memoryview(bytes(bitmap.buffer)).cast("B", (bitmap.height, bitmap.stride))
        found += [code.text for code in zxingcpp.read_barcodes(pixels, formats=zxingcpp.BarcodeFormat.QRCode)]
    return found


def _fold(lang: str):
    """How a sheet's text is compared with the page's: the PDF keeps furigana apart from its base, on easy
    Japanese sheets and wherever a text falls back to easy Japanese (vi, pt-BR, tl); and pdfium's text of
    Devanagari repeats the clusters it joins (क्षेत्र read back as क्षेत्रक्षे), so on Nepali sheets only what
    is not Devanagari is compared: the QR codes and the sheet count hold every item there."""
    if lang == "ne":
        return lambda text: re.sub(r"[\u0900-\u097f]", "", without_kana(text))
    return without_kana if lang in ("ja-easy", "vi", "pt-BR", "tl") else squeeze


def published(served, href: str) -> str:
    """The address a link on the served site has on the published site."""
    assert href.startswith(served.base), href
    return SITE_URL + href[len(served.base):]


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
@pytest.mark.parametrize("area", AREAS)
def test_each_digest_prints_on_one_or_two_a4_sheets_with_a_code_per_item(page, served, lang, area):
    prefix = LANGUAGE_PREFIXES[lang]
    for month in MONTHS:
        path = f"{prefix}digest/{area}/{month:%Y-%m}/"
        page.goto(served.url(path))
        links = page.locator(".tsunagu-digest__item .tsunagu-digest__text > a")
        titles = [squeeze(shown_text(link)) for link in links.all()]
        items = [published(served, href) for href in links.evaluate_all("as => as.map(a => a.href)")]
        heading = squeeze(shown_text(page.locator("article h1")))
        pdf = pypdfium2.PdfDocument(print_pdf(page))
        assert 1 <= len(pdf) <= 2, path
        assert all(abs(a - b) < 2 for a, b in zip(pdf[0].get_size(), A4_POINTS)), path
        text = squeeze("".join(sheet.get_textpage().get_text_range() for sheet in pdf))
        fold = _fold(lang)
        for shown in [heading, *titles, PHONE]:
            assert fold(shown) in fold(text), (path, shown)
        codes = qr_codes(pdf)
        assert sorted(codes) == sorted(items + [SITE_URL + prefix]), path


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
def test_nothing_of_the_sites_frame_is_printed(page, served, lang):
    page.goto(served.url(f"{LANGUAGE_PREFIXES[lang]}digest/{AREAS[0]}/{MONTHS[1]:%Y-%m}/"))
    assert page.locator(".tsunagu-digest__hint").first.is_visible()  # on screen, the page says how to print it
    page.emulate_media(media="print")
    for selector in FRAME:
        shown = page.locator(selector).evaluate_all("es => es.filter(e => e.checkVisibility()).length")
        assert shown == 0, selector
    assert page.locator(".tsunagu-digest__qr svg").first.is_visible()


def test_easy_japanese_sheets_keep_their_furigana(page, served):
    page.goto(served.url(f"{LANGUAGE_PREFIXES['ja-easy']}digest/{AREAS[0]}/{MONTHS[1]:%Y-%m}/"))
    readings = page.locator("article rt")
    page.emulate_media(media="print")
    assert readings.count() > 20
    hidden = "rs => rs.filter(r => r.parentElement.checkVisibility() && !r.checkVisibility()).length"
    assert readings.evaluate_all(hidden) == 0  # a reading shows wherever its word does
    text = squeeze(pypdfium2.PdfDocument(print_pdf(page))[0].get_textpage().get_text_range())
    heading = page.locator("article h1 rt").evaluate_all("rs => rs.map(r => r.textContent)")
    assert heading and all(reading in text for reading in heading)
