"""Navigation titles for a language that the site configuration gives none (no ``nav_translations``):
each page's own title in that language, where the page has one."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

_HEADING = re.compile(r"^# +(.+?)\s*#*\s*$", re.MULTILINE)
_FRONT_TITLE = re.compile(r"\A---\n(?:.*\n)*?title: *(.+)\n(?:.*\n)*?---\n")
_INLINE_READING = re.compile(r"\{([^{}|\n]+)\|[^{}|\n]+\}")


def page_title(path: Path) -> str | None:
    """A hand-written page's title as MkDocs reads it (front matter ``title``, else its first ``#`` heading),
    as HTML, editors' readings ``{漢字|かんじ}`` left out; None if it has neither."""
    text = path.read_text("utf-8-sig")
    found = _FRONT_TITLE.match(text) or _HEADING.search(text)
    if found is None:
        return None
    return escape(_INLINE_READING.sub(r"\1", found[1].strip().strip("\"'")), quote=False)
