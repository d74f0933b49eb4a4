"""MkDocs and ProperDocs write the same site as `tsunagu build` (the deployed build, on which every whole-site
check runs), file for file and byte for byte but for each page's generator <meta>, the time in a gzip file's
header, and the order in which Pagefind lists its languages: so every check holds for all three builds
without running each on each."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from conftest import built_sample

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def written(site: Path) -> dict[str, bytes]:
    """Every file of a built site by its path, as compared: see ``compared``."""
    return {path.relative_to(site).as_posix(): compared(path) for path in sorted(site.rglob("*")) if path.is_file()}


def compared(path: Path) -> bytes:
    """A file's bytes without the generator <meta> of a page; a gzip file's content without its header's
    time; Pagefind's entry file with its languages in one order (it lists them in no fixed order)."""
    content = path.read_bytes()
    if path.suffix == ".gz":
        return gzip.decompress(content)
    if path.name == "pagefind-entry.json":
        return json.dumps(json.loads(content), sort_keys=True).encode()
    return GENERATOR.sub(b"", content)


def test_what_is_left_out_of_the_comparison(tmp_path):
    (tmp_path / "index.html").write_bytes(b'<meta name="generator" content="properdocs-1.6.7"><title>x</title>')
    (tmp_path / "sitemap.xml.gz").write_bytes(gzip.compress(b"<urlset/>", mtime=1))
    (tmp_path / "pagefind-entry.json").write_bytes(b'{"languages": {"vi": 1, "en": 2}}')
    assert written(tmp_path) == {"index.html": b"<title>x</title>", "pagefind-entry.json": b'{"languages": {"en": 2, "vi": 1}}',
                                 "sitemap.xml.gz": b"<urlset/>"}


@pytest.mark.parametrize("engine", ["mkdocs", "properdocs"])
def test_an_engine_writes_the_files_of_the_parallel_build(sample_site, tmp_path_factory, engine):
    theirs, ours = written(built_sample(tmp_path_factory, engine)), written(sample_site)
    assert sorted(theirs) == sorted(ours)
    assert [path for path in ours if theirs[path] != ours[path]] == []
