"""The language switcher's entries: for each language, its name, its tag, its home and the same page in it.

Material lists the entries (``extra.alternate``) as ``<link rel="alternate" hreflang>`` in every page's
head, and its script fetches ``sitemap.xml`` beside each of those links: so an entry's ``link`` is its
language's home, where a sitemap is. The switcher (``overrides/partials/alternate.html``) leads to ``page``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.locales import Locale, Locales


@dataclass(frozen=True)
class Alternate:
    """One language in the switcher; links are for MkDocs' ``url`` filter."""

    name: str
    lang: str  # BCP 47, for hreflang and lang
    link: str  # the language's home
    page: str  # the same page in that language
    current: bool = False  # the language of the page


def alternates(locales: Locales, current: Locale, page_url: str, root: str = "") -> list[Alternate]:
    """The switcher's entries on the page at ``page_url`` (site-relative, in ``current``'s folder). Links
    start with ``root``: the site's path on its host where the page's own address is not known (404)."""
    path = page_url[len(current.prefix):]
    return [Alternate(loc.name, loc.tag, root + loc.prefix, root + loc.prefix + path, loc == current) for loc in locales]
