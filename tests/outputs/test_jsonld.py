"""JSON-LD on generated pages: parse every block back; hostile text cannot leave the script."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
import yaml

from conftest import ROOT
from hostile_site import HOSTILE, hostile_site
from tsunagu.outputs.jsonld import script_text


class _Scripts(HTMLParser):
    """Collects the text of every JSON-LD script element, as a browser would cut it."""

    def __init__(self):
        super().__init__()
        self.blocks, self._inside = [], False

    def handle_starttag(self, tag, attrs):
        self._inside = tag == "script" and ("type", "application/ld+json") in attrs
        if self._inside:
            self.blocks.append("")

    def handle_endtag(self, tag):
        self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.blocks[-1] += data


def json_ld(page) -> list[dict]:
    parser = _Scripts()
    parser.feed(page.read_text("utf-8"))
    return [json.loads(block) for block in parser.blocks]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return hostile_site(tmp_path_factory.getbasetemp() / "hostile")


def test_every_json_ld_block_parses(sample_site):
    found = [block for page in sample_site.rglob("*.html") for block in json_ld(page)]
    assert found
    assert all(block["@context"] == "https://schema.org" for block in found)


def test_event_pages_carry_event_markup_except_public_comment(sample_site):
    for path in (ROOT / "data/events").glob("*.yml"):
        record = yaml.safe_load(path.read_text("utf-8"))
        blocks = json_ld(sample_site / "events" / path.stem / "index.html")
        if record["kind"] == "public_comment":
            assert blocks == [], path.stem
            continue
        (event,) = blocks
        assert event["@type"] == "Event" and event["name"] == record["title"]["ja"]
        assert event["startDate"].startswith(str(record["start_date"]))
        assert event["eventStatus"].endswith({"scheduled": "EventScheduled", "cancelled": "EventCancelled",
                                              "postponed": "EventPostponed"}[record.get("status", "scheduled")])
        online = "online_url" in record
        assert event["eventAttendanceMode"].endswith("OnlineEventAttendanceMode" if online else "OfflineEventAttendanceMode")
        assert event["location"]["@type"] == ("VirtualLocation" if online else "Place")
        assert event["isAccessibleForFree"] == (record.get("fee", 0) == 0)
        assert event["offers"]["price"] == record.get("fee", 0)
        assert event["organizer"] and event["inLanguage"] == "ja"


def test_easy_japanese_pages_name_their_language(sample_site):
    for page in (sample_site / "ja-easy/events").glob("*/index.html"):
        for block in json_ld(page):
            assert block["inLanguage"] == "ja-x-easy"


def test_group_and_term_pages(sample_site):
    for path in (ROOT / "data/groups").glob("*.yml"):
        (block,) = json_ld(sample_site / "groups" / path.stem / "index.html")
        assert block["@type"] in ("Organization", "NGO")
        contact = yaml.safe_load(path.read_text("utf-8")).get("contact") or {}
        assert ("contactPoint" in block) == bool(contact.get("public"))
    for path in (ROOT / "data/glossary").glob("*.yml"):
        (block,) = json_ld(sample_site / "glossary" / path.stem / "index.html")
        assert block["@type"] == "DefinedTerm" and block["inDefinedTermSet"]["@type"] == "DefinedTermSet"
    (glossary,) = json_ld(sample_site / "glossary/index.html")
    assert len(glossary["hasDefinedTerm"]) == len(list((ROOT / "data/glossary").glob("*.yml")))


def test_hostile_text_stays_inside_the_script(hostile):
    for kind, folder in (("Event", "events"), ("Organization", "groups"), ("DefinedTerm", "glossary")):
        page = hostile / folder / "hostile" / "index.html"
        raw = page.read_text("utf-8")
        assert "<!-- =cmd" not in raw and "</script><!--" not in raw, "hostile text left its element"
        (block,) = json_ld(page)
        assert block["@type"] == kind and block["name"] == HOSTILE


def test_script_text_escapes_markup():
    text = script_text({"name": "</script><!-- & >"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"name": "</script><!-- & >"}
