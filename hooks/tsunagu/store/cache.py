"""The persistent cache: results of work that depends only on its inputs, kept between builds in
``.cache/tsunagu/`` (SQLite, from the standard library).

It is content-addressed: an entry's address is a hash of everything its value was made from. A
``Shelf`` holds one kind of result; its *salt* names the inputs every entry of the shelf shares (the
code's version, a dictionary's, a settings file's), and each entry's *key* the rest (a text, a URL).
A changed input gives a new address, so nothing is ever invalidated by hand: an entry is just no
longer asked for. When a shelf's salt changes, its old entries are dropped, so the file stays the
size of one site's results. Processes building languages side by side share the file; SQLite's
locking keeps each write whole. A cache that cannot be opened or written is left out with a warning:
it only ever saves time.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path

log = logging.getLogger("tsunagu.cache")

FILE_NAME = "cache.sqlite3"
_PACKAGE = Path(__file__).resolve().parents[1]
_SCHEMA = "CREATE TABLE IF NOT EXISTS entries (shelf TEXT, salt TEXT, address TEXT PRIMARY KEY, value TEXT)"


def digest(*parts: str | bytes) -> str:
    """One hash of ``parts``, each kept apart from the next."""
    hashed = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hashed.update(len(data).to_bytes(8, "big") + data)
    return hashed.hexdigest()


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of Tsunagu's own code and shipped templates: a new version of either makes every result new."""
    files = sorted(p for p in _PACKAGE.rglob("*") if p.suffix in (".py", ".html") and "__pycache__" not in p.parts)
    return digest(*(part for path in files for part in (str(path.relative_to(_PACKAGE)), path.read_bytes())))


def files_digest(*paths: Path) -> str:
    """A hash of the files at ``paths`` (a folder: every file below it), names and contents."""
    files = sorted(f for path in paths for f in ([path] if path.is_file() else path.rglob("*")) if f.is_file())
    return digest(*(part for f in files for part in (str(f), f.read_bytes())))


def package_version(name: str) -> str:
    """The installed version of a distribution, for salts."""
    return metadata.version(name)


@dataclass
class Shelf:
    """One kind of result in the cache. Reads go to the file; writes wait for ``Cache.save``."""

    cache: Cache
    name: str
    salt: str
    pending: dict[str, str] = field(default_factory=dict)

    def get(self, key: str) -> str | None:
        address = digest(self.name, self.salt, key)
        if address in self.pending:
            return self.pending[address]
        return self.cache.read(address)

    def put(self, key: str, value: str) -> None:
        self.pending[digest(self.name, self.salt, key)] = value


class Cache:
    """The cache file of one site, or none (``folder`` None, or a file that cannot be opened): then it has no shelves."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self.shelves: dict[str, Shelf] = {}
        self._db: sqlite3.Connection | None = self._open(folder) if folder else None

    @staticmethod
    def _open(folder: Path) -> sqlite3.Connection | None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(folder / FILE_NAME, timeout=60, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(_SCHEMA)
            return db
        except (OSError, sqlite3.Error) as error:
            log.warning("the build cache in %s is not used: %s", folder, error)
            return None

    def shelf(self, name: str, *salt: str) -> Shelf | None:
        """The shelf ``name`` for inputs ``salt`` (entries made under another salt are dropped on save);
        None when there is no cache file."""
        if self._db is None:
            return None
        if name not in self.shelves:
            self.shelves[name] = Shelf(self, name, digest(*salt))
        return self.shelves[name]

    def read(self, address: str) -> str | None:
        row = self._db.execute("SELECT value FROM entries WHERE address = ?", (address,)).fetchone()
        return row[0] if row else None

    def save(self) -> None:
        """Write every shelf's new entries in one transaction, and drop entries of outdated salts."""
        if self._db is None:
            return
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                for shelf in self.shelves.values():
                    self._db.execute("DELETE FROM entries WHERE shelf = ? AND salt != ?", (shelf.name, shelf.salt))
                    self._db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)",
                                         [(shelf.name, shelf.salt, a, v) for a, v in shelf.pending.items()])
                    shelf.pending.clear()
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file alone holds it all (for CI's cache)
        except sqlite3.Error as error:
            log.warning("the build cache in %s was not written: %s", self.folder, error)
