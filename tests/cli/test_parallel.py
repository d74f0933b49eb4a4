"""``tsunagu build`` builds the languages at once and merges them; a failed language leaves the site as it was.

That the merged site passes every whole-site check is shown by the ``parallel`` build of ``sample_site``
(tests/conftest.py), on which every whole-site test runs.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import TODAY, build_per_language, copy_minimal
from tsunagu.cli.main import cli
from tsunagu.cli.parallel import build_order, builds_per_language
from tsunagu.load.siteconfig import load_site_config


def tsunagu(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def tree_hash(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, str]:
    """The small fixture site built once by ``tsunagu build``, every language at once; and what it printed."""
    root = copy_minimal(tmp_path_factory.mktemp("parallel") / "minimal")
    build_per_language(root / "mkdocs.yml")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TSUNAGU_TODAY", TODAY)
        result = tsunagu("build", "-f", str(root / "mkdocs.yml"))
    assert result.exit_code == 0, result.output
    return root, result.output


def test_every_language_is_built_merged_and_indexed(built):
    root, _ = built
    pages = {path.relative_to(root / "site").as_posix() for path in (root / "site").rglob("index.html")}
    assert {"index.html", "ja-easy/index.html", "en/index.html", "guide/index.html", "en/guide/index.html"} <= pages
    assert (root / "site/pagefind/pagefind-entry.json").exists()
    assert sorted(p.name for p in root.iterdir()) == ["data", "docs", "mkdocs.yml", "site"]


def test_each_language_log_is_shown_with_its_code(built):
    _, output = built
    for code in ("ja", "ja-easy", "en"):
        assert f"[{code}] INFO    -  Documentation built in" in output


def test_a_failed_language_is_named_and_the_previous_site_stays(built, tmp_path: Path, monkeypatch):
    work = tmp_path / "work"
    shutil.copytree(built[0], work)
    before = tree_hash(work / "site")
    (work / "docs/guide.en.md").write_text("# Guide\n\n[A broken link](nowhere.md)\n", "utf-8")
    monkeypatch.setenv("TSUNAGU_TODAY", TODAY)
    result = tsunagu("build", "-f", str(work / "mkdocs.yml"))
    assert result.exit_code == 1
    assert "error: the build of en failed (exit code 1); its log:" in result.output
    assert "nowhere.md" in result.output  # the failed build's own log
    assert "the build of ja failed" not in result.output and "the build of ja-easy failed" not in result.output
    assert result.output.rstrip().endswith("error: the build failed; the previous site was left as it was")
    assert tree_hash(work / "site") == before
    assert sorted(p.name for p in work.iterdir()) == ["data", "docs", "mkdocs.yml", "site"]


def test_a_site_without_a_language_variable_builds_in_one_process(minimal: Path, monkeypatch):
    monkeypatch.setenv("TSUNAGU_TODAY", TODAY)
    result = tsunagu("build", "-f", str(minimal / "mkdocs.yml"))
    assert result.exit_code == 0, result.output
    assert "every language is built in one process" in result.output
    assert "[ja]" not in result.output and (minimal / "site/en/index.html").exists()


def test_languages_are_read_from_the_configuration_default_first(minimal_per_language: Path):
    config = minimal_per_language / "mkdocs.yml"
    ja, en = "        - {locale: ja, name: 日本語, default: true, build: true}\n", "        - {locale: en, name: English, build: true}\n"
    config.write_text(config.read_text("utf-8").replace(ja, "").replace(en, en + ja), "utf-8")
    assert load_site_config(config).locales.codes == ("ja-easy", "en", "ja")
    assert build_order(load_site_config(config)) == ["ja", "ja-easy", "en"]
    assert builds_per_language(config)


def test_only_the_language_variable_chooses_a_language(minimal: Path):
    config = minimal / "mkdocs.yml"
    assert not builds_per_language(config)
    config.write_text(config.read_text("utf-8").replace("  - i18n:\n", "  - i18n:\n      build_only_locale: en\n"), "utf-8")
    assert not builds_per_language(config)
