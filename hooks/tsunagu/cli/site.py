"""The site a command works on: its settings loaded, or their problems printed and the command ended."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..load.siteconfig import SiteConfig, load_site_config
from ..model.errors import SettingsError


def site_or_exit(config_file: Path) -> SiteConfig:
    """The settings of ``config_file``; on a problem in them, its report on stderr and exit status 1."""
    try:
        return load_site_config(config_file)
    except SettingsError as error:
        click.echo(error.report(), err=True)
        sys.exit(1)
