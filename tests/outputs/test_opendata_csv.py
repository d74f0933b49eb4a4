"""The open-data CSV files: the standard's file name and columns, UTF-8 with BOM, CRLF, Table Schemas
that frictionless validates, and a formula guard that leaves typed values alone."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

import pytest
import yaml
from frictionless import Resource, Schema, validate

from conftest import ROOT, TODAY
from hostile_site import HOSTILE_ONE_LINE, PRIVATE_EMAIL, PRIVATE_PHONE, hostile_site
from tsunagu.kinds.registry import adapters
from tsunagu.load.siteconfig import load_site_config
from tsunagu.model.locales import babel_locale
from tsunagu.model.tables import EVENT_COLUMNS, VENUE_COLUMNS, Column
from tsunagu.outputs.opendata_csv import PLAIN_NUMBER, inert, to_csv

TABLES = [adapter.table for adapter in adapters() if adapter.table]
# 自治体標準オープンデータセット「イベント一覧」, the current edition, in its order: full-width brackets in
# 集合（受付）場所, half-width ones in 料金(基本) and 建物名等(方書).
STANDARD_COLUMNS = [
    "全国地方公共団体コード", "法人番号", "ID", "地方公共団体名", "イベント名", "言語コード", "イベント通称", "サブタイトル",
    "イベント名_カナ", "イベント名_英語", "コンテンツURL", "状態", "キーワード", "タグ", "対象となる産業", "開催パターン",
    "開始日", "終了日", "開始時間", "終了時間", "開始日時特記事項", "所要時間", "掲載開始日", "掲載終了日", "概要", "説明",
    "サブイベント", "イベント種類", "料金(基本)", "料金(詳細)", "連絡先名称", "連絡先電話番号", "連絡先内線番号", "主催者",
    "共催団体", "関連組織", "対象者", "対象者備考", "場所名称", "集合（受付）場所", "所在地_全国地方公共団体コード", "町字ID",
    "所在地_連結表記", "所在地_都道府県", "所在地_市区町村", "所在地_町字", "所在地_番地以下", "建物名等(方書)", "緯度", "経度",
    "アクセス方法", "駐車場情報", "駐輪場情報", "Web開催", "Web開催URL", "ツール・環境", "定員", "定員備考", "料金種別",
    "決済種別", "外国語対応", "外国語対応備考", "開催条件", "参加申込終了日", "参加申込終了時間", "参加申込方法", "申込開始日",
    "申込開始時刻", "申込URL", "URL", "授乳室", "おむつ替えコーナー", "飲食可否", "ベビーカー貸出", "ベビーカー利用", "画像",
    "画像_ライセンス", "備考",
]
FACILITY_COLUMNS = [
    "都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "名称", "名称_カナ", "名称_通称", "POIコード", "住所",
    "方書", "緯度", "経度", "電話番号", "内線番号", "法人番号", "団体名", "利用可能曜日", "開始時間", "終了時間",
    "利用可能時間特記事項", "説明", "バリアフリー情報", "URL", "備考",
]
SITE = yaml.safe_load((ROOT / "data/site.yml").read_text("utf-8"))
EVENT_CSV = f"{SITE['lg_code']}_event.csv"
FACILITY_CSV = f"{SITE['lg_code']}_public_facility.csv"
# A line per language an event's title is written in, but easy Japanese (言語コード has no code for it).
ROW_CODES = [code for code in load_site_config(ROOT / "mkdocs.yml").locales.codes if code != "ja-easy"]


def _foreign_names(title: dict, reader: str) -> str:
    """The languages other than Japanese that ``title`` is written in, named in ``reader``'s language."""
    names = [babel_locale(code).get_display_name(babel_locale(reader)) for code in ROW_CODES
             if code in title and code != "ja"]
    return ("、" if reader == "ja" else ", ").join(names)


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


def test_the_declared_columns_are_the_standards():
    assert len(STANDARD_COLUMNS) == 78 and len(FACILITY_COLUMNS) == 24
    assert [column.name for column in EVENT_COLUMNS] == STANDARD_COLUMNS
    assert [column.name for column in VENUE_COLUMNS] == FACILITY_COLUMNS


