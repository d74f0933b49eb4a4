"""The open-data CSV files: the standard's file name and columns, UTF-8 with BOM, CRLF, Table Schemas
that frictionless validates, and a formula guard that leaves typed values alone."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
import yaml
from frictionless import Resource, Schema, validate

from conftest import ROOT
from hostile_site import HOSTILE_ONE_LINE, PRIVATE_EMAIL, PRIVATE_PHONE, hostile_site
from tsunagu.outputs.opendata_csv import PLAIN_NUMBER, inert, to_csv
from tsunagu.kinds.event import COLUMNS as EVENT_COLUMNS
from tsunagu.kinds.registry import adapters
from tsunagu.outputs.tables import Column

# 自治体標準オープンデータセット「イベント一覧」, in the standard's order, half-width brackets and all.
TABLES = [adapter.table for adapter in adapters() if adapter.table]
STANDARD_COLUMNS = [
    "全国地方公共団体コード", "ID", "地方公共団体名", "イベント名", "イベント名_カナ", "イベント名_英語",
    "開始日", "終了日", "開始時間", "終了時間", "開始日時特記事項", "説明", "料金(基本)", "料金(詳細)",
    "連絡先名称", "連絡先電話番号", "連絡先内線番号", "主催者", "場所名称", "住所", "方書", "緯度", "経度",
    "アクセス方法", "駐車場情報", "定員", "参加申込終了日", "参加申込終了時間", "参加申込方法", "URL", "備考",
]
SITE = yaml.safe_load((ROOT / "data/site.yml").read_text("utf-8"))
EVENT_CSV = f"{SITE['lg_code']}_event.csv"


def read_csv(path) -> list[dict[str, str]]:
    """Rows of a CSV file, after checking its BOM and that every line ends in CRLF."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.endswith(b"\r\n") and raw.count(b"\n") == raw.count(b"\r\n")
    text = raw[3:].decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == text.count("\r\n") - 1, "one record per line"
    return rows


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return hostile_site(tmp_path_factory.getbasetemp() / "hostile")


def test_the_declared_event_columns_are_the_standards():
    assert [column.name for column in EVENT_COLUMNS] == STANDARD_COLUMNS


def test_events_csv_has_the_standard_name_and_columns_in_order(sample_site):
    raw = (sample_site / "opendata" / EVENT_CSV).read_bytes()[3:].decode("utf-8")
    assert next(csv.reader(io.StringIO(raw))) == STANDARD_COLUMNS
    assert not (sample_site / "opendata/events.csv").exists()


def test_events_csv_matches_the_event_files(sample_site):
    rows = {row["ID"]: row for row in read_csv(sample_site / "opendata" / EVENT_CSV)}
    files = sorted((ROOT / "data/events").glob("*.yml"))
    assert sorted(rows) == [f.stem for f in files]
    for path in files:
        record, row = yaml.safe_load(path.read_text("utf-8")), rows[path.stem]
        assert row["全国地方公共団体コード"] == SITE["lg_code"]
        assert row["地方公共団体名"] == SITE["prefecture"] + SITE["city"]["ja"]
        assert row["料金(基本)"] == str(record.get("fee", 0))
        fee = record.get("fee", 0)
        assert row["料金(詳細)"] == (record["fee_note"]["ja"] if "fee_note" in record else f"{fee:,}円" if fee else "無料")
        assert re.fullmatch(r"[A-Za-z0-9-]+", row["ID"])
        assert row["開始日"] == str(record["start_date"])
        assert row["終了日"] == str(record.get("end_date", record["start_date"]))
        assert row["開始時間"] == record.get("start_time", "")
        assert row["イベント名_カナ"] == record["title_kana"]
        assert row["URL"].startswith("https://example.github.io/tsunagu/events/")
        for column in ("開始時間", "終了時間", "参加申込終了時間"):
            assert re.fullmatch(r"(\d\d:\d\d)?", row[column])
        for column in ("開始日", "終了日", "参加申込終了日"):
            assert re.fullmatch(r"(\d{4}-\d\d-\d\d)?", row[column])


def test_private_contacts_stay_out_of_the_sample_csv(sample_site):
    text = b"".join((sample_site / "opendata" / name).read_bytes() for name in (EVENT_CSV, "groups.csv"))
    for path in (ROOT / "data/groups").glob("*.yml"):
        contact = yaml.safe_load(path.read_text("utf-8")).get("contact") or {}
        if not contact.get("public"):
            for value in (contact.get("phone"), contact.get("email")):
                assert value is None or value.encode() not in text, f"{path.name}: private {value} published"


