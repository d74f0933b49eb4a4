"""Load every data file, validate it all, and hold the result as typed records."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..model.accessibility import RESULTS_FILE, TestResults, load_results
from ..model.alerts import Alert, Alerts
from ..model import messages
from ..model.errors import DataError, Problem, display_path
from ..model.fields import SLUG, Context, LocalText
from ..model.locales import Locales
from ..model.kinds import KINDS
from ..model.models import Event, Group, Readings, Record, Site, Support, Term, Venue
from ..model.occurrences import Occurrence, between
from ..model.vocabulary import OPTIONAL, VOCABULARIES, Entry, EventKind, GroupKind
from .validation import KEPT_LIMIT, context_key, validate_kept
from .yamlsource import Loc, Source, read_yaml


@dataclass(frozen=True)
class Loaded:
    """A validated value, and the file and line each of its parts came from: for findings about its texts."""

    path: str
    lines: dict[Loc, int]
    value: BaseModel


@dataclass
class Catalog:
    """Everything the site is built from, validated. Records are held per kind (``records(kind)``);
    ``groups``, ``events``, ``venues``, ``terms`` and ``support`` are typed shortcuts for code about one kind."""

    site: Site
    by_kind: dict[str, dict[str, Record]]
    vocabularies: dict[str, dict[Any, Entry]]
    readings: dict[str, str] = field(default_factory=dict)
    alerts: list[Alert] = field(default_factory=list)
    test_results: TestResults | None = None
    loaded: list[Loaded] = field(default_factory=list)
    digests: dict[tuple[str, str], bytes] = field(default_factory=dict)
    """The content of each record's file (a hash), by kind and id: what tells a rebuild which records changed."""

    def label(self, vocabulary: str, code: Any) -> LocalText:
        return self.vocabularies[vocabulary][code].label

    def group_kind(self, code: str) -> GroupKind:
        return self.vocabularies["group_kinds"][code]

    def event_kind(self, code: str) -> EventKind:
        return self.vocabularies["event_kinds"][code]

    @property
    def call_kinds(self) -> frozenset[str]:
        """The event kinds that are open calls (``open_call: true`` in event_kinds.yml)."""
        return frozenset(code for code, kind in self.vocabularies["event_kinds"].items() if kind.open_call)

    def records(self, kind: str) -> dict[str, Record]:
        """The records of ``kind`` (a name in the kinds registry), by id."""
        return self.by_kind.get(kind, {})

    @property
    def groups(self) -> dict[str, Group]:
        return self.records("group")

    @property
    def events(self) -> dict[str, Event]:
        return self.records("event")

    def occurrences(self, first: dt.date, last: dt.date) -> list[Occurrence]:
        """Every event's occurrences held on a day from ``first`` to ``last``, in date order."""
        return between(self.events.values(), first, last)

    @property
    def venues(self) -> dict[str, Venue]:
        return self.records("venue")

    @property
    def terms(self) -> dict[str, Term]:
        return self.records("term")

    @property
    def support(self) -> dict[str, Support]:
        return self.records("support")


