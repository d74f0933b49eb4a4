"""JSON Schemas for the data files, built from the models the validator uses.

Editors' tools (VS Code with the YAML extension, and others using yaml-language-server) read them from
the first line of each data file and offer completion, descriptions in Japanese and English, and errors
while typing. The languages come from the site configuration and the codes of each controlled vocabulary
from ``data/vocabulary/`` (read by ``cli/schemas.py``, which writes the files). Checks across files (ids of
other records) and check digits stay with the validator.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, RootModel

from .alerts import Alerts
from .fields import REF_MARK, VOCABULARY_MARK
from .kinds import record_kinds
from .locales import Locales
from .models import Readings, Site
from .vocabulary import EventKinds, GroupKinds, Vocabulary


class UiStrings(RootModel[dict[str, str]]):
    """data/ui/<locale>.yml: the site's own UI strings in one language, each key a text."""


DIALECT = "https://json-schema.org/draft/2020-12/schema"
OTHER_MODELS: dict[str, type[BaseModel]] = {"site": Site, "readings": Readings, "vocabulary": Vocabulary,
                                            "group_kinds": GroupKinds, "event_kinds": EventKinds, "alerts": Alerts,
                                            "ui": UiStrings}


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
