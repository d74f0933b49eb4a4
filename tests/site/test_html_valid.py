"""Every page of the sample site is valid HTML (the Nu Html Checker, npm ``vnu-jar``, run on Java), and
every language tag the site gives (``hreflang``, the feeds' ``xml:lang``, JSON-LD's ``inLanguage``) is the
``<html lang>`` of the pages it speaks of."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

from conftest import ROOT

from tsunagu.load.siteconfig import load_site_config

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
HTML_LANG = re.compile(r'<html lang="([^"]+)"')
HREFLANG = re.compile(r'<(?:a|link) [^>]*?href="([^"]*)"[^>]*? hreflang="([^"]+)"')
IN_LANGUAGE = re.compile(r'"inLanguage":\s*"([^"]+)"')
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _pages(site: Path) -> list[Path]:
    """The site's pages for readers (not search's own files, nor the form editor's page)."""
    return sorted(p for p in site.rglob("*.html") if not {"pagefind", "admin"} & set(p.relative_to(site).parts))


def _nu_errors(files: list[Path], site: Path) -> list[str]:
    """Every error of the Nu Html Checker over ``files`` (one run), as ``file:line: message``."""
    assert VNU.exists() and shutil.which("java"), "the Nu Html Checker needs node_modules and Java: run make test"
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "json", "--stdout",
                             *map(str, files)], capture_output=True, text=True)
    assert result.stdout, result.stderr
    messages = json.loads(result.stdout)["messages"]
    return [f"{Path(urlsplit(m['url']).path).relative_to(site)}:{m.get('lastLine', '?')}: {m['message']}"
            for m in messages]


def test_every_page_is_valid_html(sample_site):
    pages = _pages(sample_site)
    assert len(pages) > 100 and (sample_site / "404.html") in pages
    errors = _nu_errors(pages, sample_site)
    assert errors == [], f"{len(errors)} errors:\n" + "\n".join(errors)


def test_the_form_editors_page_is_valid_html(sample_site):
    assert _nu_errors([sample_site / "admin" / "index.html"], sample_site) == []


def _lang_of(page: Path) -> str:
    return HTML_LANG.search(page.read_text("utf-8"))[1]


def _target(page: Path, href: str, site: Path, root_path: str) -> Path:
    """The file a link on ``page`` leads to, in the built site."""
    path = urlsplit(href).path
    target = site / path.removeprefix(root_path) if path.startswith("/") else page.parent / path
    return target / "index.html" if path.endswith("/") or target.is_dir() else target


def test_hreflang_is_the_linked_pages_own_lang(sample_site):
    root_path = urlsplit(re.search(r"^site_url:\s*(\S+)", (ROOT / "mkdocs.yml").read_text("utf-8"), re.M)[1]).path
    pages, links, wrong = _pages(sample_site), 0, []
    for page in pages:
        for href, hreflang in HREFLANG.findall(page.read_text("utf-8")):
            links += 1
            target = _target(page, href, sample_site, root_path)
            if _lang_of(target) != hreflang:
                wrong.append(f"{page.relative_to(sample_site)}: {href} hreflang={hreflang}, is {_lang_of(target)}")
    assert links >= 6 * len(pages)  # the head's links and the switcher's, three languages each
    assert wrong == []


def test_feeds_and_structured_data_use_the_pages_lang(sample_site):
    for locale in load_site_config(ROOT / "mkdocs.yml").locales:
        home = sample_site / locale.prefix
        page_lang = _lang_of(home / "index.html")
        assert ET.parse(home / "feed.xml").getroot().get(XML_LANG) == page_lang
        record = home / "events" / sorted((ROOT / "data" / "events").glob("*.yml"))[0].stem / "index.html"
        assert set(IN_LANGUAGE.findall(record.read_text("utf-8"))) == {page_lang}


def test_each_language_has_its_own_tag():
    site = load_site_config(ROOT / "mkdocs.yml")
    assert len({loc.tag for loc in site.locales}) == len(site.locales.codes)
