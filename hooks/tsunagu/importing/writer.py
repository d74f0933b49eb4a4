"""Write an imported record: as YAML the site's own reader reads back to the same values, validated
by the site's own validation, and put in place atomically (never a half-written file, never outside
``data/``)."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from ..load.validation import validate
from ..load.yamlsource import Source, read_yaml
from ..model.errors import Problem
from ..model.fields import Context


class _Dumper(yaml.SafeDumper):
    """Multi-line texts as literal blocks, the way editors write them."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    """Block style for several lines; quotes for a value of digits and signs ("14:00", "011002"), as editors do."""
    if "\n" in value and not value.endswith((" ", "\n")):
        style = "|"
    else:
        style = '"' if re.fullmatch(r"[0-9:+\-() ]+", value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def record_text(data: dict[str, Any], schema: str) -> str:
    """A record's file: the schema line editors' tools use, then its fields."""
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)
    return f"# yaml-language-server: $schema=../../schemas/{schema}.schema.json\n{body}"


def problems_of(model: type[BaseModel], data: dict[str, Any], display: str, context: Context) -> list[Problem]:
    """What the site's validation says of ``data`` as a record of ``model``."""
    return validate(model, Source(display, data, {}), context)[1]


def write_record(path: Path, data_dir: Path, text: str, model: type[BaseModel], context: Context) -> list[Problem]:
    """Write ``text`` to ``path`` if it reads back as a valid record; the problems otherwise."""
    if not path.resolve().is_relative_to(data_dir.resolve()):
        return [Problem(path.as_posix(), 0, "", "is outside data/: not written")]
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        problems = _read_back(Path(temporary), path.name, model, context)
        if not problems:
            os.replace(temporary, path)
        return problems
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _read_back(temporary: Path, display: str, model: type[BaseModel], context: Context) -> list[Problem]:
    source, problems = read_yaml(temporary, display)
    if source is None or problems:
        return problems
    return validate(model, source, context)[1]
