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
ENGINES = ("mkdocs", "properdocs")  # MkDocs 1.6, and ProperDocs: its maintained continuation
# Every build a test makes, in process or not, starts cold and leaves no cache behind in the repository;
# tests/site/test_cache.py turns the persistent cache on where it is the subject.
os.environ["TSUNAGU_CACHE"] = ""


def build(config: Path, site_dir: Path, engine: str = "mkdocs", **env: str) -> subprocess.CompletedProcess:
    """Run ``mkdocs build --strict`` (or another engine's) as editors do, with 'today' fixed."""
    environment = {**os.environ, "TSUNAGU_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1", **env}
    return subprocess.run(
        [sys.executable, "-m", engine, "build", "--strict", "-f", str(config), "-d", str(site_dir)],
        capture_output=True, text=True, env=environment, cwd=config.parent,
    )


def _built_sample(tmp_path_factory, engine: str) -> Path:
    site = tmp_path_factory.mktemp(f"sample-{engine}") / "site"
    result = build(ROOT / "mkdocs.yml", site, engine)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="session")
def mkdocs_site(tmp_path_factory) -> Path:
    """The repository's own sample site, built by MkDocs once per test session (the browser tests use it)."""
    return _built_sample(tmp_path_factory, "mkdocs")


@pytest.fixture(scope="session", params=ENGINES)
def sample_site(request, tmp_path_factory) -> Path:
    """The sample site as each engine builds it, unchanged: every whole-site check runs on each build."""
    if request.param == "mkdocs":
        return request.getfixturevalue("mkdocs_site")
    return _built_sample(tmp_path_factory, request.param)


@pytest.fixture
def minimal(tmp_path) -> Path:
    """A writable copy of the small fixture site; returns its folder (with mkdocs.yml)."""
    target = tmp_path / "minimal"
    shutil.copytree(FIXTURES / "minimal", target)
    config = target / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("../../../", f"{ROOT.as_posix()}/"), "utf-8")
    return target
