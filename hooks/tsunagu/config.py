"""Tsunagu's own settings, read from ``extra.tsunagu`` in the site configuration."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field

from .dates import DateStyle

TIMEZONE = ZoneInfo("Asia/Tokyo")
TODAY_VARIABLE = "TSUNAGU_TODAY"


class TsunaguConfig(BaseModel):
    """Settings under ``extra.tsunagu`` in mkdocs.yml; every one has a default."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    enabled: bool = True
    data_dir: Path = Path("data")
    templates_dir: Path = Path("overrides/tsunagu")
    strings_dir: Path = Path("data/ui")
    date_styles: dict[str, DateStyle] = Field(default_factory=dict, description="Date style per locale code")
    today: dt.date | None = Field(default=None, description=f"Fixes 'today'; the {TODAY_VARIABLE} variable wins")

    def resolve(self, root: Path) -> "TsunaguConfig":
        """The same settings with paths made absolute against the config file's folder."""
        return self.model_copy(update={
            "data_dir": root / self.data_dir,
            "templates_dir": root / self.templates_dir,
            "strings_dir": root / self.strings_dir,
        })

    def build_date(self) -> dt.date:
        """'Today' for the build: decides what is upcoming and what is past."""
        fixed = os.environ.get(TODAY_VARIABLE)
        if fixed:
            return dt.date.fromisoformat(fixed)
        return self.today or dt.datetime.now(TIMEZONE).date()
