"""The CSV tables of each record kind, declared once for both directions: what the export writes is what
the import reads.

A column names its header, the record field it holds, and the type of its values (one of ``VALUE_TYPES``).
The Table Schemas (frictionless), the files' headers, the formula guard, the open-data page and the
importer's readers all follow these declarations. A kind's table lists its layouts: the one we write
first, then older layouts the importer recognises by their headers (``CsvTable.recognise``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal, get_args

from .kinds import KINDS

ValueType = Literal["text", "lines", "date", "time", "datetime", "phone", "lg_code", "url", "fee", "number",
                    "latitude", "longitude", "flag", "vocab", "id"]
"""How a cell's value is read and written:
``text`` one line (line breaks and surrounding spaces trimmed); ``lines`` a text whose line breaks the
record keeps (Markdown), written on one line; ``date`` YYYY-MM-DD; ``time`` HH:MM; ``datetime`` ISO 8601;
``phone`` digits and hyphens; ``lg_code`` a 6-digit 全国地方公共団体コード; ``url`` an http(s) address;
``fee`` whole yen (0: free); ``number`` a number; ``latitude`` / ``longitude`` decimal degrees;
``flag`` yes or no (the column's ``truth``); ``vocab`` the label of a code (``vocabulary``); ``id`` a record id."""
VALUE_TYPES: tuple[str, ...] = get_args(ValueType)

ROW_LANGUAGE = "*"
"""``Column.language`` of a text in the row's own language (its 言語コード), or the site's default language
in a table with a row per record."""
LOCALES = "@locale"
"""``Column.vocabulary`` of a language code of the site (言語コード)."""
STATUS = "@status"
"""``Column.vocabulary`` of an event's status: the UI labels ``status.cancelled`` and ``status.postponed``;
an empty cell is ``scheduled``."""


def records_of(kind: str) -> str:
    """``Column.vocabulary`` of the names of a kind's records (``@group``): a name in, its record's id."""
    return "@" + kind


ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*"
"""How the ID column is formed: the record's file name, half-width lowercase letters and digits joined
by hyphens. It is unique within the city and never changes."""
PHONE_PATTERN = r"\+?[0-9][0-9()\- ]{5,20}"
"""A phone number as the data files' check accepts it (``model/fields.py``)."""
LG_CODE_PATTERN = "[0-9]{6}"
HHMM = "%H:%M"
STANDARD_TRUTH = ("有", "無")
"""How the standard's tables write a flag."""
OUR_TRUTH = ("true", "false")
"""How our own tables write a flag (Table Schema's default)."""


@dataclass(frozen=True)
class Column:
    """One column: its header, the record field it holds, its value type, and its Table Schema constraints."""

    name: str
    value: ValueType = "text"
    field: str | None = None
    """The field it holds, a dotted path below the record: ``title``, ``registration.deadline``;
    ``venue.address`` is a field of the event's venue, ``site.lg_code`` one of ``data/site.yml``.
    None: no record keeps it; it is written empty and the importer reports a value in it as not kept."""
    language: str | None = None
    """For a text field, which of its texts: ``ROW_LANGUAGE`` or a locale code (``en``)."""
    derived: bool = False
    """Written by a rule from the records (``note`` says which) rather than a field's own value: the
    importer reads no field from it."""
    vocabulary: str | None = None
    """For ``vocab``: ``data/vocabulary/<vocabulary>.yml``, or ``LOCALES``, ``STATUS``, ``records_of(kind)``."""
    separator: str | None = None
    """Several values in one cell, joined by this."""
    required: bool = False
    integer: bool = False
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None
    format: str | None = None
    """A Table Schema format beyond the value type's own (``email``)."""
    enum: tuple[str, ...] | None = None
    truth: tuple[str, str] = OUR_TRUTH
    """For ``flag``: how yes and no are written."""
    note: str = ""

    @property
    def typed(self) -> bool:
        """Whether its values have a checked form (a number, date, time, pattern or list), so no formula guard."""
        return self.value in _SCHEMA_TYPES or self.schema_pattern is not None or self.enum is not None

    @property
    def schema_pattern(self) -> str | None:
        return self.pattern or _PATTERNS.get(self.value)

    @property
    def kept(self) -> bool:
        """Whether the importer reads a record field from it."""
        return self.field is not None and not self.derived

    def schema_field(self) -> dict:
        """Its Table Schema field descriptor."""
        kind = "integer" if self.integer or self.value == "fee" else _SCHEMA_TYPES.get(self.value, "string")
        form = self.format or {"time": HHMM, "url": "uri"}.get(self.value)
        low, high = _RANGES.get(self.value, (self.minimum, self.maximum))
        constraints = {key: value for key, value in (
            ("required", self.required or None), ("pattern", self.schema_pattern), ("minimum", low),
            ("maximum", high), ("enum", self.enum and list(self.enum))) if value is not None}
        truth = {"trueValues": [self.truth[0]], "falseValues": [self.truth[1]]} if self.value == "flag" else {}
        return {"name": self.name, "type": kind, **({"format": form} if form else {}), **truth,
                **({"constraints": constraints} if constraints else {})}


_SCHEMA_TYPES = {"date": "date", "time": "time", "datetime": "datetime", "fee": "integer", "number": "number",
                 "latitude": "number", "longitude": "number", "flag": "boolean"}
_PATTERNS = {"phone": PHONE_PATTERN, "lg_code": LG_CODE_PATTERN, "id": ID_PATTERN}
_RANGES = {"latitude": (-90, 90), "longitude": (-180, 180), "fee": (0, None)}


def _empty(name: str) -> Column:
    """A column of the standard that no record field keeps."""
    return Column(name)


def _derived(name: str, value: ValueType = "text", field: str | None = None, note: str = "", **kw) -> Column:
    return Column(name, value, field, derived=True, note=note, **kw)


def _text(name: str, field: str, language: str = ROW_LANGUAGE, **kw) -> Column:
    return Column(name, "text", field, language, **kw)


def _flag(name: str, note: str) -> Column:
    return _derived(name, "flag", note=note, truth=STANDARD_TRUTH)


# Columns that more than one layout shares, by the field they hold.
LG_CODE = _derived("全国地方公共団体コード", "lg_code", "site.lg_code", required=True)
RECORD_ID = Column("ID", "id", "id", required=True)
UPDATED = Column("最終更新日", "date", "updated", required=True)
CITY_NAME = _derived("地方公共団体名", field="site.city", note="the prefecture and the city's name", required=True)
PAGE_URL = _derived("URL", "url", note="the record's page on this site, in the row's language")
TITLE = _text("イベント名", "title", required=True)
TITLE_KANA = Column("イベント名_カナ", "text", "title_kana", required=True)
TITLE_EN = _text("イベント名_英語", "title", "en")
START_DATE = Column("開始日", "date", "start_date", required=True)
END_DATE = Column("終了日", "date", "end_date", required=True, note="the start date for a one-day event")
START_TIME = Column("開始時間", "time", "start_time")
END_TIME = Column("終了時間", "time", "end_time")
DESCRIPTION = Column("説明", "lines", "description", ROW_LANGUAGE)
FEE = Column("料金(基本)", "fee", "fee", required=True)
FEE_DETAIL = _text("料金(詳細)", "fee_note", note="none: 無料, or the amount in yen (1,000円)")
CONTACT_NAME = _text("連絡先名称", "contact.name",
                     note="none: the first organiser's public contact with a phone, else the city's office")
CONTACT_PHONE = Column("連絡先電話番号", "phone", "contact.phone", note="as 連絡先名称")
CONTACT_EXTENSION = Column("連絡先内線番号", "text", "contact.extension")
ORGANIZERS = Column("主催者", "vocab", "organizers", vocabulary=records_of("group"), separator="、", language=ROW_LANGUAGE,
                    note="the names of the organising groups; a name no group of the site has is reported")
VENUE_NAME = _text("場所名称", "venue.name", note="an online event's: the UI label event.online")
VENUE_ADDRESS = _text("所在地_連結表記", "venue.address")
VENUE_BUILDING = _text("建物名等(方書)", "venue.building")
LATITUDE = Column("緯度", "latitude", "venue.lat")
LONGITUDE = Column("経度", "longitude", "venue.lon")
ACCESS = _text("アクセス方法", "venue.access")
PARKING = _flag("駐車場情報", "有 when the venue's accessibility lists parking")
CAPACITY = Column("定員", "number", "capacity", integer=True, minimum=1)
DEADLINE = Column("参加申込終了日", "date", "registration.deadline")
REGISTRATION = _text("参加申込方法", "registration.method",
                     note="when registration.required is false: the UI label event.registration.none")
EVENT_URL = Column("URL", "url", "url", note="the event's own page elsewhere (the organiser's)")

EVENT_COLUMNS = (
    LG_CODE, _empty("法人番号"), RECORD_ID, CITY_NAME, TITLE,
    _derived("言語コード", "vocab", vocabulary=LOCALES, required=True,
             note="the row's language: one row per language the title is written in (not ja-easy)"),
    _empty("イベント通称"), _empty("サブタイトル"), TITLE_KANA, TITLE_EN,
    _derived("コンテンツURL", "url", note="the event's page on this site, in the row's language"),
    Column("状態", "vocab", "status", vocabulary=STATUS), _empty("キーワード"), _empty("タグ"), _empty("対象となる産業"),
    _derived("開催パターン", "vocab", note="event_pattern(event): 単日 (one day) or 期間 (every day from start to end)"),
    START_DATE, END_DATE, START_TIME, END_TIME, _empty("開始日時特記事項"), _empty("所要時間"),
    _empty("掲載開始日"), _empty("掲載終了日"), _text("概要", "summary"), DESCRIPTION, _empty("サブイベント"),
    Column("イベント種類", "vocab", "kind", ROW_LANGUAGE, vocabulary="event_kinds", required=True),
    FEE, FEE_DETAIL, CONTACT_NAME, CONTACT_PHONE, CONTACT_EXTENSION, ORGANIZERS, _empty("共催団体"),
    _empty("関連組織"), _text("対象者", "audience"), _empty("対象者備考"), VENUE_NAME, _empty("集合（受付）場所"),
    _derived("所在地_全国地方公共団体コード", "lg_code", "site.lg_code", note="the site's, for an event at a venue"),
    _empty("町字ID"), VENUE_ADDRESS,
    _derived("所在地_都道府県", field="venue.address", note="split from the Japanese address (address_parts)"),
    _derived("所在地_市区町村", field="venue.address", note="as 所在地_都道府県"),
    _derived("所在地_町字", field="venue.address", note="as 所在地_都道府県"),
    _derived("所在地_番地以下", field="venue.address", note="as 所在地_都道府県"),
    VENUE_BUILDING, LATITUDE, LONGITUDE, ACCESS, PARKING, _empty("駐輪場情報"),
    _flag("Web開催", "有 for an online event (online_url), 無 for one at a venue"),
    Column("Web開催URL", "url", "online_url"), _empty("ツール・環境"), CAPACITY, _empty("定員備考"),
    _derived("料金種別", "vocab", "fee", note="無料 when the fee is 0, else 有料"), _empty("決済種別"),
    _flag("外国語対応", "有 when the title is written in a language other than Japanese"),
    _derived("外国語対応備考", field="title", note="the names of those languages, in the row's language"),
    _empty("開催条件"), DEADLINE, _empty("参加申込終了時間"), REGISTRATION, _empty("申込開始日"), _empty("申込開始時刻"),
    Column("申込URL", "url", "registration.url"), EVENT_URL,
    _flag("授乳室", "有 when the venue's accessibility lists nursing_room"),
    _flag("おむつ替えコーナー", "有 when the venue's accessibility lists baby_changing"),
    _empty("飲食可否"), _empty("ベビーカー貸出"), _empty("ベビーカー利用"), _empty("画像"), _empty("画像_ライセンス"),
    _empty("備考"),
)
"""自治体標準オープンデータセット「イベント一覧」, the current edition's 78 columns in its order."""

_OLD_EVENT_TAIL = (
    TITLE, TITLE_KANA, TITLE_EN, START_DATE, END_DATE, START_TIME, END_TIME, _empty("開始日時特記事項"), DESCRIPTION,
    FEE, FEE_DETAIL, CONTACT_NAME, CONTACT_PHONE, CONTACT_EXTENSION, ORGANIZERS, VENUE_NAME,
    _text("住所", "venue.address"), _text("方書", "venue.building"), LATITUDE, LONGITUDE, ACCESS, PARKING, CAPACITY,
    DEADLINE, _empty("参加申込終了時間"), REGISTRATION, EVENT_URL, _empty("備考"),
)


def _old_head(code_header: str) -> tuple[Column, ...]:
    return (_derived(code_header, "lg_code", "site.lg_code"), Column("NO", "id", "id", required=True),
            _derived("都道府県名", field="site.prefecture"), _derived("市区町村名", field="site.city"))


@dataclass(frozen=True)
class Layout:
    """One layout of a kind's file: its name (the edition it follows) and its columns in order."""

    name: str
    columns: tuple[Column, ...]

    @property
    def header(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)


EVENT_STANDARD = ("デジタル庁「自治体標準オープンデータセット」データ項目定義書「イベント一覧」"
                  "（78項目の版：全国地方公共団体コード・法人番号・ID・地方公共団体名・イベント名・言語コード…備考）")
"""The edition the event table follows, as the issue of the round gives its columns; its publication date
could not be checked offline. When the definition changes, update ``EVENT_COLUMNS`` and this name together."""
EVENT_LAYOUTS = (
    Layout(EVENT_STANDARD, EVENT_COLUMNS),
    Layout("「イベント一覧」（32項目の版、都道府県コード又は市区町村コード・NO…）",
           _old_head("都道府県コード又は市区町村コード") + _OLD_EVENT_TAIL),
    Layout("「イベント一覧」（32項目の版、市区町村コード・NO…）", _old_head("市区町村コード") + _OLD_EVENT_TAIL),
    Layout("「イベント一覧」（つなぐが以前に書いた31項目の版）", (
        LG_CODE, RECORD_ID, CITY_NAME, TITLE, TITLE_KANA, TITLE_EN, START_DATE, END_DATE, START_TIME, END_TIME,
        Column("開始日時特記事項", "vocab", "status", vocabulary=STATUS), DESCRIPTION, FEE, FEE_DETAIL,
        CONTACT_NAME, CONTACT_PHONE, CONTACT_EXTENSION, ORGANIZERS, VENUE_NAME, _text("住所", "venue.address"),
        _empty("方書"), LATITUDE, LONGITUDE, ACCESS, _empty("駐車場情報"), CAPACITY, DEADLINE,
        _empty("参加申込終了時間"), REGISTRATION, PAGE_URL, Column("備考", "url", "online_url"))),
)

FACILITY_STANDARD = ("デジタル庁「自治体標準オープンデータセット」データ項目定義書「公共施設一覧」"
                     "（24項目の版：都道府県コード又は市区町村コード・NO・都道府県名…備考）")
VENUE_COLUMNS = (
    _derived("都道府県コード又は市区町村コード", "lg_code", "site.lg_code", required=True),
    Column("NO", "id", "id", required=True), _derived("都道府県名", field="site.prefecture"),
    _derived("市区町村名", field="site.city"), _text("名称", "name", required=True),
    Column("名称_カナ", "text", "name_kana"), _empty("名称_通称"), _empty("POIコード"),
    _text("住所", "address", required=True), _text("方書", "building"),
    Column("緯度", "latitude", "lat", required=True), Column("経度", "longitude", "lon", required=True),
    Column("電話番号", "phone", "phone"), _empty("内線番号"), _empty("法人番号"), _empty("団体名"),
    _text("利用可能曜日", "open_days"), Column("開始時間", "time", "opens"), Column("終了時間", "time", "closes"),
    _text("利用可能時間特記事項", "hours_note"), _empty("説明"),
    Column("バリアフリー情報", "vocab", "accessibility", ROW_LANGUAGE, vocabulary="accessibility", separator=";",
           note="labels of the accessibility vocabulary; a word it does not have is reported"),
    Column("URL", "url", "url"), _empty("備考"),
)
"""自治体標準オープンデータセット「公共施設一覧」: a row per venue, texts in the site's default language."""

NPO_FIELDS = Column("活動分野", "vocab", "npo_fields", ROW_LANGUAGE, vocabulary="npo_fields", separator=";",
                    note="the fields' names hold 、 themselves")
GROUP_COLUMNS = (
    LG_CODE, RECORD_ID, _text("団体名", "name", required=True), Column("団体名_カナ", "text", "name_kana", required=True),
    _text("団体名_英語", "name", "en"),
    Column("種類", "vocab", "kind", ROW_LANGUAGE, vocabulary="group_kinds", required=True),
    Column("活動地区", "vocab", "areas", ROW_LANGUAGE, vocabulary="areas", separator="、"),
    NPO_FIELDS,
    _text("紹介", "summary"), Column("説明", "lines", "description", ROW_LANGUAGE, required=True),
    _text("連絡先名称", "contact.name", note="only a contact published with its consent"),
    Column("連絡先電話番号", "phone", "contact.phone"),
    Column("連絡先メールアドレス", "text", "contact.email", format="email"),
    Column("ウェブサイト", "url", "url"), PAGE_URL, UPDATED,
)
"""Groups: the standard has no list of groups, so these columns are our own and stay stable. A city's own
list (自治会・NPO) needs a mapping file onto these fields."""
GLOSSARY_COLUMNS = (
    LG_CODE, RECORD_ID, _text("用語", "term", required=True), Column("読み", "text", "reading"),
    _text("用語_英語", "term", "en"), Column("定義", "lines", "definition", ROW_LANGUAGE, required=True),
    Column("別名", "text", "aliases", ROW_LANGUAGE, separator="、"), _text("根拠法令", "legal_basis"), PAGE_URL, UPDATED,
)

INDICATOR_ROWS = ("現状値", "実績値", "目標値")
"""What a line of the indicator table holds: the baseline, a fiscal year's actual value, or the target."""
INDICATOR_COLUMNS = (
    LG_CODE, RECORD_ID, _text("指標名", "name", required=True), _text("指標名_英語", "name", "en"),
    Column("目標コード", "id", "goal"), _derived("目標", "vocab", "goal", vocabulary="plan_goals"),
    _text("単位", "unit", required=True), _derived("区分", "vocab", required=True, enum=INDICATOR_ROWS),
    _derived("年度", "number", integer=True, required=True, minimum=1900, maximum=2200), _derived("年度_和暦"),
    _derived("値", "number", required=True), _derived("累計値", "number"),
    Column("累計の目標", "flag", "target.cumulative"), _derived("年度途中", "flag"), _derived("計算方法"),
    _text("出典", "source.text"), PAGE_URL, UPDATED,
)
SUPPORT_COLUMNS = (
    LG_CODE, RECORD_ID, _text("制度名", "title", required=True), _text("制度名_英語", "title", "en"),
    Column("種類", "vocab", "kind", ROW_LANGUAGE, vocabulary="support_kinds", required=True),
    _text("実施主体", "provider", required=True), Column("公的機関", "flag", "government", required=True),
    _text("概要", "summary"),
    Column("対象者", "vocab", "applicants", ROW_LANGUAGE, vocabulary="support_applicants", separator="、", required=True),
    _text("対象者の条件", "eligibility"), Column("対象となる活動・経費", "lines", "covers", ROW_LANGUAGE),
    Column("上限額", "number", "amount.max_yen", integer=True, minimum=1),
    Column("補助率", "text", "amount.rate", pattern="[1-9][0-9]*/[1-9][0-9]*"), _text("金額の説明", "amount.note"),
    Column("受付開始日", "date", "application.opens"), Column("受付終了日", "date", "application.closes"),
    Column("随時受付", "flag", "application.rolling", required=True),
    _text("申請方法", "application.method", required=True),
    Column("提出書類", "text", "application.documents", ROW_LANGUAGE, separator="、"),
    _text("問い合わせ先名称", "contact.name", required=True, note="none: the city's office"),
    Column("問い合わせ先電話番号", "phone", "contact.phone"),
    Column("問い合わせ先メールアドレス", "text", "contact.email", format="email"),
    Column("制度のウェブサイト", "url", "url"), Column("年度", "number", "fiscal_year", integer=True, minimum=1989,
                                                 required=True), PAGE_URL, UPDATED,
)
"""Support programmes. 対象者 and 提出書類 list several values, joined by the list separator (、); 補助率 is a
fraction such as 1/2; 年度 is the year in which the fiscal year (April to March) starts."""


def header_key(name: str) -> str:
    """A header as layouts are matched: NFKC (full- and half-width brackets alike), no spaces, BOM or quotes."""
    return "".join(unicodedata.normalize("NFKC", name).split()).strip("\ufeff\"'")


@dataclass(frozen=True)
class CsvTable:
    """One kind's CSV file (its name is in the registry, ``model/kinds.py``) and its layouts, the one we
    write first."""

    kind: str
    layouts: tuple[Layout, ...]
    per_language: bool = False
    """A row per language a record is written in (its 言語コード), rather than a row per record."""
    primary_key: tuple[str, ...] = (RECORD_ID.name,)
    """The columns that tell its lines apart: the ID, unless a record has several lines."""

    @property
    def columns(self) -> tuple[Column, ...]:
        return self.layouts[0].columns

    @property
    def standard(self) -> str | None:
        """The edition of the standard the written layout follows; None for our own tables."""
        return self.layouts[0].name or None

    def path(self, lg_code: str) -> str:
        return KINDS[self.kind].csv_path(lg_code)

    def schema_path(self, lg_code: str) -> str:
        """Its Table Schema, next to it: ``<name>.schema.json``."""
        return self.path(lg_code).removesuffix(".csv") + ".schema.json"

    @property
    def header(self) -> tuple[str, ...]:
        return self.layouts[0].header

    def table_schema(self) -> dict:
        """Its Table Schema (https://specs.frictionlessdata.io/table-schema/)."""
        return {"fields": [column.schema_field() for column in self.columns], "primaryKey": list(self.primary_key),
                "missingValues": [""]}

    def recognise(self, header: list[str] | tuple[str, ...]) -> Layout | None:
        """The layout whose every column the header has (matched by ``header_key``, in any order); of several,
        the one with the most columns. None: the file is of none of its layouts."""
        keys = {header_key(name) for name in header}
        found = [layout for layout in self.layouts if {header_key(n) for n in layout.header} <= keys]
        return max(found, key=lambda layout: len(layout.columns), default=None)


def _own(columns: tuple[Column, ...]) -> tuple[Layout, ...]:
    return (Layout("", columns),)


CSV_TABLES: dict[str, CsvTable] = {table.kind: table for table in (
    CsvTable("event", EVENT_LAYOUTS, per_language=True, primary_key=("ID", "言語コード")),
    CsvTable("venue", (Layout(FACILITY_STANDARD, VENUE_COLUMNS),), primary_key=("NO",)),
    CsvTable("group", _own(GROUP_COLUMNS)),
    CsvTable("term", _own(GLOSSARY_COLUMNS)),
    CsvTable("indicator", _own(INDICATOR_COLUMNS), primary_key=(RECORD_ID.name, "区分", "年度")),
    CsvTable("support", _own(SUPPORT_COLUMNS)),
)}
"""The CSV of each record kind that has one, by kind name; each kind's adapter (``tsunagu/kinds/``) hangs
it and writes its rows. Groups, the glossary, the indicators and support
programmes follow no national standard: their column names are our own and stay stable. The indicators' table
has a line per value (long form): an indicator's baseline, each fiscal year's actual value, and its target."""
