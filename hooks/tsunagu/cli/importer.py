"""``tsunagu import KIND FILE…``: a city's own files into records, with a report of every row.

Each row is written or reported as ``FILE:LINE: COLUMN: message``; the last line reads
``imported N of M rows; K need a fix``. The exit status is 0 when every row was imported.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..i18n.strings import load_strings
from ..importing.layouts import MappingError, read_mapping
from ..importing.run import Importer, Located, Request, Result
from ..importing.tables import every_layout, kind_fields, layouts_of
from ..kinds.registry import adapters
from ..load.catalog import load_catalog
from ..load.siteconfig import SiteConfig
from ..model import messages
from ..model.errors import DataError
from ..model.kinds import KINDS
from .site import site_or_exit
from .report import _data, _property

FORMATS = ("text", "json", "github")


def fields_help(kind: str) -> str:
    """The fields of ``kind`` a mapping file can name, and the layouts recognised without one."""
    lines = ["\b", f"Fields of {kind} (a mapping file maps a column onto one; * required):"]
    for spec in kind_fields(kind, KINDS[kind].model).values():
        extra = "; a text per language (language: en)" if spec.localized else ""
        extra += f"; codes of data/vocabulary/{spec.vocabulary}.yml" if spec.vocabulary else ""
        lines.append(f"  {spec.path}{' *' if spec.required else ''}  ({spec.type}{extra}) {spec.description}")
    names = [layout.name for layout in layouts_of(kind)]
    lines += ["", "\b", "Recognised without a mapping file:" if names else "Every file needs a mapping file.", *names]
    return "\n".join(lines)


def _command(kind: str) -> click.Command:
    @click.command(name=kind, help=f"Import {kind} records from CSV or .xlsx files.", epilog=fields_help(kind))
    @click.option("-f", "--config-file", "config_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                  default="mkdocs.yml", show_default=True, help="The site configuration.")
    @click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--mapping", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                  help="A YAML file: columns: {header: field}, for a file of no known layout.")
    @click.option("--update", is_flag=True, help="Replace records that already exist.")
    @click.option("--dry-run", is_flag=True, help="Read and check everything, write nothing.")
    @click.option("--sheet", help="The sheet of an .xlsx to read (default: the first).")
    @click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
                  help="text: for people; json: for programs; github: annotations on a pull request.")
    def run(config_file: Path, files: tuple[Path, ...], mapping: Path | None, update: bool, dry_run: bool,
            sheet: str | None, fmt: str) -> None:
        site = site_or_exit(config_file)
        adapter = next(a for a in adapters() if a.name == kind)
        request = Request(kind, files, tuple(every_layout()), _mapping(mapping, kind), update, dry_run, sheet,
                          finish=adapter.import_row, file_notes=adapter.import_notes)
        result = _import(site, request)
        click.echo(render(result, fmt, dry_run))
        sys.exit(0 if result.ok else 1)
    return run



def _mapping(path: Path | None, kind: str):
    if path is None:
        return None
    try:
        return read_mapping(path, kind, kind_fields(kind, KINDS[kind].model))
    except MappingError as error:
        click.echo(str(error), err=True)
        sys.exit(1)


def _import(site: SiteConfig, request: Request) -> Result:
    data_dir = site.tsunagu.data_dir
    try:
        catalog = load_catalog(data_dir, site.root, site.locales)
        strings = load_strings(site.root / site.tsunagu.strings_dir, site.locales, site.root)
    except DataError as error:
        click.echo(f"{error.report()}\n{messages.IMPORT_NEEDS_CHECK.format()}", err=True)
        sys.exit(1)
    return Importer(request, catalog, strings, site.root, data_dir, site.locales, site.tsunagu.build_date()).run()


def render(result: Result, fmt: str, dry_run: bool = False) -> str:
    """The report in ``fmt``: one line per finding, then the count."""
    summary = f"imported {result.imported} of {result.rows} rows; {result.need_fix} need a fix"
    if fmt == "json":
        return json.dumps({"imported": result.imported, "rows": result.rows, "need_fix": result.need_fix,
                           "dry_run": dry_run, "written": result.written,
                           "findings": [_json(found) for found in _ordered(result)]}, ensure_ascii=False, indent=2)
    lines = [(_github if fmt == "github" else _text)(found) for found in _ordered(result)]
    if dry_run:
        lines.append("dry run: nothing was written")
    return "\n".join([*lines, summary])


def _ordered(result: Result) -> list[Located]:
    return sorted(result.findings, key=lambda f: (f.path, f.finding.line))


def _where(found: Located) -> str:
    finding = found.finding
    place = f"{found.path}:{finding.line}" if finding.line else found.path
    return f"{place}: {finding.column}" if finding.column else place


def _text(found: Located) -> str:
    return f"{_where(found)}: {'' if found.finding.error else 'note: '}{found.finding.message}"


def _json(found: Located) -> dict:
    finding = found.finding
    return {"severity": "error" if finding.error else "note", "path": found.path, "line": finding.line,
            "column": finding.column, "message": finding.message}


def _github(found: Located) -> str:
    finding = found.finding
    where = f"file={_property(found.path)}" + (f",line={finding.line}" if finding.line else "")
    text = f"{finding.column}: {finding.message}" if finding.column else finding.message
    return f"::{'error' if finding.error else 'notice'} {where}::{_data(text)}"


import_group = click.Group("import", help="Import records from a city's CSV or .xlsx files (tsunagu import KIND --help).",
                           commands={kind: _command(kind) for kind in KINDS})
