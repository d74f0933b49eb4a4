"""``tsunagu import``: every row of a city's file written or reported with its line, in every encoding
and as .xlsx; what is written passes ``tsunagu check``; hostile files write nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from city_site import FORMATS, IMPORT_FIXTURES, encoded, make_city, run, write_xlsx
from tsunagu.cli.checks import run_checks
from tsunagu.load.siteconfig import load_site_config
from tsunagu.load.yamlsource import read_yaml

OLD_LAYOUT = "「イベント一覧」（32項目の版、都道府県コード又は市区町村コード・NO…）"
FACILITIES = ("デジタル庁「自治体標準オープンデータセット」データ項目定義書「公共施設一覧」"
              "（24項目の版：都道府県コード又は市区町村コード・NO・都道府県名…備考）")
CURRENT = ("デジタル庁「自治体標準オープンデータセット」データ項目定義書「イベント一覧」"
           "（78項目の版：全国地方公共団体コード・法人番号・ID・地方公共団体名・イベント名・言語コード…備考）")


@pytest.fixture
def city(tmp_path) -> Path:
    return make_city(tmp_path / "city")


def given(name: str, fmt: str, city: Path) -> str:
    """The fixture ``name`` in ``fmt``, put in the site's folder ``in/``; its path as the report names it."""
    (city / "in").mkdir(exist_ok=True)
    return encoded(name, fmt, city / "in").relative_to(city).as_posix()


def records(city: Path, folder: str) -> list[str]:
    return sorted(p.name for p in (city / "data" / folder).glob("*.yml"))


def with_venue(city: Path) -> None:
    assert run("import", "venue", given("facilities.csv", "utf-8", city), cwd=city).exit_code == 1


