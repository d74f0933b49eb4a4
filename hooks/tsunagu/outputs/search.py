"""Site search with Pagefind, run once over the whole built site (all languages).

Pagefind keeps one index per ``<html lang>``, so each language searches only its own
pages. Only content marked ``data-pagefind-body`` is indexed; ruby readings and
elements marked ``data-search-exclude`` (glossary tooltips) are skipped, and headings'
readings are indexed from their attribute (html.search_readings).
The extended binary segments Japanese text into words. npm's Pagefind (1.6, installed by
``npm ci``) segments it as the browser segments a query (ICU), and finds far more (bench/search.py);
a site built from the Python packages alone is indexed by PyPI's (1.5.2, ``pagefind[extended]``).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from pagefind.service import get_executable

from ..model import messages
from ..model.errors import TsunaguError

BUNDLE_DIR = "pagefind"
# Ruby readings, and whatever the templates mark as not for search (glossary tooltips).
EXCLUDE_SELECTORS = ("rt", "rp", "[data-search-exclude]")


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


def pagefind_command(site_dir: Path, root: Path = Path(".")) -> list[str]:
    """The Pagefind command line that indexes ``site_dir`` into its ``pagefind/`` folder: npm's Pagefind
    of the project at ``root``, else PyPI's."""
    binary = npm_pagefind(root) or get_executable()
    if binary is None:
        raise SearchIndexError(messages.PAGEFIND_MISSING.format())
    command = [str(binary), "--site", str(site_dir), "--output-subdir", BUNDLE_DIR, "--quiet"]
    for selector in EXCLUDE_SELECTORS:
        command += ["--exclude-selectors", selector]
    return command


def index_site(site_dir: Path, root: Path = Path(".")) -> None:
    """Build the search bundle of the whole site; raise SearchIndexError with Pagefind's output."""
    result = subprocess.run(pagefind_command(site_dir, root), capture_output=True, text=True)
    if result.returncode != 0:
        raise SearchIndexError(messages.PAGEFIND_FAILED.format(output=result.stdout + result.stderr))


def search_paths(root_path: str) -> dict[str, str]:
    """Where the search bundle is and the site root, as paths on the site's host (``root_path``: the site root)."""
    return {"bundle": root_path + BUNDLE_DIR + "/", "base": root_path}
