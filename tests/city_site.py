"""A new site made by ``tsunagu init`` (下関市, 352012) in a temp folder, and the fixture files of the
importer in every encoding and as .xlsx, for the tests of init and import."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from click.testing import CliRunner, Result

from tsunagu.cli.main import cli

IMPORT_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import"
ENCODINGS = ("utf-8", "utf-8-sig", "cp932", "utf-16")
FORMATS = (*ENCODINGS, "xlsx")
TODAY = "2026-11-23"


def run(*args: str, cwd: Path) -> Result:
    """Run ``tsunagu ARGS`` in ``cwd`` with 'today' fixed; the result has the exit code and the output."""
    before = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(cli, list(args), env={"TSUNAGU_TODAY": TODAY}, catch_exceptions=False)
    finally:
        os.chdir(before)


def make_city(folder: Path, code: str = "352012") -> Path:
    """``tsunagu init folder --lg-code code``; returns the folder."""
    result = run("init", str(folder), "--lg-code", code, cwd=folder.parent)
    assert result.exit_code == 0, result.output
    return folder


def encoded(name: str, fmt: str, folder: Path) -> Path:
    """The UTF-8 fixture ``name`` saved in ``fmt`` (an encoding, or xlsx: every cell as text) in ``folder``."""
    text = (IMPORT_FIXTURES / name).read_text("utf-8")
    stem = Path(name).stem
    if fmt == "xlsx":
        return write_xlsx(folder / f"{stem}.xlsx", list(csv.reader(text.splitlines(keepends=True))))
    target = folder / f"{stem}.{fmt}.csv"
    target.write_bytes(text.encode(fmt))
    return target


def write_xlsx(path: Path, rows: list[list]) -> Path:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path
