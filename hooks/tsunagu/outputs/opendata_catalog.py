"""The open-data catalogue: one dataset per kind of record, each with its files (CSV, JSON) and their formats.

The catalogue is written as DCAT in JSON-LD, ``opendata/catalog.jsonld``, for harvesters (CKAN, BODIK),
and the open-data page is rendered from the same objects. A kind's dataset comes from the registry of
kinds (``model/kinds.py``): its JSON always, its CSV when its adapter has a table.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from ..model.kinds import CATALOG_FILE, OPENDATA, RecordKind, record_kinds
from ..model.locales import Locale
from .opendata_json import json_fields
from .published import Published
from .tables import CsvTable

PAGE = f"{OPENDATA}/"
MEDIA_TYPES = {"CSV": "text/csv", "JSON": "application/json"}
ENCODING = "UTF-8"
CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "cnt": "http://www.w3.org/2011/content#",
    "csvw": "http://www.w3.org/ns/csvw#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
"""The vocabularies, inline so a reader needs no network: DCAT with Dublin Core terms, FOAF for the
publisher, cnt:characterEncoding for the encoding and a CSVW dialect for the header and line endings.
No vocabulary has a term for the byte order mark, so the catalogue defines ``byteOrderMark`` below its
own address."""

DIALECT = {"@type": "csvw:Dialect", "csvw:encoding": "utf-8", "csvw:header": True, "csvw:lineTerminators": "\r\n"}


@dataclass(frozen=True)
class Distribution:
    """One file of a dataset: where it is, its format and encoding, and what describes its columns."""

    title_key: str
    path: str
    format: str
    columns: tuple[str, ...]
    bom: bool = False
    schema_path: str | None = None
    standard: str | None = None

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.format]


@dataclass(frozen=True)
class Dataset:
    """The records of one kind, with the date of the latest change and their files."""

    kind: RecordKind
    modified: dt.date | None
    distributions: tuple[Distribution, ...]

    @property
    def title_key(self) -> str:
        return f"opendata.dataset.{self.kind.dataset}"

    @property
    def description_key(self) -> str:
        return f"opendata.dataset.{self.kind.dataset}.description"


def datasets(published: Published, tables: dict[str, CsvTable]) -> tuple[Dataset, ...]:
    """Every published dataset, in the registry's order; ``tables``: the CSV table of each kind that has one."""
    return tuple(_dataset(published, kind, tables.get(kind.name)) for kind in record_kinds())


def _dataset(published: Published, kind: RecordKind, table: CsvTable | None) -> Dataset:
    records = published.catalog.records(kind.name).values()
    modified = max((record.updated for record in records), default=None)
    json_file = Distribution(f"opendata.{kind.dataset}_json", kind.json_path, "JSON", json_fields(kind))
    return Dataset(kind, modified, (*_csv(published, kind, table), json_file))


def _csv(published: Published, kind: RecordKind, table: CsvTable | None) -> tuple[Distribution, ...]:
    lg_code = published.catalog.site.lg_code
    if table is None:
        return ()
    return (Distribution(f"opendata.{kind.dataset}_csv", table.path(lg_code), "CSV", table.header, bom=True,
                         schema_path=table.schema_path(lg_code), standard=table.standard),)


class CatalogWriter:
    """Writes the catalogue as DCAT in JSON-LD; texts in every language, links below the default one."""

    def __init__(self, published: Published, tables: dict[str, CsvTable]):
        self.published, self.tables = published, tables
        self.default = published.locales.default

    def files(self) -> dict[str, bytes]:
        return {CATALOG_FILE: json.dumps(self.document(), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"}

    def document(self) -> dict:
        site, t = self.published.catalog.site, self._texts
        return {
            "@context": self._context(), "@id": self._url(CATALOG_FILE), "@type": "dcat:Catalog",
            "dct:title": t("opendata.catalog.title"), "dct:description": t("opendata.intro"),
            "dct:publisher": self._publisher(), "dct:license": {"@id": str(site.license.url)},
            "foaf:homepage": {"@id": self._url(PAGE)},
            "dcat:dataset": [self._dataset(d) for d in datasets(self.published, self.tables)],
        }

    def _context(self) -> dict:
        bom = {"@id": self._url(CATALOG_FILE) + "#byteOrderMark", "@type": "xsd:boolean"}
        return {**CONTEXT, "byteOrderMark": bom}

    def _url(self, path: str) -> str:
        return self.published.urls.of(self.default, path)

    def _texts(self, key: str) -> list[dict[str, str]]:
        """A UI string in every language (``{city}`` filled in), as language-tagged values."""
        return [{"@value": self.published.t(loc, key, city=self.published.city(loc)), "@language": loc.tag}
                for loc in self.published.locales]

    def _local(self, value) -> list[dict[str, str]]:
        return [{"@value": self.published.text(loc, value), "@language": loc.tag} for loc in self._own(value)]

    def _own(self, value) -> list[Locale]:
        return [loc for loc in self.published.locales if loc.code in value.root]

    def _publisher(self) -> dict:
        office = self.published.catalog.site.office
        return {"@type": "foaf:Organization", "foaf:name": self._local(office.name),
                "foaf:mbox": {"@id": f"mailto:{office.email}"}, "foaf:phone": {"@id": f"tel:{office.phone}"}}

    def _dataset(self, dataset: Dataset) -> dict:
        site = self.published.catalog.site
        modified = {"dct:modified": {"@value": dataset.modified.isoformat(), "@type": "xsd:date"}} if dataset.modified else {}
        return {
            "@id": self._url(PAGE) + f"#{dataset.kind.dataset}", "@type": "dcat:Dataset",
            "dct:title": self._texts(dataset.title_key), "dct:description": self._texts(dataset.description_key),
            "dct:publisher": self._publisher(), "dct:license": {"@id": str(site.license.url)}, **modified,
            "dcat:landingPage": {"@id": self._url(PAGE)},
            "dcat:distribution": [self._distribution(d) for d in dataset.distributions],
        }

    def _distribution(self, file: Distribution) -> dict:
        conforms = [{"@id": self._url(file.schema_path)}] if file.schema_path else []
        standard = [{"@type": "dct:Standard", "dct:title": {"@value": file.standard, "@language": "ja"}}] \
            if file.standard else []
        return {
            "@id": self._url(file.path), "@type": "dcat:Distribution", "dct:title": self._texts(file.title_key),
            "dcat:downloadURL": {"@id": self._url(file.path)}, "dcat:accessURL": {"@id": self._url(file.path)},
            "dcat:mediaType": {"@id": f"https://www.iana.org/assignments/media-types/{file.media_type}"},
            "dct:format": file.format, "cnt:characterEncoding": ENCODING,
            "byteOrderMark": file.bom, **({"csvw:dialect": DIALECT} if file.format == "CSV" else {}),
            **({"dct:conformsTo": conforms + standard} if conforms or standard else {}),
        }
