"""``tsunagu new``: new records have every field, validate, and refuse bad or taken ids."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from tsunagu.load.catalog import load_catalog
from tsunagu.model.kinds import KINDS
from tsunagu.cli.scaffold import ScaffoldError, new_record
from tsunagu.load.siteconfig import load_site_config
from tsunagu.load.yamlsource import read_yaml

ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_new_record_validates(minimal, kind):
    site = load_site_config(minimal / "mkdocs.yml")
    path = new_record(site, kind, "atarashii-1", DAY)
    catalog = load_catalog(site.tsunagu.data_dir, minimal, site.locales)
    record = catalog.records(kind)
    assert record["atarashii-1"].updated == DAY
    source, problems = read_yaml(path, path.name)
    schema_name = path.read_text("utf-8").splitlines()[0].split("$schema=../../schemas/")[1]
    schema = json.loads((ROOT / "schemas" / schema_name).read_text("utf-8"))
    assert schema_name == f"{kind}.schema.json"
    data = json.loads(json.dumps(source.data, default=str))
    assert list(Draft202012Validator(schema).iter_errors(data)) == []


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_field_is_present_and_explained(minimal, kind):
    site = load_site_config(minimal / "mkdocs.yml")
    text = new_record(site, kind, "atarashii", DAY).read_text("utf-8")
    lines = text.splitlines()
    for name, field in KINDS[kind].model.model_fields.items():
        written = [i for i, line in enumerate(lines) if line.lstrip("# ").startswith(f"{name}:")]
        assert written, f"{kind}: {name} is missing"
        assert lines[written[0] - 1] == f"# {field.description}", f"{kind}: {name} has no explanation"


def test_every_language_is_offered(minimal):
    site = load_site_config(minimal / "mkdocs.yml")
    text = new_record(site, "venue", "atarashii", DAY).read_text("utf-8")
    assert "name:\n  ja: （会場名）\n  # ja-easy:\n  # en:\n# " in text


def test_event_uses_an_existing_venue(minimal):
    site = load_site_config(minimal / "mkdocs.yml")
    assert "\nvenue: hall\n" in new_record(site, "event", "atarashii", DAY).read_text("utf-8")


def test_event_without_venues_is_online(minimal):
    (minimal / "data/venues/hall.yml").unlink()
    (minimal / "data/events/koza.yml").unlink()
    site = load_site_config(minimal / "mkdocs.yml")
    new_record(site, "event", "atarashii", DAY)
    assert load_catalog(site.tsunagu.data_dir, minimal, site.locales).events["atarashii"].online_url


def test_refuses_an_existing_id(minimal):
    site = load_site_config(minimal / "mkdocs.yml")
    before = (minimal / "data/groups/sakura.yml").read_bytes()
    with pytest.raises(ScaffoldError) as caught:
        new_record(site, "group", "sakura", DAY)
    assert str(caught.value) == "data/groups/sakura.yml already exists"
    assert (minimal / "data/groups/sakura.yml").read_bytes() == before


@pytest.mark.parametrize("bad_id", ["Sakura", "sakura cho", "sakura--cho", "-sakura", "さくら", "../escape", ""])
def test_refuses_an_id_that_is_not_a_slug(minimal, bad_id):
    site = load_site_config(minimal / "mkdocs.yml")
    with pytest.raises(ScaffoldError) as caught:
        new_record(site, "term", bad_id, DAY)
    assert str(caught.value) == f'"{bad_id}" is not a valid id (lowercase letters, digits and single hyphens)'
    assert sorted(p.name for p in (minimal / "data/glossary").iterdir()) == ["kyodo.yml", "npo.yml"]
