"""The configuration of the form editor at ``/admin/`` (Decap CMS), generated from the models the validator uses.

One collection per registered record kind, and one for ``data/site.yml``. Each field of a model gets one
widget, read from the model's JSON Schema: a multilingual text is one entry per language of the site,
a code of a controlled vocabulary a select that shows the codes' labels, a reference to another record a
relation, and a date, time or code the validator's pattern. Required fields are required, and each
field's help is its description in the JSON Schema (the same text editors' tools show).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from ..model.fields import REF_MARK, SLUG, VOCABULARY_MARK
from ..model.kinds import KINDS, RecordKind, record_kinds
from ..model.locales import Locales
from ..model.models import Record, Site
from ..model.vocabulary import Entry

FORMAT = "tsunagu-yml"
"""The file format registered by ``admin/tsunagu-cms.js``: YAML as the check reads it, edits in place."""
ID_FIELD = "id"
"""The form's field for a new record's id (its file name); the format leaves it out of the file."""
DATE_FORMAT = "YYYY-MM-DD"
SCHEMA_COMMENT = "yaml-language-server: $schema=../{depth}schemas/{name}.schema.json"


@dataclass(frozen=True)
class Backend:
    """Where saves go on a real site: the GitHub repository, and the OAuth service that signs editors in."""

    repo: str
    branch: str = "main"
    auth_base_url: str | None = None
    auth_site_domain: str | None = None

    def config(self) -> dict[str, str]:
        optional = {"base_url": self.auth_base_url, "site_domain": self.auth_site_domain}
        return {"name": "github", "repo": self.repo, "branch": self.branch,
                **{key: value for key, value in optional.items() if value}}


@dataclass(frozen=True)
class FormSite:
    """What the configuration needs of the site: its languages, vocabularies and UI labels."""

    locales: Locales
    vocabularies: dict[str, dict[Any, Entry]]
    kind_labels: dict[str, str]
    """Each record kind's name in the default language, by kind name."""
    data_folder: str = "data"


def cms_config(site: FormSite, backend: Backend) -> dict[str, Any]:
    """The whole configuration of Decap CMS (``admin/config.yml``)."""
    return {
        "backend": backend.config(),
        "publish_mode": "editorial_workflow",
        "local_backend": {},
        "locale": "ja",
        "media_folder": "docs/assets/images",
        "public_folder": "/assets/images",
        "collections": [*(_collection(site, kind) for kind in record_kinds()), _settings(site)],
    }


def _collection(site: FormSite, kind: RecordKind) -> dict[str, Any]:
    """The folder collection of one record kind: its records, and a form for a new one."""
    default = site.locales.default.code
    fields = Fields(site, kind.model).fields()
    fields[0]["comment"] = SCHEMA_COMMENT.format(depth="../", name=kind.schema)
    return {
        "name": kind.name, "label": site.kind_labels[kind.name], "label_singular": site.kind_labels[kind.name],
        "folder": f"{site.data_folder}/{kind.folder}", "extension": "yml", "format": FORMAT,
        "create": True, "slug": "{{" + ID_FIELD + "}}", "identifier_field": ID_FIELD, "editor": {"preview": False},
        "summary": "{{" + f"{kind.title_field}.{default}" + "}}",
        "fields": [_id_field(), *fields],
    }


def _id_field() -> dict[str, Any]:
    help_text = ("新しい記録のファイル名（半角小文字・数字・ハイフン）。保存したあとは変えられません / "
                 "The new record's file name (lowercase letters, digits, hyphens); it cannot change once saved")
    return {"name": ID_FIELD, "label": "ID", "widget": "string", "required": False, "hint": help_text,
            "pattern": [SLUG, help_text]}


def _settings(site: FormSite) -> dict[str, Any]:
    """The site's own record, ``data/site.yml``, as a collection of one file."""
    return {"name": "site", "label": "サイトの設定", "editor": {"preview": False}, "files": [{
        "name": "site", "label": "サイトの設定", "file": f"{site.data_folder}/site.yml", "format": FORMAT,
        "fields": Fields(site, Site).fields(),
    }]}


def field_order(model: type[BaseModel]) -> list[str]:
    """A model's fields in the order records write them: its own first, then those every record has
    (``updated``), as the sample data and ``tsunagu new`` do."""
    shared = list(Record.model_fields) if issubclass(model, Record) else []
    return [name for name in model.model_fields if name not in shared] + shared


def short_label(description: str) -> str:
    """A field's label: the Japanese half of its description, up to its first note."""
    japanese = description.split(" / ")[0]
    return re.split(r'[（"(]', japanese)[0].strip() or japanese


