"""Editors' Markdown to safe HTML: raw HTML is escaped and links keep only safe schemes."""

from __future__ import annotations

from functools import lru_cache

import markdown
import nh3

ALLOWED_SCHEMES = {"http", "https", "mailto", "tel"}
_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4", "blockquote", "code",
         "table", "thead", "tbody", "tr", "th", "td", "hr"}


@lru_cache(maxsize=8192)
def render_markdown(text: str) -> str:
    """HTML for a Markdown field; editors' raw HTML comes out as text, not markup."""
    converter = markdown.Markdown(extensions=["tables", "sane_lists"])
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    html = converter.convert(text)
    return nh3.clean(html, tags=_TAGS, attributes={"a": {"href"}, "th": {"align"}, "td": {"align"}},
                     url_schemes=ALLOWED_SCHEMES, link_rel="noopener")
