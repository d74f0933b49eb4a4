"""Loading and validating the data: every bad input is named with file, line, field and message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tsunagu.load.catalog import load_catalog
from tsunagu.model.errors import DataError
from tsunagu.load.siteconfig import load_site_config

BAD = Path(__file__).parents[1] / "fixtures" / "bad"

EXPECTED = {
    "events/impossible-date.yml": [
        'data/events/impossible-date.yml:5: start_date: "2026-02-30" is not a date (YYYY-MM-DD)'],
    "events/end-before-start.yml": [
        "data/events/end-before-start.yml:6: end_date: 2026-12-01 is before start_date 2026-12-05"],
    "events/unknown-references.yml": [
        'data/events/unknown-references.yml:6: venue: there is no venue with the id "nowhere"',
        'data/events/unknown-references.yml:7: organizers[1]: there is no group with the id "nobody"'],
    "events/unknown-field.yml": [
        "data/events/unknown-field.yml:1: title: is required",
        'data/events/unknown-field.yml:2: titel: is not a known field (did you mean "title"?)'],
    "events/venue-and-online.yml": [
        "data/events/venue-and-online.yml:6: venue: give either a venue or an online_url (exactly one)"],
    "events/no-place.yml": [
        "data/events/no-place.yml:1: venue: give either a venue or an online_url (exactly one)"],
    "events/bad-time.yml": [
        'data/events/bad-time.yml:6: start_time: "25:00" is not a time (HH:MM, 00:00 to 23:59)'],
    "events/script-url.yml": [
        'data/events/script-url.yml:6: online_url: "javascript:alert(1)" is not a web address '
        "(it must start with https:// or http://)"],
    "events/unsafe-tag.yml": [
        "data/events/unsafe-tag.yml:2: the YAML tag tag:yaml.org,2002:python/object/apply:os.system is not allowed"],
    "events/alias-bomb.yml": [
        "data/events/alias-bomb.yml:2: is not valid YAML: anchors and aliases (& and *) are not allowed"],
    "events/tab-indent.yml": [
        "data/events/tab-indent.yml:3: is not valid YAML: a tab is used for indentation; indent with spaces"],
    "events/shift-jis.yml": ["data/events/shift-jis.yml:2: is not UTF-8 text; save the file as UTF-8"],
    "events/deep-nesting.yml": ["data/events/deep-nesting.yml:2: nesting is deeper than 12 levels"],
    "events/duplicate-key.yml": ["data/events/duplicate-key.yml:7: start_date: appears twice (first on line 5)"],
    "events/repeat-no-date.yml": [
        "data/events/repeat-no-date.yml:9: repeat.every: the rule gives no date at all "
        "(check weekdays, day, until and what is left out)"],
    "events/repeat-until-before-start.yml": [
        "data/events/repeat-until-before-start.yml:11: repeat.until: 2026-11-30 is before start_date 2026-12-02"],
    "events/repeat-count-and-until.yml": [
        "data/events/repeat-count-and-until.yml:12: repeat.count: give count or until, not both"],
    "events/repeat-unknown-weekday.yml": [
        'data/events/repeat-unknown-weekday.yml:10: repeat.weekdays[1]: "thurs" is not a weekday (mon, tue, wed, thu, '
        'fri, sat, sun; for every: month with 1st, 2nd, 3rd, 4th, 5th or last before it, e.g. "2nd sun")'],
    "events/repeat-change-not-a-date.yml": [
        "data/events/repeat-change-not-a-date.yml:15: repeat.changes[1].date: 2027-02-15 is not a date of this "
        "activity (a change names a date the rule gives)"],
    "groups/npo-without-fields.yml": [
        "data/groups/npo-without-fields.yml:1: npo_fields: an NPO法人 needs at least one activity field (1 to 20)"],
    "groups/unknown-codes.yml": [
        'data/groups/unknown-codes.yml:1: kind: "club" is not in data/vocabulary/group_kinds.yml '
        "(neighborhood_association, npo)",
        "data/groups/unknown-codes.yml:2: name: unknown language fr; the site's languages are ja, ja-easy, en",
        'data/groups/unknown-codes.yml:3: name_kana: "くらぶ" must be written in full-width katakana',
        'data/groups/unknown-codes.yml:6: areas[0]: "minami" is not in data/vocabulary/areas.yml (kita)',
        'data/groups/unknown-codes.yml:7: contact.email: "not-an-email" is not an email address'],
    "glossary/unknown-see-also.yml": [
        'data/glossary/unknown-see-also.yml:4: see_also[1]: there is no term with the id "nothing-here"'],
    "venues/out-of-range.yml": ["data/venues/out-of-range.yml:3: lat: 135.0 must be 90 or less"],
    "support/closes-before-opens.yml": [
        "data/support/closes-before-opens.yml:10: application.closes: 2026-12-01 is before opens 2026-12-15"],
    "support/unknown-kind.yml": [
        'data/support/unknown-kind.yml:1: kind: "scholarship" is not in data/vocabulary/support_kinds.yml '
        "(allocation, award, grant, in_kind, loan, subsidy)"],
    "site/wrong-check-digit.yml": [
        'data/site.yml:3: lg_code: "131017" has a wrong check digit (the last digit should be 6)'],
    "site/not-six-digits.yml": [
        'data/site.yml:3: lg_code: "13101" is not a 6-digit 全国地方公共団体コード (write it in quotes)'],
    "site/prefecture-mismatch.yml": ["data/site.yml:2: prefecture: lg_code 011002 is in 北海道, not 東京都"],
}


def place(site_root: Path, fixture: str) -> Path:
    """Copy a bad fixture into the site's data folder, where an editor would have put it."""
    kind, name = fixture.split("/")
    target = site_root / "data" / ("site.yml" if kind == "site" else f"{kind}/{name}")
    target.parent.mkdir(exist_ok=True)
    shutil.copy(BAD / fixture, target)
    return target


