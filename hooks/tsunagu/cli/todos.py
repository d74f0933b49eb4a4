"""The TODO markers left in a site's own files (the starting texts of ``tsunagu init`` have them):
``tsunagu check`` lists each as a warning, so a new site knows what is left to write."""

from __future__ import annotations

import re
from pathlib import Path

from ..model.errors import Problem, display_path

_MARKER = re.compile(r"\bTODO\b:?\s*(.*?)\s*(?:-->)?\s*$")


def todo_markers(root: Path, docs_dir: Path, data_dir: Path, config_file: Path) -> list[Problem]:
    """Every line holding TODO in the pages, the data and the settings, with what it asks for."""
    files = [config_file, *sorted(docs_dir.rglob("*.md")), *sorted(data_dir.rglob("*.yml"))]
    return [problem for path in files if path.is_file() for problem in _in_file(path, root)]


def _in_file(path: Path, root: Path) -> list[Problem]:
    found = []
    for number, line in enumerate(path.read_text("utf-8", errors="replace").splitlines(), start=1):
        match = _MARKER.search(line)
        if match:
            found.append(Problem(display_path(path, root), number, "TODO", match[1] or "to be written"))
    return found
