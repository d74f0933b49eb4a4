"""JSON Schemas for the data files, generated from the models the validator uses.

Editors' tools (VS Code with the YAML extension, and others using
yaml-language-server) read them from the first line of each data file and offer
completion, descriptions in Japanese and English, and errors while typing.
The languages come from the site configuration and the codes of each
controlled vocabulary from ``data/vocabulary/``, so regenerate after changing either.
Checks across files (ids of other records) and check digits stay with the validator.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..model.alerts import Alerts
from ..model.fields import REF_MARK, VOCABULARY_MARK
from ..model.locales import Locales
from ..model.kinds import record_kinds
from ..model.models import Readings, Site
from ..model.vocabulary import VOCABULARIES, EventKinds, GroupKinds, Vocabulary
from ..load.yamlsource import read_yaml

DIALECT = "https://json-schema.org/draft/2020-12/schema"
OTHER_MODELS: dict[str, type[BaseModel]] = {"site": Site, "readings": Readings, "vocabulary": Vocabulary,
                                            "group_kinds": GroupKinds, "event_kinds": EventKinds, "alerts": Alerts}


def vocabulary_codes(data_dir: Path) -> dict[str, list[Any]]:
    """The codes of each controlled vocabulary that can be read; unreadable ones are left out."""
    codes = {}
    for name in VOCABULARIES:
        path = data_dir / "vocabulary" / f"{name}.yml"
        source, _ = read_yaml(path, path.name) if path.exists() else (None, [])
        if source is not None and isinstance(source.data, dict):
            codes[name] = list(source.data)
    return codes


def build_schemas(locales: Locales, codes: dict[str, list[Any]]) -> dict[str, dict]:
    """One JSON Schema per kind of data file, keyed by the schema's file stem."""
    return {name: _schema(name, model, locales, codes) for name, model in schema_models().items()}


def schema_models() -> dict[str, type[BaseModel]]:
    """The model of each kind of data file, keyed by its schema's file stem."""
    return {**{kind.schema: kind.model for kind in record_kinds()}, **OTHER_MODELS}


def _schema(name: str, model: type[BaseModel], locales: Locales, codes: dict[str, list[Any]]) -> dict:
    schema = model.model_json_schema()
    if "LocalText" in schema.get("$defs", {}):
        schema["$defs"]["LocalText"] = _local_text(locales)
    return {"$schema": DIALECT, "$id": f"{name}.schema.json", **_with_codes(schema, codes)}


def _local_text(locales: Locales) -> dict:
    """A text per language: the default language is required, unknown languages are refused."""
    return {
        "type": "object",
        "description": "言語ごとの文章 / A text in each language of the site",
        "properties": {loc.code: {"type": "string", "minLength": 1, "description": loc.name} for loc in locales},
        "required": [locales.default.code],
        "additionalProperties": False,
    }


def _with_codes(node: Any, codes: dict[str, list[Any]]) -> Any:
    """Replace each vocabulary mark with the list of its codes (``enum``); references are checked by the
    validator alone (their mark is for forms)."""
    if isinstance(node, list):
        return [_with_codes(item, codes) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: _with_codes(value, codes) for key, value in node.items() if key not in (VOCABULARY_MARK, REF_MARK)}
    if node.get(VOCABULARY_MARK) in codes:
        result["enum"] = codes[node[VOCABULARY_MARK]]
    return result


def schema_text(schema: dict) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


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
    from .cli import main

    sys.exit(main(["schemas", *sys.argv[1:]]))