def test_groups_and_glossary_csv_have_one_row_per_record(sample_site):
    for name, folder in (("groups.csv", "groups"), ("glossary.csv", "glossary")):
        rows = read_csv(sample_site / "opendata" / name)
        assert sorted(r["ID"] for r in rows) == sorted(p.stem for p in (ROOT / "data" / folder).glob("*.yml"))


def test_support_csv_has_a_row_per_programme_with_its_window_and_labels(sample_site):
    rows = {r["ID"]: r for r in read_csv(sample_site / "opendata/support.csv")}
    applicants = yaml.safe_load((ROOT / "data/vocabulary/support_applicants.yml").read_text("utf-8"))
    for path in (ROOT / "data/support").glob("*.yml"):
        record, row = yaml.safe_load(path.read_text("utf-8")), rows.pop(path.stem)
        application = record["application"]
        assert row["制度名"] == record["title"]["ja"] and row["制度名_英語"] == record["title"].get("en", "")
        assert row["受付開始日"] == str(application.get("opens") or "")
        assert row["受付終了日"] == str(application.get("closes") or "")
        assert row["随時受付"] == str(application.get("rolling", False))
        assert row["上限額"] == str(record["amount"].get("max_yen") or "")
        assert row["対象者"] == "、".join(applicants[code]["label"]["ja"] for code in record["applicants"])
        assert row["年度"] == str(record["fiscal_year"])
    assert rows == {}


def test_every_published_csv_is_valid_against_its_table_schema(sample_site):
    csvs = sorted((sample_site / "opendata").glob("*.csv"))
    assert [p.name for p in csvs] == sorted(table.path(SITE["lg_code"]).split("/")[1] for table in TABLES)
    for path in csvs:
        schema = json.loads(path.with_suffix(".schema.json").read_text("utf-8"))
        report = validate(Resource(path=path.name, basepath=str(path.parent), schema=Schema.from_descriptor(schema),
                                   encoding="utf-8-sig"))
        assert report.valid, (path.name, report.flatten(["rowNumber", "fieldName", "message"]))
        assert report.tasks[0].stats["rows"] == len(read_csv(path))


def test_a_fee_in_words_fails_the_event_schema(sample_site, tmp_path):
    path = sample_site / "opendata" / EVENT_CSV
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    rows[1][STANDARD_COLUMNS.index("料金(基本)")] = "1,000円"
    with (tmp_path / "bad.csv").open("w", encoding="utf-8-sig", newline="") as bad:
        csv.writer(bad, lineterminator="\r\n").writerows(rows)
    schema = Schema.from_descriptor(json.loads(path.with_suffix(".schema.json").read_text("utf-8")))
    report = validate(Resource(path="bad.csv", basepath=str(tmp_path), schema=schema, encoding="utf-8-sig"))
    assert report.flatten(["fieldName", "type"]) == [["料金(基本)", "type-error"]]


def test_hostile_text_stays_on_one_line_and_in_one_cell(hostile):
    (events,) = (hostile / "opendata").glob("*_event.csv")
    rows = {row["ID"]: row for row in read_csv(events)}
    assert rows["hostile"]["イベント名"] == HOSTILE_ONE_LINE
    assert rows["hostile"]["説明"] == HOSTILE_ONE_LINE
    assert rows["hostile"]["料金(基本)"] == "500"
    assert rows["hostile"]["料金(詳細)"] == "'=1+1"
    assert rows["hostile"]["参加申込方法"] == "'@SUM(A1)"
    assert rows["hostile"]["開始日時特記事項"] == "中止"


def test_no_cell_of_the_hostile_site_starts_a_formula(hostile):
    for path in (hostile / "opendata").glob("*.csv"):
        for row in read_csv(path):
            for value in row.values():
                runs = value.startswith(("=", "+", "-", "@")) and not PLAIN_NUMBER.fullmatch(value)
                assert not runs, f"{path.name}: {value!r}"


def test_hostile_group_contact_is_private(hostile):
    rows = {row["ID"]: row for row in read_csv(hostile / "opendata/groups.csv")}
    assert rows["hostile"]["団体名"] == HOSTILE_ONE_LINE
    assert rows["hostile"]["紹介"] == "'-2+3"
    text = "".join(path.read_text("utf-8-sig") for path in (hostile / "opendata").glob("*.csv"))
    assert PRIVATE_PHONE not in text and PRIVATE_EMAIL not in text


