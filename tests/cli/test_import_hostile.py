"""Hostile or broken files given to ``tsunagu import``: a clear message, exit 1, nothing written."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from city_site import IMPORT_FIXTURES, make_city, run, write_xlsx


@pytest.fixture
def city(tmp_path) -> Path:
    folder = make_city(tmp_path / "city")
    (folder / "in").mkdir()
    return folder


def written(city: Path) -> list[str]:
    return sorted(p.relative_to(city).as_posix() for p in (city / "data").rglob("*.yml")
                  if p.parent.name not in ("ui", "vocabulary") and p.name != "site.yml")


def test_a_100_mb_csv(city):
    path = city / "in/big.csv"
    header = (IMPORT_FIXTURES / "facilities.csv").read_bytes().splitlines(keepends=True)[1]
    with path.open("wb") as file:
        file.write((IMPORT_FIXTURES / "facilities.csv").read_bytes().splitlines(keepends=True)[0])
        file.write(header * (100 * 1024 * 1024 // len(header) + 1))
    result = run("import", "venue", "in/big.csv", cwd=city)
    assert result.output.splitlines() == [
        "in/big.csv: the file is 100 MB; files over 20 MB are not read (split it into smaller files)",
        "imported 0 of 0 rows; 0 need a fix"]
    assert (result.exit_code, written(city)) == (1, [])


def test_an_xlsx_zip_bomb(city):
    path = write_xlsx(city / "in/bomb.xlsx", [["名称"], ["x"]])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/worksheets/sheet9.xml", "w", force_zip64=True) as member:
            for _ in range(256):
                member.write(b" " * (1024 * 1024))
    result = run("import", "venue", "in/bomb.xlsx", cwd=city)
    assert result.output.splitlines()[0] == "in/bomb.xlsx: the .xlsx would unpack to 256 MB (more than 200 MB): it is not read"
    assert (result.exit_code, written(city)) == (1, [])


def test_an_alias_bomb_in_the_mapping_file(city):
    (city / "in/groups.csv").write_bytes((IMPORT_FIXTURES / "groups.csv").read_bytes())
    bomb = IMPORT_FIXTURES / "alias-bomb-mapping.yml"
    result = run("import", "group", "in/groups.csv", "--mapping", str(bomb), cwd=city)
    assert result.output.splitlines() == [
        f"{bomb.as_posix()}:2: is not valid YAML: anchors and aliases (& and *) are not allowed"]
    assert (result.exit_code, written(city)) == (1, [])


def test_a_mapping_onto_a_field_that_does_not_exist(city):
    (city / "in/groups.csv").write_bytes((IMPORT_FIXTURES / "groups.csv").read_bytes())
    (city / "in/map.yml").write_text("columns:\n  団体名: name\n  ふりがな: furigana\n  種別: {field: kind, language: en}\n",
                                     "utf-8")
    result = run("import", "group", "in/groups.csv", "--mapping", "in/map.yml", cwd=city)
    assert result.output.splitlines() == [
        'in/map.yml:3: columns.ふりがな: "furigana" is not a field of group (tsunagu import group --help lists them)',
        'in/map.yml:4: columns.種別: "kind" is not a text in each language: it takes no language']
    assert (result.exit_code, written(city)) == (1, [])


def test_ids_that_climb_out_of_data_stay_in_their_folder(city):
    rows = (IMPORT_FIXTURES / "facilities.csv").read_text("utf-8").splitlines()
    (city / "in/climb.csv").write_text("\n".join([rows[0], rows[1].replace(",1,", ",../../../etc/x,", 1)]) + "\n", "utf-8")
    result = run("import", "venue", "in/climb.csv", cwd=city)
    assert 'in/climb.csv:2: NO: note: the ID "../../../etc/x" became the id "etc-x"' in result.output.splitlines()
    assert written(city) == ["data/venues/etc-x.yml"]
    assert not (city.parent / "etc").exists()


def test_files_of_another_dataset(city):
    (city / "in/aed.csv").write_bytes((IMPORT_FIXTURES / "aed.csv").read_bytes())
    (city / "in/facilities.csv").write_bytes((IMPORT_FIXTURES / "facilities.csv").read_bytes())
    aed = run("import", "venue", "in/aed.csv", cwd=city)
    assert aed.output.splitlines()[0].startswith("in/aed.csv:1: the columns are not a layout Tsunagu knows for venue (")
    assert aed.output.splitlines()[0].endswith("): give a mapping file (--mapping; see tsunagu import venue --help)")
    swapped = run("import", "event", "in/facilities.csv", cwd=city)
    assert swapped.output.splitlines()[0] == (
        "in/facilities.csv:1: this file is a デジタル庁「自治体標準オープンデータセット」データ項目定義書「公共施設一覧」"
        "（24項目の版：都道府県コード又は市区町村コード・NO・都道府県名…備考）, not a file of events: "
        "import it with `tsunagu import venue`")
    assert (aed.exit_code, swapped.exit_code, written(city)) == (1, 1, [])


def test_formula_cells_of_an_xlsx_are_not_values(city):
    rows = [line.split(",") for line in (IMPORT_FIXTURES / "facilities.csv").read_text("utf-8").splitlines()[:2]]
    rows[1][4] = '=HYPERLINK("https://example.jp","みなと公民館")'
    write_xlsx(city / "in/formula.xlsx", rows)
    result = run("import", "venue", "in/formula.xlsx", cwd=city)
    assert result.output.splitlines()[1] == (
        'in/formula.xlsx:2: 名称: "=HYPERLINK("https://example.jp","みなと公民館")" is a formula, not a value: '
        "paste the value instead (in Excel: Paste Special → Values)")
    assert (result.exit_code, written(city)) == (1, [])


def test_a_file_that_breaks_halfway_writes_none_of_its_rows(city):
    text = (IMPORT_FIXTURES / "facilities.csv").read_text("utf-8")
    (city / "in/broken.csv").write_bytes(text.encode("utf-8") * 400 + "みなと\n".encode("cp932"))
    result = run("import", "venue", "in/broken.csv", cwd=city)
    assert result.output.splitlines()[-2:] == [
        "in/broken.csv:2001: line 2001 is not in utf-8 like the lines before it: save the file again in one encoding (UTF-8)",
        "imported 0 of 1999 rows; 1999 need a fix"]
    assert (result.exit_code, written(city)) == (1, [])