class _Loading:
    """One pass over ``data/``: collects sources and problems, then validates."""

    def __init__(self, data_dir: Path, root: Path, locales: Locales):
        self.data_dir, self.root = data_dir, root
        self.context = Context(locales.codes, locales.default.code)
        self.problems: list[Problem] = []
        self.loaded: list[Loaded] = []
        self.context_key = context_key(self.context)

    def known(self, vocabularies: dict[str, dict[Any, Entry]], ids: dict[str, set[str]]) -> None:
        """What later files are validated against: the vocabularies' codes, then every record's id."""
        self.context.vocabularies = {name: set(codes) for name, codes in vocabularies.items()}
        self.context.ids = ids
        self.context_key = context_key(self.context)

    def display(self, path: Path) -> str:
        return display_path(path, self.root)

    def read(self, path: Path) -> Source | None:
        source, problems = read_yaml(path, self.display(path))
        self.problems += problems
        return source

    def record_sources(self, kind: str) -> dict[str, Source]:
        sources: dict[str, Source] = {}
        folder = self.data_dir / KINDS[kind].folder
        for path in sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")]):
            if not re.fullmatch(SLUG, path.stem):
                self.problems.append(Problem(self.display(path), 0, "", messages.BAD_FILE_NAME.format(stem=path.stem)))
            elif path.stem in sources:
                self.problems.append(Problem(self.display(path), 0, "", messages.ID_TWICE.format(id=path.stem, other=sources[path.stem].path)))
            elif source := self.read(path):
                sources[path.stem] = source
        return sources

    def validated(self, model, source: Source | None):
        if source is None:
            return None
        value, problems = validate_kept(model, source, self.context, self.context_key)
        self.problems += problems
        if value is not None:
            self.loaded.append(Loaded(source.path, source.lines, value))
        return value

    def vocabularies(self) -> dict[str, dict[Any, Entry]]:
        result = {}
        for name, model in VOCABULARIES.items():
            path = self.data_dir / "vocabulary" / f"{name}.yml"
            if not path.exists() and name in OPTIONAL:
                result[name] = {}
                continue
            if not path.exists():
                self.problems.append(Problem(self.display(path), 0, "", messages.VOCABULARY_MISSING.format()))
                continue
            vocab = self.validated(model, self.read(path))
            if vocab is not None:
                result[name] = vocab.root
        return result


def load_catalog(data_dir: Path, root: Path, locales: Locales) -> Catalog:
    """Read and validate all of ``data_dir``; raise DataError listing every problem."""
    run = _Loading(data_dir, root, locales)
    vocabularies = run.vocabularies()
    run.known(vocabularies, {})
    sources = {kind: run.record_sources(kind) for kind in KINDS}
    run.known(vocabularies, {kind: set(found) for kind, found in sources.items()})
    records = {kind: _records(run, KINDS[kind].model, found) for kind, found in sources.items()}
    digests = {(kind, record_id): source.digest for kind, found in sources.items()
               for record_id, source in found.items()}
    site = run.validated(Site, _required(run, data_dir / "site.yml"))
    readings_path = data_dir / "readings.yml"
    readings = run.validated(Readings, run.read(readings_path)) if readings_path.exists() else None
    alerts_path = data_dir / "alerts.yml"
    alerts = run.validated(Alerts, run.read(alerts_path)) if alerts_path.exists() else None
    test_results, broken = load_results(data_dir)
    if broken:
        run.problems.append(Problem(run.display(data_dir / RESULTS_FILE), 0, "", broken))
    if run.problems:
        raise DataError(run.problems)
    return Catalog(site=site, by_kind=records, vocabularies=vocabularies,
                   readings=dict(readings.root) if readings else {},
                   alerts=list(alerts.root) if alerts else [], test_results=test_results, loaded=run.loaded,
                   digests=digests)


def _records(run: _Loading, model, sources: dict[str, Source]) -> dict:
    records = {}
    for record_id, source in sources.items():
        record = run.validated(model, source)
        if record is not None:
            records[record_id] = _with_id(record, record_id)
    return records


_identified: dict[tuple[int, str], tuple[Record, Record]] = {}


def _with_id(record: Record, record_id: str) -> Record:
    """``record`` with its id, the same object on each load while its file is unchanged (its validation is
    kept): `mkdocs serve`'s rebuilds share their records instead of holding a copy each."""
    key = (id(record), record_id)
    kept = _identified.get(key)
    if kept is None or kept[0] is not record:
        if len(_identified) >= KEPT_LIMIT:
            _identified.clear()
        kept = _identified[key] = (record, record.with_id(record_id))
    return kept[1]


def _required(run: _Loading, path: Path) -> Source | None:
    if not path.exists():
        run.problems.append(Problem(run.display(path), 0, "", messages.FILE_MISSING.format()))
        return None
    return run.read(path)
