"""Translation coverage on the minimal fixture, whose records and pages lack some translations."""

from __future__ import annotations

from tsunagu.load.catalog import load_catalog
from tsunagu.i18n.coverage import coverage_problems, measure
from tsunagu.render.coverage import coverage_html, table
from tsunagu.model.errors import Problem
from tsunagu.load.siteconfig import load_site_config


def coverage_of(root):
    site = load_site_config(root / "mkdocs.yml")
    catalog = load_catalog(site.tsunagu.data_dir, root, site.locales)
    return measure(catalog, site.docs_dir, site.tsunagu.data_dir, site.locales)


def test_counts_per_kind_and_language(minimal):
    coverage = coverage_of(minimal)
    assert coverage.count("ja", "group") == (2, 2)
    assert coverage.count("en", "group") == (0, 2)      # hikari: contact.name; sakura: description
    assert coverage.untranslated("en", "group") == ["hikari", "sakura"]
    assert coverage.untranslated("ja-easy", "event") == ["koza", "old"]
    assert coverage.count("en", "event") == (2, 2)
    assert coverage.count("en", "venue") == (1, 1)
    assert coverage.untranslated("ja-easy", "term") == ["kyodo", "npo"]
    assert coverage.untranslated("en", "page") == ["guide.md"]
    assert coverage.count("ja-easy", "page") == (1, 2)


def test_whole_site_figure(minimal):
    coverage = coverage_of(minimal)
    assert coverage.count("ja") == (9, 9)
    assert coverage.count("en") == (6, 9)
    assert coverage.count("ja-easy") == (1, 9)
    assert coverage.percent("en") == 66


def test_adding_a_translation_changes_the_figures(minimal):
    (minimal / "docs/guide.en.md").write_text("# Guide\n", "utf-8")
    assert coverage_of(minimal).count("en", "page") == (2, 2)


def test_problems_point_at_the_first_untranslated_field(minimal):
    problems = coverage_problems(coverage_of(minimal), minimal)
    assert Problem("data/groups/sakura.yml", 5, "", "no en text in description, contact.name") in problems
    assert Problem("data/groups/hikari.yml", 8, "", "no en text in contact.name") in problems
    assert Problem("docs/guide.md", 0, "", "no en translation (guide.en.md is missing)") in problems
    assert len(problems) == 3 + 8   # en: 2 groups + 1 page; ja-easy: 8 records and pages


def test_table(minimal):
    lines = table(coverage_of(minimal)).splitlines()
    assert lines[0].split() == ["ja", "ja-easy", "en"]
    assert lines[1].split() == ["groups", "2/2", "(100%)", "0/2", "(0%)", "0/2", "(0%)"]
    assert ["whole", "site", "9/9", "(100%)", "1/9", "(11%)", "6/9", "(66%)"] in [line.split() for line in lines]
    assert "en groups not translated: hikari, sakura" in lines


def _coverage_html(root, readings) -> str:
    from tsunagu.render.environment import template_environment

    env = template_environment(root / "overrides/tsunagu")
    locales = load_site_config(root / "mkdocs.yml").locales
    return coverage_html(env, coverage_of(root), locales, lambda key, **values: key, "ja", readings)


def test_the_coverage_page_lists_the_words_read_two_ways(minimal):
    from tsunagu.japanese.second_opinion import Disagreement

    found = [Disagreement("data/events/x.yml", 7, "title.ja", "身近", "みじか", "みぢか")]
    html = _coverage_html(minimal, found)
    assert "<caption>coverage.readings.caption</caption>" in html
    assert ("<td><code>data/events/x.yml:7</code></td>\n      <td>身近</td>\n      <td>みじか</td>\n"
            "      <td>みぢか</td>") in html
    assert "coverage.readings.none" in _coverage_html(minimal, [])
    assert "coverage.readings" not in _coverage_html(minimal, None)  # another language than the editors'
