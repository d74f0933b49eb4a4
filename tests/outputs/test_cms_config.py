"""The form editor's configuration (admin/config.yml) agrees with the models the validator uses: one
collection per registered kind, one widget per field, the same required fields, languages, vocabularies,
references, patterns and help texts."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest
import yaml
from pydantic_core import PydanticCustomError

from tsunagu.load.catalog import load_catalog
from tsunagu.load.siteconfig import load_site_config
from tsunagu.model.fields import REF_MARK, VOCABULARY_MARK, LocalText, _time
from tsunagu.model.kinds import KINDS, record_kinds
from tsunagu.model.models import Record, Site, _lg_code
from tsunagu.outputs.admin import admin_files, missing, repository
from tsunagu.outputs.cms_config import ID_FIELD, Backend, FormSite, cms_config, field_order

ROOT = Path(__file__).resolve().parents[2]
SITE = load_site_config(ROOT / "mkdocs.yml")
CATALOG = load_catalog(SITE.tsunagu.data_dir, ROOT, SITE.locales)
BACKEND = Backend("example/tsunagu")
TIMES = ["00:00", "9:05", "09:05", "23:59", "24:00", "25:00", "12:60", "1200", "12:5", "noon", ""]
LG_CODES = ["011002", "131016", "01100", "0110020", "01100a", ""]


def form_site() -> FormSite:
    labels = {kind.name: kind.plural for kind in record_kinds()}
    return FormSite(SITE.locales, CATALOG.vocabularies, labels)


def collections() -> dict[str, dict]:
    return {collection["name"]: collection for collection in cms_config(form_site(), BACKEND)["collections"]}


def fields_of(collection: dict) -> dict[str, dict]:
    fields = collection["fields"] if "fields" in collection else collection["files"][0]["fields"]
    return {field["name"]: field for field in fields}


def accepts(validator, value: str) -> bool:
    try:
        validator(value)
    except PydanticCustomError:
        return False
    return True


def marks(model, name: str) -> dict:
    """The JSON Schema of one field, without its null alternative, its items for a list."""
    node = model.model_json_schema()["properties"][name]
    node = next((n for n in node.get("anyOf", ()) if n.get("type") != "null"), node)
    return node.get("items", node)


@pytest.mark.parametrize("kind", record_kinds(), ids=lambda kind: kind.name)
def test_each_kind_has_a_collection_of_its_folder_with_every_field_of_its_model(kind):
    collection = collections()[kind.name]
    assert collection["folder"] == f"data/{kind.folder}" and collection["extension"] == "yml"
    assert list(fields_of(collection)) == [ID_FIELD, *field_order(kind.model)]
    assert set(field_order(kind.model)) == set(kind.model.model_fields)
    assert field_order(kind.model)[-len(Record.model_fields):] == list(Record.model_fields)


@pytest.mark.parametrize("model", [kind.model for kind in record_kinds()] + [Site], ids=lambda m: m.__name__)
def test_required_fields_help_texts_and_languages_are_the_models(model):
    collection = collections()["site" if model is Site else next(k.name for k in record_kinds() if k.model is model)]
    fields = fields_of(collection)
    for name, info in model.model_fields.items():
        field = fields[name]
        assert field["required"] == info.is_required(), name
        assert field["hint"] == info.description, name
        if info.annotation in (LocalText, LocalText | None):
            entries = {entry["name"]: entry["required"] for entry in field["fields"]}
            assert entries == {loc.code: info.is_required() and loc.default for loc in SITE.locales}, name


@pytest.mark.parametrize("kind", record_kinds(), ids=lambda kind: kind.name)
def test_references_are_relations_and_codes_are_selects_with_labels(kind):
    fields = fields_of(collections()[kind.name])
    for name in kind.model.model_fields:
        node, field = marks(kind.model, name), fields[name]
        if REF_MARK in node:
            target = KINDS[node[REF_MARK]]
            assert (field["widget"], field["collection"]) == ("relation", target.name), name
            assert field["display_fields"] == [f"{target.title_field}.ja"]
        if VOCABULARY_MARK in node:
            entries = CATALOG.vocabularies[node[VOCABULARY_MARK]]
            assert field["widget"] == "select", name
            assert field["options"] == [{"label": e.label.root["ja"], "value": c} for c, e in entries.items()]
        if REF_MARK in node or VOCABULARY_MARK in node:
            assert field.get("multiple", False) == (typing.get_origin(kind.model.model_fields[name].annotation) is list)


def test_the_sample_references_and_vocabularies_are_covered():
    fields = fields_of(collections()["event"])
    assert fields["venue"]["widget"] == "relation" and fields["organizers"]["multiple"] is True
    assert fields_of(collections()["term"])["see_also"]["collection"] == "term"
    assert fields_of(collections()["group"])["npo_fields"]["options"][0] == {"label": CATALOG.label(
        "npo_fields", 1).root["ja"], "value": 1}


def test_time_fields_accept_exactly_the_times_the_validator_accepts():
    fields = fields_of(collections()["event"])
    for name in ("start_time", "end_time"):
        pattern = re.compile(fields[name]["pattern"][0])
        assert [t for t in TIMES if pattern.search(t)] == [t for t in TIMES if accepts(_time, t)]
    assert accepts(_time, "23:59") and not accepts(_time, "25:00")


def test_lg_code_takes_six_digits_as_the_validator_does():
    pattern = re.compile(fields_of(collections()["site"])["lg_code"]["pattern"][0])
    assert [c for c in LG_CODES if pattern.search(c)] == ["011002", "131016"]
    assert accepts(_lg_code, "011002") and not accepts(_lg_code, "01100")


def test_dates_are_days_in_the_validators_format():
    fields = fields_of(collections()["event"])
    for name in ("start_date", "end_date", "updated"):
        assert (fields[name]["widget"], fields[name]["format"], fields[name]["time_format"]) == \
               ("datetime", "YYYY-MM-DD", False)
    assert fields["end_date"]["default"] == "" and "default" not in fields["start_date"]


def test_saves_go_through_review_and_a_new_file_gets_its_schema_line():
    config = cms_config(form_site(), BACKEND)
    assert config["publish_mode"] == "editorial_workflow" and config["locale"] == "ja"
    assert config["backend"] == {"name": "github", "repo": "example/tsunagu", "branch": "main"}
    first = collections()["event"]["fields"][1]
    assert first["comment"] == "yaml-language-server: $schema=../../schemas/event.schema.json"


def test_a_kind_added_to_the_registry_gets_its_collection(monkeypatch):
    monkeypatch.setitem(KINDS, "notice", KINDS["venue"].__class__("notice", KINDS["venue"].model, folder="notices",
                                                                  dataset="notices", plural="notices"))
    assert collections()["notice"]["folder"] == "data/notices"


def test_the_repository_is_the_one_a_github_pages_address_names():
    assert repository("https://example.github.io/tsunagu/", None) == "example/tsunagu"
    assert repository("https://www.city.example.jp/", None) is None
    assert repository("https://www.city.example.jp/", "city/site") == "city/site"


def test_without_npm_packages_admin_is_left_out_and_says_why(tmp_path):
    assert "make install" in missing(tmp_path)
    assert missing(ROOT) is None


def test_the_admin_files_are_the_page_the_configuration_the_format_and_the_cms():
    files = {f.path: f.content for f in admin_files(ROOT, form_site(), BACKEND, {"title": "<編集>", "noscript": "JS"})}
    assert {"admin/index.html", "admin/config.yml", "admin/tsunagu-cms.js", "admin/decap-cms.js",
            "admin/yaml/index.js"} <= set(files)
    assert not [path for path in files if path.endswith(".map")]
    page = files["admin/index.html"].decode()
    assert '<html lang="ja">' in page and "<title>&lt;編集&gt;</title>" in page
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert yaml.safe_load(files["admin/config.yml"]) == cms_config(form_site(), BACKEND)


def test_a_list_of_parts_is_a_list_of_their_fields():
    actuals = fields_of(collections()["indicator"])["actuals"]
    assert actuals["widget"] == "list"
    assert {part["name"]: part["required"] for part in actuals["fields"]} == {"fiscal_year": True, "value": True}
    assert next(p for p in actuals["fields"] if p["name"] == "fiscal_year")["value_type"] == "int"


def test_an_optional_groups_parts_are_optional_in_the_form_and_its_lists_of_parts_start_empty():
    """Decap checks an object's fields even when the object is left empty, and starts a list of parts with one
    item where a part has a default: an event without a contact or a repeat block could not be saved."""
    fields = fields_of(collections()["event"])
    contact, repeat = fields_of(fields["contact"]), fields_of(fields["repeat"])
    assert not fields["contact"]["required"] and not contact["name"]["required"]
    assert not any(language["required"] for language in contact["name"]["fields"])
    assert not fields["repeat"]["required"] and not repeat["every"]["required"]
    assert repeat["changes"]["default"] == [] and fields_of(repeat["changes"])["date"]["required"]
    assert fields_of(collections()["indicator"])["actuals"]["default"] == []