def test_events_csv_has_the_standard_name_and_columns_in_order(sample_site):
    raw = (sample_site / "opendata" / EVENT_CSV).read_bytes()[3:].decode("utf-8")
    assert next(csv.reader(io.StringIO(raw))) == STANDARD_COLUMNS
    assert not (sample_site / "opendata/events.csv").exists()


def _events(site) -> dict[tuple[str, str], dict[str, str]]:
    """The event CSV's rows by ID and 言語コード."""
    return {(row["ID"], row["言語コード"]): row for row in read_csv(site / "opendata" / EVENT_CSV)}


def test_events_csv_has_a_row_per_language_of_each_event(sample_site):
    rows = _events(sample_site)
    files = sorted((ROOT / "data/events").glob("*.yml"))
    records = {f.stem: yaml.safe_load(f.read_text("utf-8")) for f in files}
    one_off = [f for f in files if "repeat" not in records[f.stem]]
    expected = [(path.stem, code) for path in one_off for code in ROW_CODES if code in records[path.stem]["title"]]
    dated = {key for key in rows if key[0] not in records}  # a regular activity's lines per date: <id>-<date>
    assert sorted(rows.keys() - dated) == sorted(expected) and len(expected) > len(one_off)
    assert {key[:-11] for key, _ in dated} == {key for key, record in records.items() if "repeat" in record}
    for key, code in dated:
        record, row = records[key[:-11]], rows[key, code]
        assert row["開始日"] == row["終了日"] and row["開催パターン"] == "単日"
        assert row["イベント名"] == record["title"][code] and row["コンテンツURL"].endswith(f"events/{key[:-11]}/")
        assert dt.date.fromisoformat(key[-10:]) >= record["start_date"] and row["開始日時特記事項"]
    for path in one_off:
        record = records[path.stem]
        for code in ("ja", "en"):
            if (path.stem, code) in rows:
                assert rows[path.stem, code]["イベント名"] == record["title"][code]
                assert rows[path.stem, code]["説明"] == " ".join(record["description"].get(code, "").split())


def test_events_csv_matches_the_event_files(sample_site):
    rows = _events(sample_site)
    for path in sorted((ROOT / "data/events").glob("*.yml")):
        record = yaml.safe_load(path.read_text("utf-8"))
        if "repeat" in record:
            continue  # its lines per date: the test above
        row = rows[path.stem, "ja"]
        assert row["全国地方公共団体コード"] == SITE["lg_code"]
        assert row["地方公共団体名"] == SITE["prefecture"] + SITE["city"]["ja"]
        assert row["料金(基本)"] == str(record.get("fee", 0))
        fee = record.get("fee", 0)
        assert row["料金(詳細)"] == (record["fee_note"]["ja"] if "fee_note" in record else f"{fee:,}円" if fee else "無料")
        assert row["料金種別"] == ("有料" if fee else "無料")
        assert re.fullmatch(r"[A-Za-z0-9-]+", row["ID"])
        assert row["開始日"] == str(record["start_date"])
        assert row["終了日"] == str(record.get("end_date", record["start_date"]))
        assert row["開催パターン"] == ("期間" if "end_date" in record else "単日")
        assert row["開始時間"] == record.get("start_time", "")
        assert row["イベント名_カナ"] == record["title_kana"]
        assert row["コンテンツURL"] == f"https://example.github.io/tsunagu/events/{path.stem}/"
        assert rows.get((path.stem, "en"), {"コンテンツURL": f"https://example.github.io/tsunagu/en/events/{path.stem}/"})[
            "コンテンツURL"] == f"https://example.github.io/tsunagu/en/events/{path.stem}/"
        assert row["URL"] == record.get("url", "")
        assert (row["Web開催"], row["Web開催URL"]) == (("有", record["online_url"]) if "online_url" in record else ("無", ""))
        foreign = _foreign_names(record["title"], "ja")
        assert (row["外国語対応"], row["外国語対応備考"]) == (("有" if foreign else "無"), foreign)
        assert "en" not in record["title"] or rows[path.stem, "en"]["外国語対応備考"] == _foreign_names(record["title"], "en")
        for column in ("開始時間", "終了時間", "参加申込終了時間"):
            assert re.fullmatch(r"(\d\d:\d\d)?", row[column])
        for column in ("開始日", "終了日", "参加申込終了日"):
            assert re.fullmatch(r"(\d{4}-\d\d-\d\d)?", row[column])


