"""Each partial's named examples (``render/templates/examples.yml``), rendered in every language with the
sample site's records: valid HTML to the Nu Html Checker and no axe violation (WCAG 2.2 A and AA), each in
a page of its own, without building a site."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, TODAY

from tsunagu.builder import SiteBuilder
from tsunagu.load.siteconfig import load_site_config
from tsunagu.render.view import View

TEMPLATES = ROOT / "hooks/tsunagu/render/templates"
EXAMPLES = yaml.safe_load((TEMPLATES / "examples.yml").read_text("utf-8"))
VNU = ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PAGE = """<!doctype html>
<html lang="{tag}">
<head><meta charset="utf-8"><title>{title}</title></head>
<body><main><h1>{title}</h1>
<{inside}>{html}</{inside}>
</main></body>
</html>
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    """Every example in every language as a page of its own, by ``<partial> <example> <lang>``."""
    site = load_site_config(ROOT / "mkdocs.yml")
    context = SiteBuilder(site.tsunagu.model_copy(update={"cache_dir": None}), site.locales, site.root).context
    folder, found = tmp_path_factory.mktemp("partials"), {}
    for partial, examples in EXAMPLES.items():
        for name, parameters in examples.items():
            for locale in site.locales:
                view = View(locale, site.locales, context.strings, context.dates[locale.code], context.catalog, "x/")
                values = {key: _record(context.catalog, value) for key, value in parameters.items() if key != "in"}
                html = context.renderer.env.get_template(partial).render(view=view, today=dt.date.fromisoformat(TODAY),
                                                                         **values)
                path = folder / f"{partial[1:-5]}-{name.replace(' ', '-')}-{locale.code}.html"
                path.write_text(PAGE.format(tag=locale.tag, title=f"{partial}: {name}", inside=parameters["in"],
                                            html=html), "utf-8")
                found[f"{partial} {name} {locale.code}"] = path
    return found


def _record(catalog, value: str | None):
    if value is None:
        return None
    kind, record_id = value.split(":")
    return catalog.records(kind)[record_id]


def test_every_example_renders_its_records(pages):
    languages = len(load_site_config(ROOT / "mkdocs.yml").locales.codes)
    assert len(pages) == languages * sum(len(examples) for examples in EXAMPLES.values())
    cancelled = pages["_status.html cancelled en"].read_text("utf-8")
    assert '<strong class="tsunagu-status tsunagu-status--cancelled">' in cancelled


def test_every_example_is_valid_html(pages):
    assert VNU.exists() and shutil.which("java"), "the Nu Html Checker needs node_modules and Java: run make test"
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "json", "--stdout",
                             *map(str, pages.values())], capture_output=True, text=True)
    assert result.stdout, result.stderr
    assert [(Path(m["url"]).name, m.get("lastLine"), m["message"]) for m in json.loads(result.stdout)["messages"]] == []


def axe_violations(browser, pages: dict[str, Path]) -> dict[str, list[str]]:
    """The rules axe finds broken on each page (in Chromium, no request leaving the page's own file)."""
    from axe_playwright_python.sync_playwright import Axe

    axe, found = Axe(), {}
    context = browser.new_context()
    page = context.new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    for name, path in pages.items():
        page.goto(path.as_uri())
        violations = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}}).response["violations"]
        found |= {name: [v["id"] for v in violations]} if violations else {}
    context.close()
    return found


def test_no_example_has_an_axe_violation(browser, pages):
    assert axe_violations(browser, pages) == {}


def test_axe_finds_a_violation(browser, tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_text(PAGE.format(tag="en", title="bad", inside="div", html='<img src="x.png">'), "utf-8")
    assert axe_violations(browser, {"bad": bad}) == {"bad": ["image-alt"]}
