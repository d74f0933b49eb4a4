"""MkDocs and ProperDocs write the same site as `tsunagu build` (the deployed build, on which every whole-site
check runs), file for file and byte for byte but for each page's generator <meta>: so every check holds for
all three builds without running each on each."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import built_sample

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def written(site: Path) -> dict[str, bytes]:
    """Every file of a built site by its path, with the generator <meta> of its pages left out."""
    return {path.relative_to(site).as_posix(): GENERATOR.sub(b"", path.read_bytes())
            for path in sorted(site.rglob("*")) if path.is_file()}


def test_the_generator_is_all_that_is_left_out():
    page = b'<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.8.1"><title>x</title>'
    assert GENERATOR.sub(b"", page) == b"<title>x</title>"


@pytest.mark.parametrize("engine", ["mkdocs", "properdocs"])
def test_an_engine_writes_the_files_of_the_parallel_build(sample_site, tmp_path_factory, engine):
    theirs, ours = written(built_sample(tmp_path_factory, engine)), written(sample_site)
    assert sorted(theirs) == sorted(ours)
    assert [path for path in ours if theirs[path] != ours[path]] == []
