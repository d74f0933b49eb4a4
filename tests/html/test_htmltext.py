"""The HTML text rewriter: text nodes change, markup stays exactly as written."""

from __future__ import annotations

from tsunagu.html.htmltext import rewrite_text


def upper(text, open_elements):
    return text.upper().replace("&", "&amp;").replace("<", "&lt;")


def test_only_text_changes():
    html = '<p class="a" title="x &amp; y">a &amp; b<br/><img src="i.png" alt="z"></p><!-- c -->'
    assert rewrite_text(html, upper) == '<p class="a" title="x &amp; y">A &amp; B<br/><img src="i.png" alt="z"></p><!-- c -->'


def test_script_and_style_stay_raw():
    html = "<script>if (a < b) x();</script><style>p > a {}</style>"
    assert rewrite_text(html, upper) == html


def test_the_rewrite_sees_the_open_elements():
    seen = []
    rewrite_text("<div><p>a<br>b</p><em>c</em></div>", lambda t, open_: seen.append((t, [e.tag for e in open_])) or t)
    assert seen == [("a", ["div", "p"]), ("b", ["div", "p"]), ("c", ["div", "em"])]


def test_classes_of_open_elements():
    found = []
    rewrite_text('<span class="x tsunagu-term">t</span>', lambda t, open_: found.append(open_[0].has_class("tsunagu-term")) or t)
    assert found == [True]


def test_chained_steps_rewrite_the_text_of_what_earlier_steps_made():
    from html import escape

    from tsunagu.html.htmltext import chained

    def link(text, open_elements):
        return text.replace("term", '<a href="t/">term</a>')

    def mark(text, open_elements):
        return f"[{escape(text)}:{'/'.join(e.tag for e in open_elements)}]"

    html = rewrite_text("<p>a term &amp; more</p><pre>term</pre>", chained(link, mark))
    assert html == '<p>[a :p]<a href="t/">[term:p/a]</a>[ &amp; more:p]</p><pre><a href="t/">[term:pre/a]</a></pre>'
