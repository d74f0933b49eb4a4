"""A light first view (issue 12): opening any page downloads at most 75 KB gzip, counted from the
built page's markup by bench/weight.py: the HTML plus every stylesheet, script, font and image it
references, as a static host sends them (text gzipped at level 6). Search loads on use, so it is
not in the count."""

from __future__ import annotations

import gzip
import urllib.request
from pathlib import Path
from urllib.error import HTTPError

import pytest

from bench.host import Host
from bench.weight import first_view, listing, site_path
from tests.browser.site_pages import LANGUAGE_PREFIXES, ROOT, pages_of

BUDGET = 75 * 1024
BASE_PATH = site_path(ROOT / "mkdocs.yml")


@pytest.mark.parametrize("lang", list(LANGUAGE_PREFIXES))
def test_first_view_is_within_the_budget(sample_site, lang):
    problems = []
    for path in pages_of(lang, sample_site):
        view = first_view(sample_site, path, BASE_PATH)
        if view.sent > BUDGET or view.elsewhere or view.missing:
            problems.append(f"/{path}: {view.sent:,} B sent in {len(view.files)} files "
                            f"(budget {BUDGET:,} B)\n{listing(view)}")
    assert not problems, "\n\n".join(problems)


@pytest.fixture
def tiny_site(tmp_path) -> Path:
    """A two-page site below /s/: a page with a stylesheet (a font and an import), a script, an icon
    and references that the count must leave out or report."""
    files = {
        "index.html": '<!doctype html><link rel="stylesheet" href="a.css"><link rel="icon" href="i.png">'
                      '<link rel="canonical" href="https://example.org/s/"><link rel="stylesheet" href="https://cdn.example/x.css">'
                      '<script src="/s/j.js"></script><script type="application/ld+json">{}</script>'
                      '<img src="data:image/png;base64,AA" srcset="p.png 1x, p.png 2x"><img src="gone.png">'
                      '<style>@font-face { src: url(f2.woff2) }</style><a href="other/">other</a>',
        "a.css": "@import url('b.css'); @font-face { src: url(\"f.woff2\") format('woff2') } .x { mask: url(data:x) }",
        "b.css": ".b { color: red }",
        "j.js": "console.log(1)",
        "other/index.html": "<!doctype html>" + "x" * 5000,
        "404.html": '<!doctype html><link rel="stylesheet" href="/s/a.css">',
    }
    binaries = {"i.png": b"\x89PNG" + bytes(300), "p.png": bytes(40), "f.woff2": bytes(1000), "f2.woff2": bytes(7)}
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, "utf-8")
    for name, data in binaries.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


def test_the_count_follows_every_reference_once(tiny_site):
    view = first_view(tiny_site, "", "/s/")
    assert [f.url for f in view.files] == ["/s/", "/s/a.css", "/s/b.css", "/s/f.woff2", "/s/i.png", "/s/j.js",
                                           "/s/p.png", "/s/f2.woff2"]
    assert view.elsewhere == ["https://cdn.example/x.css"] and view.missing == ["/s/gone.png"]
    fonts_and_images = {f.url: f.sent for f in view.files if f.url.endswith((".woff2", ".png"))}
    assert fonts_and_images == {"/s/f.woff2": 1000, "/s/i.png": 304, "/s/p.png": 40, "/s/f2.woff2": 7}
    html = (tiny_site / "index.html").read_bytes()
    assert view.files[0].sent == len(gzip.compress(html, 6, mtime=0)) and view.files[0].raw == len(html)


def test_a_missing_page_is_the_404_page(tiny_site):
    view = first_view(tiny_site, "nowhere/", "/s/")
    assert [f.url for f in view.files] == ["/s/nowhere/", "/s/a.css", "/s/b.css", "/s/f.woff2"]


def _get(url: str) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, dict(response.headers), response.read()
    except HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_the_benchmark_host_sends_as_the_count_does(tiny_site):
    """The host Lighthouse measures against (bench/host.py) sends what first_view counts."""
    view = {f.url: f.sent for f in first_view(tiny_site, "", "/s/").files}
    with Host(tiny_site, "/s/") as host:
        for url in ("/s/", "/s/a.css", "/s/j.js", "/s/i.png"):
            status, headers, body = _get(host.url(url.removeprefix("/s/")))
            assert status == 200 and len(body) == view[url]
            assert headers.get("Content-Encoding") == (None if url.endswith(".png") else "gzip")
        status, _, body = _get(host.url("nowhere/"))
        assert status == 404 and gzip.decompress(body) == (tiny_site / "404.html").read_bytes()
