"""The ``tsunagu`` command in its three output formats, with its exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tsunagu.cli.main import cli

BAD = Path(__file__).parents[1] / "fixtures" / "bad"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def site(minimal) -> Path:
    """The minimal site with its schemas written and every page translated: a clean check."""
    assert run("schemas", "-f", str(minimal / "mkdocs.yml")).exit_code == 0
    for code in ("en", "ja-easy"):
        (minimal / f"docs/guide.{code}.md").write_text("# Guide\n", "utf-8")
    return minimal


def check(site: Path, *args: str):
    return run("check", "-f", str(site / "mkdocs.yml"), *args)


def break_data(site: Path) -> None:
    shutil.copy(BAD / "events/end-before-start.yml", site / "data/events/end-before-start.yml")


def test_warnings_alone_pass(site):
    result = check(site)
    assert result.exit_code == 0
    assert "warning: data/events/koza.yml:4: no ja-easy text in description" in result.output.splitlines()
    assert result.output.splitlines()[-1] == "0 errors, 9 warnings"


def test_strict_fails_on_warnings(site):
    assert check(site, "--strict").exit_code == 1


def test_errors_fail_in_human_format(site):
    break_data(site)
    result = check(site)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        "error: data/events/end-before-start.yml:6: end_date: 2026-12-01 is before start_date 2026-12-05")
    assert result.output.splitlines()[-1] == "1 error, 0 warnings"


def test_json_format(site):
    break_data(site)
    result = check(site, "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert (report["errors"], report["warnings"]) == (1, 0)
    assert report["findings"] == [{"severity": "error", "path": "data/events/end-before-start.yml", "line": 6,
                                   "field": "end_date", "message": "2026-12-01 is before start_date 2026-12-05"}]


def test_github_format(site):
    break_data(site)
    (site / "docs/guide.en.md").unlink()
    result = check(site, "--format", "github")  # translations of records are measured only on valid data
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "::error file=data/events/end-before-start.yml,line=6::end_date: 2026-12-01 is before start_date 2026-12-05",
    ]


def test_github_format_for_warnings(site):
    (site / "docs/guide.en.md").unlink()
    result = check(site, "--format", "github")
    assert result.exit_code == 0
    assert "::warning file=docs/guide.md::no en translation (guide.en.md is missing)" in result.output.splitlines()
    assert "::warning file=data/groups/hikari.yml,line=8::no en text in contact.name" in result.output.splitlines()


def test_broken_link_is_an_error(site):
    (site / "docs/guide.md").write_text("# ガイド\n\n[団体](groups/nobody.md) と [ホーム](index.md)\n", "utf-8")
    result = check(site, "--format", "github")
    assert result.exit_code == 1
    assert [line for line in result.output.splitlines() if line.startswith("::error")] == [
        '::error file=docs/guide.md,line=3::the link "groups/nobody.md" leads to no page or file']


def test_settings_problems_stop_the_check_on_their_line(site):
    config = site / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "    furigana_alway: [ja]\n    easy_kanji_run: 1\n", "utf-8")
    human = check(site)
    assert (human.exit_code, human.output) == (1, (
        "error: mkdocs.yml:25: extra.tsunagu.furigana_alway: not a setting (did you mean \"furigana_always\"?)\n"
        "error: mkdocs.yml:26: extra.tsunagu.easy_kanji_run: 1 must be more than 1\n"
        "2 errors, 0 warnings\n"))
    assert check(site, "--format", "github").output.splitlines()[0] == (
        "::error file=mkdocs.yml,line=25::extra.tsunagu.furigana_alway: not a setting (did you mean \"furigana_always\"?)")
    schemas = run("schemas", "-f", str(config))
    assert (schemas.exit_code, schemas.stderr) == (1, (
        "2 problems in the site settings:\n"
        "  mkdocs.yml:25: extra.tsunagu.furigana_alway: not a setting (did you mean \"furigana_always\"?)\n"
        "  mkdocs.yml:26: extra.tsunagu.easy_kanji_run: 1 must be more than 1\n"))


def test_coverage_table(site):
    result = check(site, "--coverage")
    rows = [line.split() for line in result.output.splitlines()]
    assert ["pages", "2/2", "(100%)", "2/2", "(100%)", "2/2", "(100%)"] in rows
    assert "ja-easy events not translated: koza, old" in result.output.splitlines()


def test_stale_schema_is_a_warning(site):
    (site / "schemas/event.schema.json").write_text("{}\n", "utf-8")
    result = check(site, "--format", "github")
    assert "::warning file=schemas/event.schema.json::is missing or out of date; run: tsunagu schemas" in result.output
    assert run("schemas", "-f", str(site / "mkdocs.yml")).output == "wrote schemas/event.schema.json\n"


def test_new_command(site):
    result = run("new", "-f", str(site / "mkdocs.yml"), "venue", "shin-kaikan")
    assert (result.exit_code, result.output) == (0, "wrote data/venues/shin-kaikan.yml\n")
    result = run("new", "-f", str(site / "mkdocs.yml"), "venue", "shin-kaikan")
    assert (result.exit_code, result.output) == (1, "error: data/venues/shin-kaikan.yml already exists\n")
    assert check(site).exit_code == 0


def test_unknown_kind_is_a_usage_error(site):
    assert run("new", "-f", str(site / "mkdocs.yml"), "person", "x").exit_code == 2


def test_unknown_format_is_a_usage_error(site):
    assert check(site, "--format", "xml").exit_code == 2
