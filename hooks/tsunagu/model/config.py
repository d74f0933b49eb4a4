"""Tsunagu's own settings, read from ``extra.tsunagu`` in the site configuration."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field


DateStyle = Literal["wareki", "seireki", "babel", "cldr"]
ReadabilityBand = Literal["上級後半", "上級前半", "中級後半", "中級前半", "初級後半", "初級前半"]
TIMEZONE = ZoneInfo("Asia/Tokyo")
TODAY_VARIABLE = "TSUNAGU_TODAY"
CACHE_VARIABLE = "TSUNAGU_CACHE"


class TsunaguConfig(BaseModel):
    """Settings under ``extra.tsunagu`` in mkdocs.yml; every one has a default."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    data_dir: Path = Path("data")
    templates_dir: Path = Path("overrides/tsunagu")
    strings_dir: Path = Path("data/ui")
    cache_dir: Path | None = Field(default=Path(".cache/tsunagu"), description=(
        f"Where results are kept between builds (null: none); the {CACHE_VARIABLE} variable wins (empty: none)"))
    date_styles: dict[str, DateStyle] = Field(default_factory=dict, description="Date style per locale code")
    fallbacks: dict[str, list[str]] = Field(default_factory=dict, description=(
        "Per locale code, the languages a text missing in it is shown in, in order; the default language ends "
        "every chain"))
    language_tags: dict[str, str] = Field(default_factory=dict, description=(
        "Per locale code, its BCP 47 tag (<html lang>, hreflang, feeds) where it is not the code itself"))
    today: dt.date | None = Field(default=None, description=f"Fixes 'today'; the {TODAY_VARIABLE} variable wins")
    furigana_always: list[str] = Field(default_factory=list, description="Locale codes whose pages always show furigana")
    furigana_toggle: list[str] = Field(default_factory=list, description="Locale codes whose pages offer a furigana switch")
    readings_strict: bool = Field(default=False, description="Fail the check on words Sudachi and MeCab read differently "
                                                             "where furigana show (default: warn)")
    easy_locale: str | None = Field(default=None, description="Locale code the easy-Japanese checker checks (none: off)")
    easy_max_sentence: int = Field(default=30, gt=0, description="Longest sentence, in characters (readings not counted)")
    easy_kanji_run: int = Field(default=5, gt=1, description="Shortest run of kanji reported, unless it is a glossary term")
    easy_katakana_allowed: list[str] = Field(default_factory=list, description="Katakana loanwords editors may use")
    easy_min_band: ReadabilityBand = Field(default="上級前半", description="Lowest jreadability band accepted per text")
    easy_readability_min_chars: int = Field(default=40, ge=0, description="Shorter texts get no readability score")
    cms_repo: str | None = Field(default=None, description="GitHub repository (owner/name) the form editor at /admin/ "
                                                           "saves to; default: the one a github.io site_url names")
    cms_branch: str = Field(default="main", description="Branch the form editor's pull requests go to")
    cms_auth_base_url: str | None = Field(default=None, description="OAuth service that signs editors in to GitHub "
                                                                    "(Decap's base_url; default: Netlify's)")
    cms_auth_site_domain: str | None = Field(default=None, description="Site name the OAuth service knows this site "
                                                                       "by (Decap's site_domain)")

    def resolve(self, root: Path) -> "TsunaguConfig":
        """The same settings with paths made absolute against the config file's folder."""
        return self.model_copy(update={
            "data_dir": root / self.data_dir,
            "templates_dir": root / self.templates_dir,
            "strings_dir": root / self.strings_dir,
            "cache_dir": self._cache_folder(root),
        })

    def _cache_folder(self, root: Path) -> Path | None:
        chosen = os.environ.get(CACHE_VARIABLE)
        if chosen is not None:
            return Path(chosen).resolve() if chosen else None
        return root / self.cache_dir if self.cache_dir else None

    def build_date(self) -> dt.date:
        """'Today' for the build: decides what is upcoming and what is past."""
        fixed = os.environ.get(TODAY_VARIABLE)
        if fixed:
            return dt.date.fromisoformat(fixed)
        return self.today or dt.datetime.now(TIMEZONE).date()
