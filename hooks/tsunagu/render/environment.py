"""The Jinja environment of generated pages: Tsunagu's templates, overridable one file or one block at a time.

Tsunagu ships its templates in ``templates/`` beside this module. A site's own folder (``templates_dir``,
``overrides/tsunagu/`` by default) comes first: a file there named like a shipped one replaces it, for
every page and partial that uses it. The shipped templates are also found as ``default/<name>``, so a
site's ``event.html`` can ``{% extends "default/event.html" %}`` and replace one block, or add to it with
``{{ super() }}``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, StrictUndefined, select_autoescape

SHIPPED = Path(__file__).resolve().parent / "templates"
DEFAULT_PREFIX = "default"
BASE = "_base.html"


@lru_cache(maxsize=8)
def template_environment(site_templates: Path) -> Environment:
    """One environment per site folder for the whole process: a preview's rebuilds reuse its compiled
    templates (Jinja still reloads a template whose file changed), for speed."""
    shipped = FileSystemLoader(SHIPPED)
    loader = ChoiceLoader([FileSystemLoader(site_templates), PrefixLoader({DEFAULT_PREFIX: shipped}), shipped])
    return Environment(loader=loader, autoescape=select_autoescape(default=True),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
