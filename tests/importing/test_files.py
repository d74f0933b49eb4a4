"""The file readers: every encoding and .xlsx read alike, rows keep their physical lines, hostile files
are refused before they are read."""

from __future__ import annotations

import datetime as dt
import tracemalloc
import zipfile

import pytest

from city_site import ENCODINGS, FORMATS, encoded, write_xlsx
from tsunagu.importing.files import FileRefused, cell_text, read_table


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_encoding_and_xlsx_read_the_same_rows(fmt, tmp_path):
    table = read_table(encoded("facilities.csv", fmt, tmp_path))
    rows = list(table.rows)
    assert table.headers[:5] == ("都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "名称")
    assert [row.line for row in rows] == [2, 3, 4, 5]
    assert rows[0].cells[4:6] == ("みなと公民館", "みなとこうみんかん")
    assert rows[0].cells[12] == "０８３－２２２－３３３３"


@pytest.mark.parametrize("encoding, detected", [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp932", "cp932"),
                                                ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"),
                                                ("utf-16-be", "utf-16-be")])
def test_the_encoding_is_detected(encoding, detected, tmp_path):
    table = read_table(encoded("facilities.csv", encoding, tmp_path))
    assert (table.encoding, next(table.rows).cells[4]) == (detected, "みなと公民館")


def test_a_row_starts_on_its_physical_line_when_cells_hold_new_lines(tmp_path):
    path = tmp_path / "lines.csv"
    path.write_text('名称,説明\n"一つ目\n二行目",a\nb,"c\n\nd"\n"e",f\n', "utf-8")
    assert [(row.line, row.cells) for row in read_table(path).rows] == [
        (2, ("一つ目\n二行目", "a")), (4, ("b", "c\n\nd")), (7, ("e", "f"))]


def test_blank_lines_before_the_header_are_skipped(tmp_path):
    path = tmp_path / "blank.csv"
    path.write_text("\n,,\n名称,住所\nx,y\n", "utf-8")
    table = read_table(path)
    assert (table.headers, table.header_line, [r.line for r in table.rows]) == (("名称", "住所"), 3, [4])


def test_xlsx_cells_read_as_a_csv_would_hold_them(tmp_path):
    path = write_xlsx(tmp_path / "typed.xlsx", [["開始日", "開始時間", "市区町村コード", "定員", "URL"],
                                                [dt.datetime(2024, 4, 19), dt.time(9, 30), 92011, 30.0,
                                                 '=HYPERLINK("https://example.jp","x")']])
    row = next(read_table(path).rows)
    assert row.cells == ("2024-04-19", "09:30", "92011", "30", '=HYPERLINK("https://example.jp","x")')
    assert cell_text(dt.datetime(2024, 4, 19, 18, 0)) == "2024-04-19 18:00"


def test_a_chosen_sheet_and_a_missing_one(tmp_path):
    from openpyxl import Workbook
    book = Workbook()
    book.active.append(["a"])
    book.create_sheet("団体").append(["団体名"])
    book.save(tmp_path / "two.xlsx")
    assert read_table(tmp_path / "two.xlsx", "団体").headers == ("団体名",)
    with pytest.raises(FileRefused, match='^there is no sheet "x" \\(the sheets are Sheet, 団体\\)$'):
        read_table(tmp_path / "two.xlsx", "x")


def test_a_100_mb_csv_is_refused_without_being_read(tmp_path):
    path = tmp_path / "big.csv"
    line = ("352012,1,山口県,下関市," + "あ" * 200 + "\n").encode("utf-8")
    with path.open("wb") as file:
        file.write("都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称\n".encode("utf-8"))
        for _ in range(100 * 1024 * 1024 // len(line) + 1):
            file.write(line)
    tracemalloc.start()
    with pytest.raises(FileRefused) as refused:
        read_table(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert str(refused.value) == "the file is 100 MB; files over 20 MB are not read (split it into smaller files)"
    assert peak < 1024 * 1024


def test_an_xlsx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    path = write_xlsx(tmp_path / "bomb.xlsx", [["名称"], ["x"]])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/media/zeros.bin", "w", force_zip64=True) as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(300):
                member.write(block)
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(FileRefused, match=r"^the \.xlsx would unpack to 300 MB \(more than 200 MB\): it is not read$"):
        read_table(path)


def test_a_file_that_is_not_an_xlsx_or_changes_its_encoding(tmp_path):
    (tmp_path / "fake.xlsx").write_text("名称\nx\n", "utf-8")
    with pytest.raises(FileRefused, match=r"^the \.xlsx is not a valid Excel file \(not a zip archive\)$"):
        read_table(tmp_path / "fake.xlsx")
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes("名称\nあ\n".encode("utf-8") * 40000 + "い\n".encode("cp932"))
    with pytest.raises(FileRefused) as refused:
        list(read_table(mixed).rows)
    assert (str(refused.value), refused.value.line) == (
        "line 80001 is not in utf-8 like the lines before it: save the file again in one encoding (UTF-8)", 80001)


def test_an_old_excel_file_is_refused(tmp_path):
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(FileRefused, match=r"^an \.xls file \(Excel 97–2003\) is not read: save it as \.xlsx or CSV$"):
        read_table(tmp_path / "old.xls")


def test_an_empty_file_is_refused(tmp_path):
    (tmp_path / "empty.csv").write_text("\n\n", "utf-8")
    with pytest.raises(FileRefused, match="^the file is empty$"):
        read_table(tmp_path / "empty.csv")
