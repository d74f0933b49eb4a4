"""Where generated pages live, and links between pages of the same language."""

from __future__ import annotations

import posixpath

import datetime as dt

from .kinds import DIGEST_SECTION, KINDS


def index_src(section: str) -> str:
    """Source name of a section index, e.g. ``groups/index.md``."""
    return f"{section}/index.md"


def record_src(kind: str, record_id: str) -> str:
    """Source name of a record page, e.g. ``groups/sakuradai.md``: the same in every language."""
    return KINDS[kind].record_src(record_id)


def index_url(kind: str) -> str:
    """Where a kind's section index is, e.g. ``groups/``."""
    return f"{KINDS[kind].section}/"


def digest_src(area: str, month: dt.date) -> str:
    """Source name of a 回覧板 digest page, e.g. ``digest/kita/2026-12.md``: the same in every language."""
    return f"{DIGEST_SECTION}/{area}/{month:%Y-%m}.md"


def digest_url(area: str, month: dt.date) -> str:
    """Where a digest page is, below a language's root."""
    return src_to_url(digest_src(area, month))


def src_to_url(src: str) -> str:
    """``groups/index.md`` → ``groups/``; ``groups/x.md`` → ``groups/x/`` (directory URLs)."""
    stem = src[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
        return stem
    return stem + "/"


def relative(from_url: str, to_url: str) -> str:
    """A relative link between two site-relative URLs; directory URLs end in ``/``."""
    link = posixpath.relpath("/" + to_url, "/" + from_url)
    if link == ".":
        return "./"
    return link + "/" if to_url == "" or to_url.endswith("/") else link
