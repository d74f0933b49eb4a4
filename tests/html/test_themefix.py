"""Corrections to Material's markup: no ``autocomplete`` on its two toggle checkboxes, nothing else touched."""

from __future__ import annotations

from tsunagu.html.themefix import valid_toggles

PAGE = """<body dir="ltr">
    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">
    <input type="text" name="q" autocomplete="off">
    <p>autocomplete="off"</p>"""


def test_toggles_lose_autocomplete_and_nothing_else_changes():
    assert valid_toggles(PAGE) == """<body dir="ltr">
    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">
    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search">
    <input type="text" name="q" autocomplete="off">
    <p>autocomplete="off"</p>"""


def test_a_page_without_them_is_unchanged():
    assert valid_toggles("<p>x</p>") == "<p>x</p>"
