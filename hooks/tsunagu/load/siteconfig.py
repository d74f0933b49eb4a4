"""The site configuration (mkdocs.yml) as Tsunagu needs it, read without the site engine.

The command line runs outside MkDocs, so it reads the languages (from the i18n
plugin entry), ``extra.tsunagu`` and the folders itself. MkDocs tags such as
``!ENV`` or ``!!python/name:`` are tolerated: they are read as their plain value.
The line of every key is kept, so that settings problems name their line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..model import messages
from ..model.config import TsunaguConfig
from ..model.errors import Problem, SettingsError
from ..model.locales import Locales
from .settings_check import SETTINGS_AT, checked_settings
from .yamlsource import Loc, Source

_LANGUAGES_AT: Loc = ("plugins", "i18n", "languages")


class _TolerantLoader(yaml.SafeLoader):
    """SafeLoader that reads any unknown tag as the untagged value."""


def _untagged(loader: _TolerantLoader, suffix: str, node: yaml.Node):
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_mapping(node, deep=True)


def _timestamp(loader: _TolerantLoader, node: yaml.ScalarNode):
    """A date as written; an impossible one (2026-02-30) stays text for the check to name."""
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_TolerantLoader.add_multi_constructor("!", _untagged)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _untagged)
_TolerantLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


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
    """Read ``config_file`` (mkdocs.yml); raise SettingsError listing every problem of its settings."""
    config_file = config_file.resolve()
    source = read_config(config_file)
    raw = source.data if isinstance(source.data, dict) else {}
    at = _languages_at(raw)
    if at is None:
        raise SettingsError([Problem(source.path, source.line_of(("plugins",)), "plugins",
                                     messages.NO_LANGUAGES.format())])
    settings, locales = checked_settings(source, _value(raw, SETTINGS_AT), _value(raw, at), at)
    root = config_file.parent
    return SiteConfig(config_file, locales, settings.resolve(root),
                      root / raw.get("docs_dir", "docs"), root / raw.get("site_dir", "site"))


def engine_settings(config_file: Path, settings: Any, languages: Any) -> tuple[TsunaguConfig, Locales]:
    """The settings and languages as the site engine read them from ``config_file``, checked:
    raise SettingsError naming the line of every problem in that file."""
    source = read_config(Path(config_file))
    data = source.data if isinstance(source.data, dict) else {}
    return checked_settings(source, settings, languages, _languages_at(data) or _LANGUAGES_AT)


def i18n_option(config_file: Path, name: str) -> Any:
    """An option of the i18n plugin in ``config_file`` as written (``!ENV [X, null]`` reads as ``["X", None]``)."""
    raw = read_config(config_file).data
    at = _languages_at(raw) if isinstance(raw, dict) else None
    return _value(raw, (*at[:-1], name)) if at else None


def read_config(config_file: Path) -> Source:
    """mkdocs.yml as plain data, with the line of every key and item."""
    text = config_file.read_text("utf-8")
    loader = _TolerantLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = Problem(config_file.name, mark.line + 1 if mark else 0, "", messages.NOT_YAML.format(problem=error.problem))
        raise SettingsError([problem]) from None
    finally:
        loader.dispose()
    return Source(config_file.name, data, _lines(node) if node is not None else {})


def _lines(node: yaml.Node, loc: Loc = ()) -> dict[Loc, int]:
    lines = {loc: node.start_mark.line + 1}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                lines |= _lines(value, (*loc, key.value))
                lines[(*loc, key.value)] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            lines |= _lines(item, (*loc, i))
    return lines


def _languages_at(raw: dict) -> Loc | None:
    """Where the i18n plugin's languages are: ``plugins`` is a list of entries or a mapping."""
    plugins = raw.get("plugins")
    if isinstance(plugins, dict):
        return _LANGUAGES_AT if isinstance(plugins.get("i18n"), dict) else None
    for i, entry in enumerate(plugins if isinstance(plugins, list) else []):
        if isinstance(entry, dict) and isinstance(entry.get("i18n"), dict):
            return ("plugins", i, "i18n", "languages")
    return None


def _value(data: Any, loc: Loc) -> Any:
    for part in loc:
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return None
    return data
