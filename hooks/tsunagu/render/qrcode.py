"""What a printed event or group page carries: its full address, and a QR code to it as inline SVG,
made at build time with segno (pure Python)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import segno
from markupsafe import Markup


@dataclass(frozen=True)
class PrintLink:
    """The page's full URL, for the printed sheet."""

    url: str

    @property
    def qr_svg(self) -> Markup:
        """The QR code as an SVG element that scales to the size the print rules of tsunagu.css give it (a viewBox, no size)."""
        return qr_svg(self.url)


# Kept for the process: a preview (`mkdocs serve`) renders every page again on each edit, and a code
# takes milliseconds of pure Python (for speed).
@lru_cache(maxsize=16384)  # a prefecture's pages of one language
def qr_svg(url: str) -> Markup:
    # A fixed mask skips segno's trial of all eight (any mask is valid): 3× faster per page.
    code = segno.make(url, error="m", micro=False, mask=0, boost_error=False)
    return Markup(code.svg_inline(border=2, dark="#000", light="#fff", omitsize=True, svgclass="tsunagu-qr"))