def _first_ja_row(rows: dict, event_id: str) -> dict[str, str]:
    """An event's Japanese line; a regular activity's first dated one (``<id>-<date>``)."""
    if (event_id, "ja") in rows:
        return rows[event_id, "ja"]
    return rows[min(key for key, code in rows if code == "ja" and key.startswith(f"{event_id}-20")), "ja"]


def test_events_csv_reads_place_and_facilities_off_the_venue(sample_site):
    rows = _events(sample_site)
    venues = {p.stem: yaml.safe_load(p.read_text("utf-8")) for p in (ROOT / "data/venues").glob("*.yml")}
    for path in sorted((ROOT / "data/events").glob("*.yml")):
        record, row = yaml.safe_load(path.read_text("utf-8")), _first_ja_row(rows, path.stem)
        venue = venues.get(record.get("venue"), {})
        assert row["場所名称"] == (venue["name"]["ja"] if venue else "オンライン")
        assert row["所在地_連結表記"] == (venue["address"]["ja"] if venue else "")
        assert row["建物名等(方書)"] == venue.get("building", {}).get("ja", "")
        assert row["所在地_都道府県"] + row["所在地_市区町村"] == ("東京都朝霧野市" if venue else "")
        assert row["所在地_町字"] + row["所在地_番地以下"] == venue.get("address", {"ja": ""})["ja"].removeprefix("朝霧野市")
        facilities = venue.get("accessibility", [])
        assert row["授乳室"] == ("有" if "nursing_room" in facilities else "")
        assert row["おむつ替えコーナー"] == ("有" if "baby_changing" in facilities else "")
        assert row["駐車場情報"] == ("有" if "parking" in facilities else "")
    assert rows["npo-setsuritsu-seminar", "ja"]["所在地_町字"] == "本町2丁目"
    assert rows["npo-setsuritsu-seminar", "ja"]["所在地_番地以下"] == "3番1号"
    assert {row["おむつ替えコーナー"] for row in rows.values()} == {"有", ""}


def test_an_events_own_contact_audience_and_pages_are_published(sample_site):
    ja, en = (_events(sample_site)["npo-setsuritsu-seminar", code] for code in ("ja", "en"))
    assert (ja["連絡先名称"], ja["連絡先電話番号"], ja["連絡先内線番号"]) == ("朝霧野市 市民協働課 市民活動係", "042-000-1100", "3215")
    assert en["連絡先名称"] == "Civic Activities Section, Civic Collaboration Division"
    assert (ja["対象者"], en["対象者"]) == ("NPO法人の設立を考えている市民・団体",
                                        "Residents and groups thinking of founding an NPO corporation")
    assert ja["URL"] == "https://npo-shien.asagirino.example.jp/seminar/"
    assert ja["申込URL"] == "https://npo-shien.asagirino.example.jp/seminar/apply/"


