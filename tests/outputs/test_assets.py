"""The site's scripts as readers download them: without whole-line comments (stylesheets: test_stylesheet)."""

from __future__ import annotations

from tsunagu.outputs.assets import strip_comments, without_comments


def test_whole_line_comments_go_and_code_stays():
    source = ('/* A part.\n * Its why. */\n(function () {\n  /* one line */\n  var a = "/* not a comment */";\n'
              '  go();  /* after code */\n})();\n')
    assert without_comments(source) == (
        '(function () {\n  var a = "/* not a comment */";\n  go();  /* after code */\n})();\n')


def test_the_built_copies_of_the_docs_scripts_are_rewritten(tmp_path):
    docs, site = tmp_path / "docs", tmp_path / "site"
    (docs / "assets").mkdir(parents=True)
    (site / "assets").mkdir(parents=True)
    for name in ("a.css", "b.js", "c.svg"):
        (docs / "assets" / name).write_text("/* note */\nx\n", "utf-8")
        (site / "assets" / name).write_text("/* note */\nx\n", "utf-8")
    strip_comments(docs, site)
    assert [(site / "assets" / n).read_text("utf-8") for n in ("a.css", "b.js", "c.svg")] == ["/* note */\nx\n", "x\n", "/* note */\nx\n"]