def load(site_root: Path):
    site = load_site_config(site_root / "mkdocs.yml")
    return load_catalog(site.tsunagu.data_dir, site_root, site.locales)


def problems_of(site_root: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load(site_root)
    return [str(p) for p in caught.value.problems]


def write(site_root: Path, relative: str, text: str) -> None:
    (site_root / "data" / relative).write_text(text, "utf-8")


def test_every_fixture_has_expectations():
    assert sorted(EXPECTED) == sorted(p.relative_to(BAD).as_posix() for p in BAD.rglob("*.yml"))


def test_minimal_site_loads(minimal):
    catalog = load(minimal)
    assert sorted(catalog.groups) == ["hikari", "sakura"]
    assert catalog.events["koza"].start_time.isoformat() == "14:00:00"
    assert catalog.site.lg_code == "131016"


@pytest.mark.parametrize("fixture", sorted(EXPECTED))
def test_bad_input_is_named_exactly(minimal, fixture):
    place(minimal, fixture)
    assert problems_of(minimal) == EXPECTED[fixture]


def test_every_problem_is_listed_at_once(minimal):
    record_fixtures = [f for f in EXPECTED if not f.startswith("site/")]
    for fixture in [*record_fixtures, "site/wrong-check-digit.yml"]:
        place(minimal, fixture)
    expected = [line for f in [*record_fixtures, "site/wrong-check-digit.yml"] for line in EXPECTED[f]]
    assert sorted(problems_of(minimal)) == sorted(expected)


def test_report_counts_and_lists(minimal):
    place(minimal, "events/end-before-start.yml")
    place(minimal, "glossary/unknown-see-also.yml")
    with pytest.raises(DataError) as caught:
        load(minimal)
    assert caught.value.report() == (
        "2 problems in the site data:\n"
        "  data/events/end-before-start.yml:6: end_date: 2026-12-01 is before start_date 2026-12-05\n"
        '  data/glossary/unknown-see-also.yml:4: see_also[1]: there is no term with the id "nothing-here"')


def test_unquoted_time_is_read_as_written(minimal):
    text = (minimal / "data/events/koza.yml").read_text("utf-8").replace('"14:00"', "14:00").replace('"16:00"', "9:30")
    write(minimal, "events/koza.yml", text)
    assert problems_of(minimal) == ["data/events/koza.yml:7: end_time: 09:30 is not after start_time 14:00"]


def test_unquoted_lg_code_with_leading_zero_stays_text(minimal):
    text = (minimal / "data/site.yml").read_text("utf-8").replace('"131016"', "011002").replace("東京都", "北海道")
    write(minimal, "site.yml", text)
    assert load(minimal).site.lg_code == "011002"


@pytest.mark.parametrize("word", ["no", "on", "yes", "off"])
def test_yaml_1_1_booleans_stay_text(minimal, word):
    text = (minimal / "data/glossary/npo.yml").read_text("utf-8").replace("{ja: NPO法人, en: NPO}", f"{{ja: {word}}}")
    write(minimal, "glossary/npo.yml", text)
    assert load(minimal).terms["npo"].term.root == {"ja": word}


def test_bom_file_is_read(minimal):
    path = minimal / "data/venues/hall.yml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert load(minimal).venues["hall"].lat == 35.0


def test_duplicate_ids(minimal):
    shutil.copy(minimal / "data/groups/sakura.yml", minimal / "data/groups/sakura.yaml")
    assert problems_of(minimal) == [
        'data/groups/sakura.yml: the id "sakura" is used twice (also data/groups/sakura.yaml)']


def test_file_name_is_not_a_slug(minimal):
    shutil.copy(minimal / "data/groups/sakura.yml", minimal / "data/groups/Sakura_Cho.yml")
    assert problems_of(minimal) == ['data/groups/Sakura_Cho.yml: the file name "Sakura_Cho" is not a valid id '
                                    "(lowercase letters, digits and single hyphens)"]


def test_missing_default_language_text(minimal):
    write(minimal, "venues/hall.yml", (minimal / "data/venues/hall.yml").read_text("utf-8")
          .replace("{ja: 公民館, en: Community Hall}", "{en: Community Hall}"))
    assert problems_of(minimal) == ["data/venues/hall.yml:1: name: the ja text is required"]


def test_missing_vocabulary_and_site(minimal):
    (minimal / "data/vocabulary/areas.yml").unlink()
    (minimal / "data/site.yml").unlink()
    assert problems_of(minimal) == ["data/site.yml: the file is missing",
                                    "data/vocabulary/areas.yml: the vocabulary file is missing"]


def test_vocabulary_meanings_are_checked_where_they_are_written(minimal):
    write(minimal, "vocabulary/group_kinds.yml",
          "neighborhood_association: {label: {ja: 自治会}}\nnpo:\n  label: {ja: NPO法人}\n  schema_type: Club\n")
    write(minimal, "vocabulary/event_kinds.yml",
          "lecture: {label: {ja: 講座}, open_call: sometimes}\npublic_comment: {label: {ja: 意見募集}, schema_type: null}\n")
    write(minimal, "vocabulary/areas.yml", "kita:\n  label: {ja: 北地区}\n  schema_type: Place\n")
    assert problems_of(minimal) == [
        "data/vocabulary/areas.yml:3: kita.schema_type: is not a known field",
        'data/vocabulary/event_kinds.yml:1: lecture.open_call: "sometimes" is not true or false',
        "data/vocabulary/group_kinds.yml:4: npo.schema_type: \"Club\" is not one of 'Organization', 'NGO', "
        "'GovernmentOrganization', 'Corporation', 'LocalBusiness', 'EducationalOrganization', "
        "'SportsOrganization' or 'PerformingGroup'"]


def test_vocabulary_meanings_have_defaults(minimal):
    write(minimal, "vocabulary/event_kinds.yml", "lecture: {label: {ja: 講座}}\npublic_comment: {label: {ja: 意見募集}}\n")
    catalog = load(minimal)
    assert (catalog.event_kind("lecture").schema_type, catalog.event_kind("lecture").open_call) == ("Event", False)
    assert catalog.group_kind("npo").schema_type == "NGO" and catalog.call_kinds == frozenset()
    assert catalog.group_kind("neighborhood_association").schema_type == "Organization"
