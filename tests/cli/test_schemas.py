"""The JSON Schemas editors use agree with the validator on the sample data and the bad fixtures."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import copy_minimal
from jsonschema import Draft202012Validator

from tsunagu.cli.schemas import vocabulary_codes
from tsunagu.model.schemas import build_schemas, schema_models
from tsunagu.load.siteconfig import load_site_config
from tsunagu.load.yamlsource import read_yaml

ROOT = Path(__file__).resolve().parents[2]
BAD = Path(__file__).parents[1] / "fixtures" / "bad"
MINIMAL = Path(__file__).parents[1] / "fixtures" / "minimal"
SCHEMA_LINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")
DATA_FILES = sorted((ROOT / "data").rglob("*.yml"))

# Bad fixtures the schema cannot catch, and why: the validator alone sees them.
VALIDATOR_ONLY = {
    "events/end-before-start.yml": "compares two fields (end_date before start_date)",
    "events/venue-and-online.yml": "a rule across two fields (exactly one of venue and online_url)",
    "events/no-place.yml": "a rule across two fields (exactly one of venue and online_url)",
    "events/unknown-references.yml": "refers to other files (ids of venues and groups)",
    "glossary/unknown-see-also.yml": "refers to other files (ids of terms)",
    "groups/npo-without-fields.yml": "a rule across two fields (kind npo needs npo_fields)",
    "site/wrong-check-digit.yml": "an arithmetic check (the check digit of lg_code)",
    "site/prefecture-mismatch.yml": "a rule across two fields (the prefecture that lg_code names)",
    "support/closes-before-opens.yml": "compares two fields (closes before opens)",
}
# Bad fixtures the safe reader refuses before any schema applies (editors' tools read them differently).
READER_ONLY = {
    "events/unsafe-tag.yml": "YAML tags are a reader matter",
    "events/alias-bomb.yml": "aliases are refused while reading",
    "events/tab-indent.yml": "not valid YAML at all",
    "events/shift-jis.yml": "not UTF-8 text",
    "events/deep-nesting.yml": "nesting is limited while reading",
    "events/duplicate-key.yml": "duplicate keys are found while reading",
}
SCHEMA_OF_FOLDER = {"events": "event", "groups": "group", "glossary": "term", "venues": "venue", "site": "site",
                    "support": "support"}


def as_json(value):
    """Data as yaml-language-server sees it: dates are text, keys are text."""
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def validator(schema_path: Path) -> Draft202012Validator:
    schema = json.loads(schema_path.read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_errors(path: Path, schema_path: Path) -> list[str]:
    source, problems = read_yaml(path, path.name)
    assert source is not None, problems
    return [error.message for error in validator(schema_path).iter_errors(as_json(source.data))]


def test_committed_schemas_are_up_to_date():
    site = load_site_config(ROOT / "mkdocs.yml")
    schemas = build_schemas(site.locales, vocabulary_codes(site.tsunagu.data_dir))
    assert sorted(schemas) == sorted(schema_models())
    for name, schema in schemas.items():
        assert json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text("utf-8")) == schema, name


def test_descriptions_are_in_japanese_and_english():
    schema = json.loads((ROOT / "schemas/event.schema.json").read_text("utf-8"))
    assert schema["properties"]["start_date"]["description"] == "開始日 / Start date"
    assert all(" / " in prop["description"] for prop in schema["properties"].values())


def test_languages_and_codes_come_from_the_site(tmp_path):
    site = load_site_config(MINIMAL / "mkdocs.yml")
    schemas = build_schemas(site.locales, vocabulary_codes(MINIMAL / "data"))
    local_text = schemas["group"]["$defs"]["LocalText"]
    assert list(local_text["properties"]) == list(site.locales.codes)
    assert local_text["required"] == [site.locales.default.code]
    assert schemas["group"]["properties"]["kind"]["enum"] == ["neighborhood_association", "npo"]
    assert schemas["group"]["properties"]["npo_fields"]["items"]["enum"] == [1, 2]


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.relative_to(ROOT / "data").as_posix())
def test_every_sample_file_names_its_schema_and_validates(path):
    first = path.read_text("utf-8").splitlines()[0]
    match = SCHEMA_LINE.match(first)
    assert match, f"{path.name}: the first line does not name a schema"
    schema_path = (path.parent / match[1]).resolve()
    assert schema_path.parent == ROOT / "schemas" and schema_path.exists()
    assert schema_errors(path, schema_path) == []


def bad_fixtures() -> list[str]:
    return sorted(p.relative_to(BAD).as_posix() for p in BAD.rglob("*.yml"))


@pytest.mark.parametrize("fixture", bad_fixtures())
def test_schema_and_validator_agree_on_bad_fixtures(fixture):
    """Every bad fixture fails the validator (tests/test_catalog.py); the schema must fail it
    too, except where only the validator can know (VALIDATOR_ONLY) or the reader refuses it."""
    if fixture in READER_ONLY:
        source, problems = read_yaml(BAD / fixture, fixture)
        assert problems, READER_ONLY[fixture]
        return
    schema = ROOT / "schemas" / f"{SCHEMA_OF_FOLDER[fixture.split('/')[0]]}.schema.json"
    errors = schema_errors(BAD / fixture, schema)
    if fixture in VALIDATOR_ONLY:
        assert errors == [], f"{fixture} is listed as validator-only ({VALIDATOR_ONLY[fixture]})"
    else:
        assert errors, f"the schema accepts {fixture}"


def test_minimal_fixture_validates_against_its_schemas():
    site = load_site_config(MINIMAL / "mkdocs.yml")
    schemas = build_schemas(site.locales, vocabulary_codes(MINIMAL / "data"))
    for folder, name in SCHEMA_OF_FOLDER.items():
        for path in [MINIMAL / "data/site.yml"] if folder == "site" else (MINIMAL / "data" / folder).glob("*.yml"):
            source, _ = read_yaml(path, path.name)
            checker = Draft202012Validator(schemas[name], format_checker=Draft202012Validator.FORMAT_CHECKER)
            assert [e.message for e in checker.iter_errors(as_json(source.data))] == [], path


def test_vocabulary_schemas_know_what_each_vocabulary_means():
    site = load_site_config(MINIMAL / "mkdocs.yml")
    schemas = build_schemas(site.locales, vocabulary_codes(MINIMAL / "data"))

    def errors(name: str, data: dict) -> list[str]:
        return [error.message for error in Draft202012Validator(schemas[name]).iter_errors(data)]

    comment = {"label": {"ja": "意見募集"}, "schema_type": None, "open_call": True}
    assert errors("event_kinds", {"public_comment": comment}) == []
    assert errors("group_kinds", {"npo": {"label": {"ja": "NPO法人"}, "schema_type": "NGO"}}) == []
    assert errors("group_kinds", {"npo": {"label": {"ja": "NPO法人"}, "schema_type": "Club"}})
    assert errors("group_kinds", {"npo": {"label": {"ja": "NPO法人"}, "open_call": True}})
    assert errors("vocabulary", {"kita": {"label": {"ja": "北地区"}, "schema_type": "Place"}})
    assert errors("vocabulary", {"kita": {"ja": "北地区"}}), "labels sit under label:"


def test_python_m_tsunagu_cli_schemas_writes_the_schemas(tmp_path):
    site = copy_minimal(tmp_path / "site")
    result = subprocess.run([sys.executable, "-m", "tsunagu.cli.schemas", "-f", str(site / "mkdocs.yml")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "wrote schemas/ui.schema.json" in result.stdout.splitlines()
    assert json.loads((site / "schemas/ui.schema.json").read_text("utf-8"))["additionalProperties"] == {"type": "string"}
