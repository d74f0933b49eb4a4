"""One shape for every problem found in the sources (file, line, field, message), and the one root of
Tsunagu's exceptions. The messages themselves are in the catalogue, ``messages.py``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """A problem an editor can fix, located in a source file."""

    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class TsunaguError(Exception):
    """The root of every error Tsunagu raises for the person running the build: its message says what is wrong
    and needs no traceback (the hook and the command line show it as it is)."""


class DataError(TsunaguError):
    """Raised when the sources hold problems; carries all of them, sorted."""

    sources = "the site data"

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in {self.sources}:"
        return "\n".join([head, *(f"  {p}" for p in self.problems)])


class SettingsError(DataError):
    """Raised when the site configuration (Tsunagu's settings, the languages) holds problems."""

    sources = "the site settings"


def display_path(path: Path, root: Path) -> str:
    """How findings name a file: relative to the site's folder where possible."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
