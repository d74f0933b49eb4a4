"""Broken internal links in hand-written pages: links to Markdown pages or files that do not exist.

Like MkDocs, only links to ``.md`` pages and to files with an extension are judged;
a link with a scheme (``https:``, ``mailto:``…), an anchor alone, or a folder URL is left alone.
Generated pages (``groups/<id>.md``…) exist only in memory, so their names are passed in.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from ..model import messages
from ..model.errors import Problem, display_path
from ..model.kinds import with_pages

_INLINE = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^)]*[\"'])?\s*\)")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//")


def broken_links(docs_dir: Path, root: Path, generated: set[str] | None) -> list[Problem]:
    """Problems for links in ``docs_dir/**/*.md`` that lead nowhere.

    ``generated`` holds the source names of generated pages; None means they are
    unknown (the data did not load), and links into their folders are not judged.
    """
    sources = {p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*") if p.is_file()}
    problems = []
    for page in sorted(docs_dir.rglob("*.md")):
        src = page.relative_to(docs_dir).as_posix()
        for line, target in _links(page.read_text("utf-8", errors="replace")):
            resolved = _resolve(src, target)
            if resolved is not None and not _exists(resolved, sources, generated):
                problems.append(Problem(display_path(page, root), line, "", messages.BROKEN_LINK.format(target=target)))
    return problems


def _links(text: str):
    """(line, target) of every link outside fenced code blocks."""
    fenced = False
    for number, line in enumerate(text.splitlines(), start=1):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            continue
        for match in _INLINE.finditer(line):
            yield number, match[1]
        if reference := _REFERENCE.match(line):
            yield number, reference[1]


def _resolve(src: str, target: str) -> str | None:
    """The docs-relative path ``target`` points to, or None when it is not ours to judge."""
    path = target.split("#", 1)[0].split("?", 1)[0]
    if not path or _SCHEME.match(path) or "." not in posixpath.basename(path):
        return None
    base = "" if path.startswith("/") else posixpath.dirname(src)
    return posixpath.normpath(posixpath.join(base, path.lstrip("/")))


def _exists(path: str, sources: set[str], generated: set[str] | None) -> bool:
    if path in sources:
        return True
    if generated is None:
        return path.split("/", 1)[0] in {kind.section for kind in with_pages()}
    return path in generated
