"""Shared fixtures: build the sample site once, copy small fixture sites to temp folders, and one Chromium."""

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
# MkDocs 1.6; ProperDocs, its maintained continuation; and `tsunagu build` (`make build`, the deployed site):
# each language in its own MkDocs process, the builds merged and indexed for search. Every whole-site check
# runs on the parallel build; tests/site/test_engines.py holds the other two to the same files.
ENGINES = ("mkdocs", "properdocs", "parallel")
# Every build a test makes, in process or not, starts cold and leaves no cache behind in the repository;
# tests/site/test_cache.py turns the persistent cache on where it is the subject.
os.environ["TSUNAGU_CACHE"] = ""
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def build(config: Path, site_dir: Path, engine: str = "mkdocs", **env: str) -> subprocess.CompletedProcess:
    """Run ``mkdocs build --strict`` (or another engine's) as editors do, with 'today' fixed."""
    environment = {**os.environ, "TSUNAGU_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1", **env}
    return subprocess.run(
        [sys.executable, "-m", engine, "build", "--strict", "-f", str(config), "-d", str(site_dir)],
        capture_output=True, text=True, env=environment, cwd=config.parent,
    )


def build_parallel(config: Path, site_dir: Path, **env: str) -> subprocess.CompletedProcess:
    """Run ``tsunagu build`` (every language at once, merged) as ``make build`` does, with 'today' fixed."""
    environment = {**os.environ, "TSUNAGU_TODAY": TODAY, **env}
    return subprocess.run(
        [sys.executable, "-m", "tsunagu.cli", "build", "-f", str(config), "-d", str(site_dir)],
        capture_output=True, text=True, env=environment, cwd=config.parent,
    )


def built_sample(tmp_path_factory, engine: str) -> Path:
    """The repository's own sample site as ``engine`` builds it, unchanged."""
    site = tmp_path_factory.mktemp(f"sample-{engine}") / "site"
    config = ROOT / "mkdocs.yml"
    result = build_parallel(config, site) if engine == "parallel" else build(config, site, engine)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Path:
    """The sample site as `tsunagu build` builds it (the deployed site), once per test session: every
    whole-site check and the browser tests run on it."""
    return built_sample(tmp_path_factory, "parallel")


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright, one for the whole session: Playwright's sync API cannot be
    started a second time while a first one runs."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def minimal(tmp_path) -> Path:
    """A writable copy of the small fixture site; returns its folder (with mkdocs.yml)."""
    return copy_minimal(tmp_path / "minimal")


def copy_minimal(target: Path) -> Path:
    """Copy the small fixture site to ``target``, its paths pointing at this repository; return ``target``."""
    shutil.copytree(FIXTURES / "minimal", target)
    config = target / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("../../../", f"{ROOT.as_posix()}/"), "utf-8")
    return target


def build_per_language(config: Path) -> None:
    """Set up a site as the sample site is for building one language alone: the i18n plugin's
    ``build_only_locale`` reads ``TSUNAGU_LANG``, and Pagefind replaces Material's search."""
    text = config.read_text("utf-8").replace("  - i18n:\n", "  - i18n:\n      build_only_locale: !ENV [TSUNAGU_LANG, null]\n")
    config.write_text(text.replace("  - search\n", ""), "utf-8")


@pytest.fixture
def minimal_per_language(minimal) -> Path:
    """A writable copy of the small fixture site, set up for building one language alone."""
    build_per_language(minimal / "mkdocs.yml")
    return minimal
