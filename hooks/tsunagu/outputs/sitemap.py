"""A sitemap in each language's folder, where Material's script looks for one.

The site's sitemap (``sitemap.xml`` at the root, written by mkdocs-static-i18n) lists the
hand-written pages of every language; the generated pages (records and their indexes) are not in it. Material's script fetches ``sitemap.xml`` beside every ``<link rel="alternate">`` of a
page: each language's home and each language's feed. In the folder of every language but the default,
a sitemap index (sitemaps.org) answers it and points at the site's sitemap.
"""

from __future__ import annotations

from xml.etree import ElementTree

from ..model.locales import Locale
from .files import OutputFile
from .published import AbsoluteUrls

PATH = "sitemap.xml"
_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"


def language_sitemaps(locale: Locale, site_url: str) -> list[OutputFile]:
    """The sitemap index of ``locale``'s folder; none for the default language, whose folder is the root."""
    if locale.default:
        return []
    index = ElementTree.Element("sitemapindex", xmlns=_NAMESPACE)
    ElementTree.SubElement(ElementTree.SubElement(index, "sitemap"), "loc").text = AbsoluteUrls(site_url).base + PATH
    return [OutputFile(PATH, ElementTree.tostring(index, encoding="utf-8", xml_declaration=True))]
