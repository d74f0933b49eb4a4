"""The CSV tables we publish, declared once: each column's name and type, and the standard a table follows.

The Table Schemas (frictionless), the files' headers, the formula guard and the open-data page all read
these declarations. Each kind's table, its columns and its rows are in the kind's adapter
(``tsunagu/kinds/<name>.py``), its file name in the registry (``model/kinds.py``); here are the parts they share.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.kinds import RecordKind

ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*"
"""How the ID column is formed: the record's file name, half-width lowercase letters and digits joined
by hyphens. It is unique within the city and never changes."""
PHONE_PATTERN = r"\+?[0-9][0-9()\- ]{5,20}"
"""A phone number as the data files' check accepts it (``model/fields.py``)."""
HHMM = "%H:%M"


@dataclass(frozen=True)
class Column:
    """One column: its header, its Table Schema type (and format), and the pattern its values follow."""

    name: str
    type: str = "string"
    format: str | None = None
    pattern: str | None = None
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    enum: tuple[str, ...] | None = None

    @property
    def typed(self) -> bool:
        """Whether its values have a checked form (a number, date, time, pattern or list), so no formula guard."""
        return self.type != "string" or self.pattern is not None or self.enum is not None

    def field(self) -> dict:
        """Its Table Schema field descriptor."""
        constraints = {key: value for key, value in (
            ("required", self.required or None), ("pattern", self.pattern),
            ("minimum", self.minimum), ("maximum", self.maximum), ("enum", self.enum and list(self.enum)))
            if value is not None}
        return {"name": self.name, "type": self.type, **({"format": self.format} if self.format else {}),
                **({"constraints": constraints} if constraints else {})}


def phone(name: str) -> Column:
    return Column(name, pattern=PHONE_PATTERN)


LG_CODE = Column("全国地方公共団体コード", pattern="[0-9]{6}", required=True)
RECORD_ID = Column("ID", pattern=ID_PATTERN, required=True)
UPDATED = Column("最終更新日", "date", required=True)
URL = Column("URL", "string", "uri")

@dataclass(frozen=True)
class CsvTable:
    """One CSV file: the kind whose records it lists (its file name is in the registry), its columns, its standard."""

    kind: RecordKind
    columns: tuple[Column, ...]
    standard: str | None = None
    primary_key: tuple[str, ...] = (RECORD_ID.name,)
    """The columns that tell its lines apart: the ID, unless a record has several lines."""

    def path(self, lg_code: str) -> str:
        return self.kind.csv_path(lg_code)

    def schema_path(self, lg_code: str) -> str:
        """Its Table Schema, next to it: ``<name>.schema.json``."""
        return self.path(lg_code).removesuffix(".csv") + ".schema.json"

    @property
    def header(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    def table_schema(self) -> dict:
        """Its Table Schema (https://specs.frictionlessdata.io/table-schema/)."""
        return {"fields": [column.field() for column in self.columns], "primaryKey": list(self.primary_key),
                "missingValues": [""]}
