"""Site search with Pagefind, run once over the whole built site (all languages).

Pagefind keeps one index per ``<html lang>``, so each language searches only its own
pages. Only content marked ``data-pagefind-body`` is indexed; ruby readings and
elements marked ``data-search-exclude`` (glossary tooltips) are skipped.
The extended binary (from ``pagefind[extended]``) segments Japanese text into words.
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


def pagefind_command(site_dir: Path) -> list[str]:
    """The Pagefind command line that indexes ``site_dir`` into its ``pagefind/`` folder."""
    binary = get_executable()
    if binary is None:
        raise SearchIndexError(messages.PAGEFIND_MISSING.format())
    command = [str(binary), "--site", str(site_dir), "--output-subdir", BUNDLE_DIR, "--quiet"]
    for selector in EXCLUDE_SELECTORS:
        command += ["--exclude-selectors", selector]
    return command


def index_site(site_dir: Path) -> None:
    """Build the search bundle of the whole site; raise SearchIndexError with Pagefind's output."""
    result = subprocess.run(pagefind_command(site_dir), capture_output=True, text=True)
    if result.returncode != 0:
        raise SearchIndexError(messages.PAGEFIND_FAILED.format(output=result.stdout + result.stderr))


def search_paths(root_path: str) -> dict[str, str]:
    """Where the search bundle is and the site root, as paths on the site's host (``root_path``: the site root)."""
    return {"bundle": root_path + BUNDLE_DIR + "/", "base": root_path}
