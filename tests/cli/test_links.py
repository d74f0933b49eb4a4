"""Broken internal links in hand-written pages."""

from __future__ import annotations

from tsunagu.model.errors import Problem
from tsunagu.cli.links import broken_links

PAGE = """# Page

[ok](other.md) [ok too](other.md#part) [anchor](#here) [web](https://example.jp/x.md)
[mail](mailto:a@example.jp) [tel](tel:0000) [folder](groups/) ![image](assets/logo.png)
[gone](missing.md) [up](../outside.md) [group](groups/sakura.md) [no group](groups/nobody.md)

```
[in code](not-checked.md)
```
[ref]: assets/missing.css
"""


def docs(tmp_path):
    folder = tmp_path / "docs"
    (folder / "assets").mkdir(parents=True)
    (folder / "assets/logo.png").write_bytes(b"png")
    (folder / "other.md").write_text("# Other\n", "utf-8")
    (folder / "page.md").write_text(PAGE, "utf-8")
    return folder


def test_broken_links_with_known_generated_pages(tmp_path):
    assert broken_links(docs(tmp_path), tmp_path, {"groups/sakura.md"}) == [
        Problem("docs/page.md", 5, "", 'the link "missing.md" leads to no page or file'),
        Problem("docs/page.md", 5, "", 'the link "../outside.md" leads to no page or file'),
        Problem("docs/page.md", 5, "", 'the link "groups/nobody.md" leads to no page or file'),
        Problem("docs/page.md", 10, "", 'the link "assets/missing.css" leads to no page or file'),
    ]


def test_generated_pages_unknown_are_not_judged(tmp_path):
    messages = [p.message for p in broken_links(docs(tmp_path), tmp_path, None)]
    assert messages == ['the link "missing.md" leads to no page or file',
                        'the link "../outside.md" leads to no page or file',
                        'the link "assets/missing.css" leads to no page or file']


def test_links_from_a_subfolder_resolve_from_it(tmp_path):
    folder = docs(tmp_path)
    (folder / "sub").mkdir()
    (folder / "sub/deep.md").write_text("[home](../other.md) [abs](/other.md) [bad](other.md)\n", "utf-8")
    problems = [p for p in broken_links(folder, tmp_path, set()) if p.path == "docs/sub/deep.md"]
    assert problems == [Problem("docs/sub/deep.md", 1, "", 'the link "other.md" leads to no page or file')]
