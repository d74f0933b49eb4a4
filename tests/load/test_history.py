"""The last Git change of a hand-written page, and the clean fallback without Git."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess

import pytest

from conftest import ROOT

from tsunagu.load.history import last_change


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_date_of_the_last_commit(tmp_path):
    env = {**os.environ, "GIT_COMMITTER_DATE": "2025-04-01T10:00:00+09:00", "GIT_AUTHOR_DATE": "2025-04-01T10:00:00+09:00"}
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.jp"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / "page.md").write_text("# Page\n", "utf-8")
    subprocess.run([*git, "add", "page.md"], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "page"], cwd=tmp_path, check=True, env=env)
    (tmp_path / "new.md").write_text("# New\n", "utf-8")
    assert last_change(tmp_path / "page.md") == dt.date(2025, 4, 1)
    assert last_change(tmp_path / "new.md") is None      # not committed yet


def test_outside_git_there_is_no_date(tmp_path):
    (tmp_path / "page.md").write_text("# Page\n", "utf-8")
    assert last_change(tmp_path / "page.md") is None


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_hand_written_pages_show_their_last_change(sample_site):
    day = subprocess.run(["git", "log", "-1", "--format=%cs", "--", "docs/about.en.md"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout.strip()
    if not day:
        pytest.skip("docs/about.en.md is not committed")
    html = (sample_site / "en/about/index.html").read_text("utf-8")
    assert f'<p class="tsunagu-updated">Last updated: <time datetime="{day}">' in html
