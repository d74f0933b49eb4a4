"""Building each language on its own (``build_only_locale``) and merging gives the site a full build gives."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import yaml
from conftest import ROOT, build

from tsunagu.cli.merge import main as merge, merge_sites
from tsunagu.load.siteconfig import load_site_config


def files(site: Path) -> dict[str, bytes]:
    """Every file of a site by path, compared as a reader gets it (gzip unpacked, JSON parsed)."""
    result = {}
    for path in site.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            data = gzip.decompress(data) if path.suffix == ".gz" else data
            if path.name == "pagefind-entry.json":
                data = json.dumps(json.loads(data), sort_keys=True).encode()
            result[path.relative_to(site).as_posix()] = data
    return result


def test_merged_per_language_builds_equal_a_full_build(minimal_per_language: Path, tmp_path: Path):
    config = minimal_per_language / "mkdocs.yml"
    full = build(config, tmp_path / "full")
    assert full.returncode == 0, full.stderr
    parts = []
    for code in ("ja", "ja-easy", "en"):
        result = build(config, tmp_path / code, TSUNAGU_LANG=code)
        assert result.returncode == 0, result.stderr
        assert not (tmp_path / code / "pagefind").exists()
        parts.append(tmp_path / code)
    assert (tmp_path / "en/en/index.html").exists() and not (tmp_path / "en/index.html").exists()
    merge(["-f", str(config), "--out", str(tmp_path / "merged"), *map(str, parts)])
    expected, merged = files(tmp_path / "full"), files(tmp_path / "merged")
    assert sorted(merged) == sorted(expected)
    assert [path for path in expected if merged[path] != expected[path]] == []
    merge_sites(parts, tmp_path / "moved", ("", "ja-easy/", "en/"), move=True)  # as `tsunagu build` merges its own temporary builds
    assert files(tmp_path / "moved") == expected


def test_the_matrix_workflow_builds_and_merges_every_language_the_default_first():
    workflow = yaml.safe_load((ROOT / ".github/workflows/deploy-matrix.yml").read_text("utf-8"))
    codes = list(load_site_config(ROOT / "mkdocs.yml").locales.codes)
    assert workflow["jobs"]["build"]["strategy"]["matrix"]["lang"] == codes
    (merge_step,) = [step for step in workflow["jobs"]["merge"]["steps"] if "tsunagu.cli.merge" in step.get("run", "")]
    assert merge_step["run"].split("--out site ")[1].split() == [f"build-{code}" for code in codes]
