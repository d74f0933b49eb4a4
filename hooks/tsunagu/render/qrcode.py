"""What a printed event or group page carries: its full address, and a QR code to it as inline SVG,
made at build time with segno (pure Python) and kept, by URL, in the persistent cache."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import segno
from markupsafe import Markup

from ..store.cache import Cache, digest, package_version


class QrCodes:
    """The QR codes of one build: from the persistent cache (``cache``) where it has them."""

    def __init__(self, cache: Cache | None):
        inputs = (package_version("segno"), digest(Path(__file__).read_bytes()))
        self.shelf = cache.shelf("qr", *inputs) if cache else None

    def svg(self, url: str) -> Markup:
        kept = self.shelf.get(url) if self.shelf else None
        if kept is not None:
            return Markup(kept)
        made = qr_svg(url)
        if self.shelf:
            self.shelf.put(url, str(made))
        return made


_UNCACHED = QrCodes(None)


@dataclass(frozen=True)
class PrintLink:
    """The page's full URL, for the printed sheet."""

    url: str
    codes: QrCodes = _UNCACHED

    @property
    def qr_svg(self) -> Markup:
        """The QR code as an SVG element that scales to the size the print rules of tsunagu.css give it (a viewBox, no size)."""
        return self.codes.svg(self.url)


# Kept for the process: a preview (`mkdocs serve`) renders every page again on each edit, and a code
# takes milliseconds of pure Python (for speed).
@lru_cache(maxsize=16384)  # a prefecture's pages of one language
def qr_svg(url: str) -> Markup:
    # A fixed mask skips segno's trial of all eight (any mask is valid): 3× faster per page.
    code = segno.make(url, error="m", micro=False, mask=0, boost_error=False)
    return Markup(code.svg_inline(border=2, dark="#000", light="#fff", omitsize=True, svgclass="tsunagu-qr"))
