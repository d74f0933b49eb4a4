"""What opening a page for the first time downloads, read from the built site's markup.

A page's first view is its HTML and every stylesheet, script, image and icon the markup references
(``<link rel=stylesheet|icon|preload|modulepreload|prefetch>``, ``<script src>``, ``<img>``,
``<source>``, ``<video poster>``, ``<input type=image>``), plus the fonts and stylesheets those
stylesheets (and inline ``<style>``) load with ``url()`` or ``@import``. What scripts fetch later
(search, on use) is not in it. Sizes are as a static host like GitHub Pages sends them
(bench/host.py): text gzipped at level 6, images and fonts as they are.
"""

from __future__ import annotations

import gzip
import mimetypes
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from .host import GZIP_LEVEL, compressible

FETCHED_LINKS = {"stylesheet", "icon", "preload", "modulepreload", "prefetch"}
FONT_SUFFIXES = (".woff2", ".woff", ".ttf", ".otf", ".eot")
CSS_URL = re.compile(r"""@import\s+(?:url\()?\s*["']?([^"')\s;]+)|url\(\s*["']?([^"')]+?)["']?\s*\)""")


@dataclass(frozen=True)
class Download:
    """One file of a first view: its address on the site, size on disk and size as sent."""

    url: str
    raw: int
    sent: int


@dataclass
class FirstView:
    """The files a page's first view downloads, and references the site cannot answer."""

    page: str
    files: list[Download] = field(default_factory=list)
    elsewhere: list[str] = field(default_factory=list)  # on another host: not counted
    missing: list[str] = field(default_factory=list)  # not in the built site

    @property
    def raw(self) -> int:
        return sum(f.raw for f in self.files)

    @property
    def sent(self) -> int:
        return sum(f.sent for f in self.files)


class _References(HTMLParser):
    """The addresses a page's markup makes the browser fetch on load, and its inline CSS."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {name: value or "" for name, value in attrs}
        if tag == "link" and FETCHED_LINKS & set(a.get("rel", "").lower().split()):
            self.urls.append(a.get("href", ""))
        elif tag in ("script", "img") or (tag == "input" and a.get("type") == "image"):
            self.urls.append(a.get("src", ""))
        elif tag == "video":
            self.urls.append(a.get("poster", ""))
        if tag in ("img", "source"):
            self.urls += [candidate.split()[0] for candidate in a.get("srcset", "").split(",") if candidate.strip()]
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


def site_path(config: Path) -> str:
    """The path part of a site's ``site_url`` ('/tsunagu/'), below which the site is served."""
    found = re.search(r"^site_url:\s*(\S+)", config.read_text("utf-8"), re.MULTILINE)
    return urlsplit(found[1]).path if found else "/"


def sent_size(path: Path, data: bytes) -> int:
    """Bytes on the wire: gzipped at level 6 when a static host compresses the type, else as stored."""
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return len(gzip.compress(data, GZIP_LEVEL, mtime=0)) if compressible(kind) else len(data)


def page_file(site: Path, path: str) -> Path:
    """The file the host answers ``path`` with: its index.html, or the site's 404 page."""
    page = site / path / "index.html"
    return page if page.is_file() else site / "404.html"


def css_references(css: str) -> list[str]:
    """Fonts and stylesheets a stylesheet loads (``data:`` URIs are in its own bytes already)."""
    found = [imported or url for imported, url in CSS_URL.findall(css)]
    return [url for url in found if not url.startswith("data:")
            and (url.lower().split("?")[0].endswith(FONT_SUFFIXES + (".css",)))]


class _Reader:
    """Follows one page's references through the site, each file once."""

    def __init__(self, site: Path, base_path: str, view: FirstView):
        self.site, self.base_path, self.view, self.seen = site, base_path, view, set()

    def local(self, url: str) -> Path | None:
        """The site file of a URL on the site's own host, or None when it is elsewhere or missing."""
        parts = urlsplit(url)
        if parts.scheme not in ("", "http", "https") or parts.netloc or not parts.path.startswith(self.base_path):
            self.view.elsewhere.append(url)
            return None
        file = self.site / unquote(parts.path[len(self.base_path):])
        file = file / "index.html" if parts.path.endswith("/") else file
        if not file.is_file():
            self.view.missing.append(url)
            return None
        return file

    def add(self, url: str, base: str) -> None:
        url = urljoin(base, url).split("#")[0]
        if not url or url.startswith("data:") or url in self.seen:
            return
        self.seen.add(url)
        file = self.local(url)
        if file is None:
            return
        data = file.read_bytes()
        self.view.files.append(Download(url, len(data), sent_size(file, data)))
        if file.suffix == ".css":
            for reference in css_references(data.decode("utf-8", "replace")):
                self.add(reference, url)


def first_view(site: Path, path: str, base_path: str) -> FirstView:
    """The first view of the page at ``path`` (site-relative, like 'groups/'), served below ``base_path``."""
    view = FirstView(path)
    reader = _Reader(site, base_path, view)
    page_url = base_path + path
    html = page_file(site, path).read_bytes()
    view.files.append(Download(page_url, len(html), sent_size(Path("index.html"), html)))
    reader.seen.add(page_url)
    references = _References()
    references.feed(html.decode("utf-8"))
    for url in references.urls:
        if url:
            reader.add(url, page_url)
    for css in references.styles:
        for url in css_references(css):
            reader.add(url, page_url)
    return view


def listing(view: FirstView) -> str:
    """The files of a first view with their sizes, one a line, the largest first."""
    lines = [f"  {f.sent:>7,} B sent {f.raw:>8,} B raw  {f.url}" for f in sorted(view.files, key=lambda f: -f.sent)]
    lines += [f"  on another host (not counted): {url}" for url in view.elsewhere]
    lines += [f"  not in the site: {url}" for url in view.missing]
    return "\n".join(lines)
