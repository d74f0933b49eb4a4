"""Material's markup corrected where its templates leave no block to override. Only the theme needs these,
so they live beside the hook (``tsunagu_hook.py``), outside the package.

Material's ``base.html`` gives its two toggle checkboxes (the navigation drawer, the search overlay)
``autocomplete="off"``, which HTML allows on text-like inputs only. It was there so that a browser
re-opening a page from history (without its back-forward cache) would not restore an open drawer;
without it, such a page comes back as the reader left it, as it does from the back-forward cache.

On a hand-written page left out of the navigation, the title of its table of contents is a label for the
contents toggle that only the navigation holds; with no toggle, the label is left pointing at nothing.
"""

from __future__ import annotations

import re

_TOGGLE_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle" [^>]*?id="__(?:drawer|search)")\s+autocomplete="off"')
_TOC_LABEL = '<label class="md-nav__title" for="__toc">'


def valid_toggles(html: str) -> str:
    """The page with ``autocomplete`` taken off Material's drawer and search checkboxes, and its contents
    title no longer a label for a toggle the page does not have."""
    html = _TOGGLE_AUTOCOMPLETE.sub(r"\1", html, count=2)
    if 'id="__toc"' in html:
        return html
    return html.replace(_TOC_LABEL, '<label class="md-nav__title">', 1)
