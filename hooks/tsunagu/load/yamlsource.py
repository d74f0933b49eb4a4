"""Read one YAML file safely, keeping the line of every value.

PyYAML speaks YAML 1.1, where editors' ``14:00`` becomes 840, ``011002`` an
octal number and ``no`` a boolean. This reader resolves only what YAML 1.2's
core schema would, so those stay the strings the editor meant. It also refuses
anchors and aliases (alias bombs), deep nesting, oversized files and unsafe tags.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..model import messages
from ..model.errors import Problem

MAX_BYTES = 256 * 1024
MAX_DEPTH = 12
PARSED_LIMIT = 16384  # files whose parse is kept: a prefecture's data (12,500 files) and its edits, so every read of a rebuild is kept
Loc = tuple[str | int, ...]


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The safe loader with YAML 1.2 core-schema scalars; libyaml's parser where present, for speed."""

    yaml_implicit_resolvers: dict = {}


def _refuse_aliases(text: str) -> None:
    """Refuse the first alias before anything is composed, so an alias bomb never grows."""
    for token in yaml.scan(text, Loader=_Loader):
        if isinstance(token, yaml.AliasToken):
            raise yaml.MarkedYAMLError(None, None, "anchors and aliases (& and *) are not allowed", token.start_mark)


_RESOLVERS = {
    "tag:yaml.org,2002:bool": (r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    "tag:yaml.org,2002:int": (r"^(?:[-+]?(?:0|[1-9][0-9]*))$", "-+0123456789"),
    "tag:yaml.org,2002:float": (r"^(?:[-+]?(?:0|[1-9][0-9]*)\.[0-9]+(?:[eE][-+]?[0-9]+)?)$", "-+0123456789"),
    "tag:yaml.org,2002:null": (r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    "tag:yaml.org,2002:timestamp": (r"^(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})$", "0123456789"),
}
for _tag, (_pattern, _first) in _RESOLVERS.items():
    _Loader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))


def _timestamp(loader: _Loader, node: ScalarNode) -> dt.date | str:
    """A date as written; an impossible one (2026-02-30) stays text for the validator to name."""
    try:
        return dt.date.fromisoformat(node.value)
    except ValueError:
        return node.value


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
_SAFE_TAGS = {*_RESOLVERS, *(f"tag:yaml.org,2002:{t}" for t in ("str", "seq", "map"))}


@dataclass
class Source:
    """A parsed YAML file: its data, and the line on which each value starts."""

    path: str
    data: Any
    lines: dict[Loc, int] = field(default_factory=dict)
    digest: bytes = b""  # of the file's bytes: what its validation is kept by

    def line_of(self, loc: Loc) -> int:
        """Line of the deepest part of ``loc`` that exists in the file."""
        for end in range(len(loc), -1, -1):
            if loc[:end] in self.lines:
                return self.lines[loc[:end]]
        return 1


class _Builder:
    """Turns a composed node tree into plain data, recording lines and refusing duplicates."""

    def __init__(self, loader: _Loader, path: str):
        self.loader = loader
        self.path = path
        self.lines: dict[Loc, int] = {}
        self.problems: list[Problem] = []

    def build(self, node: Node, loc: Loc = ()) -> Any:
        if len(loc) > MAX_DEPTH:
            raise _Refused(node.start_mark.line + 1, messages.TOO_DEEP.format(depth=MAX_DEPTH))
        self.lines.setdefault(loc, node.start_mark.line + 1)
        if node.tag not in _SAFE_TAGS:
            raise _Refused(node.start_mark.line + 1, messages.TAG_NOT_ALLOWED.format(tag=node.tag))
        if isinstance(node, MappingNode):
            return self._mapping(node, loc)
        if isinstance(node, SequenceNode):
            return [self.build(item, (*loc, i)) for i, item in enumerate(node.value)]
        return self.loader.construct_object(node, deep=True)

    def _mapping(self, node: MappingNode, loc: Loc) -> dict:
        result: dict = {}
        for key_node, value_node in node.value:
            key = self.loader.construct_object(key_node) if isinstance(key_node, ScalarNode) else None
            if not isinstance(key, (str, int)) or isinstance(key, bool):
                raise _Refused(key_node.start_mark.line + 1, "a key must be text or a number")
            key_loc = (*loc, key)
            if key in result:
                self.problems.append(self._dup(key_loc, key_node))
                continue
            self.lines[key_loc] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, key_loc)
        return result

    def _dup(self, loc: Loc, key_node: Node) -> Problem:
        first = self.lines[loc]
        return Problem(self.path, key_node.start_mark.line + 1, dotted(loc), messages.KEY_TWICE.format(line=first))


class _Refused(Exception):
    def __init__(self, line: int, message: str):
        self.line, self.message = line, message


def dotted(loc: Loc) -> str:
    """``('activities', 0, 'ja')`` → ``activities[0].ja``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def read_yaml(path: Path, display: str) -> tuple[Source | None, list[Problem]]:
    """Parse ``path``; ``display`` is how problems name the file. Callers must not change the Source."""
    if path.stat().st_size > MAX_BYTES:
        return _parse(path, display)
    source, problems = _parsed(display, hashlib.blake2b(path.read_bytes(), digest_size=16).digest(), path)
    return source, list(problems)


@lru_cache(maxsize=PARSED_LIMIT)
def _parsed(display: str, digest: bytes, path: Path) -> tuple[Source | None, list[Problem]]:
    """The parse of a file by name and content: `mkdocs serve` re-reads every file on each rebuild, and
    each content is parsed once (for speed); an edit's older contents leave as newer ones come."""
    return _parse(path, display, digest)


def _parse(path: Path, display: str, digest: bytes = b"") -> tuple[Source | None, list[Problem]]:
    text, problem = _read_text(path, display)
    if problem:
        return None, [problem]
    loader = _Loader(text)
    try:
        _refuse_aliases(text)
        node = loader.get_single_node()
        builder = _Builder(loader, display)
        data = builder.build(node) if node is not None else None
    except _Refused as refused:
        return None, [Problem(display, refused.line, "", refused.message)]
    except yaml.MarkedYAMLError as error:
        return None, [_yaml_problem(error, display, text)]
    finally:
        loader.dispose()
    return Source(display, data, builder.lines, digest), builder.problems


def _read_text(path: Path, display: str) -> tuple[str, Problem | None]:
    size = path.stat().st_size
    if size > MAX_BYTES:
        return "", Problem(display, 0, "", messages.TOO_LARGE.format(size=size // 1024, limit=MAX_BYTES // 1024))
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return "", Problem(display, line, "", messages.NOT_UTF8.format())


def _yaml_problem(error: yaml.MarkedYAMLError, display: str, text: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else 0
    problem = error.problem or str(error)
    if _tab_indented(text, line) or "\\t" in problem:
        problem = "a tab is used for indentation; indent with spaces"
    return Problem(display, line, "", messages.NOT_YAML.format(problem=problem))


def _tab_indented(text: str, line: int) -> bool:
    lines = text.splitlines()
    if not 0 < line <= len(lines):
        return False
    indent = lines[line - 1][: len(lines[line - 1]) - len(lines[line - 1].lstrip())]
    return "\t" in indent
