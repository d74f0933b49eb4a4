"""The site configuration (mkdocs.yml) as Tsunagu needs it, read without the site engine.

The command line runs outside MkDocs, so it reads the languages (from the i18n
plugin entry), ``extra.tsunagu`` and the folders itself. MkDocs tags such as
``!ENV`` or ``!!python/name:`` are tolerated: they are read as their plain value.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .config import TsunaguConfig
from .locales import Locale, Locales


class SiteConfigError(Exception):
    """mkdocs.yml lacks what Tsunagu needs."""


class _TolerantLoader(yaml.SafeLoader):
    """SafeLoader that reads any unknown tag as the untagged value."""


def _untagged(loader: _TolerantLoader, suffix: str, node: yaml.Node):
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_mapping(node, deep=True)


_TolerantLoader.add_multi_constructor("!", _untagged)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _untagged)


@dataclass(frozen=True)
class SiteConfig:
    """What Tsunagu reads from mkdocs.yml; paths are absolute."""

    config_file: Path
    locales: Locales
    tsunagu: TsunaguConfig
    docs_dir: Path
    site_dir: Path

    @property
    def root(self) -> Path:
        return self.config_file.parent


def load_site_config(config_file: Path) -> SiteConfig:
    """Read ``config_file`` (mkdocs.yml); raise SiteConfigError when the languages are missing."""
    config_file = config_file.resolve()
    raw = yaml.load(config_file.read_text("utf-8"), Loader=_TolerantLoader) or {}
    root = config_file.parent
    settings = TsunaguConfig.model_validate((raw.get("extra") or {}).get("tsunagu") or {})
    return SiteConfig(config_file, _locales(raw, config_file), settings.resolve(root),
                      root / raw.get("docs_dir", "docs"), root / raw.get("site_dir", "site"))


def _locales(raw: dict, config_file: Path) -> Locales:
    for plugin in raw.get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("i18n"), dict):
            languages = plugin["i18n"].get("languages") or []
            return Locales(tuple(Locale(str(lang["locale"]), str(lang.get("name", lang["locale"])),
                                        bool(lang.get("default", False))) for lang in languages))
    raise SiteConfigError(f"{config_file.name}: no i18n plugin with languages is configured")
