"""A local static host that answers like GitHub Pages, for measuring what a reader downloads.

It serves a built site below the path of its ``site_url`` (``/tsunagu/``), answers anything
missing with the site's root ``404.html`` and status 404, and gzip-compresses text responses
(HTML, CSS, JavaScript, JSON, SVG, XML) for clients that accept it, at level 6. Other files
(images, Pagefind's pre-compressed index) are sent as they are.
"""

from __future__ import annotations

import functools
import gzip
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

GZIP_LEVEL = 6
CACHE_CONTROL = "max-age=600"  # GitHub Pages' own


def compressible(content_type: str) -> bool:
    """Whether a static host like GitHub Pages gzips a response of this type."""
    kind = content_type.split(";")[0].strip()
    return kind.startswith("text/") or kind in {
        "application/javascript", "application/json", "application/xml", "image/svg+xml",
        "application/atom+xml", "application/manifest+json"}


class GzipHost(SimpleHTTPRequestHandler):
    """Serves ``directory`` below ``base_path``, gzipping text as GitHub Pages does."""

    base_path = "/"
    protocol_version = "HTTP/1.1"

    def translate_path(self, path: str) -> str:
        inside = path[len(self.base_path) - 1:] if path.startswith(self.base_path) else "/__outside_the_site__"
        return super().translate_path(inside)

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path.split("?")[0].split("#")[0]))
        if path.is_dir() and not self.path.split("?")[0].endswith("/"):
            return super().do_GET()  # the redirect to the folder's address
        if path.is_dir():
            path = path / "index.html"
        if path.is_file():
            return self.send_file(200, path)
        not_found = Path(self.directory) / "404.html"
        if not_found.is_file():
            return self.send_file(404, not_found)
        self.send_error(404)

    def send_file(self, status: int, path: Path) -> None:
        body, content_type = path.read_bytes(), self.guess_type(str(path))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Cache-Control", CACHE_CONTROL)
        if compressible(content_type) and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, GZIP_LEVEL, mtime=0)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args) -> None:
        pass


class Host:
    """A built site served on a free local port in a background thread, as a context manager."""

    def __init__(self, site: Path, base_path: str):
        handler = type("Handler", (GzipHost,), {"base_path": base_path})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
        self.base_path = base_path
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{self.base_path}{path.lstrip('/')}"

    def __enter__(self) -> "Host":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
