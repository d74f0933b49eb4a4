"""The site's languages, as the site configuration declares them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from babel import Locale as BabelLocale
from babel import UnknownLocaleError


@dataclass(frozen=True)
class Locale:
    """One language of the site: its code, its own name, the URL prefix of its pages, the languages a
    text missing in it is shown in (``fallbacks``, in order), and its BCP 47 tag where it is not derived."""

    code: str
    name: str
    default: bool = False
    fallbacks: tuple[str, ...] = ()
    chosen_tag: str | None = None

    @property
    def prefix(self) -> str:
        """Folder of this language's pages below the site root ('' for the default)."""
        return "" if self.default else f"{self.code}/"

    @cached_property
    def tag(self) -> str:
        """Its BCP 47 tag, for every ``lang``, ``hreflang`` and ``xml:lang``: the code when the code is a
        language, else a private use subtag of its language (``ja-easy`` → ``ja-x-easy``)."""
        if self.chosen_tag:
            return self.chosen_tag
        parsed = babel_locale(self.code)
        if str(parsed) == self.code.replace("-", "_"):
            return self.code
        return "-".join([parsed.language, "x", *self.code.split("-")[1:]])


@dataclass(frozen=True)
class Locales:
    """All languages of the site; exactly one is the default."""

    all: tuple[Locale, ...]

    def __post_init__(self) -> None:
        if sum(loc.default for loc in self.all) != 1:
            raise ValueError("exactly one language must be the default")

    @cached_property
    def default(self) -> Locale:
        return next(loc for loc in self.all if loc.default)

    @cached_property
    def codes(self) -> tuple[str, ...]:
        return tuple(loc.code for loc in self.all)

    @cached_property
    def prefixes(self) -> tuple[str, ...]:
        return tuple(loc.prefix for loc in self.all)

    @cached_property
    def _by_code(self) -> dict[str, Locale]:
        return {loc.code: loc for loc in self.all}

    @cached_property
    def _chains(self) -> dict[str, tuple[str, ...]]:
        return {loc.code: tuple(dict.fromkeys((loc.code, *loc.fallbacks, self.default.code))) for loc in self.all}

    def get(self, code: str) -> Locale:
        return self._by_code[code]

    def chain(self, code: str) -> tuple[str, ...]:
        """Where a text for readers of ``code`` is taken from, in order: that language, its fallbacks, and
        the default language last (every text has it)."""
        return self._chains[code]

    def __iter__(self):
        return iter(self.all)

    def of_source(self, src_uri: str) -> str:
        """The language a hand-written page is in, from its suffix: ``about.en.md`` → ``en``."""
        parts = src_uri.rsplit("/", 1)[-1].split(".")
        return parts[-2] if len(parts) > 2 and parts[-2] in self.codes else self.default.code


@lru_cache(maxsize=64)
def babel_locale(code: str) -> BabelLocale:
    """The Babel locale for a site locale code; ``ja-easy`` → ``ja``, unknown → ``en``. Kept per code: it is
    asked for on every page and every table-of-contents entry, and ``ja-easy`` costs a failed parse first."""
    return _known_locale(code) or BabelLocale.parse("en")


def babel_knows(code: str) -> bool:
    """Whether Babel knows the language of a site locale code (of ``ja-easy``, it knows ``ja``)."""
    return _known_locale(code) is not None


def _known_locale(code: str) -> BabelLocale | None:
    parts = code.replace("_", "-").split("-")
    for end in range(len(parts), 0, -1):
        try:
            return BabelLocale.parse("_".join(parts[:end]))
        except (ValueError, UnknownLocaleError):
            continue
    return None
