"""Open data as JSON: every record, texts in every language, no private contact."""

from __future__ import annotations

import json

import pytest
import yaml

from conftest import ROOT
from hostile_site import HOSTILE, PRIVATE_EMAIL, PRIVATE_PHONE, hostile_site

FILES = {"events": "events", "groups": "groups", "venues": "venues", "glossary": "glossary", "support": "support"}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return hostile_site(tmp_path_factory.getbasetemp() / "hostile")


def load(site, name) -> dict:
    return json.loads((site / "opendata" / f"{name}.json").read_text("utf-8"))


def test_each_file_holds_every_record_with_the_licence(sample_site):
    site_data = yaml.safe_load((ROOT / "data/site.yml").read_text("utf-8"))
    for name, folder in FILES.items():
        document = load(sample_site, name)
        assert document["license"] == site_data["license"]
        assert document["publisher"]["lg_code"] == site_data["lg_code"]
        assert [r["id"] for r in document["records"]] == sorted(p.stem for p in (ROOT / "data" / folder).glob("*.yml"))


def test_records_match_their_files(sample_site):
    events = {r["id"]: r for r in load(sample_site, "events")["records"]}
    for path in (ROOT / "data/events").glob("*.yml"):
        record = yaml.safe_load(path.read_text("utf-8"))
        assert events[path.stem]["title"] == record["title"]
        assert events[path.stem]["start_date"] == str(record["start_date"])
        assert events[path.stem]["pages"]["ja"] == f"https://example.github.io/tsunagu/events/{path.stem}/"


def test_support_programmes_hold_their_window_and_amount(sample_site):
    published = {r["id"]: r for r in load(sample_site, "support")["records"]}
    for path in (ROOT / "data/support").glob("*.yml"):
        record = yaml.safe_load(path.read_text("utf-8"))
        found = published[path.stem]
        assert found["title"] == record["title"] and found["applicants"] == record["applicants"]
        assert found["amount"].get("max_yen") == record["amount"].get("max_yen")
        closes = record["application"].get("closes")
        assert found["application"].get("closes") == (str(closes) if closes else None)
        assert found["pages"]["en"] == f"https://example.github.io/tsunagu/en/support/{path.stem}/"


def test_only_public_contacts_are_published(sample_site):
    groups = {r["id"]: r for r in load(sample_site, "groups")["records"]}
    for path in (ROOT / "data/groups").glob("*.yml"):
        contact = yaml.safe_load(path.read_text("utf-8")).get("contact") or {}
        assert ("contact" in groups[path.stem]) == bool(contact.get("public")), path.stem


def test_hostile_text_round_trips_and_private_contact_is_absent(hostile):
    events = {r["id"]: r for r in load(hostile, "events")["records"]}
    assert events["hostile"]["title"]["ja"] == HOSTILE
    text = (hostile / "opendata/groups.json").read_text("utf-8")
    assert PRIVATE_PHONE not in text and PRIVATE_EMAIL not in text
