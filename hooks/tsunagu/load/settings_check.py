"""Check Tsunagu's settings and the site's languages, and report problems as data problems are reported.

The settings are ``extra.tsunagu`` in mkdocs.yml; the languages are the i18n plugin's
``languages``. Every problem names its line in mkdocs.yml and the place of the value:
``mkdocs.yml:64: extra.tsunagu.furigana_alway: not a setting (did you mean "furigana_always"?)``.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from typing import Any

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from ..model.config import TsunaguConfig
from ..model import messages
from ..model.errors import Problem, SettingsError
from ..model.locales import Locale, Locales, babel_knows
from .yamlsource import Loc, Source, dotted

SETTINGS_AT: Loc = ("extra", "tsunagu")


class _Language(BaseModel):
    """What Tsunagu reads of one entry of the i18n plugin's ``languages``; the plugin reads the rest."""

    model_config = ConfigDict(extra="ignore")
    locale: str
    name: str | None = None
    default: bool = False


_LANGUAGES = TypeAdapter(list[_Language])


@dataclass(frozen=True)
class _Place:
    """Where a group of values sits in mkdocs.yml, to locate their problems."""

    source: Source
    at: Loc

    def problem(self, loc: tuple, message: str) -> Problem:
        full = (*self.at, *(part for part in loc if "[" not in str(part)))  # drops pydantic's tags: [key]
        return Problem(self.source.path, self.source.line_of(full), dotted(full), message)


def checked_settings(source: Source, settings: Any, languages: Any, languages_at: Loc) -> tuple[TsunaguConfig, Locales]:
    """The settings and the languages, valid; or SettingsError with every problem, located in ``source``."""
    config, problems = _settings(settings, _Place(source, SETTINGS_AT))
    locales, found = _locales(languages, _Place(source, languages_at))
    problems += found
    if config is not None and locales is not None:
        place = _Place(source, SETTINGS_AT)
        problems += _unknown_codes(config, locales, place) + _chain_problems(config, locales, place)
        problems += _tag_problems(config, place)
    if problems:
        raise SettingsError(problems)
    return config, with_settings(locales, config)


def with_settings(locales: Locales, config: TsunaguConfig) -> Locales:
    """The languages with their fallbacks and chosen tags from the settings."""
    return Locales(tuple(replace(loc, fallbacks=tuple(config.fallbacks.get(loc.code, ())),
                                 chosen_tag=config.language_tags.get(loc.code)) for loc in locales))


def _settings(values: Any, place: _Place) -> tuple[TsunaguConfig | None, list[Problem]]:
    try:
        return TsunaguConfig.model_validate({} if values is None else values), []
    except ValidationError as error:
        return None, [place.problem(e["loc"], _message(e)) for e in error.errors(include_url=False)]


def _message(error: dict) -> str:
    if error["type"] == "extra_forbidden":
        close = difflib.get_close_matches(str(error["loc"][-1]), list(TsunaguConfig.model_fields), n=1)
        return messages.UNKNOWN_SETTING.format(hint=messages.DID_YOU_MEAN.format(name=close[0]) if close else "")
    return messages.readable(error)


def _locales(values: Any, place: _Place) -> tuple[Locales | None, list[Problem]]:
    try:
        languages = _LANGUAGES.validate_python(values)
    except ValidationError as error:
        return None, [place.problem(e["loc"], _message(e)) for e in error.errors(include_url=False)]
    problems = _unknown_languages(languages, place) + _repeated(languages, place) + _defaults(languages, place)
    if problems:
        return None, problems
    return Locales(tuple(Locale(lang.locale, lang.name or lang.locale, lang.default) for lang in languages)), []


def _unknown_languages(languages: list[_Language], place: _Place) -> list[Problem]:
    """Dates, sorting and the page language need a language Babel knows (``ja-easy`` is ``ja`` to it)."""
    return [place.problem((i, "locale"), messages.NOT_A_BABEL_LANGUAGE.format(code=lang.locale))
            for i, lang in enumerate(languages) if not babel_knows(lang.locale)]


def _repeated(languages: list[_Language], place: _Place) -> list[Problem]:
    first: dict[str, int] = {}
    problems = []
    for i, lang in enumerate(languages):
        if lang.locale in first:
            line = place.source.line_of((*place.at, first[lang.locale], "locale"))
            problems.append(place.problem((i, "locale"), messages.LANGUAGE_TWICE.format(code=lang.locale, line=line)))
        first.setdefault(lang.locale, i)
    return problems


def _defaults(languages: list[_Language], place: _Place) -> list[Problem]:
    defaults = [i for i, lang in enumerate(languages) if lang.default]
    if not defaults:
        return [place.problem((), messages.NO_DEFAULT_LANGUAGE.format())]
    first = languages[defaults[0]].locale
    return [place.problem((i, "default"), messages.TWO_DEFAULT_LANGUAGES.format(first=first))
            for i in defaults[1:]]


def _unknown_codes(config: TsunaguConfig, locales: Locales, place: _Place) -> list[Problem]:
    """Settings that name a language must name one of the site's."""
    named = [(("furigana_always", i), code) for i, code in enumerate(config.furigana_always)]
    named += [(("furigana_toggle", i), code) for i, code in enumerate(config.furigana_toggle)]
    named += [(("date_styles", code), code) for code in config.date_styles]
    named += [(("language_tags", code), code) for code in config.language_tags]
    named += [(("fallbacks", code), code) for code in config.fallbacks]
    named += [(("fallbacks", code, i), other) for code, chain in config.fallbacks.items() for i, other in enumerate(chain)]
    named += [(("easy_locale",), config.easy_locale)] if config.easy_locale else []
    known = ", ".join(locales.codes)
    return [place.problem(loc, messages.NOT_A_SITE_LANGUAGE.format(code=code, known=known))
            for loc, code in named if code not in locales.codes]


def _chain_problems(config: TsunaguConfig, locales: Locales, place: _Place) -> list[Problem]:
    """A fallback chain names each language once, not its own, and nothing after the default language."""
    problems = []
    default = locales.default.code
    for code, chain in config.fallbacks.items():
        for i, other in enumerate(chain):
            if other == code:
                problems.append(place.problem(("fallbacks", code, i), messages.FALLS_BACK_TO_ITSELF.format(code=code)))
            elif other in chain[:i]:
                problems.append(place.problem(("fallbacks", code, i), messages.CHAIN_TWICE.format(code=other)))
            elif other == default and i < len(chain) - 1:
                problems.append(place.problem(("fallbacks", code, i), messages.AFTER_THE_DEFAULT.format(code=default)))
        if code == default and chain:
            problems.append(place.problem(("fallbacks", code), messages.DEFAULT_HAS_NO_CHAIN.format(code=code)))
    return problems


# A BCP 47 language tag as the site needs one: language, then script, region or private use subtags.
_TAG = re.compile(r"[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(-x(-[a-z0-9]{1,8})+)?")


def _tag_problems(config: TsunaguConfig, place: _Place) -> list[Problem]:
    return [place.problem(("language_tags", code), messages.NOT_A_LANGUAGE_TAG.format(tag=tag))
            for code, tag in config.language_tags.items() if not (_TAG.fullmatch(tag) and babel_knows(tag))]
