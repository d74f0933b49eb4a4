"""Corrections to Material's markup: no ``autocomplete`` on its two toggle checkboxes, no contents label for a
toggle a page does not have, nothing else touched."""

from __future__ import annotations

from tsunagu_theme import valid_toggles

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


def test_a_contents_title_points_at_the_toggle_only_where_the_page_has_it():
    label = '<label class="md-nav__title" for="__toc">目次</label>'
    outside_the_navigation = f"<nav>{label}</nav>"
    assert valid_toggles(outside_the_navigation) == '<nav><label class="md-nav__title">目次</label></nav>'
    in_the_navigation = f'<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc"><nav>{label}</nav>'
    assert valid_toggles(in_the_navigation) == in_the_navigation