@pytest.mark.parametrize("text, expected", [
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("=1+1", "'=1+1"), ("-2+3", "'-2+3"), ("+A1", "'+A1"),
    ("@x", "'@x"), ("  =x", "'=x"), ("+81-3-1234-5678", "'+81-3-1234-5678"),
    ("-1", "-1"), ("+1", "+1"), ("-12.5", "-12.5"),
    ("a\r\nb\n\nc", "a b c"), ("safe, text", "safe, text"),
])
def test_inert_guards_only_what_would_run(text, expected):
    assert inert(text) == expected


def test_typed_values_are_written_as_they_are_and_formulas_made_inert():
    columns = (Column("電話", pattern=r"\+?[0-9][0-9()\- ]{5,20}"), Column("緯度", "number"), Column("数", "integer"),
               Column("説明"), Column("開始日", "date"))
    rows = [("+81-3-1234-5678", -33.5, -5, "=HYPERLINK(\"x\")", "2026-12-01"), ("=1+1", None, 0, "-5", "")]
    assert to_csv(columns, rows).decode("utf-8-sig").split("\r\n") == [
        "電話,緯度,数,説明,開始日", '+81-3-1234-5678,-33.5,-5,"\'=HYPERLINK(""x"")",2026-12-01', "'=1+1,,0,-5,", ""]


def _fiscal_year(day) -> int:
    return day.year if day.month >= 4 else day.year - 1


def _counted(count: dict, events: list[dict]) -> dict[int, int]:
    """Participants per fiscal year of the events an indicator counts, read from the event files."""
    found: dict[int, int] = {}
    for event in events:
        year = _fiscal_year(event["start_date"])
        if event["kind"] in count["event_kinds"] and "participants" in event and year >= count["first_year"]:
            found[year] = found.get(year, 0) + event["participants"]
    return found


def test_indicators_csv_has_the_baseline_each_years_value_and_the_target(sample_site):
    rows = read_csv(sample_site / "opendata/indicators.csv")
    events = [yaml.safe_load(p.read_text("utf-8")) for p in (ROOT / "data/events").glob("*.yml")]
    files = sorted((ROOT / "data/indicators").glob("*.yml"))
    assert sorted({row["ID"] for row in rows}) == [p.stem for p in files] and len(files) >= 4
    for path in files:
        record, mine = yaml.safe_load(path.read_text("utf-8")), [row for row in rows if row["ID"] == path.stem]
        typed = {a["fiscal_year"]: a["value"] for a in record.get("actuals", [])}
        counted = _counted(record["participants_of"], events) if "participants_of" in record else {}
        lines = [(r["区分"], int(r["年度"]), float(r["値"]), r["計算方法"]) for r in mine]
        assert lines == [("現状値", record["baseline"]["fiscal_year"], record["baseline"]["value"], "")] + [
            ("実績値", year, value, "催しの参加者数から計算" if year in counted else "記録に記入した値")
            for year, value in sorted((typed | counted).items())] + [
            ("目標値", record["target"]["fiscal_year"], record["target"]["value"], "")]
        assert all(r["指標名"] == record["name"]["ja"] and r["指標名_英語"] == record["name"]["en"] for r in mine)
    assert any("participants_of" in yaml.safe_load(p.read_text("utf-8")) for p in files)


def test_a_running_total_and_the_years_not_over_are_marked(sample_site):
    rows = [r for r in read_csv(sample_site / "opendata/indicators.csv") if r["区分"] == "実績値"]
    for indicator in {r["ID"] for r in rows}:
        mine = [r for r in rows if r["ID"] == indicator]
        if mine[0]["累計の目標"] == "true":
            totals = [sum(float(r["値"]) for r in mine[:i + 1]) for i in range(len(mine))]
            assert [float(r["累計値"]) for r in mine] == totals
        assert [r["年度途中"] for r in mine] == ["true" if r["年度"] == "2026" else "false" for r in mine]
    assert {r["年度_和暦"] for r in rows} >= {"令和6年度", "令和7年度"}


def test_hostile_indicator_text_is_inert_and_numbers_stay_numbers(hostile):
    rows = [row for row in read_csv(hostile / "opendata/indicators.csv") if row["ID"] == "hostile"]
    assert [(r["区分"], r["値"]) for r in rows] == [("現状値", "-3"), ("実績値", "-1.5"), ("目標値", "10")]
    assert {(r["指標名"], r["単位"], r["出典"]) for r in rows} == {(HOSTILE_ONE_LINE, "'+人", "'=1+1")}
