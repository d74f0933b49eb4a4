"""The open-data CSV files: the standard's columns, UTF-8 with BOM, CRLF, and inert texts."""

from __future__ import annotations

import csv
import io
import re

import pytest
import yaml

from conftest import ROOT
from hostile_site import HOSTILE_ONE_LINE, PRIVATE_EMAIL, PRIVATE_PHONE, hostile_site
from tsunagu.outputs.opendata_csv import inert, to_csv

# 自治体標準オープンデータセット「イベント一覧」, in the standard's order.
STANDARD_COLUMNS = [
    "全国地方公共団体コード", "ID", "地方公共団体名", "イベント名", "イベント名_カナ", "イベント名_英語",
    "開始日", "終了日", "開始時間", "終了時間", "開始日時特記事項", "説明", "料金（基本）", "料金（詳細）",
    "連絡先名称", "連絡先電話番号", "連絡先内線番号", "主催者", "場所名称", "住所", "方書", "緯度", "経度",
    "アクセス方法", "駐車場情報", "定員", "参加申込終了日", "参加申込終了時間", "参加申込方法", "URL", "備考",
]


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


def test_events_csv_has_the_standard_columns_in_order(sample_site):
    raw = (sample_site / "opendata/events.csv").read_bytes()[3:].decode("utf-8")
    assert next(csv.reader(io.StringIO(raw))) == STANDARD_COLUMNS


def test_events_csv_matches_the_event_files(sample_site):
    rows = {row["ID"]: row for row in read_csv(sample_site / "opendata/events.csv")}
    files = sorted((ROOT / "data/events").glob("*.yml"))
    assert sorted(rows) == [f.stem for f in files]
    lg_code = yaml.safe_load((ROOT / "data/site.yml").read_text("utf-8"))["lg_code"]
    for path in files:
        record, row = yaml.safe_load(path.read_text("utf-8")), rows[path.stem]
        assert row["全国地方公共団体コード"] == lg_code
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
    text = b"".join((sample_site / "opendata" / name).read_bytes() for name in ("events.csv", "groups.csv"))
    for path in (ROOT / "data/groups").glob("*.yml"):
        contact = yaml.safe_load(path.read_text("utf-8")).get("contact") or {}
        if not contact.get("public"):
            for value in (contact.get("phone"), contact.get("email")):
                assert value is None or value.encode() not in text, f"{path.name}: private {value} published"


def test_groups_and_glossary_csv_have_one_row_per_record(sample_site):
    for name, folder in (("groups.csv", "groups"), ("glossary.csv", "glossary")):
        rows = read_csv(sample_site / "opendata" / name)
        assert sorted(r["ID"] for r in rows) == sorted(p.stem for p in (ROOT / "data" / folder).glob("*.yml"))


def test_hostile_text_stays_on_one_line_and_in_one_cell(hostile):
    rows = {row["ID"]: row for row in read_csv(hostile / "opendata/events.csv")}
    assert rows["hostile"]["イベント名"] == HOSTILE_ONE_LINE
    assert rows["hostile"]["説明"] == HOSTILE_ONE_LINE
    assert rows["hostile"]["料金（詳細）"] == "'=1+1"
    assert rows["hostile"]["参加申込方法"] == "'@SUM(A1)"
    assert rows["hostile"]["開始日時特記事項"] == "中止"


def test_no_cell_of_the_hostile_site_starts_a_formula(hostile):
    for name in ("events.csv", "groups.csv", "glossary.csv"):
        for row in read_csv(hostile / "opendata" / name):
            for value in row.values():
                assert not value.startswith(("=", "+", "-", "@")), f"{name}: {value!r}"


def test_hostile_group_contact_is_private(hostile):
    rows = {row["ID"]: row for row in read_csv(hostile / "opendata/groups.csv")}
    assert rows["hostile"]["団体名"] == HOSTILE_ONE_LINE
    assert rows["hostile"]["紹介"] == "'-2+3"
    text = (hostile / "opendata/groups.csv").read_text("utf-8-sig") + (hostile / "opendata/events.csv").read_text("utf-8-sig")
    assert PRIVATE_PHONE not in text and PRIVATE_EMAIL not in text


@pytest.mark.parametrize("text, expected", [
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"), ("  =x", "'=x"),
    ("a\r\nb\n\nc", "a b c"), ("safe, text", "safe, text"),
])
def test_inert(text, expected):
    assert inert(text) == expected


def test_numbers_are_not_guarded():
    data = to_csv(("緯度", "経度"), [(-33.5, 151.2)])
    assert data == "\ufeff緯度,経度\r\n-33.5,151.2\r\n".encode("utf-8")
