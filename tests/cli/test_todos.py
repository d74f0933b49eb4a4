"""The TODO markers `tsunagu check` lists: in pages (HTML comments), data and settings, with what they ask."""

from __future__ import annotations

from tsunagu.cli.todos import todo_markers


def test_markers_in_pages_data_and_settings(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "docs/index.md").write_text("# 市\n\n<!-- TODO: 目的を書く -->\n本文\n", "utf-8")
    (tmp_path / "data/site.yml").write_text("office:  # TODO\ncity: x\n", "utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_url: https://example.jp/  # TODO: the address\n", "utf-8")
    (tmp_path / "docs/plain.md").write_text("TODOS are not markers; nor is todo.\n", "utf-8")
    found = todo_markers(tmp_path, tmp_path / "docs", tmp_path / "data", tmp_path / "mkdocs.yml")
    assert [str(p) for p in found] == [
        "mkdocs.yml:1: TODO: the address", "docs/index.md:3: TODO: 目的を書く", "data/site.yml:1: TODO: to be written"]
