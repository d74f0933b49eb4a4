"""UI strings per language from ``data/ui/<locale>.yml``, falling back to the default language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .locales import Locales


@dataclass
class Strings:
    """Every UI string of every language, keyed by locale then by key."""

    table: dict[str, dict[str, str]]
    default: str

    def t(self, locale: str, key: str) -> str:
        """The string for ``key`` in ``locale``, else in the default language, else the key."""
        own = self.table.get(locale, {})
        if key in own:
            return own[key]
        return self.table.get(self.default, {}).get(key, key)

    def missing(self, locale: str) -> list[str]:
        """Keys the default language has and ``locale`` lacks, as ``i18n|MISSING_TRANSLATION|<locale>|<key>``."""
        own = self.table.get(locale, {})
        return [f"i18n|MISSING_TRANSLATION|{locale}|{key}" for key in self.table[self.default] if key not in own]


def load_strings(folder: Path, locales: Locales) -> Strings:
    """Read ``<folder>/<locale>.yml`` for each language that has one."""
    table = {}
    for locale in locales:
        path = folder / f"{locale.code}.yml"
        if path.exists():
            table[locale.code] = {str(k): str(v) for k, v in (yaml.safe_load(path.read_text("utf-8")) or {}).items()}
    return Strings(table, locales.default.code)
