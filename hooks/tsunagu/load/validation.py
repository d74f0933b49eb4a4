"""Turn validation errors into problems an editor can act on: file, line, field, message."""

from __future__ import annotations

import difflib
import hashlib
from typing import Any

from pydantic import BaseModel, ValidationError

from ..model import messages
from ..model.errors import Problem
from ..model.fields import Context
from .yamlsource import PARSED_LIMIT, Loc, Source, dotted

KEPT_LIMIT = PARSED_LIMIT  # validations kept in a process (emptied when full), as many as parses
_kept: dict[tuple, tuple[Any, list[Problem]]] = {}


def context_key(context: Context) -> bytes:
    """What a file's validation depends on beyond the file: the languages, every record id, every code."""
    parts = [repr(context.locales), context.default_locale]
    parts += [f"{kind}:{sorted(ids)}" for kind, ids in sorted(context.ids.items())]
    parts += [f"{name}:{sorted(map(repr, codes))}" for name, codes in sorted(context.vocabularies.items())]
    return hashlib.blake2b("\n".join(parts).encode("utf-8"), digest_size=16).digest()


def validate_kept(model: type[BaseModel], source: Source, context: Context, key: bytes) -> tuple[Any, list[Problem]]:
    """``validate``, kept by file, content and ``key`` (``context_key``): `mkdocs serve` loads all data on
    each rebuild, and validates again only the files an edit changed. Models are frozen: sharing is safe."""
    if not source.digest:
        return validate(model, source, context)
    address = (model, source.path, source.digest, key)
    if address not in _kept:
        if len(_kept) >= KEPT_LIMIT:
            _kept.clear()
        _kept[address] = validate(model, source, context)
    value, problems = _kept[address]
    return value, list(problems)


def validate(model: type[BaseModel], source: Source, context: Context) -> tuple[Any, list[Problem]]:
    """Validate ``source`` against ``model``; return the record or the problems."""
    try:
        return model.model_validate(source.data, context={"tsunagu": context}), []
    except ValidationError as error:
        return None, [_problem(e, source, model) for e in error.errors(include_url=False)]


def _problem(error: dict, source: Source, model: type[BaseModel]) -> Problem:
    loc = _data_loc(error["loc"], source.data)
    ctx = error.get("ctx") or {}
    field = ctx.get("field")
    if field:
        loc = (*loc, *(field if isinstance(field, tuple) else (field,)))
    return Problem(source.path, source.line_of(loc), dotted(loc), _message(error, loc, model))


def _data_loc(loc: tuple, data: Any) -> Loc:
    """The part of pydantic's location that names keys and items in the file."""
    kept: list = []
    for part in loc:
        if isinstance(data, dict) and part in data:
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        elif not (isinstance(part, str) and part.islower() and part.replace("_", "").isalnum()):
            continue
        else:
            data = None
        kept.append(part)
    return tuple(kept)


def _message(error: dict, loc: Loc, model: type[BaseModel]) -> str:
    if error["type"] == "extra_forbidden":
        return _unknown_field(loc, model)
    return messages.readable(error)


def _unknown_field(loc: Loc, model: type[BaseModel]) -> str:
    name = str(loc[-1]) if loc else ""
    close = difflib.get_close_matches(name, list(model.model_fields), n=1)
    hint = messages.DID_YOU_MEAN.format(name=close[0]) if close and len(loc) == 1 else ""
    return messages.UNKNOWN_FIELD.format(hint=hint)
