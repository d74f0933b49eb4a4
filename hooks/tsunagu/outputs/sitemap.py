"""The site's sitemap (sitemaps.org) at its root: every page of every language, each with the same page in
every language as ``xhtml:link`` alternates, as search engines expect. It is read from the built pages'
own ``<link rel="alternate" hreflang>`` once the whole site is built (every language, or the merged
builds), so the sitemap and the pages always agree. Pages marked ``noindex`` are left out.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from xml.etree import ElementTree

from ..html.htmltext import parse_attributes

PATH = "sitemap.xml"
_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
_XHTML = "http://www.w3.org/1999/xhtml"
_LINK = re.compile(r"<link\b([^>]*)>")
_LANG = re.compile(r'<html\b[^>]*\slang="([^"]+)"')
_NOINDEX = re.compile(r'<meta\s+name="robots"\s+content="[^"]*noindex')


def page_alternates(html: str) -> tuple[str, list[tuple[str, str]]] | None:
    """The page's own address and its (hreflang, address) alternates, from its head; None for a page
    without them, or not to be indexed."""
    head = html.split("</head>", 1)[0]
    lang = _LANG.search(head)
    if lang is None or _NOINDEX.search(head):
        return None
    links = [dict(parse_attributes(attrs)) for attrs in _LINK.findall(head)]
    alternates = [(link["hreflang"], link["href"]) for link in links
                  if link.get("rel") == "alternate" and link.get("hreflang") and link.get("href")]
    own = next((href for hreflang, href in alternates if hreflang == lang[1]), None)
    return (own, alternates) if own and own.startswith(("https:", "http:")) else None


def site_sitemap(site_dir: Path) -> bytes:
    """The sitemap of every page of the built site at ``site_dir``."""
    ElementTree.register_namespace("", _NAMESPACE)
    ElementTree.register_namespace("xhtml", _XHTML)
    urlset = ElementTree.Element(f"{{{_NAMESPACE}}}urlset")
    for page in sorted(site_dir.rglob("index.html")):
        found = page_alternates(page.read_text("utf-8"))
        if found is None:
            continue
        url = ElementTree.SubElement(urlset, f"{{{_NAMESPACE}}}url")
        ElementTree.SubElement(url, f"{{{_NAMESPACE}}}loc").text = found[0]
        for hreflang, href in found[1]:
            ElementTree.SubElement(url, f"{{{_XHTML}}}link", rel="alternate", hreflang=hreflang, href=href)
    ElementTree.indent(urlset)
    return ElementTree.tostring(urlset, encoding="utf-8", xml_declaration=True) + b"\n"


def write_sitemap(site_dir: Path) -> None:
    """Write ``sitemap.xml`` (and its gzip copy, as MkDocs writes one) at the root of the built site."""
    sitemap = site_sitemap(site_dir)
    (site_dir / PATH).write_bytes(sitemap)
    (site_dir / (PATH + ".gz")).write_bytes(gzip.compress(sitemap, mtime=0))
