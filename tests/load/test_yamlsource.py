"""The safe YAML reader: YAML 1.2 scalars, lines of values, and refusals with exact messages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tsunagu.model.errors import Problem
from tsunagu.load.yamlsource import MAX_BYTES, MAX_DEPTH, dotted, read_yaml

BAD = Path(__file__).parents[1] / "fixtures" / "bad" / "events"


def read(tmp_path: Path, content: str | bytes):
    path = tmp_path / "x.yml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return read_yaml(path, "x.yml")


@pytest.mark.parametrize(("text", "expected"), [
    ("14:00", "14:00"),          # YAML 1.1 would read 840 (base 60)
    ("011002", "011002"),        # YAML 1.1 would read an octal number
    ("0300000000", "0300000000"),
    ("no", "no"), ("on", "on"), ("yes", "yes"), ("off", "off"), ("y", "y"),  # YAML 1.1 booleans
    ("true", True), ("false", False),
    ("12", 12), ("-3", -3), ("1.5", 1.5),
    ("~", None), ("null", None),
    ("2026-12-05", dt.date(2026, 12, 5)),
    ("2026-02-30", "2026-02-30"),  # impossible: left as text for the validator to name
    ("0x1F", "0x1F"), ("1_000", "1_000"),
])
def test_scalars_follow_yaml_1_2(tmp_path, text, expected):
    source, problems = read(tmp_path, f"value: {text}\n")
    assert problems == []
    assert source.data == {"value": expected}
    assert type(source.data["value"]) is type(expected)


def test_lines_of_values(tmp_path):
    source, _ = read(tmp_path, "a: 1\nb:\n  c:\n    - x\n    - y\n")
    assert source.line_of(("b", "c", 1)) == 5
    assert source.line_of(("b", "c")) == 3
    assert source.line_of(("b", "missing")) == 2
    assert source.line_of(("nothing",)) == 1


def test_dotted():
    assert dotted(("activities", 0, "ja")) == "activities[0].ja"
    assert dotted(()) == ""


def test_bom_is_stripped(tmp_path):
    source, problems = read(tmp_path, b"\xef\xbb\xbfname: \xe6\xa1\x9c\n")
    assert problems == []
    assert source.data == {"name": "桜"}


def test_crlf_line_endings_are_read(tmp_path):
    source, problems = read(tmp_path, b"a: 1\r\nb: two\r\n")
    assert problems == [] and source.data == {"a": 1, "b": "two"}


def test_empty_file_is_none(tmp_path):
    source, problems = read(tmp_path, "")
    assert problems == [] and source.data is None


def test_not_utf8(tmp_path):
    assert read(tmp_path, (BAD / "shift-jis.yml").read_bytes()) == (
        None, [Problem("x.yml", 2, "", "is not UTF-8 text; save the file as UTF-8")])


def test_tab_indentation(tmp_path):
    assert read(tmp_path, (BAD / "tab-indent.yml").read_bytes()) == (
        None, [Problem("x.yml", 3, "", "is not valid YAML: a tab is used for indentation; indent with spaces")])


def test_alias_bomb_is_refused_before_expansion(tmp_path):
    assert read(tmp_path, (BAD / "alias-bomb.yml").read_bytes()) == (
        None, [Problem("x.yml", 2, "", "is not valid YAML: anchors and aliases (& and *) are not allowed")])


def test_single_alias_is_refused(tmp_path):
    source, problems = read(tmp_path, "a: &x 1\nb: *x\n")
    assert source is None
    assert [str(p) for p in problems] == ["x.yml:2: is not valid YAML: anchors and aliases (& and *) are not allowed"]


def test_deep_nesting(tmp_path):
    assert read(tmp_path, (BAD / "deep-nesting.yml").read_bytes()) == (
        None, [Problem("x.yml", 2, "", f"nesting is deeper than {MAX_DEPTH} levels")])


def test_nesting_at_the_limit_is_read(tmp_path):
    source, problems = read(tmp_path, "a: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n")
    assert problems == [] and source is not None


def test_oversized_file_is_refused_without_parsing(tmp_path):
    text = "a: [" + "1, " * (MAX_BYTES // 3 + 10) + "]\n"
    assert read(tmp_path, text) == (None, [Problem("x.yml", 0, "", "file is 256 KB; the limit is 256 KB")])


def test_unsafe_tag(tmp_path):
    assert read(tmp_path, (BAD / "unsafe-tag.yml").read_bytes()) == (
        None, [Problem("x.yml", 2, "", "the YAML tag tag:yaml.org,2002:python/object/apply:os.system is not allowed")])


@pytest.mark.parametrize("tag", ["!!binary", "!custom", "!!set", "!!omap"])
def test_other_tags_are_refused(tmp_path, tag):
    source, problems = read(tmp_path, f"a: {tag} x\n")
    assert source is None and len(problems) == 1
    assert problems[0].message.startswith("the YAML tag ") and problems[0].message.endswith(" is not allowed")


def test_duplicate_keys_are_all_reported(tmp_path):
    source, problems = read(tmp_path, "a: 1\nb: 2\na: 3\nc:\n  d: 1\n  d: 2\n")
    assert source.data == {"a": 1, "b": 2, "c": {"d": 1}}
    assert problems == [Problem("x.yml", 3, "a", "appears twice (first on line 1)"),
                        Problem("x.yml", 6, "c.d", "appears twice (first on line 5)")]


def test_non_text_key(tmp_path):
    assert read(tmp_path, "[1, 2]: x\n") == (None, [Problem("x.yml", 1, "", "a key must be text or a number")])
    assert read(tmp_path, "true: x\n") == (None, [Problem("x.yml", 1, "", "a key must be text or a number")])


def test_syntax_error(tmp_path):
    source, problems = read(tmp_path, "a: [1, 2\nb: 3\n")
    assert source is None
    assert len(problems) == 1 and problems[0].message.startswith("is not valid YAML: ")
