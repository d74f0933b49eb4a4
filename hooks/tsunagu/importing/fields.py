"""The fields a file's column can fill, read from a kind's model: their paths, value types and whether
they are texts in each language. ``tsunagu import KIND --help`` lists them; mapping files name them."""

from __future__ import annotations

import datetime as dt
import typing
from dataclasses import dataclass

from pydantic import BaseModel, BeforeValidator

from ..model.fields import LocalText, code, ref


@dataclass(frozen=True)
class FieldSpec:
    """One field a column can fill."""

    path: str
    """Dotted, as in the record: ``title``, ``registration.deadline``."""
    type: str
    """The value type its cells are read as (a key of ``cells.READERS``, or ``vocab``)."""
    localized: bool = False
    many: bool = False
    vocabulary: str | None = None
    reference: str | None = None
    required: bool = False
    description: str = ""


ID = FieldSpec("id", "id", description="レコードのid（ファイル名。なければ名前から） / The record's id, its file name "
                                        "(none: made from its name)")
_VALIDATED = {"_date": "date", "_time": "time", "_url": "url", "_phone": "phone", "_email": "text",
              "_lg_code": "lg_code", "check": "text"}
_MULTILINE = {"description", "covers", "definition"}


def importable_fields(model: type[BaseModel], prefix: str = "") -> dict[str, FieldSpec]:
    """Every field of ``model`` a cell can fill, nested models' fields by their dotted path; and ``id``."""
    found: dict[str, FieldSpec] = {} if prefix else {"id": ID}
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        annotation, metadata = _unwrapped(info.annotation, list(info.metadata))
        if isinstance(annotation, type) and issubclass(annotation, BaseModel) and annotation is not LocalText:
            found.update(importable_fields(annotation, f"{path}."))
            continue
        spec = _spec(path, name, annotation, metadata, info.is_required(), info.description or "")
        if spec:
            found[path] = spec
    return found


def _unwrapped(annotation, metadata: list) -> tuple[typing.Any, list]:
    """The type without ``| None`` and ``Annotated``, with the metadata gathered."""
    while True:
        args = typing.get_args(annotation)
        if typing.get_origin(annotation) is typing.Annotated:
            annotation, metadata = args[0], [*metadata, *args[1:]]
        elif typing.get_origin(annotation) in (typing.Union, getattr(__import__("types"), "UnionType")) \
                and type(None) in args:
            annotation = next(a for a in args if a is not type(None))
        else:
            return annotation, metadata


def _spec(path: str, name: str, annotation, metadata: list, required: bool, description: str) -> FieldSpec | None:
    many = typing.get_origin(annotation) is list
    if many:
        annotation, metadata = _unwrapped(typing.get_args(annotation)[0], metadata)
    vocabulary = next((m.vocabulary for m in metadata if isinstance(m, code)), None)
    reference = next((m.kind for m in metadata if isinstance(m, ref)), None)
    value_type = _value_type(name, annotation, metadata, vocabulary, reference)
    if value_type is None:
        return None
    return FieldSpec(path, value_type, annotation is LocalText, many, vocabulary, reference, required, description)


def _value_type(name: str, annotation, metadata: list, vocabulary, reference) -> str | None:
    if vocabulary:
        return "vocab"
    if reference:
        return "id"
    validator = next((m.func.__name__ for m in metadata if isinstance(m, BeforeValidator)), None)
    if validator in _VALIDATED:
        return _VALIDATED[validator]
    if annotation is LocalText:
        return "lines" if name in _MULTILINE else "text"
    simple = {dt.date: "date", dt.time: "time", bool: "flag", int: "number", str: "text"}
    if annotation is float:
        return {"lat": "latitude", "lon": "longitude"}.get(name, "number")
    return simple.get(annotation)
