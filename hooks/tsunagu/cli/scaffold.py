"""``tsunagu new <kind> <id>``: start a record from a template with every field present and explained.

The templates are ``overrides/tsunagu/new/<kind>.yml`` (Jinja). Field comments
come from the models' descriptions, so they say what the validator expects.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..model import messages
from ..model.errors import TsunaguError
from ..model.fields import SLUG
from ..model.kinds import KINDS
from .schemas import vocabulary_codes
from ..load.siteconfig import SiteConfig


class ScaffoldError(TsunaguError):
    """The new record cannot be written; the message says why."""


def new_record(site: SiteConfig, kind: str, record_id: str, today: dt.date) -> Path:
    """Write ``data/<folder>/<record_id>.yml`` for a record of ``kind``; return its path."""
    folder = site.tsunagu.data_dir / KINDS[kind].folder
    if not re.fullmatch(SLUG, record_id):
        raise ScaffoldError(messages.NEW_BAD_ID.format(id=record_id))
    existing = [p for p in (folder / f"{record_id}.yml", folder / f"{record_id}.yaml") if p.exists()]
    if existing:
        raise ScaffoldError(messages.NEW_EXISTS.format(path=existing[0].relative_to(site.root).as_posix()))
    path = folder / f"{record_id}.yml"
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(render_new(site, kind, record_id, today), "utf-8")
    return path


def render_new(site: SiteConfig, kind: str, record_id: str, today: dt.date) -> str:
    """The text of a new record of ``kind``."""
    env = Environment(loader=FileSystemLoader(site.tsunagu.templates_dir / "new"), undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    fields = KINDS[kind].model.model_fields
    venues = sorted(p.stem for p in (site.tsunagu.data_dir / KINDS["venue"].folder).glob("*.y*ml"))
    return env.get_template(f"{kind}.yml").render(
        id=record_id, today=today.isoformat(), locales=list(site.locales), default=site.locales.default.code,
        codes=vocabulary_codes(site.tsunagu.data_dir), venues=venues,
        describe=lambda name: fields[name].description,
    )
