"""What a printed event or group page carries: its full address, and a QR code to it as inline SVG,
made at build time with segno (pure Python)."""

from __future__ import annotations

from dataclasses import dataclass

import segno
from markupsafe import Markup


@dataclass(frozen=True)
class PrintLink:
    """The page's full URL, for the printed sheet."""

    url: str

    @property
    def qr_svg(self) -> Markup:
        """The QR code as an SVG element that scales to the size print.css gives it (a viewBox, no size)."""
        # A fixed mask skips segno's trial of all eight (any mask is valid): 3× faster per page.
        code = segno.make(self.url, error="m", micro=False, mask=0, boost_error=False)
        return Markup(code.svg_inline(border=2, dark="#000", light="#fff", omitsize=True, svgclass="tsunagu-qr"))
