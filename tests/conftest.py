"""Shared fixtures: build the sample site once, and copy small fixture sites to temp folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TODAY = "2026-11-23"


def build(config: Path, site_dir: Path, **env: str) -> subprocess.CompletedProcess:
    """Run ``mkdocs build --strict`` as editors do, with 'today' fixed."""
    environment = {**os.environ, "TSUNAGU_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1", **env}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site_dir)],
        capture_output=True, text=True, env=environment, cwd=config.parent,
    )


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Path:
    """The repository's own sample site, built once per test session."""
    site = tmp_path_factory.mktemp("sample") / "site"
    result = build(ROOT / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture
def minimal(tmp_path) -> Path:
    """A writable copy of the small fixture site; returns its folder (with mkdocs.yml)."""
    target = tmp_path / "minimal"
    shutil.copytree(FIXTURES / "minimal", target)
    config = target / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("../../../", f"{ROOT.as_posix()}/"), "utf-8")
    return target
