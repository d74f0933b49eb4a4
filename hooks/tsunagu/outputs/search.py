"""Site search with Pagefind: one bundle per language (``<prefix>pagefind/``), indexed one language after
another, and a language of more than ``PART_PAGES`` pages in parts, one after another, so that Pagefind
holds at most that many pages at a time (its memory grows with them: README, "Performance"). A part after
the first is a bundle of its own beside the first (``<prefix>pagefind-2/``, …); the first bundle's
``parts.json`` names them, and the search box merges them into its search (Pagefind's ``mergeIndex``).

Each language searches only its own pages. Only content marked ``data-pagefind-body`` is indexed; ruby readings and
elements marked ``data-search-exclude`` (glossary tooltips) are skipped, and headings'
readings are indexed from their attribute (html.search_readings).
The extended binary segments Japanese text into words. npm's Pagefind (1.6, installed by
``npm ci``) segments it as the browser segments a query (ICU), and finds far more (bench/search.py);
a site built from the Python packages alone is indexed by PyPI's (1.5.2, ``pagefind[extended]``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from pagefind.service import get_executable

from ..model import messages
from ..model.errors import TsunaguError

BUNDLE_DIR = "pagefind"
PARTS_FILE = "parts.json"
# About 0.28 MB of Pagefind's memory a Japanese page (measured; README, "Performance"): a part of
# 3,000 pages stays under 1 GB.
PART_PAGES = 3000
# Ruby readings, and whatever the templates mark as not for search (glossary tooltips).
EXCLUDE_SELECTORS = ("rt", "rp", "[data-search-exclude]")
_BUNDLE = re.compile(re.escape(BUNDLE_DIR) + r"(-\d+)?")  # a bundle folder, the first or a later part's


class SearchIndexError(TsunaguError):
    """Pagefind could not be found or failed."""


NPM_PAGEFIND = Path("node_modules/.bin/pagefind")
# The repository Tsunagu runs from (hooks/tsunagu/outputs/ → the checkout), whose npm tools serve a
# site kept elsewhere (a generated benchmark site, a test's fixture) as they serve its own.
CHECKOUT = Path(__file__).resolve().parents[3]
OLDER_PAGEFIND = ("search indexed by PyPI's Pagefind 1.5.2, which finds fewer Japanese names "
                  "(run `make install`, which runs npm ci, for npm's Pagefind 1.6)")


def npm_pagefind(root: Path) -> Path | None:
    """npm's Pagefind in the project at ``root``, else in Tsunagu's own checkout, if installed."""
    return next((folder / NPM_PAGEFIND for folder in (root, CHECKOUT) if (folder / NPM_PAGEFIND).exists()), None)


def pagefind_binary(root: Path = Path(".")) -> str:
    """npm's Pagefind of the project at ``root``, else PyPI's; raise SearchIndexError if neither is installed."""
    binary = npm_pagefind(root) or get_executable()
    if binary is None:
        raise SearchIndexError(messages.PAGEFIND_MISSING.format())
    return str(binary)


def pagefind_command(binary: str, pages_dir: Path, bundle: Path) -> list[str]:
    """The command line of Pagefind (``binary``) that indexes every page below ``pages_dir`` into the bundle
    folder ``bundle``."""
    command = [binary, "--site", str(pages_dir), "--output-path", str(bundle.absolute()), "--quiet"]
    for selector in EXCLUDE_SELECTORS:
        command += ["--exclude-selectors", selector]
    return command


def language_pages(site_dir: Path, prefix: str, others: tuple[str, ...]) -> list[Path]:
    """The pages of one language, relative to ``site_dir`` and sorted: its folder's, or for the default
    language at the root, the root's own pages and those of every folder that is not another language's."""
    if prefix:
        found = list((site_dir / prefix).rglob("*.html"))
    else:
        folders = [path for path in site_dir.iterdir() if path.is_dir() and f"{path.name}/" not in others]
        found = [*site_dir.glob("*.html"), *(page for folder in folders for page in folder.rglob("*.html"))]
    return sorted(page.relative_to(site_dir) for page in found)


def parts(pages: list[Path], size: int = PART_PAGES) -> list[list[Path]]:
    """``pages`` in parts of at most ``size``, in order (one part, maybe empty, for a small language)."""
    return [pages[start:start + size] for start in range(0, len(pages), size)] or [[]]


def bundle_names(count: int) -> list[str]:
    """The bundle folders of a language in ``count`` parts: ``pagefind``, ``pagefind-2``, …"""
    return [BUNDLE_DIR] + [f"{BUNDLE_DIR}-{number}" for number in range(2, count + 1)]


@contextmanager
def staged(site_dir: Path, pages: list[Path]) -> Iterator[Path]:
    """A folder beside ``site_dir`` that holds ``pages`` at their places (hard links, or copies where the
    file system has none), for Pagefind to index those alone; removed afterwards."""
    with tempfile.TemporaryDirectory(prefix=".tsunagu-search-", dir=site_dir.absolute().parent) as folder:
        for page in pages:
            target = Path(folder) / page
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(site_dir / page, target)
            except OSError:
                shutil.copyfile(site_dir / page, target)
        yield Path(folder)


def index_language(site_dir: Path, prefix: str, others: tuple[str, ...], binary: str,
                   part_pages: int = PART_PAGES) -> None:
    """Build the search bundles of the language at ``prefix``, a part at a time, and write the first bundle's
    list of the others; raise SearchIndexError with Pagefind's output."""
    language_dir = site_dir / prefix
    for earlier in (path for path in language_dir.iterdir() if path.is_dir() and _BUNDLE.fullmatch(path.name)):
        shutil.rmtree(earlier)
    pieces = parts(language_pages(site_dir, prefix, others), part_pages)
    names = bundle_names(len(pieces))
    for pages, name in zip(pieces, names):
        with staged(site_dir, pages) as pages_dir:
            result = subprocess.run(pagefind_command(binary, pages_dir, language_dir / name), capture_output=True, text=True)
        if result.returncode != 0:
            raise SearchIndexError(messages.PAGEFIND_FAILED.format(output=result.stdout + result.stderr))
    later = [f"../{name}/" for name in names[1:]]
    (language_dir / BUNDLE_DIR / PARTS_FILE).write_text(json.dumps({"bundles": later}), "utf-8")


def index_site(site_dir: Path, prefixes: tuple[str, ...], binary: str, part_pages: int = PART_PAGES) -> None:
    """Build the search bundles of each language (``prefixes``: every language's, '' for the default) with
    Pagefind (``binary``: ``pagefind_binary``'s), one language after another."""
    for prefix in prefixes:
        index_language(site_dir, prefix, tuple(other for other in prefixes if other != prefix), binary, part_pages)


def search_paths(root_path: str, prefix: str) -> dict[str, str]:
    """Where the search bundle of the language at ``prefix`` is, and the site root, as paths on the site's host
    (``root_path``: the site root)."""
    return {"bundle": root_path + prefix + BUNDLE_DIR + "/", "base": root_path}
