"""JSON-LD on generated pages: parse every block back; hostile text cannot leave the script."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, build
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


def schema_types(data: Path, vocabulary: str, default: str | None) -> dict[str, str | None]:
    """The schema.org type the vocabulary gives each kind (``schema_type``, or the default)."""
    kinds = yaml.safe_load((data / "vocabulary" / f"{vocabulary}.yml").read_text("utf-8"))
    return {code: entry.get("schema_type", default) for code, entry in kinds.items()}


def test_every_json_ld_block_parses(sample_site):
    found = [block for page in sample_site.rglob("*.html") for block in json_ld(page)]
    assert found
    assert all(block["@context"] == "https://schema.org" for block in found)


def test_event_pages_carry_the_markup_of_their_kind(sample_site):
    types = schema_types(ROOT / "data", "event_kinds", "Event")
    assert None in types.values(), "the sample should have a kind that is not an event (a public comment)"
    for path in (ROOT / "data/events").glob("*.yml"):
        record = yaml.safe_load(path.read_text("utf-8"))
        blocks = json_ld(sample_site / "events" / path.stem / "index.html")
        if types[record["kind"]] is None:
            assert blocks == [], path.stem
            continue
        (event,) = blocks
        assert event["name"] == record["title"]["ja"]
        if "repeat" in record:  # a regular activity: its rule, and its next dates as events of its kind
            assert event["@type"] == "EventSeries" and event["eventSchedule"]["@type"] == "Schedule"
            assert event["subEvent"] and {sub["@type"] for sub in event["subEvent"]} == {types[record["kind"]]}
            assert event["startDate"][:10] == event["eventSchedule"]["startDate"] >= str(record["start_date"])
        else:
            assert event["@type"] == types[record["kind"]]
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
    types = schema_types(ROOT / "data", "group_kinds", "Organization")
    for path in (ROOT / "data/groups").glob("*.yml"):
        (block,) = json_ld(sample_site / "groups" / path.stem / "index.html")
        record = yaml.safe_load(path.read_text("utf-8"))
        assert block["@type"] == types[record["kind"]]
        contact = record.get("contact") or {}
        assert ("contactPoint" in block) == bool(contact.get("public"))
    for path in (ROOT / "data/glossary").glob("*.yml"):
        (block,) = json_ld(sample_site / "glossary" / path.stem / "index.html")
        assert block["@type"] == "DefinedTerm" and block["inDefinedTermSet"]["@type"] == "DefinedTermSet"
    (glossary,) = json_ld(sample_site / "glossary/index.html")
    assert len(glossary["hasDefinedTerm"]) == len(list((ROOT / "data/glossary").glob("*.yml")))


def test_hostile_text_stays_inside_the_script(hostile):
    for kind, folder in (("Event", "events"), ("Organization", "groups"), ("DefinedTerm", "glossary"),
                         ("GovernmentService", "support")):
        page = hostile / folder / "hostile" / "index.html"
        raw = page.read_text("utf-8")
        assert "<!-- =cmd" not in raw and "</script><!--" not in raw, "hostile text left its element"
        (block,) = json_ld(page)
        assert block["@type"] == kind and block["name"] == HOSTILE


def test_script_text_escapes_markup():
    text = script_text({"name": "</script><!-- & >"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"name": "</script><!-- & >"}


def test_the_vocabulary_gives_each_kind_its_schema_org_type(minimal, tmp_path):
    """Changing a kind's ``schema_type`` in the vocabulary changes the markup of its records' pages."""
    vocabulary = minimal / "data/vocabulary"
    for name, old, new in (("group_kinds", "schema_type: NGO", "schema_type: Organization"),
                           ("event_kinds", "en: Lecture}", "en: Lecture}, schema_type: EducationEvent"),
                           ("event_kinds", "schema_type: null", "schema_type: Event")):
        path = vocabulary / f"{name}.yml"
        assert old in path.read_text("utf-8")
        path.write_text(path.read_text("utf-8").replace(old, new), "utf-8")
    result = build(minimal / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    for page, kind in (("groups/hikari", "Organization"), ("events/koza", "EducationEvent"), ("events/old", "Event")):
        (block,) = json_ld(tmp_path / "site" / page / "index.html")
        assert block["@type"] == kind, page


# The properties schema.org defines for each type the support pages use (its own and those it inherits from
# Thing, Service and Intangible), as listed on schema.org: a property outside these does not validate.
THING = {"@context", "@type", "name", "description", "url", "sameAs", "identifier", "alternateName", "image"}
SCHEMA_ORG_PROPERTIES = {
    "Service": THING | {"areaServed", "audience", "availableChannel", "category", "offers", "provider",
                        "serviceType", "termsOfService", "hoursAvailable", "serviceOutput"},
    "Offer": THING | {"availabilityStarts", "availabilityEnds", "price", "priceCurrency", "validFrom", "validThrough"},
    "Audience": THING | {"audienceType", "geographicArea"},
    "ServiceChannel": THING | {"servicePhone", "serviceUrl", "serviceLocation", "availableLanguage"},
    "ContactPoint": THING | {"telephone", "email", "contactType", "areaServed", "availableLanguage"},
    "Organization": THING | {"contactPoint", "telephone", "email", "address"},
    "City": THING | {"geo", "address"},
}
SCHEMA_ORG_PROPERTIES["GovernmentService"] = SCHEMA_ORG_PROPERTIES["Service"] | {"jurisdiction", "serviceOperator"}
SCHEMA_ORG_PROPERTIES["GovernmentOrganization"] = SCHEMA_ORG_PROPERTIES["Organization"]


def unknown_properties(node) -> list[str]:
    """Every property, at any depth, that schema.org does not define for its node's type."""
    if isinstance(node, list):
        return [name for item in node for name in unknown_properties(item)]
    if not isinstance(node, dict):
        return []
    own = [f'{node["@type"]}.{key}' for key in node if key not in SCHEMA_ORG_PROPERTIES[node["@type"]]]
    return own + [name for value in node.values() for name in unknown_properties(value)]


def test_support_pages_are_services_whose_properties_schema_org_defines(sample_site):
    for path in (ROOT / "data/support").glob("*.yml"):
        record = yaml.safe_load(path.read_text("utf-8"))
        (block,) = json_ld(sample_site / "support" / path.stem / "index.html")
        government = record.get("government", True)
        assert block["@type"] == ("GovernmentService" if government else "Service")
        assert block["provider"]["@type"] == ("GovernmentOrganization" if government else "Organization")
        assert unknown_properties(block) == []
        assert block["name"] == record["title"]["ja"] and block["provider"]["name"] == record["provider"]["ja"]
        window = {key: str(record["application"][field]) for key, field in
                  (("availabilityStarts", "opens"), ("availabilityEnds", "closes")) if field in record["application"]}
        assert {key: block["offers"][key] for key in ("availabilityStarts", "availabilityEnds")
                if key in block["offers"]} == window
        assert len(block["audience"]) == len(record["applicants"])
