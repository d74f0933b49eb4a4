"""Corrections to the theme's markup where its templates leave no block to override.

Material's ``base.html`` gives its two toggle checkboxes (the navigation drawer, the search overlay)
``autocomplete="off"``, which HTML allows on text-like inputs only. It was there so that a browser
re-opening a page from history (without its back-forward cache) would not restore an open drawer;
without it, such a page comes back as the reader left it, as it does from the back-forward cache.
"""

from __future__ import annotations

import re

_TOGGLE_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle" [^>]*?id="__(?:drawer|search)")\s+autocomplete="off"')


def valid_toggles(html: str) -> str:
    """The page with ``autocomplete`` taken off Material's drawer and search checkboxes."""
    return _TOGGLE_AUTOCOMPLETE.sub(r"\1", html, count=2)
