"""UI strings per language from ``data/ui/<locale>.yml``, falling back along each language's chain."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..model import messages
from ..model.errors import DataError, Problem, display_path
from ..model.locales import Locales
from ..load.yamlsource import read_yaml


@dataclass
class Strings:
    """Every UI string of every language, keyed by locale then by key; ``chains`` are the languages a
    string missing in each language is taken from, in order (``Locales.chain``)."""

    table: dict[str, dict[str, str]]
    default: str
    chains: dict[str, tuple[str, ...]]

    def t(self, locale: str, key: str, **values: object) -> str:
        """The string for ``key`` in ``locale``, else in the first of its fallbacks that has it, else the
        key; with its ``{name}`` placeholders filled from ``values`` (others stay, for a script to fill)."""
        chain = self.chains.get(locale, (locale, self.default))
        text = next((self.table[code][key] for code in chain if key in self.table.get(code, {})), key)
        for name, value in values.items():
            text = text.replace("{" + name + "}", str(value))
        return text

    def own(self, locale: str, key: str) -> str | None:
        """The string for ``key`` in ``locale`` itself, or None (for a theme's own fallbacks)."""
        return self.table.get(locale, {}).get(key)

    def missing(self, locale: str) -> list[str]:
        """Keys the default language has and ``locale`` lacks, as ``i18n|MISSING_TRANSLATION|<locale>|<key>``."""
        own = self.table.get(locale, {})
        return [f"i18n|MISSING_TRANSLATION|{locale}|{key}" for key in self.table[self.default] if key not in own]

    def unused(self, locale: str, theme_prefix: str = "material.") -> list[str]:
        """Keys ``locale`` has and the default language lacks (left from a key renamed or removed), but for
        the theme's own strings (``material.*``), as ``i18n|UNUSED_TRANSLATION|<locale>|<key>``."""
        default = self.table[self.default]
        return [f"i18n|UNUSED_TRANSLATION|{locale}|{key}" for key in self.table.get(locale, {})
                if key not in default and not key.startswith(theme_prefix)]


def load_strings(folder: Path, locales: Locales, root: Path) -> Strings:
    """Read ``<folder>/<locale>.yml`` for each language that has one (problems named from ``root``);
    raise DataError listing every problem."""
    table, problems = {}, []
    for locale in locales:
        path = folder / f"{locale.code}.yml"
        if path.exists():
            table[locale.code] = _read(path, display_path(path, root), problems)
    if problems:
        raise DataError(problems)
    return Strings(table, locales.default.code, {code: locales.chain(code) for code in locales.codes})


def _read(path: Path, display: str, problems: list[Problem]) -> dict[str, str]:
    """One language's strings: a mapping of keys to texts."""
    source, found = read_yaml(path, display)
    problems += found
    if source is None or source.data is None:
        return {}
    if not isinstance(source.data, dict):
        problems.append(Problem(display, 1, "", messages.STRINGS_NOT_A_MAPPING.format()))
        return {}
    texts = {}
    for key, value in source.data.items():
        if isinstance(value, (dict, list)) or value is None:
            problems.append(Problem(display, source.line_of((key,)), str(key), messages.STRING_NOT_TEXT.format()))
        else:
            texts[str(key)] = str(value)
    return texts
