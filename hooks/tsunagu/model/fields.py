"""Field types shared by the record models, each with the message an editor sees."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Annotated, Any, Sequence
from urllib.parse import urlsplit

from pydantic import BeforeValidator, Field, RootModel, ValidationInfo, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError, core_schema

from . import messages

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


@dataclass
class Context:
    """What validation needs beyond one file: the languages, record ids and vocabularies."""

    locales: tuple[str, ...]
    default_locale: str
    ids: dict[str, set[str]] = field(default_factory=dict)
    vocabularies: dict[str, set[Any]] = field(default_factory=dict)


def context_of(info: ValidationInfo) -> Context | None:
    return (info.context or {}).get("tsunagu")


def fail(message: messages.Message, **values: Any) -> PydanticCustomError:
    """The validation error of one class of problem in the catalogue (``model/messages.py``), with its values."""
    return PydanticCustomError(message.name, message.template, values)


class LocalText(RootModel[dict[str, str]]):
    """A text in each language of the site, keyed by locale code; the default language is required."""

    root: dict[str, Annotated[str, Field(min_length=1)]]

    @model_validator(mode="after")
    def _known_locales(self, info: ValidationInfo) -> "LocalText":
        ctx = context_of(info)
        if ctx is None:
            return self
        unknown = [code for code in self.root if code not in ctx.locales]
        if unknown:
            raise fail(messages.UNKNOWN_LANGUAGE,
                       codes=", ".join(unknown), known=", ".join(ctx.locales))
        if ctx.default_locale not in self.root:
            raise fail(messages.DEFAULT_TEXT_MISSING, code=ctx.default_locale)
        return self

    def get(self, chain: Sequence[str]) -> tuple[str, str]:
        """The text in the first language of ``chain`` that has one (``Locales.chain``: it ends with the
        default language, which every text has), and that language's code."""
        code = next(code for code in chain if code in self.root)
        return self.root[code], code

    def has(self, locale: str) -> bool:
        return locale in self.root


def _time(value: Any) -> dt.time:
    text = str(value).strip()
    match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", text)
    if not match or isinstance(value, bool):
        raise fail(messages.NOT_A_TIME, value=text)
    return dt.time(int(match[1]), int(match[2]))


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise fail(messages.NOT_A_DATE, value=value) from None


def _number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise fail(messages.NOT_A_PLAIN_NUMBER, value=value)
    return value


_ERA_YEAR = re.compile(r"(R|令和|H|平成)\s*(元|\d{1,2})\s*(?:年度?)?")
_ERA_START = {"R": 2018, "令和": 2018, "H": 1988, "平成": 1988}


def _fiscal_year(value: Any) -> int:
    """A fiscal year as its western year (令和2年度, April 2020 to March 2021, is 2020)."""
    text = str(value).strip()
    if not isinstance(value, bool) and text.isdigit() and 1900 <= int(text) <= 2200:
        return int(text)
    era = _ERA_YEAR.fullmatch(text)
    if era:
        year = _ERA_START[era[1]] + (1 if era[2] == "元" else int(era[2]))
        raise fail(messages.ERA_YEAR,
                   value=text, year=year)
    raise fail(messages.NOT_A_FISCAL_YEAR, value=text)


def _url(value: Any) -> str:
    text = str(value).strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise fail(messages.NOT_A_URL, value=text)
    return text


def _phone(value: Any) -> str:
    if not isinstance(value, str):
        raise fail(messages.PHONE_NOT_QUOTED)
    if not re.fullmatch(r"\+?[0-9][0-9()\- ]{5,20}", value.strip()):
        raise fail(messages.NOT_A_PHONE, value=value)
    return value.strip()


def _email(value: Any) -> str:
    text = str(value).strip()
    if not re.fullmatch(r"[^@\s<>\"']+@[^@\s<>\"']+\.[A-Za-z]{2,}", text):
        raise fail(messages.NOT_AN_EMAIL, value=text)
    return text


