"""The site's own stylesheets as readers get them: without their comments and indentation, which explain
the rules to editors in the repository but would cost every reader's first view their bytes (75 KB gzip
in all, tests/site/test_page_weight.py)."""

from __future__ import annotations

import re

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_INDENT = re.compile(r"\n\s*")


def served(css: str) -> str:
    """``css`` without comments, indentation and blank lines (rules and values unchanged)."""
    return _INDENT.sub("\n", _COMMENT.sub("", css)).strip() + "\n"
