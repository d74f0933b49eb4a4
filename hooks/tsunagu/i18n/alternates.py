"""The language switcher's entries: for each language, its name, its tag and the same page in it.

Material lists the entries (``extra.alternate``) as ``<link rel="alternate" hreflang>`` in every page's
head, for search engines: so an entry's ``link`` is the same page in that language by its absolute
address. Material's script fetches a ``sitemap.xml`` beside every ``<link rel="alternate">`` when the
page has loaded, for a switcher it takes over; ours leads to the page itself (``target="_self"``), and
beside a page there is no sitemap. So docs/assets/tsunagu.js takes the links' ``rel`` off for that
moment: a listener on the window, which the event reaches first, takes it off, and one on the document,
added after Material's, puts it back, in the same event. The switcher
(``overrides/partials/alternate.html``) leads to ``page``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.locales import Locale, Locales


@dataclass(frozen=True)
class Alternate:
    """One language in the switcher; links are for MkDocs' ``url`` filter."""

    name: str
    lang: str  # BCP 47, for hreflang and lang
    link: str  # the same page in that language, absolute where the site's address is known
    page: str  # the same page in that language, for the url filter
    current: bool = False  # the language of the page


def alternates(locales: Locales, current: Locale, page_url: str, root: str = "", base: str = "") -> list[Alternate]:
    """The switcher's entries on the page at ``page_url`` (site-relative, in ``current``'s folder). Pages
    start with ``root``: the site's path on its host where the page's own address is not known (404);
    links with ``base``, the site's absolute address."""
    path = page_url[len(current.prefix):]
    return [Alternate(loc.name, loc.tag, (base or root) + loc.prefix + path, root + loc.prefix + path, loc == current)
            for loc in locales]
