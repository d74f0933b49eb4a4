"""Writing the JSON Schemas of the data files (``tsunagu schemas``), built by ``model/schemas.py`` with the
codes the site's vocabularies hold; run as ``python -m tsunagu.cli.schemas`` too."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from ..load.yamlsource import read_yaml
from ..model.schemas import schema_text
from ..model.vocabulary import VOCABULARIES


def vocabulary_codes(data_dir: Path) -> dict[str, list[Any]]:
    """The codes of each controlled vocabulary that can be read; unreadable ones are left out."""
    codes = {}
    for name in VOCABULARIES:
        path = data_dir / "vocabulary" / f"{name}.yml"
        source, _ = read_yaml(path, path.name) if path.exists() else (None, [])
        if source is not None and isinstance(source.data, dict):
            codes[name] = list(source.data)
    return codes


def write_schemas(schemas: dict[str, dict], out_dir: Path) -> list[Path]:
    """Write ``<name>.schema.json`` files; return those whose content changed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, schema in schemas.items():
        path = out_dir / f"{name}.schema.json"
        text = schema_text(schema)
        if not path.exists() or path.read_text("utf-8") != text:
            path.write_text(text, "utf-8")
            changed.append(path)
    return changed


def stale_schemas(schemas: dict[str, dict], out_dir: Path) -> list[str]:
    """Names of schema files missing or different from what the models give."""
    return [name for name, schema in schemas.items()
            if not (out_dir / f"{name}.schema.json").exists()
            or (out_dir / f"{name}.schema.json").read_text("utf-8") != schema_text(schema)]


if __name__ == "__main__":
    from .main import main

    sys.exit(main(["schemas", *sys.argv[1:]]))
