"""Build the site next to the old one and swap it into place only when the build succeeds.

MkDocs empties ``site_dir`` before writing; a build that fails half-way would
leave a broken site. Building into a sibling folder keeps the published one intact.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def build_and_swap(config_file: Path, site_dir: Path, strict: bool = True) -> subprocess.CompletedProcess:
    """Run ``mkdocs build --strict`` (``--no-strict`` if not ``strict``) into a temporary folder; on success
    it becomes ``site_dir``."""
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-new-", dir=site_dir.parent))
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict" if strict else "--no-strict",
         "-f", str(config_file), "-d", str(fresh)],
        capture_output=True, text=True, cwd=config_file.parent, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    if result.returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        return result
    swap(fresh, site_dir)
    return result


def swap(fresh: Path, site_dir: Path) -> None:
    """Put ``fresh`` where ``site_dir`` is, removing the old site only once the new one is in place."""
    fresh.chmod(0o755)
    if not site_dir.exists():
        fresh.rename(site_dir)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-old-", dir=site_dir.parent))
    old.rmdir()
    site_dir.rename(old)
    fresh.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)
