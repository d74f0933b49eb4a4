"""Site search with Pagefind: one bundle per language (``<prefix>pagefind/``), indexed one language after
another, so that Pagefind holds one language's pages at a time (at city scale 0.34 GB at most, where nine
languages at once took 1.0 GB; README, "Performance").

Each language searches only its own pages. Only content marked ``data-pagefind-body`` is indexed; ruby readings and
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


def pagefind_command(site_dir: Path, prefix: str = "", others: tuple[str, ...] = (), root: Path = Path(".")) -> list[str]:
    """The Pagefind command line that indexes the pages of the language at ``prefix`` into its bundle
    (``<prefix>pagefind/``), leaving out the folders of the other languages (``others``, their prefixes):
    npm's Pagefind of the project at ``root``, else PyPI's."""
    binary = npm_pagefind(root) or get_executable()
    if binary is None:
        raise SearchIndexError(messages.PAGEFIND_MISSING.format())
    command = [str(binary), "--site", str(site_dir), "--glob", language_glob(site_dir, prefix, others),
               "--output-subdir", prefix + BUNDLE_DIR, "--quiet"]
    for selector in EXCLUDE_SELECTORS:
        command += ["--exclude-selectors", selector]
    return command


def language_glob(site_dir: Path, prefix: str, others: tuple[str, ...]) -> str:
    """The pages of one language: its folder's, or for the default language at the root, the root's own
    pages and every folder that is not another language's."""
    if prefix:
        return f"{prefix}**/*.html"
    own = sorted(path.name for path in site_dir.iterdir() if path.is_dir() and f"{path.name}/" not in others)
    return "{" + ",".join(["*.html", *(f"{name}/**/*.html" for name in own)]) + "}"


def language_commands(site_dir: Path, prefixes: tuple[str, ...], root: Path = Path(".")) -> list[list[str]]:
    """The Pagefind command line of each language (``prefixes``: every language's, '' for the default)."""
    return [pagefind_command(site_dir, prefix, tuple(other for other in prefixes if other != prefix), root)
            for prefix in prefixes]


def index_site(site_dir: Path, prefixes: tuple[str, ...], root: Path = Path(".")) -> None:
    """Build the search bundle of each language (``prefixes``), one after another; raise SearchIndexError with
    Pagefind's output."""
    for command in language_commands(site_dir, prefixes, root):
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise SearchIndexError(messages.PAGEFIND_FAILED.format(output=result.stdout + result.stderr))


def search_paths(root_path: str, prefix: str) -> dict[str, str]:
    """Where the search bundle of the language at ``prefix`` is, and the site root, as paths on the site's host
    (``root_path``: the site root)."""
    return {"bundle": root_path + prefix + BUNDLE_DIR + "/", "base": root_path}
