"""The templates of generated pages: each page template extends the base and fills its blocks, and a site
overrides one block of the event page from its own folder without touching the rest of the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, build
from jinja2 import nodes

from tsunagu.render.environment import BASE, SHIPPED, template_environment

FRAGMENTS = {"home.html", "coverage.html"}  # parts of hand-written pages (what's on, coverage), not pages
PAGE_TEMPLATES = sorted(p.name for p in SHIPPED.glob("*.html") if not p.name.startswith("_") and p.name not in FRAGMENTS)
EXTRA_FACT = "<dt>Bring</dt><dd>Pens and paper</dd>"
OVERRIDE = f"""{{% extends "default/event.html" %}}
{{% block fee %}}
{{{{ super() }}}}  {EXTRA_FACT}
{{% endblock %}}
"""
EVENT_PAGES = ["events/koza/index.html", "ja-easy/events/koza/index.html", "en/events/koza/index.html"]


def _top_level(name: str) -> list[nodes.Node]:
    env = template_environment(ROOT / "overrides/tsunagu")
    return env.parse(env.loader.get_source(env, name)[0]).body


@pytest.mark.parametrize("name", PAGE_TEMPLATES)
def test_a_page_template_extends_the_base_and_holds_only_blocks(name):
    extends, *blocks = _top_level(name)
    assert isinstance(extends, nodes.Extends) and extends.template.value == BASE
    assert blocks and all(isinstance(node, nodes.Block) for node in blocks)


def test_every_kind_of_page_has_a_page_template():
    assert {"event.html", "group.html", "term.html", "events_index.html", "events_archive.html",
            "groups_index.html", "glossary_index.html", "opendata.html", "accessibility.html"} <= set(PAGE_TEMPLATES)


def test_no_template_line_is_longer_than_120_characters():
    long = [f"{path.name}:{number}" for path in sorted(SHIPPED.glob("*.html"))
            for number, line in enumerate(path.read_text("utf-8").splitlines(), 1) if len(line) > 120]
    assert long == []


def _own_templates(site: Path, files: dict[str, str]) -> None:
    """Point the site at its own templates folder, holding ``files``."""
    (site / "templates").mkdir()
    for name, text in files.items():
        (site / "templates" / name).write_text(text, "utf-8")
    config = site / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(f"{ROOT.as_posix()}/overrides/tsunagu", "templates"), "utf-8")


def _pages(site: Path, out: Path) -> dict[str, str]:
    result = build(site / "mkdocs.yml", out)
    assert result.returncode == 0, result.stderr
    return {page: (out / page).read_text("utf-8") for page in EVENT_PAGES}


def test_a_site_overrides_one_block_of_the_event_page(minimal, tmp_path):
    _own_templates(minimal, {})
    plain = _pages(minimal, tmp_path / "plain")
    (minimal / "templates/event.html").write_text(OVERRIDE, "utf-8")
    changed = _pages(minimal, tmp_path / "changed")
    for page in EVENT_PAGES:
        assert changed[page].count(EXTRA_FACT) == 1
        assert f"</dd>\n  {EXTRA_FACT}\n  <dt>" in changed[page]  # after the fee, in the facts
        assert changed[page].replace(f"  {EXTRA_FACT}\n", "") == plain[page]


def test_an_override_of_a_partial_reaches_every_page_that_includes_it(minimal, tmp_path):
    _own_templates(minimal, {"_status.html": '<strong class="site-status">{{ event.status }}</strong>'})
    result = build(minimal / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert 'class="site-status"' in (tmp_path / "site/events/koza/index.html").read_text("utf-8")
    assert 'class="site-status"' in (tmp_path / "site/events/index.html").read_text("utf-8")
