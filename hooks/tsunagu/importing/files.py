"""File readers: a CSV in UTF-8 (with or without a BOM), CP932 or UTF-16, or an .xlsx sheet, as rows of
text cells, each with the physical line (or sheet row) it starts on.

Hostile files are refused before they are read: one larger than ``MAX_BYTES``, an .xlsx whose
unpacked parts would grow past ``MAX_UNPACKED`` (a zip bomb), more than ``MAX_ROWS`` rows.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from charset_normalizer import from_bytes

MAX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED = 200 * 1024 * 1024
MAX_ROWS = 100_000
MAX_CELL = 64 * 1024
SAMPLE = 256 * 1024
_ENCODINGS = ["utf_8", "cp932"]


class FileRefused(Exception):
    """The file cannot be read at all; the message says why (and ``line`` where, when known)."""

    def __init__(self, message: str, line: int = 0):
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class Row:
    """One row: the line it starts on, and its cells as text (an empty cell is "")."""

    line: int
    cells: tuple[str, ...]


@dataclass
class Table:
    """A file's header row and the rows under it (read as they are iterated)."""

    headers: tuple[str, ...]
    header_line: int
    rows: Iterator[Row]
    encoding: str


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The table of ``path``: .xlsx by its sheet (the first one unless ``sheet``), anything else as CSV."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise FileRefused(f"the file is {size / 1024 / 1024:.0f} MB; files over {MAX_BYTES // 1024 // 1024} MB "
                          "are not read (split it into smaller files)")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _xlsx(path, sheet)
    if path.suffix.lower() == ".xls":
        raise FileRefused("an .xls file (Excel 97–2003) is not read: save it as .xlsx or CSV")
    return _csv(path)


def _csv(path: Path) -> Table:
    with path.open("rb") as file:
        sample = file.read(SAMPLE)
    encoding = detect_encoding(sample, complete=len(sample) < SAMPLE)
    reader = csv.reader(_checked_lines(path, encoding))
    header = _first(reader)
    return Table(tuple(header.cells), header.line, _rows(reader, header.line), encoding)


def detect_encoding(sample: bytes, complete: bool) -> str:
    """The encoding of a CSV from its first bytes: a BOM, else UTF-8 if it decodes, else the best match."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\0" in sample:
        return _utf16_without_bom(sample)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(sample, cp_isolation=_ENCODINGS).best()
    if best is None:
        raise FileRefused("the file is not text in UTF-8, Shift_JIS (CP932) or UTF-16")
    return best.encoding


def _utf16_without_bom(sample: bytes) -> str:
    """A CSV's commas and digits in UTF-16 hold a zero byte after them (little-endian) or before them."""
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    try:
        codecs.getincrementaldecoder(encoding)().decode(sample[: len(sample) // 2 * 2])
    except UnicodeDecodeError:
        raise FileRefused("the file holds zero bytes but is not UTF-16 text: it is not a CSV") from None
    return encoding


def _checked_lines(path: Path, encoding: str) -> Iterator[str]:
    """The file's lines, decoded one by one; a line the encoding cannot decode stops the reading with its
    number. (UTF-8 and CP932 never hold a newline byte inside a character; UTF-16 is decoded as a stream.)"""
    if encoding.startswith("utf-16") or encoding.startswith("utf_16"):
        with io.TextIOWrapper(path.open("rb"), encoding=encoding, newline="") as stream:
            yield from _numbered(stream, encoding, decode=None)
        return
    decoder = codecs.getincrementaldecoder(encoding)()
    with path.open("rb") as file:
        yield from _numbered(file, encoding, decode=decoder.decode)


def _numbered(lines, encoding: str, decode) -> Iterator[str]:
    line = 0
    try:
        for line, text in enumerate(lines, start=1):
            if len(text) > MAX_CELL * 16:
                raise FileRefused("a line is longer than 1 MB: this is not a table", line)
            yield decode(text) if decode else text
    except UnicodeDecodeError:
        raise FileRefused(f"line {line or 1} is not in {encoding} like the lines before it: "
                          "save the file again in one encoding (UTF-8)", line or 1) from None


def _first(reader) -> Row:
    for row in _rows(reader, 0):
        if any(cell.strip() for cell in row.cells):
            return row
    raise FileRefused("the file is empty")


def _rows(reader, after: int) -> Iterator[Row]:
    """Rows with the physical line each starts on (a cell with new lines spans several)."""
    start = after + 1
    try:
        for count, cells in enumerate(reader, start=1):
            if count > MAX_ROWS:
                raise FileRefused(f"the file has more than {MAX_ROWS} rows: split it", start)
            if any(len(cell) > MAX_CELL for cell in cells):
                raise FileRefused(f"a cell is longer than {MAX_CELL // 1024} KB", start)
            yield Row(start, tuple(cells))
            start = reader.line_num + 1
    except csv.Error as error:
        raise FileRefused(f"the CSV cannot be read here ({error})", start) from None


def _xlsx(path: Path, sheet: str | None) -> Table:
    _refuse_bomb(path)
    from openpyxl import load_workbook  # noqa: PLC0415 -- read only when an .xlsx is imported
    try:
        book = load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise FileRefused(f"the .xlsx cannot be opened ({type(error).__name__}: {error})") from None
    names = book.sheetnames
    if sheet is not None and sheet not in names:
        raise FileRefused(f'there is no sheet "{sheet}" (the sheets are {", ".join(names)})')
    rows = _sheet_rows(book[sheet or names[0]])
    header = _first_row(rows)
    return Table(header.cells, header.line, rows, "xlsx")


def _refuse_bomb(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise FileRefused("the .xlsx is not a valid Excel file (not a zip archive)") from None
    if unpacked > MAX_UNPACKED:
        raise FileRefused(f"the .xlsx would unpack to {unpacked / 1024 / 1024:.0f} MB "
                          f"(more than {MAX_UNPACKED // 1024 // 1024} MB): it is not read")


def _sheet_rows(worksheet) -> Iterator[Row]:
    for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
        if number > MAX_ROWS + 1:
            raise FileRefused(f"the sheet has more than {MAX_ROWS} rows: split it", number)
        yield Row(number, tuple(cell_text(value) for value in values))


def _first_row(rows: Iterator[Row]) -> Row:
    for row in rows:
        if any(cell.strip() for cell in row.cells):
            return row
    raise FileRefused("the sheet is empty")


def cell_text(value) -> str:
    """An .xlsx cell as the text a CSV would hold: dates as YYYY-MM-DD, whole numbers without .0."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()[:5] if isinstance(value, dt.time) else value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