def test_facility_csv_has_the_standard_columns_and_a_row_per_venue(sample_site):
    raw = (sample_site / "opendata" / FACILITY_CSV).read_bytes()[3:].decode("utf-8")
    assert next(csv.reader(io.StringIO(raw))) == FACILITY_COLUMNS
    rows = {row["NO"]: row for row in read_csv(sample_site / "opendata" / FACILITY_CSV)}
    labels = yaml.safe_load((ROOT / "data/vocabulary/accessibility.yml").read_text("utf-8"))
    for path in sorted((ROOT / "data/venues").glob("*.yml")):
        record, row = yaml.safe_load(path.read_text("utf-8")), rows.pop(path.stem)
        assert (row["都道府県コード又は市区町村コード"], row["都道府県名"], row["市区町村名"]) == (
            SITE["lg_code"], SITE["prefecture"], SITE["city"]["ja"])
        assert (row["名称"], row["住所"]) == (record["name"]["ja"], record["address"]["ja"])
        assert (float(row["緯度"]), float(row["経度"])) == (record["lat"], record["lon"])
        assert row["バリアフリー情報"] == ";".join(labels[code]["label"]["ja"] for code in record["accessibility"])
    assert rows == {}
    centre = {row["NO"]: row for row in read_csv(sample_site / "opendata" / FACILITY_CSV)}["shimin-katsudo-center"]
    assert [centre[c] for c in ("名称_カナ", "方書", "電話番号", "利用可能曜日", "開始時間", "終了時間")] == [
        "アサギリノシシミンカツドウセンター", "朝霧野駅前ビル2階", "042-000-1300", "火曜日〜日曜日", "09:00", "21:00"]


def test_private_contacts_stay_out_of_the_sample_csv(sample_site):
    text = b"".join((sample_site / "opendata" / name).read_bytes() for name in (EVENT_CSV, FACILITY_CSV, "groups.csv"))
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
        assert row["随時受付"] == str(application.get("rolling", False)).lower()
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
    rows = {(row["ID"], row["言語コード"]): row for row in read_csv(events)}
    row = rows["hostile", "ja"]
    assert row["イベント名"] == row["説明"] == rows["hostile", "en"]["イベント名"] == HOSTILE_ONE_LINE
    assert row["料金(基本)"] == "500"
    assert row["料金(詳細)"] == "'=1+1"
    assert row["参加申込方法"] == "'@SUM(A1)"
    assert row["状態"] == "中止"
    assert [row[c] for c in ("連絡先名称", "連絡先電話番号", "連絡先内線番号", "対象者")] == [
        "'+担当", "042-000-0001", "'=1", "'-市民"]


def test_hostile_venue_text_is_inert(hostile):
    (facilities,) = (hostile / "opendata").glob("*_public_facility.csv")
    row = {row["NO"]: row for row in read_csv(facilities)}["hostile"]
    assert [row[c] for c in ("名称", "住所", "方書", "利用可能曜日", "利用可能時間特記事項")] == [
        HOSTILE_ONE_LINE, "'=HYPERLINK(\"x\")", "'-2階", "'@毎日", "'+祝日"]


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
    columns = (Column("電話", "phone"), Column("緯度", "latitude"), Column("数", "number", integer=True),
               Column("説明"), Column("開始日", "date"), Column("有無", "flag", truth=("有", "無")))
    rows = [("+81-3-1234-5678", -33.5, -5, "=HYPERLINK(\"x\")", "2026-12-01", True), ("=1+1", None, 0, "-5", "", False)]
    assert to_csv(columns, rows).decode("utf-8-sig").split("\r\n") == [
        "電話,緯度,数,説明,開始日,有無", '+81-3-1234-5678,-33.5,-5,"\'=HYPERLINK(""x"")",2026-12-01,有', "'=1+1,,0,-5,,無", ""]


def _fiscal_year(day) -> int:
    return day.year if day.month >= 4 else day.year - 1


def _counted(count: dict, events: list[dict]) -> dict[int, int]:
    """Participants per fiscal year of the events an indicator counts, read from the event files."""
    found: dict[int, int] = {}
    for event in events:
        changes = (event.get("repeat") or {}).get("changes") or []
        held = [(event["start_date"], event.get("participants"))] + [
            (c.get("moved_to", c["date"]), c.get("participants")) for c in changes if c["date"] <= dt.date.fromisoformat(TODAY)]
        for day, participants in held:
            year = _fiscal_year(day)
            if event["kind"] in count["event_kinds"] and participants is not None and year >= count["first_year"]:
                found[year] = found.get(year, 0) + participants
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
