"""Files other than pages that the build writes: feeds, calendars, open data."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OutputFile:
    """A file to write below one language's root folder of the built site."""

    path: str
    content: bytes