class Fields:
    """The widgets of one model's fields, from its JSON Schema."""

    def __init__(self, site: FormSite, model: type[BaseModel]):
        self.site, self.model = site, model
        self.schema = model.model_json_schema()
        self.defs = self.schema.get("$defs", {})

    def fields(self) -> list[dict[str, Any]]:
        return self._properties(self.schema, field_order(self.model))

    def _properties(self, schema: dict, order: list[str], optional: bool = False) -> list[dict[str, Any]]:
        """The fields of an object; none is required in the form where the object itself is ``optional``:
        Decap checks an object's fields even when it is left empty (the check still requires them once
        the object is given)."""
        required = set() if optional else set(schema.get("required", ()))
        return [self._field(name, schema["properties"][name], name in required) for name in order]

    def _field(self, name: str, node: dict, required: bool) -> dict[str, Any]:
        description = node.get("description", "")
        field = {"name": name, "label": short_label(description) or name, "required": required}
        if description:
            field["hint"] = description
        return field | self._widget(self._resolved(node), required, description)

    def _resolved(self, node: dict) -> dict:
        """The node without its null alternative (an optional field), its reference followed."""
        choices = [choice for choice in node.get("anyOf", ()) if choice.get("type") != "null"]
        lists = [choice for choice in choices if choice.get("type") == "array"]
        if len(choices) == 2 and len(lists) == 1:  # one value or a list of them (weekdays): the form edits a list
            choices = lists
        if len(choices) == 1:
            node = {**node, **choices[0]}
            node.pop("anyOf")
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[1]
            return {**self.defs[name], "def": name, **{k: v for k, v in node.items() if k != "$ref"}}
        return node

    def _widget(self, node: dict, required: bool, description: str) -> dict[str, Any]:
        if node.get("def") == "LocalText":
            return self._local_text(required, description)
        if VOCABULARY_MARK in node:
            return self._select(node[VOCABULARY_MARK])
        if REF_MARK in node:
            return _relation(self.site, node[REF_MARK])
        if node.get("type") == "array":
            return self._list(self._resolved(node["items"]), description)
        if node.get("type") == "object" and "properties" in node:
            return {"widget": "object", "collapsed": False,
                    "fields": self._properties(node, list(node["properties"]), optional=not required)}
        if node.get("type") == "object":
            return self._per_language(self._resolved(node["additionalProperties"]), description)
        return _scalar(node, description, required)

    def _local_text(self, required: bool, description: str) -> dict[str, Any]:
        """One entry per language; the default language's is required where the text is."""
        widget = "text" if "Markdown" in description else "string"
        return {"widget": "object", "collapsed": False, "fields": [
            {"name": loc.code, "label": loc.name, "widget": widget, "required": required and loc.default}
            for loc in self.site.locales]}

    def _select(self, vocabulary: str) -> dict[str, Any]:
        """A code of ``vocabulary``, chosen by its label in the default language."""
        default = self.site.locales.default.code
        entries = self.site.vocabularies[vocabulary]
        options = [{"label": entry.label.get((default,))[0], "value": code} for code, entry in entries.items()]
        return {"widget": "select", "options": options}

    def _list(self, items: dict, description: str) -> dict[str, Any]:
        if items.get("def") == "LocalText":
            return {"widget": "list", "fields": self._local_text(True, description)["fields"]}
        if VOCABULARY_MARK in items or REF_MARK in items:
            return self._widget(items, False, description) | {"multiple": True}
        if items.get("type") == "string":
            return {"widget": "list"}
        if items.get("type") == "object" and "properties" in items:  # a list of records' parts (yearly values)
            # empty to start with: Decap would start it with one item wherever a part has a default
            return {"widget": "list", "default": [], "fields": self._properties(items, list(items["properties"]))}
        raise TypeError(f"{self.model.__name__}: no form widget for a list of {items}")

    def _per_language(self, values: dict, description: str) -> dict[str, Any]:
        """A map keyed by language (a term's other names): one optional entry per language."""
        if values.get("type") == "array":
            inner = self._list(self._resolved(values["items"]), description)
        else:
            inner = _scalar(values, description)
        return {"widget": "object", "collapsed": True, "fields": [
            {"name": loc.code, "label": loc.name, "required": False, **inner} for loc in self.site.locales]}


def _relation(site: FormSite, kind_name: str) -> dict[str, Any]:
    """The id of a record of another kind, chosen by its title in the default language."""
    kind = KINDS[kind_name]
    title = f"{kind.title_field}.{site.locales.default.code}"
    return {"widget": "relation", "collection": kind.name, "value_field": "{{slug}}",
            "search_fields": [title], "display_fields": [title]}


def _date(required: bool) -> dict[str, Any]:
    """A day from the calendar; an optional one starts empty (Decap's would start at today)."""
    widget = {"widget": "datetime", "format": DATE_FORMAT, "date_format": DATE_FORMAT, "time_format": False}
    return widget if required else widget | {"default": ""}


def _scalar(node: dict, description: str, required: bool = False) -> dict[str, Any]:
    kind = node.get("type")
    if kind == "boolean":
        return {"widget": "boolean"}
    if kind in ("integer", "number"):
        return _number(node)
    if "enum" in node:
        return {"widget": "select", "options": list(node["enum"])}
    if node.get("format") == "date":
        return _date(required)
    if kind == "string":
        return {"widget": "string", **({"pattern": [node["pattern"], description]} if "pattern" in node else {})}
    raise TypeError(f"no form widget for {node}")


def _number(node: dict) -> dict[str, Any]:
    widget = {"widget": "number", "value_type": "int" if node["type"] == "integer" else "float"}
    if "minimum" in node:
        widget["min"] = node["minimum"]
    elif "exclusiveMinimum" in node and node["type"] == "integer":
        widget["min"] = node["exclusiveMinimum"] + 1
    if "maximum" in node:
        widget["max"] = node["maximum"]
    return widget