def _kana(alphabet: str, pattern: str):
    def check(value: Any) -> str:
        text = str(value).strip()
        if not re.fullmatch(pattern, text):
            raise fail(messages.NOT_IN_ALPHABET, value=text, alphabet=alphabet)
        return text
    return check


VOCABULARY_MARK = "x-tsunagu-vocabulary"
REF_MARK = "x-tsunagu-ref"


@dataclass(frozen=True)
class ref:
    """Marks a value as the id of a record of ``kind``: the validator checks that the record exists, and
    the JSON Schema names the kind (``x-tsunagu-ref``) so a form can offer its records."""

    kind: str

    def __get_pydantic_core_schema__(self, source: Any, handler) -> core_schema.CoreSchema:
        return core_schema.with_info_after_validator_function(self._check, handler(source))

    def __get_pydantic_json_schema__(self, schema: core_schema.CoreSchema, handler) -> dict:
        return {**handler(schema), REF_MARK: self.kind}

    def _check(self, value: str, info: ValidationInfo) -> str:
        ctx = context_of(info)
        if ctx is not None and value not in ctx.ids.get(self.kind, set()):
            raise fail(messages.NO_SUCH_RECORD, kind=self.kind, value=value)
        return value


@dataclass(frozen=True)
class code:
    """Marks a value as a code of a controlled vocabulary in data/vocabulary/: the validator checks it,
    and the JSON Schema names the vocabulary (``x-tsunagu-vocabulary``) so its codes can be listed."""

    vocabulary: str

    def __get_pydantic_core_schema__(self, source: Any, handler) -> core_schema.CoreSchema:
        return core_schema.with_info_after_validator_function(self._check, handler(source))

    def __get_pydantic_json_schema__(self, schema: core_schema.CoreSchema, handler) -> dict:
        return {**handler(schema), VOCABULARY_MARK: self.vocabulary}

    def _check(self, value: Any, info: ValidationInfo) -> Any:
        ctx = context_of(info)
        known = ctx.vocabularies.get(self.vocabulary) if ctx else None
        if known is not None and value not in known:
            options = ", ".join(str(k) for k in sorted(known, key=str)) or "it has no codes"
            raise fail(messages.NOT_IN_VOCABULARY,
                       value=value, vocabulary=self.vocabulary, options=options)
        return value


def _text_schema(pattern: str | None = None, **extra: str) -> WithJsonSchema:
    """The JSON Schema of a field read as text, for editors' completion and checks."""
    return WithJsonSchema({"type": "string", **({"pattern": pattern} if pattern else {}), **extra})


Time = Annotated[dt.time, BeforeValidator(_time), _text_schema(r"^([01]?\d|2[0-3]):[0-5]\d$")]
Date = Annotated[dt.date, BeforeValidator(_date), _text_schema(format="date")]
Number = Annotated[int | float, BeforeValidator(_number), WithJsonSchema({"type": "number"})]
FiscalYear = Annotated[int, BeforeValidator(_fiscal_year),
                      WithJsonSchema({"type": "integer", "minimum": 1900, "maximum": 2200})]
"""A Japanese fiscal year (April to March), by the western year it starts in."""
Url = Annotated[str, BeforeValidator(_url), _text_schema(r"^\s*https?://\S+", format="uri")]
Phone = Annotated[str, BeforeValidator(_phone), _text_schema(r"^\s*\+?[0-9][0-9()\- ]{5,20}\s*$")]
Email = Annotated[str, BeforeValidator(_email), _text_schema(r"^\s*[^@\s<>\"']+@[^@\s<>\"']+\.[A-Za-z]{2,}\s*$")]
Katakana = Annotated[str, BeforeValidator(_kana("full-width katakana", r"[゠-ヿ　 ・ー]+")), _text_schema(r"^\s*[゠-ヿ　 ・ー]+\s*$")]
Hiragana = Annotated[str, BeforeValidator(_kana("hiragana", r"[ぁ-ゖゝゞー・　 ]+")), _text_schema(r"^\s*[ぁ-ゖゝゞー・　 ]+\s*$")]
