"""The site's stylesheet as served: comments and indentation out, every rule as written."""

from tsunagu.outputs.stylesheet import served


def test_comments_and_indentation_go_and_selectors_stay():
    css = '/* Why. */\n:root {\n  --a: "Noto Sans", /* inner */ Arial;\n}\n\n.md-typeset :lang(ja) { color: red; }\n'
    assert served(css) == ':root {\n--a: "Noto Sans",  Arial;\n}\n.md-typeset :lang(ja) { color: red; }\n'
