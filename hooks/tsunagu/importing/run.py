"""One ``tsunagu import``: every file's rows read, drafts merged by id (a row per language), each record
validated and written; every row either written or reported with its line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n.strings import Strings
from ..load.catalog import Catalog
from ..load.yamlsource import read_yaml
from ..model.errors import display_path
from ..model.fields import Context
from ..model.kinds import KINDS
from .cells import Cells, word_key
from .fields import importable_fields
from .files import FileRefused, read_table
from .kinds import DEFAULT_EVENT_KIND, FINISH, RULE_LABELS, TITLE, Site, apply_language, row_id, same_code
from .layouts import Bound, Layout, bind, recognise
from .rows import Draft, Finding, nested, read_row, yaml_ready
from .tables import headers_of, special_words
from .writer import problems_of, record_text, write_record
from .words import vocabulary_words


@dataclass(frozen=True)
class Request:
    """What to import, and how."""

    kind: str
    files: tuple[Path, ...]
    layouts: tuple[Layout, ...]
    """The layouts files are recognised by; a mapping file gives one layout alone."""
    mapping: Layout | None = None
    update: bool = False
    dry_run: bool = False
    sheet: str | None = None


@dataclass(frozen=True)
class Located:
    """A finding and the file it is about."""

    path: str
    finding: Finding


@dataclass
class Result:
    """The report of an import."""

    rows: int = 0
    imported: int = 0
    findings: list[Located] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    refused: bool = False

    @property
    def need_fix(self) -> int:
        return self.rows - self.imported

    @property
    def ok(self) -> bool:
        return not self.refused and self.imported == self.rows


@dataclass
class Pending:
    """A record in the making: its kind, the rows (file, draft) that make it."""

    kind: str
    record_id: str
    drafts: list[tuple[str, Draft]]
    values: dict = field(default_factory=dict)
    columns: dict = field(default_factory=dict)
    rows: list[tuple[str, Draft]] = field(default_factory=list)
    """The file rows it accounts for (a venue made from an event's row accounts for none)."""
    related: dict[str, dict[str, str]] = field(default_factory=dict)
    """The rows' texts for the record it names (an event's venue), merged over its languages."""

    @property
    def failed(self) -> bool:
        return any(draft.failed for _, draft in self.drafts)


class Importer:
    """Runs one import against a site's validated catalog."""

    def __init__(self, request: Request, catalog: Catalog, strings: Strings, root: Path, data_dir: Path, locales,
                 today: dt.date):
        self.request, self.root, self.data_dir = request, root, data_dir
        self.site = _site(catalog, strings, locales, today)
        words = {**vocabulary_words(catalog.vocabularies), **special_words(catalog, strings, locales.codes)}
        self.cells = Cells(today, words)
        self.result = Result()
        self.pending: dict[tuple[str, str], Pending] = {}
        self.refused_files: set[str] = set()
        """Files that could not be read to the end: none of their rows is written (nothing half-imported)."""

    def run(self) -> Result:
        for path in self.request.files:
            self._file(path)
        self._settle()
        return self.result

    def _file(self, path: Path) -> None:
        display = display_path(path.resolve(), self.root) if path.is_absolute() else path.as_posix()
        try:
            table = read_table(path, self.request.sheet)
            bound = bind(table.headers, self._layout(table.headers), importable_fields(KINDS[self.request.kind].model))
            self._header_notes(display, table.header_line, bound)
            for row in table.rows:
                if any(cell.strip() for cell in row.cells):
                    self._row(display, row, bound)
        except FileRefused as refused:
            self.result.refused = True
            self.refused_files.add(display)
            self.result.findings.append(Located(display, Finding(refused.line, "", str(refused))))

    def _header_notes(self, path: str, line: int, bound: Bound) -> None:
        self.site.file_fields = frozenset(column.field for _, column in bound.columns)
        self.site.own_table = self.request.mapping is None
        self._note(path, line, "", f"read as {bound.layout.name}")
        if bound.unread:
            self._note(path, line, "", f"columns not read: {', '.join(bound.unread)}")
        if self.request.kind == "event" and "kind" not in self.site.file_fields:
            self._note(path, line, "", f'no {headers_of("event")["kind"]} column: every event takes the kind '
                                       f'"{DEFAULT_EVENT_KIND}" (change it in data/events/ or add the column)')

    def _layout(self, headers: tuple[str, ...]) -> Layout:
        return self.request.mapping or recognise(headers, self.request.kind, list(self.request.layouts))

    def _note(self, path: str, line: int, column: str, message: str) -> None:
        self.result.findings.append(Located(path, Finding(line, column, message, error=False)))

    def _row(self, path: str, row, bound: Bound) -> None:
        self.result.rows += 1
        kind = self.request.kind
        draft = read_row(row, bound.columns, self.cells, self.site.default_locale, headers_of(kind))
        language = apply_language(draft, self.site)
        same_code(draft, self.site)
        record_id = row_id(draft, kind, TITLE[kind], self.site)
        if record_id is None and not draft.failed:
            draft.problem("ID", f"the row has no ID and no {draft.column_of(TITLE[kind])} to make one from")
        extra = FINISH[kind](draft, self.site) if not draft.failed else {}
        self._add(path, kind, record_id, draft, language, counted=True)
        for venue_id, venue in extra.items():
            self._add(path, "venue", venue_id, venue, self.site.default_locale, counted=False)

    def _add(self, path: str, kind: str, record_id: str | None, draft: Draft, language, counted: bool) -> None:
        if record_id is None or draft.failed:
            self._account(path, draft, counted, imported=False)
            return
        pending = self.pending.get((kind, record_id))
        if pending is None:
            pending = self.pending[(kind, record_id)] = Pending(kind, record_id, [])
        elif not _other_language(pending, draft, language):
            first_path, first = pending.drafts[0]
            draft.problem(draft.column_of("id"), f'the ID "{record_id}" is also on {first_path}:{first.line}')
            first.problem(first.column_of("id"), f'the ID "{record_id}" is also on {path}:{draft.line}')
        draft.values["_language"] = language
        pending.drafts.append((path, draft))
        if counted:
            pending.rows.append((path, draft))

    def _account(self, path: str, draft: Draft, counted: bool, imported: bool) -> None:
        self.result.findings += [Located(path, f) for f in draft.findings]
        if imported and counted:
            self.result.imported += 1

    def _settle(self) -> None:
        """Venues first: an event whose new venue could not be written then names a venue that is not there.
        Last, the texts events give their venues fill what those venues lack."""
        order = sorted(self.pending.values(), key=lambda p: p.kind != "venue")
        for kind in dict.fromkeys(p.kind for p in order):
            context = self._context()
            for pending in (p for p in order if p.kind == kind):
                self._settle_one(pending, context)
        for pending in order:
            if pending.related and pending.values.get("venue") and not pending.failed:
                self._fill_venue(pending, self._context())

    def _fill_venue(self, pending: Pending, context: Context) -> None:
        """Add the texts an event's rows give its venue (its English name, its access) where the venue has none;
        a venue of an earlier import is changed only with --update."""
        venue_id, (path, first) = pending.values["venue"], pending.drafts[0]
        column = first.column_of("venue.name")
        target = self.data_dir / KINDS["venue"].folder / f"{venue_id}.yml"
        source, _ = read_yaml(target, target.name) if target.exists() else (None, [])
        if source is None:
            return
        data, added = _with_texts(dict(source.data), pending.related)
        if not added:
            return
        earlier = venue_id in self.site.ids.get("venue", set())
        where = display_path(target, self.root)
        if earlier and not self.request.update:
            self._note(path, first.line, column, f"{where} lacks {', '.join(added)} that this file gives: "
                                                 "give --update to add them")
        elif not self.request.dry_run:
            data["updated"] = self.site.today
            problems = write_record(target, self.data_dir, record_text(data, KINDS["venue"].schema),
                                    KINDS["venue"].model, context)
            self._note(path, first.line, column, f"{where}: " + (
                f"added {', '.join(added)}" if not problems else f"not changed ({problems[0].message})"))

    def _context(self) -> Context:
        ids = {kind: set(found) | {p.record_id for p in self.pending.values() if p.kind == kind and not p.failed}
               for kind, found in self.site.ids.items()}
        return Context(self.site.locales, self.site.default_locale, ids, self.site.vocabularies)

    def _settle_one(self, pending: Pending, context: Context) -> None:
        path, first = pending.drafts[0]
        if any(file in self.refused_files for file, _ in pending.drafts):
            return
        if not pending.failed:
            self._merge(pending)
            self._check(pending, first, context)
        imported = not pending.failed
        if imported:
            imported = self._write(pending, first, context)
        for file, draft in pending.drafts:
            self._account(file, draft, counted=(file, draft) in pending.rows, imported=imported)

    def _merge(self, pending: Pending) -> None:
        for _, draft in pending.drafts:
            draft.values.pop("_language", None)
            for key, value in draft.values.items():
                _merge_value(pending, draft, key, value)
            for name, texts in draft.related.items():
                pending.related.setdefault(name, {}).update(texts)
            for key, header in draft.columns.items():
                pending.columns.setdefault(key, header)
        pending.values.setdefault("updated", self.site.today)

    def _check(self, pending: Pending, first: Draft, context: Context) -> None:
        kind = KINDS[pending.kind]
        target = self.data_dir / kind.folder / f"{pending.record_id}.yml"
        if pending.record_id in self.site.ids.get(pending.kind, set()) and not self.request.update:
            first.problem(first.column_of("id"), f"{display_path(target, self.root)} exists: "
                                                 "give --update to replace it")
            return
        data = _record_data(pending)
        for problem in problems_of(kind.model, data, display_path(target, self.root), context):
            first.problem(_column(pending, problem.field), problem.message)

    def _write(self, pending: Pending, first: Draft, context: Context) -> bool:
        kind = KINDS[pending.kind]
        target = self.data_dir / kind.folder / f"{pending.record_id}.yml"
        if self.request.dry_run:
            return True
        problems = write_record(target, self.data_dir, record_text(_record_data(pending), kind.schema),
                                kind.model, context)
        for problem in problems:
            first.problem(_column(pending, problem.field), problem.message)
        if not problems:
            self.result.written.append(display_path(target, self.root))
        return not problems


def _site(catalog: Catalog, strings: Strings, locales, today: dt.date) -> Site:
    ids = {kind: set(catalog.records(kind)) for kind in KINDS}
    venues = {word_key(v.name.root[locales.default.code]): vid for vid, v in catalog.venues.items()}
    vocabularies = {name: set(codes) for name, codes in catalog.vocabularies.items()}
    labels = {key: {word_key(strings.t(code, key)) for code in locales.codes} for key in RULE_LABELS}
    return Site(locales.codes, locales.default.code, today, ids, vocabularies, venue_names=venues,
                lg_code=catalog.site.lg_code, labels=labels)


def _other_language(pending: Pending, draft: Draft, language) -> bool:
    """Whether ``draft`` gives ``pending`` a language none of its rows has given yet."""
    return language is not None and all(d.values.get("_language") != language for _, d in pending.drafts)


def _merge_value(pending: Pending, draft: Draft, key: str, value) -> None:
    if isinstance(value, dict) and isinstance(pending.values.get(key), dict):
        pending.values[key] = {**pending.values[key], **value}
    elif key not in pending.values:
        pending.values[key] = value
    elif pending.values[key] != value:
        draft.note(draft.column_of(key), f'differs from the first row of this ID: kept "{pending.values[key]}"')


def _with_texts(data: dict, texts: dict[str, dict[str, str]]) -> tuple[dict, list[str]]:
    """``data`` with each text of ``texts`` it lacks (a field, or a language of one); what was added."""
    added = []
    for name, by_locale in texts.items():
        present = data.get(name) or {}
        missing = {code: text for code, text in by_locale.items() if code not in present}
        if missing:
            data[name] = {**present, **missing}
            added += [f"{name}.{code}" for code in missing]
    return data, added


def _record_data(pending: Pending) -> dict:
    """The record's fields in the order of its model, as YAML writes them."""
    data = yaml_ready(nested(pending.values))
    order = [name for name in KINDS[pending.kind].model.model_fields if name != "updated"] + ["updated"]
    return {key: data[key] for key in sorted(data, key=lambda k: order.index(k) if k in order else len(order))}


def _column(pending: Pending, field_path: str) -> str:
    """The column a validation problem is about: the header that filled the field, or the field."""
    parts = field_path.replace("[", ".").replace("]", "").split(".")
    for end in range(len(parts), 0, -1):
        header = pending.columns.get(".".join(parts[:end])) or headers_of(pending.kind).get(".".join(parts[:end]))
        if header:
            return header
    return field_path
