"""The open-data catalogue: DCAT in JSON-LD (read with pyld) listing every dataset and file, and the
open-data page rendered from it."""

from __future__ import annotations

import json
import re

import yaml
from pyld import jsonld

from conftest import ROOT
from tsunagu.model.kinds import record_kinds
from tsunagu.kinds.registry import adapters
from tsunagu.load.siteconfig import load_site_config
from tsunagu.model.tables import CSV_TABLES

BASE = "https://example.github.io/tsunagu/"
DCAT, DCT = "http://www.w3.org/ns/dcat#", "http://purl.org/dc/terms/"
XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
SITE = yaml.safe_load((ROOT / "data/site.yml").read_text("utf-8"))


def expanded(site) -> dict:
    """The catalogue expanded by a JSON-LD processor: nodes by @id."""
    document = json.loads((site / "opendata/catalog.jsonld").read_text("utf-8"))
    flat = jsonld.flatten(document)
    return {node["@id"]: node for node in flat}


def ids(node: dict, term: str) -> list[str]:
    return [value["@id"] for value in node.get(term, [])]


def local_file(site, url: str):
    assert url.startswith(BASE), url
    return site / url.removeprefix(BASE)


def test_catalog_lists_every_dataset_with_its_files(sample_site):
    nodes = expanded(sample_site)
    (catalog,) = [n for n in nodes.values() if f"{DCAT}Catalog" in n.get("@type", [])]
    datasets = [nodes[i] for i in ids(catalog, f"{DCAT}dataset")]
    assert len(datasets) == len(record_kinds())
    files = [nodes[i] for d in datasets for i in ids(d, f"{DCAT}distribution")]
    published = sorted(p.name for p in (sample_site / "opendata").iterdir() if p.suffix in (".csv", ".json")
                       and not p.name.endswith(".schema.json"))
    assert sorted(local_file(sample_site, ids(f, f"{DCAT}downloadURL")[0]).name for f in files) == published
    assert f"{SITE['lg_code']}_event.csv" in published


def test_every_url_in_the_catalog_is_a_built_file(sample_site):
    text = (sample_site / "opendata/catalog.jsonld").read_text("utf-8")
    for node in expanded(sample_site).values():
        for term in (f"{DCAT}downloadURL", f"{DCT}conformsTo"):
            for url in ids(node, term):
                if url.startswith("_:"):
                    continue
                assert local_file(sample_site, url).is_file(), url
    assert text.count(".schema.json") == len([adapter for adapter in adapters() if adapter.table])  # one Table Schema per CSV


def test_datasets_have_titles_in_every_language_licence_publisher_and_modified(sample_site):
    nodes = expanded(sample_site)
    events = nodes[BASE + "opendata/#events"]
    tags = sorted(loc.tag.lower() for loc in load_site_config(ROOT / "mkdocs.yml").locales)  # as JSON-LD writes them
    assert sorted(t["@language"].lower() for t in events[f"{DCT}title"]) == tags
    assert sorted(t["@language"].lower() for t in events[f"{DCT}description"]) == tags
    assert ids(events, f"{DCT}license") == [SITE["license"]["url"]]
    publisher = nodes[ids(events, f"{DCT}publisher")[0]]
    assert {n["@value"] for n in publisher["http://xmlns.com/foaf/0.1/name"]} == set(SITE["office"]["name"].values())
    updates = [yaml.safe_load(p.read_text("utf-8"))["updated"] for p in (ROOT / "data/events").glob("*.yml")]
    assert events[f"{DCT}modified"] == [{"@value": max(updates).isoformat(), "@type": "http://www.w3.org/2001/XMLSchema#date"}]


def test_csv_distribution_declares_media_type_encoding_bom_and_schema(sample_site):
    nodes = expanded(sample_site)
    csv_file = nodes[f"{BASE}opendata/{SITE['lg_code']}_event.csv"]
    assert ids(csv_file, f"{DCAT}mediaType") == ["https://www.iana.org/assignments/media-types/text/csv"]
    assert csv_file["http://www.w3.org/2011/content#characterEncoding"] == [{"@value": "UTF-8"}]
    bom = [value for key, value in csv_file.items() if key.endswith("#byteOrderMark")]
    assert bom == [[{"@value": True, "@type": XSD_BOOLEAN}]]
    assert f"{BASE}opendata/{SITE['lg_code']}_event.schema.json" in ids(csv_file, f"{DCT}conformsTo")
    json_file = nodes[f"{BASE}opendata/events.json"]
    assert [value for key, value in json_file.items() if key.endswith("#byteOrderMark")] == [[{"@value": False, "@type": XSD_BOOLEAN}]]


def test_open_data_page_is_the_catalogue(sample_site):
    page = (sample_site / "opendata/index.html").read_text("utf-8")
    catalog = json.loads((sample_site / "opendata/catalog.jsonld").read_text("utf-8"))
    headings = [re.sub(r"<rt>.*?</rt>|<[^>]+>", "", h) for h in re.findall(r'<h2 id="dataset-[^"]+"[^>]*>(.*?)</h2>', page)]
    assert headings == [next(t["@value"] for t in d["dct:title"] if t["@language"] == "ja") for d in catalog["dcat:dataset"]]
    for dataset in catalog["dcat:dataset"]:
        for file in dataset["dcat:distribution"]:
            assert f'<a href="{file["dcat:downloadURL"]["@id"]}"' in page
    text = re.sub(r"<rt>.*?</rt>|<[^>]+>", "", page).replace("&#39;", "'")
    assert "opendata/catalog.jsonld" in text and "UTF-8（BOM付き）" in text and "UTF-8（BOMなし）" in text
    assert "先頭に ' を付けています" in text and "自治体標準オープンデータセット" in text
    english = (sample_site / "en/opendata/index.html").read_text("utf-8")
    assert "byte order mark" in english and "apostrophe" in english


def test_the_catalogue_and_the_page_name_the_edition_each_standard_file_follows(sample_site):
    nodes = expanded(sample_site)
    page = re.sub(r"<rt>.*?</rt>|<[^>]+>", "", (sample_site / "opendata/index.html").read_text("utf-8"))
    for name, table in (("event", CSV_TABLES["event"]), ("public_facility", CSV_TABLES["venue"])):
        file = nodes[f"{BASE}opendata/{SITE['lg_code']}_{name}.csv"]
        standards = [nodes[i] if i.startswith("_:") else {} for i in ids(file, f"{DCT}conformsTo")]
        titles = [t["@value"] for node in standards for t in node.get(f"{DCT}title", [])]
        assert titles == [table.standard] and table.standard in page
    assert "78項目の版" in CSV_TABLES["event"].standard and "24項目の版" in CSV_TABLES["venue"].standard
    assert f"イベント一覧（{SITE['lg_code']}_event.csv）" in page and f"会場の一覧（{SITE['lg_code']}_public_facility.csv）" in page
