"""Browser fixtures: serve a built site on 127.0.0.1, and a fresh page of the shared Chromium for each test."""

from __future__ import annotations

import functools
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .site_pages import ROOT


class _StaticHost(SimpleHTTPRequestHandler):
    """Serves the site below its ``site_url`` path, and the root 404.html for anything missing,
    as GitHub Pages does."""

    base_path = "/"

    def translate_path(self, path: str) -> str:
        inside = path[len(self.base_path) - 1:] if path.startswith(self.base_path) else "/__outside_the_site__"
        return super().translate_path(inside)

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


def site_path(config: Path) -> str:
    """The path part of a site's ``site_url`` ('/tsunagu/'), where its absolute links point."""
    found = re.search(r"^site_url:\s*(\S+)", config.read_text("utf-8"), re.MULTILINE)
    return urlsplit(found[1]).path if found else "/"


class SiteServer:
    """A built site served over HTTP on a free local port, in a background thread."""

    def __init__(self, root: Path, base_path: str = "/"):
        handler = type("Handler", (_StaticHost,), {"base_path": base_path})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
        self.root, self.base_path = root, base_path
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{self.base_path}"

    def url(self, path: str) -> str:
        return self.base + path.lstrip("/")

    def __enter__(self) -> "SiteServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def served(sample_site: Path):
    """The sample site, served on 127.0.0.1 below the path of its ``site_url``."""
    with SiteServer(sample_site, site_path(ROOT / "mkdocs.yml")) as server:
        yield server


@pytest.fixture
def page(browser):
    """A fresh page (own context: no shared storage between tests), 1280×900."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()
