"""The site's own scripts as readers download them: without their whole-line comments (the stylesheets:
``stylesheet.py``, served as the engine copies them).

``docs/assets/`` keeps its comments for the people who edit it; every page's first view downloads
``tsunagu.js`` (about 1 KB of comments, gzip), so the built copies leave them out.
Only comments that fill their lines are taken, so nothing inside a string or a rule is touched.
"""

from __future__ import annotations

import re
from pathlib import Path

FOLDER = "assets"
SUFFIXES = (".js",)
_WHOLE_LINE_COMMENT = re.compile(r"^[ \t]*/\*.*?\*/[ \t]*\n", re.M | re.S)


def without_comments(text: str) -> str:
    """``text`` (JavaScript or CSS) without its whole-line ``/* … */`` comments."""
    return _WHOLE_LINE_COMMENT.sub("", text)


def strip_comments(docs_dir: Path, site_dir: Path) -> None:
    """Rewrite the built copy of each script of ``docs_dir/assets`` without its comments."""
    for source in sorted((docs_dir / FOLDER).glob("*")):
        built = site_dir / FOLDER / source.name
        if source.suffix in SUFFIXES and built.is_file():
            built.write_text(without_comments(source.read_text("utf-8")), "utf-8")
