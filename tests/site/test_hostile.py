"""Hostile and broken input is caught or made inert: markup, links, YAML bombs, encodings,
private contacts, and builds that must not touch the sources or a published site."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import TypeAdapter, ValidationError

from conftest import FIXTURES, ROOT, TODAY
from tsunagu.cli.main import cli
from tsunagu.model.fields import Url
from tsunagu.html.markup import render_markdown

BAD = FIXTURES / "bad"


def tree_hash(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def tags_of(html: str) -> list[tuple[str, list]]:
    """Every element and its attributes, as a browser would parse them."""
    found = []
    parser = HTMLParser()
    parser.handle_starttag = lambda tag, attrs: found.append((tag, attrs))
    parser.feed(html)
    return found


def tsunagu(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


# Markup and links

@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="https://example.jp" onclick="steal()">x</a>',
    "<iframe src=https://evil.example></iframe>",
    "<style>body{display:none}</style>",
    "**bold** <svg onload=alert(1)>",
])
def test_raw_html_is_not_passed_through(text):
    tags = tags_of(render_markdown(text))
    assert {name for name, _ in tags} <= {"p", "strong", "a"}
    assert [attr for _, attrs in tags for attr, _ in attrs if attr not in ("href", "rel")] == []


def test_raw_html_shows_as_text():
    assert render_markdown("<b>hi</b>") == "<p>&lt;b&gt;hi&lt;/b&gt;</p>"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>",
                                 "vbscript:msgbox(1)", "file:///etc/passwd"])
def test_unsafe_link_schemes_are_dropped(url):
    html = render_markdown(f"[click]({url})")
    assert "href" not in html and "click" in html


@pytest.mark.parametrize("url", ["https://example.jp/a", "http://example.jp/", "mailto:info@example.jp",
                                 "tel:0000-00-0000"])
def test_safe_link_schemes_are_kept(url):
    assert f'href="{url}"' in render_markdown(f"[link]({url})")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.jp/", "//example.jp", "example.jp"])
def test_url_fields_accept_only_web_addresses(url):
    with pytest.raises(ValidationError):
        TypeAdapter(Url).validate_python(url)


# YAML bombs, size and encodings: refused within a memory limit far below an expansion's needs

BOMB_SCRIPT = textwrap.dedent("""
    import resource, sys
    from pathlib import Path
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    from tsunagu.load.yamlsource import read_yaml
    for name in sys.argv[1:]:
        source, problems = read_yaml(Path(name), Path(name).name)
        print(source is None, [p.message for p in problems])
""")


def test_bombs_are_refused_without_blowing_up(tmp_path):
    huge = tmp_path / "huge.yml"
    huge.write_text("a: " + "x" * (10 << 20) + "\n", "utf-8")
    bomb = tmp_path / "bomb.yml"
    levels = ['l0: &l0 ["lol"]'] + [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 12)]
    bomb.write_text("\n".join(levels) + "\n", "utf-8")
    result = subprocess.run([sys.executable, "-c", BOMB_SCRIPT, str(bomb), str(huge), str(BAD / "events/deep-nesting.yml")],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "True ['is not valid YAML: anchors and aliases (& and *) are not allowed']",
        "True ['file is 10240 KB; the limit is 256 KB']",
        "True ['nesting is deeper than 12 levels']",
    ]


@pytest.mark.parametrize(("fixture", "expected"), [
    ("events/shift-jis.yml", "::error file=data/events/shift-jis.yml,line=2::is not UTF-8 text; save the file as UTF-8"),
    ("events/tab-indent.yml", "::error file=data/events/tab-indent.yml,line=3::is not valid YAML: "
                              "a tab is used for indentation; indent with spaces"),
    ("events/alias-bomb.yml", "::error file=data/events/alias-bomb.yml,line=2::is not valid YAML: "
                              "anchors and aliases (& and *) are not allowed"),
    ("events/unsafe-tag.yml", "::error file=data/events/unsafe-tag.yml,line=2::the YAML tag "
                              "tag:yaml.org,2002:python/object/apply:os.system is not allowed"),
])
def test_check_reports_broken_files(minimal, fixture, expected):
    shutil.copy(BAD / fixture, minimal / "data" / fixture)
    result = tsunagu("check", "-f", str(minimal / "mkdocs.yml"), "--format", "github")
    assert result.exit_code == 1
    assert expected in result.output.splitlines()


def test_bom_is_read(minimal):
    path = minimal / "data/venues/hall.yml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert "::error" not in tsunagu("check", "-f", str(minimal / "mkdocs.yml"), "--format", "github").output


# A built site: private contacts stay private; sources are untouched

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The minimal site built with ``tsunagu build``, with hashes of its sources before and after."""
    root = tmp_path_factory.mktemp("hostile") / "minimal"
    shutil.copytree(FIXTURES / "minimal", root)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("../../../", f"{ROOT.as_posix()}/"), "utf-8")
    before = {name: tree_hash(root / name) for name in ("data", "docs")}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TSUNAGU_TODAY", TODAY)
        result = tsunagu("build", "-f", str(config))
    assert result.exit_code == 0, result.output
    return root, before


def site_text(site: Path) -> str:
    return "\n".join(p.read_text("utf-8", errors="replace") for p in site.rglob("*") if p.is_file()
                     and p.suffix in {".html", ".json", ".csv", ".ics", ".xml", ".txt", ".js"})


def test_private_contact_is_never_published(built):
    root, _ = built
    text = site_text(root / "site")
    assert "090-0000-0000" not in text and "chair@example.jp" not in text   # sakura: public not set
    assert "03-0000-0001" in text and "office@hikari.example.jp" in text   # hikari: public: true


def test_build_never_writes_into_sources(built):
    root, before = built
    assert {name: tree_hash(root / name) for name in ("data", "docs")} == before


def test_failed_build_leaves_previous_site(built, tmp_path):
    root, _ = built
    work = tmp_path / "work"
    shutil.copytree(root, work)
    previous = tree_hash(work / "site")
    (work / "docs/guide.md").write_text("# ガイド\n\n[壊れたリンク](nowhere.md)\n", "utf-8")
    result = tsunagu("build", "-f", str(work / "mkdocs.yml"))
    assert result.exit_code == 1
    assert "error: the build failed; the previous site was left as it was" in result.output
    assert tree_hash(work / "site") == previous
    assert sorted(p.name for p in work.iterdir()) == sorted(p.name for p in root.iterdir())


def test_successful_build_replaces_the_site(built, tmp_path):
    root, _ = built
    work = tmp_path / "work"
    shutil.copytree(root, work)
    (work / "site/stale.html").write_text("old", "utf-8")
    assert tsunagu("build", "-f", str(work / "mkdocs.yml")).exit_code == 0
    assert not (work / "site/stale.html").exists() and (work / "site/index.html").exists()
    assert sorted(p.name for p in work.iterdir()) == sorted(p.name for p in root.iterdir())
