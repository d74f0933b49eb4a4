"""The build, seen from the core: load and validate once, then hand out one build per language."""

from __future__ import annotations

from pathlib import Path

from .context import build_context
from .japanese.easy_japanese import check_site
from .japanese.second_opinion import Disagreement
from .language_build import LanguageBuild
from .store.cache import Cache
from .model.config import TsunaguConfig
from .model.errors import Problem, display_path
from .model.locales import Locale, Locales
from .preview import Reuse


class SiteBuilder:
    """Everything Tsunagu adds to a site. Create it once per build: it loads and validates the data on
    creation (raising DataError), makes what every language shares (``context``), and hands out each
    language's build."""

    def __init__(self, config: TsunaguConfig, locales: Locales, root: Path, site_url: str = ""):
        self.config = config.resolve(root)
        self.root = root
        self.cache = Cache(self.config.cache_dir)
        self.context = build_context(self.config, locales, root, site_url, self.cache)

    def save_cache(self) -> None:
        """Keep what this build added to the persistent cache (after each language: a build may stop)."""
        self.cache.save()

    def language(self, locale: Locale, reuse: Reuse | None = None) -> LanguageBuild:
        """A new build of ``locale``'s pages and outputs (in a preview rebuild, keeping the pages of ``reuse``)."""
        return LanguageBuild(self.context, locale, reuse)

    def easy_japanese(self, docs_dir: Path, only: str | None = None) -> list[Problem]:
        """What the easy-Japanese checker finds in the data and in ``docs_dir``, for the build to warn about;
        nothing in a build of one language (``only``) other than the easy one, whose build reports it."""
        if only and only != self.config.easy_locale:
            return []
        return check_site(self.context.catalog, docs_dir, self.root, self.config)

    def readings_to_settle(self, docs_dir: Path) -> list[Disagreement]:
        """Every word the furigana show that MeCab reads otherwise than Tsunagu (found once per build)."""
        return self.context.readings_to_settle(docs_dir)

    def readings_file(self) -> str:
        """The site's reading dictionary, as editors see its path."""
        return display_path(self.config.data_dir / "readings.yml", self.root)
