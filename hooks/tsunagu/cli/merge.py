"""Merge per-language builds into one site, then write its sitemap and index each language for search.

A large site can build each language in its own CI job (the i18n plugin's ``build_only_locale``;
see README, "Building per language"). Each job's folder holds its language's pages and the files
every build writes (theme assets, the root 404 page). Where two builds wrote the same
path, the first folder given wins: give the default language's build first, as a full build keeps
its 404 page. The languages, whose search bundles are indexed one after another, come from the site's
settings (``-f``, ``mkdocs.yml`` by default).

    python -m tsunagu.cli.merge --out site build-ja build-ja-easy build-en [-f mkdocs.yml]
"""

from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path

from ..outputs import search, sitemap
from .site import site_or_exit


def merge_sites(parts: list[Path], target: Path, prefixes: tuple[str, ...], move: bool = False) -> None:
    """Copy every file of ``parts`` into ``target`` (the first part wins a clash), then write its sitemap
    and index each language (``prefixes``) for search.
    With ``move``, files are moved instead (the parts are left incomplete): for parts that are thrown away."""
    place = os.replace if move else shutil.copy2
    for part in parts:
        for path in sorted(part.rglob("*")):
            destination = target / path.relative_to(part)
            if path.is_file() and not destination.exists():
                destination.parent.mkdir(parents=True, exist_ok=True)
                place(path, destination)
    sitemap.write_sitemap(target)
    search.index_site(target, prefixes, search.pagefind_binary())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Merge per-language builds into one site and index it for search.")
    parser.add_argument("--out", type=Path, required=True, help="the merged site (created)")
    parser.add_argument("-f", "--config-file", type=Path, default=Path("mkdocs.yml"), help="the site's settings")
    parser.add_argument("parts", type=Path, nargs="+", help="the builds, the default language's first")
    args = parser.parse_args(argv)
    missing = [str(part) for part in args.parts if not part.is_dir()]
    if missing:
        parser.error(f"not a folder: {', '.join(missing)}")
    merge_sites(args.parts, args.out, site_or_exit(args.config_file).locales.prefixes)


if __name__ == "__main__":
    main()
