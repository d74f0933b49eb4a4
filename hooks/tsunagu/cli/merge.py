"""Merge per-language builds into one site, then index it for search once.

A large site can build each language in its own CI job (the i18n plugin's ``build_only_locale``;
see README, "Building per language"). Each job's folder holds its language's pages and the files
every build writes (theme assets, the root 404 page, the sitemap). Where two builds wrote the same
path, the first folder given wins: give the default language's build first, as a full build keeps
its 404 page and sitemap.

    python -m tsunagu.cli.merge --out site build-ja build-ja-easy build-en
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
from pathlib import Path

from ..outputs import search


def merge_sites(parts: list[Path], target: Path, move: bool = False) -> None:
    """Copy every file of ``parts`` into ``target`` (the first part wins a clash), then run search on it.
    With ``move``, files are moved instead (the parts are left incomplete): for parts that are thrown away."""
    sitemap = _merged_sitemap(parts)
    place = os.replace if move else shutil.copy2
    for part in parts:
        for path in sorted(part.rglob("*")):
            destination = target / path.relative_to(part)
            if path.is_file() and not destination.exists():
                destination.parent.mkdir(parents=True, exist_ok=True)
                place(path, destination)
    if sitemap is not None:
        (target / "sitemap.xml").write_text(sitemap, "utf-8")
        (target / "sitemap.xml.gz").write_bytes(gzip.compress(sitemap.encode("utf-8"), mtime=0))
    search.index_site(target)


def _merged_sitemap(parts: list[Path]) -> str | None:
    """One sitemap with every language's pages, in the order of ``parts`` (as a full build lists them)."""
    sitemaps = [part / "sitemap.xml" for part in parts if (part / "sitemap.xml").exists()]
    if not sitemaps:
        return None
    first = sitemaps[0].read_text("utf-8")
    urls = "".join(m for sitemap in sitemaps[1:] for m in re.findall(r"    <url>.*?</url>\n", sitemap.read_text("utf-8"), re.S))
    return first.replace("</urlset>", urls + "</urlset>", 1)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Merge per-language builds into one site and index it for search.")
    parser.add_argument("--out", type=Path, required=True, help="the merged site (created)")
    parser.add_argument("parts", type=Path, nargs="+", help="the builds, the default language's first")
    args = parser.parse_args(argv)
    missing = [str(part) for part in args.parts if not part.is_dir()]
    if missing:
        parser.error(f"not a folder: {', '.join(missing)}")
    merge_sites(args.parts, args.out)


if __name__ == "__main__":
    main()
