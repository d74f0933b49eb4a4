"""When a hand-written page last changed, from Git.

Without Git history (a download of the sources, a shallow copy without the
file, Git not installed) there is no date: pages then show none rather than a
file time, which in a fresh checkout is only the time of the checkout.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1024)
def last_change(path: Path) -> dt.date | None:
    """The committer date of the last commit touching ``path``, or None when Git cannot tell."""
    try:
        result = subprocess.run(["git", "log", "-1", "--format=%cs", "--", path.name], cwd=path.parent,
                                capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    text = result.stdout.strip()
    if result.returncode != 0 or not text:
        return None
    return dt.date.fromisoformat(text)
