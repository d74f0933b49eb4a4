"""The CSV tables we publish, declared once: each column's name and type, and the standard a table follows.

The Table Schemas (frictionless), the files' headers, the formula guard and the open-data page all read
these declarations. Tables are keyed by the record kind they list (``model/kinds.py``): a new kind gets a
CSV by an entry here and a row function in ``opendata_csv``; its JSON, catalogue entry and page section
follow from the registry of kinds.
"""

from __future__ import annotations

from dataclasses import dataclass

EVENT_STANDARD = ("デジタル庁「自治体標準オープンデータセット」データ項目定義書A「イベント一覧」"
                  "（先頭の項目が 全国地方公共団体コード・ID・地方公共団体名 の31項目の版）")
"""The edition the event table follows. Column names and order were checked against public copies of the
standard; the 2026-08 edition's possible additions (画像, 画像_ライセンス, split 所在地_ columns) could not
be verified offline. When the definition changes, update ``EVENT_COLUMNS`` and this name together."""

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


def _phone(name: str) -> Column:
    return Column(name, pattern=PHONE_PATTERN)


LG_CODE = Column("全国地方公共団体コード", pattern="[0-9]{6}", required=True)
RECORD_ID = Column("ID", pattern=ID_PATTERN, required=True)
UPDATED = Column("最終更新日", "date", required=True)
URL = Column("URL", "string", "uri")

EVENT_COLUMNS = (
    LG_CODE, RECORD_ID, Column("地方公共団体名", required=True), Column("イベント名", required=True),
    Column("イベント名_カナ", required=True), Column("イベント名_英語"),
    Column("開始日", "date", required=True), Column("終了日", "date", required=True),
    Column("開始時間", "time", HHMM), Column("終了時間", "time", HHMM), Column("開始日時特記事項"), Column("説明"),
    Column("料金(基本)", "integer", minimum=0, required=True), Column("料金(詳細)"),
    Column("連絡先名称"), _phone("連絡先電話番号"), Column("連絡先内線番号"), Column("主催者"), Column("場所名称"),
    Column("住所"), Column("方書"), Column("緯度", "number", minimum=-90, maximum=90),
    Column("経度", "number", minimum=-180, maximum=180), Column("アクセス方法"), Column("駐車場情報"),
    Column("定員", "integer", minimum=0), Column("参加申込終了日", "date"), Column("参加申込終了時間", "time", HHMM),
    Column("参加申込方法"), URL, Column("備考"),
)
GROUP_COLUMNS = (
    LG_CODE, RECORD_ID, Column("団体名", required=True), Column("団体名_カナ", required=True), Column("団体名_英語"),
    Column("種類", required=True), Column("活動地区"), Column("活動分野"), Column("紹介"), Column("連絡先名称"),
    _phone("連絡先電話番号"), Column("連絡先メールアドレス", "string", "email"), Column("ウェブサイト", "string", "uri"),
    URL, UPDATED,
)
GLOSSARY_COLUMNS = (
    LG_CODE, RECORD_ID, Column("用語", required=True), Column("読み"), Column("用語_英語"), Column("定義", required=True),
    Column("別名"), Column("根拠法令"), URL, UPDATED,
)

INDICATOR_ROWS = ("現状値", "実績値", "目標値")
"""What a line of the indicator table holds: the baseline, a fiscal year's actual value, or the target."""
INDICATOR_COLUMNS = (
    LG_CODE, RECORD_ID, Column("指標名", required=True), Column("指標名_英語"), Column("目標コード", pattern=ID_PATTERN),
    Column("目標"), Column("単位", required=True), Column("区分", required=True, enum=INDICATOR_ROWS),
    Column("年度", "integer", required=True, minimum=1900, maximum=2200), Column("年度_和暦"),
    Column("値", "number", required=True), Column("累計値", "number"), Column("累計の目標", "boolean"),
    Column("年度途中", "boolean"), Column("計算方法"), Column("出典"), URL, UPDATED,
)
SUPPORT_COLUMNS = (
    LG_CODE, RECORD_ID, Column("制度名", required=True), Column("制度名_英語"), Column("種類", required=True),
    Column("実施主体", required=True), Column("公的機関", "boolean", required=True), Column("概要"),
    Column("対象者", required=True), Column("対象者の条件"), Column("対象となる活動・経費"),
    Column("上限額", "integer", minimum=1), Column("補助率", pattern="[1-9][0-9]*/[1-9][0-9]*"), Column("金額の説明"),
    Column("受付開始日", "date"), Column("受付終了日", "date"), Column("随時受付", "boolean", required=True),
    Column("申請方法", required=True), Column("提出書類"), Column("問い合わせ先名称", required=True),
    _phone("問い合わせ先電話番号"), Column("問い合わせ先メールアドレス", "string", "email"),
    Column("制度のウェブサイト", "string", "uri"), Column("年度", "integer", minimum=1989, required=True), URL, UPDATED,
)
"""Support programmes. 対象者 and 提出書類 list several values, joined by the list separator (、); 補助率 is a
fraction such as 1/2; 年度 is the year in which the fiscal year (April to March) starts."""


@dataclass(frozen=True)
class CsvTable:
    """One CSV file: its name below ``opendata/`` (``{lg_code}`` filled in), its columns, its standard."""

    file_name: str
    columns: tuple[Column, ...]
    standard: str | None = None
    primary_key: tuple[str, ...] = (RECORD_ID.name,)
    """The columns that tell its lines apart: the ID, unless a record has several lines."""

    def path(self, lg_code: str) -> str:
        return "opendata/" + self.file_name.format(lg_code=lg_code)

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


CSV_TABLES: dict[str, CsvTable] = {
    "event": CsvTable("{lg_code}_event.csv", EVENT_COLUMNS, EVENT_STANDARD),
    "group": CsvTable("groups.csv", GROUP_COLUMNS),
    "term": CsvTable("glossary.csv", GLOSSARY_COLUMNS),
    "indicator": CsvTable("indicators.csv", INDICATOR_COLUMNS, primary_key=(RECORD_ID.name, "区分", "年度")),
    "support": CsvTable("support.csv", SUPPORT_COLUMNS),
}
"""The CSV of each record kind that has one, by kind name. Groups, the glossary, the indicators and support
programmes follow no national standard: their column names are our own and stay stable. The indicators' table
has a line per value (long form): an indicator's baseline, each fiscal year's actual value, and its target."""