def errors_of(city: Path) -> list[str]:
    result = run_checks(load_site_config(city / "mkdocs.yml"))
    return [str(f.problem) for f in result.findings if f.severity == "error"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_public_facilities_every_row_written_or_reported(city, fmt):
    path = given("facilities.csv", fmt, city)
    result = run("import", "venue", path, cwd=city)
    assert result.output.splitlines() == [
        f"{path}:1: note: read as {FACILITIES}",
        f"{path}:2: バリアフリー情報: note: not in data/vocabulary/accessibility.yml, left out: AED",
        f"{path}:3: 緯度: 130.95 is a longitude, not a latitude: are latitude and longitude swapped?",
        f"{path}:3: 経度: 33.96 is a latitude, not a longitude: are latitude and longitude swapped?",
        f"{path}:4: 緯度: is required",
        f"{path}:4: 経度: is required",
        f'{path}:5: URL: "公開終了" is not a web address (it must start with https:// or http://)',
        "imported 1 of 4 rows; 3 need a fix",
    ]
    assert result.exit_code == 1
    assert records(city, "venues") == ["venue-1.yml"]
    source, _ = read_yaml(city / "data/venues/venue-1.yml", "venue-1.yml")
    assert source.data == {
        "name": {"ja": "みなと公民館"}, "name_kana": "ミナトコウミンカン", "address": {"ja": "山口県下関市港町1-1"},
        "building": {"ja": "2階"}, "lat": 33.9575, "lon": 130.9411,
        "accessibility": ["wheelchair", "accessible_toilet", "nursing_room"], "phone": "083-222-3333",
        "open_days": {"ja": "火曜日から日曜日"}, "opens": "09:00", "closes": "21:00",
        "url": "https://example.jp/minato", "updated": __import__("datetime").date(2026, 11, 23)}
    assert errors_of(city) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_older_event_list_every_messy_cell_by_its_rule(city, fmt):
    with_venue(city)
    path = given("events_old.csv", fmt, city)
    result = run("import", "event", path, cwd=city)
    code = "都道府県コード又は市区町村コード"
    assert result.output.splitlines() == [
        f"{path}:1: note: read as {OLD_LAYOUT}",
        f'{path}:1: note: no イベント種類 column: every event takes the kind "other" (change it in data/events/ or add the column)',
        f'{path}:4: 開始日: note: "1月7日(火)" has no year: took 2025, the nearest year in which it is a 火曜日',
        f'{path}:5: {code}: note: "3.52012E+5" was shortened by Excel: read as 352012',
        f'{path}:5: 開始日: note: "11月3日(祝)(月)" has no year: took 2025, the nearest year in which it is a 月曜日',
        f'{path}:6: 開始日: "未定" is not a date (YYYY-MM-DD)',
        f'{path}:7: 開始日: "開催なし" is not a date (YYYY-MM-DD)',
        f'{path}:8: 開始日: "９月中旬" is not a date (YYYY-MM-DD)',
        f'{path}:9: 開始日: "10月(予定)" is not a date (YYYY-MM-DD)',
        f'{path}:10: 開始日: "2021-10-中旬" is not a date (YYYY-MM-DD)',
        f'{path}:11: URL: "公開終了" is not a web address (it must start with https:// or http://)',
        f"{path}:12: 緯度: 130.94 is a longitude, not a latitude: are latitude and longitude swapped?",
        f"{path}:12: 経度: 33.95 is a latitude, not a longitude: are latitude and longitude swapped?",
        f"{path}:13: 緯度: 10.5 is outside Japan (latitude 20 to 46)",
        f"{path}:13: 経度: 200 is outside Japan (longitude 122 to 154)",
        f'{path}:14: URL: "=HYPERLINK("https://example.jp/a","申込")" is a formula, not a value: '
        "paste the value instead (in Excel: Paste Special → Values)",
        f'{path}:15: NO: the ID "event-20" is also on {path}:16',
        f'{path}:16: NO: the ID "event-20" is also on {path}:15',
        f'{path}:17: NO: note: the ID "../../x" became the id "x"',
        f'{path}:18: {code}: note: "35201" had no check digit: read as 352012',
        "imported 6 of 17 rows; 11 need a fix",
    ]
    assert result.exit_code == 1
    assert records(city, "events") == ["event-1.yml", "event-14.yml", "event-2.yml", "event-3.yml", "event-4.yml",
                                       "x.yml"]
    assert errors_of(city) == []


def test_what_the_older_list_gives_lands_in_the_fields(city):
    with_venue(city)
    run("import", "event", given("events_old.csv", "cp932", city), cwd=city)
    bon, concert, new_year = (read_yaml(city / f"data/events/event-{n}.yml", "x")[0].data for n in (1, 2, 3))
    assert bon == {"kind": "other", "title": {"ja": "盆踊り大会", "en": "Bon Dance"}, "title_kana": "ボンオドリタイカイ",
                   "description": {"ja": "どなたでも参加できます。"}, "start_date": __import__("datetime").date(2024, 8, 15),
                   "start_time": "18:00", "end_time": "21:00", "venue": "venue-1",
                   "contact": {"name": {"ja": "市民協働課"}, "phone": "083-231-1111"}, "fee": 0,
                   "updated": __import__("datetime").date(2026, 11, 23)}
    assert (concert["title_kana"], concert["fee"], concert["start_time"], concert["end_time"]) == (
        "アキノコンサート", 1300, "00:00", "23:59")
    assert (str(new_year["start_date"]), new_year["fee"]) == ("2025-01-07", 4000)
    assert not (city.parent / "x.yml").exists() and (city / "data/events/x.yml").exists()


def test_the_current_edition_merges_languages_and_reads_online_events(city):
    with_venue(city)
    path = given("events_current.csv", "utf-8", city)
    result = run("import", "event", path, cwd=city)
    assert result.output.splitlines() == [
        f"{path}:1: note: read as {CURRENT}",
        f"{path}:2: 場所名称: note: data/venues/venue-1.yml lacks name.en that this file gives: give --update to add them",
        f'{path}:7: ID: the ID "bazaar" is also on {path}:8',
        f'{path}:8: ID: the ID "bazaar" is also on {path}:7',
        f'{path}:9: 言語コード: "fr" is not one of the site\'s languages (ja, ja-easy, en)',
        f'{path}:10: イベント種類: "運動会" is not a code or label of data/vocabulary/event_kinds.yml',
        "imported 3 of 7 rows; 4 need a fix",
    ]
    science = read_yaml(city / "data/events/kodomo-kagaku.yml", "x")[0].data
    assert science["description"] == {"ja": "身近な材料で実験をします。\n小学生が対象です。",
                                      "en": "Experiments with everyday materials.\nFor primary school children."}
    assert science["registration"] == {"deadline": __import__("datetime").date(2026, 11, 30), "required": True,
                                       "method": {"ja": "電話で申込", "en": "Register by phone"}}
    assert (science["kind"], science["venue"], science["capacity"], science["audience"]) == (
        "lecture", "venue-1", 20, {"ja": "小学生", "en": "Primary school children"})
    online = read_yaml(city / "data/events/online-seminar.yml", "x")[0].data
    assert (online["online_url"], "venue" in online, "registration" in online, "fee_note" in online) == (
        "https://example.jp/meet", False, False, False)
    assert errors_of(city) == []


def test_with_update_an_event_list_gives_its_venue_the_texts_it_lacks(city):
    with_venue(city)
    path = given("events_current.csv", "utf-8", city)
    result = run("import", "event", path, "--update", cwd=city)
    assert f"{path}:2: 場所名称: note: data/venues/venue-1.yml: added name.en" in result.output.splitlines()
    venue = read_yaml(city / "data/venues/venue-1.yml", "x")[0].data
    assert venue["name"] == {"ja": "みなと公民館", "en": "Minato Community Hall"}
    assert errors_of(city) == []


def test_a_contact_in_our_own_groups_table_stays_public(city):
    (city / "in").mkdir()
    (city / "in/groups.csv").write_text(
        "全国地方公共団体コード,ID,団体名,団体名_カナ,種類,活動地区,紹介,説明,連絡先名称,連絡先電話番号\n"
        "352012,minato,みなと町内会,ミナトチョウナイカイ,自治会・町内会,市内全域,港町の町内会です。,清掃をしています。,会長,083-000-0001\n",
        "utf-8")
    result = run("import", "group", "in/groups.csv", cwd=city)
    assert result.output.splitlines()[-1] == "imported 1 of 1 rows; 0 need a fix", result.output
    group = read_yaml(city / "data/groups/minato.yml", "x")[0].data
    assert group["contact"] == {"name": {"ja": "会長"}, "phone": "083-000-0001", "public": True}


def test_an_existing_record_is_replaced_only_with_update(city):
    path = given("facilities.csv", "utf-8", city)
    run("import", "venue", path, cwd=city)
    again = run("import", "venue", path, cwd=city)
    assert f"{path}:2: NO: data/venues/venue-1.yml exists: give --update to replace it" in again.output.splitlines()
    assert again.output.splitlines()[-1] == "imported 0 of 4 rows; 4 need a fix"
    assert run("import", "venue", path, "--update", cwd=city).output.splitlines()[-1] == "imported 1 of 4 rows; 3 need a fix"


def test_a_dry_run_writes_nothing(city):
    before = sorted(p.relative_to(city) for p in city.rglob("*"))
    result = run("import", "venue", given("facilities.csv", "utf-8", city), "--dry-run", cwd=city)
    assert result.output.splitlines()[-2:] == ["dry run: nothing was written", "imported 1 of 4 rows; 3 need a fix"]
    assert sorted(p.relative_to(city) for p in city.rglob("*") if "in" not in p.relative_to(city).parts) == \
        [p for p in before if "in" not in p.parts]


def test_a_file_whose_rows_all_land_exits_0(city):
    (city / "in").mkdir()
    rows = (IMPORT_FIXTURES / "facilities.csv").read_text("utf-8").splitlines()[:2]
    (city / "in/ok.csv").write_text("\n".join(rows) + "\n", "utf-8")
    result = run("import", "venue", "in/ok.csv", cwd=city)
    assert (result.exit_code, result.output.splitlines()[-1]) == (0, "imported 1 of 1 rows; 0 need a fix")


def test_json_and_github_formats(city):
    path = given("facilities.csv", "utf-8", city)
    report = json.loads(run("import", "venue", path, "--dry-run", "--format", "json", cwd=city).output)
    assert (report["imported"], report["rows"], report["need_fix"], report["dry_run"]) == (1, 4, 3, True)
    assert report["findings"][2] == {"severity": "error", "path": path, "line": 3, "column": "緯度",
                                     "message": "130.95 is a longitude, not a latitude: are latitude and longitude swapped?"}
    github = run("import", "venue", path, "--dry-run", "--format", "github", cwd=city).output.splitlines()
    assert github[4] == f"::error file={path},line=4::緯度: is required"
    assert github[1] == f"::notice file={path},line=2::バリアフリー情報: not in data/vocabulary/accessibility.yml, left out: AED"


def test_a_city_list_needs_a_mapping_file(city):
    path = given("groups.csv", "xlsx", city)
    plain = run("import", "group", path, cwd=city)
    assert plain.output.splitlines() == [
        f"{path}:1: the columns are not a layout Tsunagu knows for group (group table): "
        "give a mapping file (--mapping; see tsunagu import group --help)",
        "imported 0 of 0 rows; 0 need a fix"]
    assert plain.exit_code == 1
    mapped = run("import", "group", path, "--mapping", str(IMPORT_FIXTURES / "groups-mapping.yml"), cwd=city)
    assert mapped.output.splitlines() == [
        f"{path}:1: note: read as mapping groups-mapping.yml",
        f"{path}:3: 活動地区: note: not in data/vocabulary/areas.yml, left out: 東地区",
        f"{path}:3: 活動地区: is required",
        "imported 1 of 2 rows; 1 need a fix"]
    group = read_yaml(city / "data/groups/minato-chounai-kai.yml", "x")[0].data
    assert (group["kind"], group["name_kana"], group["areas"], group["contact"]) == (
        "neighborhood_association", "ミナトチョウナイカイ", ["citywide"], {"phone": "083-000-0001"})
    assert errors_of(city) == []


def test_the_help_of_a_kind_lists_its_fields():
    result = run("import", "group", "--help", cwd=Path.cwd())
    lines = result.output.splitlines()
    assert "    name *  (text; a text per language (language: en)) 団体名 / Name of the group" in lines
    assert "    contact.phone  (phone) 電話番号（引用符で囲む） / Phone number (in quotes)" in lines
    assert "    areas *  (vocab; codes of data/vocabulary/areas.yml) 活動地区（areas.yml のコード） / Areas (codes from areas.yml)" in lines
