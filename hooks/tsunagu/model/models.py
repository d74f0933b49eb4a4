"""Typed records: one model per kind of data file. The same models give the JSON Schemas."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Callable, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, RootModel, model_validator

from . import messages
from .fields import (Date, Email, FiscalYear, Hiragana, Katakana, LocalText, Number, Phone, Time, Url, code, fail,
                     ref)


def _doc(ja: str, en: str, **kw):
    return Field(description=f"{ja} / {en}", **kw)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Record(Strict):
    """A record read from ``data/<kind>s/<id>.yml``; its id is the file name."""

    _id: str = PrivateAttr(default="")
    updated: Date = _doc("最終更新日（YYYY-MM-DD）", "Date of the last update (YYYY-MM-DD)")

    @property
    def id(self) -> str:
        return self.__pydantic_private__["_id"]  # not through pydantic's __getattr__: asked for often (speed)

    def with_id(self, record_id: str):
        self._id = record_id
        return self


def _check_digit(code5: str) -> int:
    """Check digit of a 全国地方公共団体コード: weights 6 to 2, modulus 11."""
    total = sum(int(d) * w for d, w in zip(code5, (6, 5, 4, 3, 2)))
    return (11 - total % 11) % 10


PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
    "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
    "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
    "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
)
"""The 47 prefectures in the order of their codes: the first two digits of a 全国地方公共団体コード (01–47)."""


def _lg_code(value) -> str:
    text = str(value).strip()
    if not (text.isdigit() and len(text) == 6):
        raise fail(messages.LG_CODE_FORM, value=text)
    if not 1 <= int(text[:2]) <= len(PREFECTURES):
        raise fail(messages.LG_CODE_PREFECTURE, value=text)
    if int(text[5]) != _check_digit(text[:5]):
        raise fail(messages.LG_CODE_CHECK_DIGIT,
                   value=text, digit=_check_digit(text[:5]))
    return text


LgCode = Annotated[str, BeforeValidator(_lg_code), Field(json_schema_extra={"pattern": r"^\s*[0-9]{6}\s*$"})]


def _prefecture(value) -> str:
    if value not in PREFECTURES:
        raise fail(messages.NOT_A_PREFECTURE, value=value)
    return value


Prefecture = Annotated[str, BeforeValidator(_prefecture), Field(json_schema_extra={"enum": list(PREFECTURES)})]


class License(Strict):
    name: str = _doc("ライセンス名", "Licence name", default="CC BY 4.0")
    url: Url = _doc("ライセンスのURL", "Licence URL", default="https://creativecommons.org/licenses/by/4.0/")


class Office(Strict):
    name: LocalText = _doc("担当課の名前", "Name of the office that runs the site")
    address: LocalText = _doc("住所", "Postal address")
    phone: Phone = _doc("電話番号（引用符で囲む）", "Phone number (in quotes)")
    email: Email = _doc("メールアドレス", "Email address")


class Site(Strict):
    """data/site.yml: who publishes the site and under which licence."""

    city: LocalText = _doc("市区町村名", "Name of the city")
    prefecture: Prefecture = _doc("都道府県名（全国地方公共団体コードの先頭2桁の都道府県）",
                                  "Prefecture, in Japanese (the one the first two digits of lg_code name)")
    lg_code: LgCode = _doc("全国地方公共団体コード（6桁、検査数字を含む）", "Local government code (6 digits, check digit included)")
    office: Office = _doc("サイトを運営する担当課", "The office that runs the site")
    license: License = _doc("データのライセンス", "Licence of the open data", default_factory=License)

    @model_validator(mode="after")
    def _prefecture_of_code(self):
        expected = PREFECTURES[int(self.lg_code[:2]) - 1]
        if self.prefecture != expected:
            raise fail(messages.LG_CODE_ELSEWHERE,
                       field="prefecture", lg_code=self.lg_code, expected=expected, prefecture=self.prefecture)
        return self


class Readings(RootModel[dict[str, Hiragana]]):
    """data/readings.yml: word → hiragana reading, overriding the analyser."""


class Contact(Strict):
    name: LocalText | None = _doc("連絡先の名前・役職", "Contact name or role", default=None)
    phone: Phone | None = _doc("電話番号（引用符で囲む）", "Phone number (in quotes)", default=None)
    email: Email | None = _doc("メールアドレス", "Email address", default=None)
    public: bool = _doc("公開してよいか（本人の同意があるときだけ true）",
                        "May it be published? (true only with the person's consent)", default=False)


GroupId = Annotated[str, ref("group")]
VenueId = Annotated[str, ref("venue")]
TermId = Annotated[str, ref("term")]
EventId = Annotated[str, ref("event")]


class Group(Record):
    """data/groups/<id>.yml: a community group."""

    kind: Annotated[str, code("group_kinds")] = _doc("団体の種類（data/vocabulary/group_kinds.yml のコード）", "Kind of group (a code from group_kinds.yml)")
    name: LocalText = _doc("団体名", "Name of the group")
    name_kana: Katakana = _doc("団体名のよみ（全角カタカナ）", "Reading of the Japanese name (full-width katakana)")
    summary: LocalText = _doc("一文の紹介", "One-sentence summary")
    description: LocalText = _doc("紹介文（Markdown）", "Description (Markdown)")
    areas: list[Annotated[str, code("areas")]] = _doc("活動地区（areas.yml のコード）", "Areas (codes from areas.yml)", min_length=1)
    npo_fields: list[Annotated[int, code("npo_fields")]] = _doc(
        "NPO法の活動分野（1〜20、NPO法人は必須）", "NPO activity fields (1 to 20, required for NPO法人)", default_factory=list)
    activities: list[LocalText] = _doc("主な活動", "Main activities", default_factory=list)
    contact: Contact | None = _doc("連絡先（public: true のときだけ公開）", "Contact (published only when public: true)", default=None)
    url: Url | None = _doc("ウェブサイト", "Website", default=None)

    @model_validator(mode="after")
    def _npo_needs_fields(self):
        if self.kind == "npo" and not self.npo_fields:
            raise fail(messages.NPO_FIELDS_NEEDED, field="npo_fields")
        return self


class Registration(Strict):
    required: bool = _doc("申込が必要か", "Is registration required?", default=False)
    deadline: Date | None = _doc("申込締切日", "Registration deadline", default=None)
    method: LocalText | None = _doc("申込方法", "How to register", default=None)


class Event(Record):
    """data/events/<id>.yml: an event, or a period residents can take part in."""

    kind: Annotated[str, code("event_kinds")] = _doc("催しの種類（event_kinds.yml のコード）", "Kind of event (a code from event_kinds.yml)")
    title: LocalText = _doc("催しの名前", "Title")
    title_kana: Katakana = _doc("催しの名前のよみ（全角カタカナ）", "Reading of the Japanese title (full-width katakana)")
    summary: LocalText | None = _doc("一行の紹介（回覧板のまとめに載る。なければ説明の最初の一文）",
                                     "One-line summary (on the printed digest; none: the description's first sentence)",
                                     default=None)
    description: LocalText = _doc("説明（Markdown）", "Description (Markdown)")
    start_date: Date = _doc("開始日", "Start date")
    end_date: Date | None = _doc("終了日（複数日のとき）", "End date (for several days)", default=None)
    start_time: Time | None = _doc('開始時刻 "HH:MM"（なければ終日）', 'Start time "HH:MM" (none: all day)', default=None)
    end_time: Time | None = _doc('終了時刻 "HH:MM"', 'End time "HH:MM"', default=None)
    venue: VenueId | None = _doc("会場（data/venues/ のid）", "Venue (an id in data/venues/)", default=None)
    online_url: Url | None = _doc("オンライン参加のURL", "Online address", default=None)
    organizers: list[GroupId] = _doc("主催団体（data/groups/ のid）", "Organisers (ids in data/groups/)", default_factory=list)
    city_wide: bool = _doc("地区の会場でも市内全域の人が対象か（全地区の回覧板に載る）",
                           "Open to residents of every area, though held in one (on every area's digest)", default=False)
    fee: int = _doc("参加費（円、0は無料）", "Fee in yen (0 = free)", default=0, ge=0)
    fee_note: LocalText | None = _doc("参加費の補足", "Note on the fee", default=None)
    capacity: int | None = _doc("定員", "Capacity", default=None, gt=0)
    registration: Registration = _doc("申込", "Registration", default_factory=Registration)
    status: Literal["scheduled", "cancelled", "postponed"] = _doc(
        "状態（scheduled 予定 / cancelled 中止 / postponed 延期）", "Status", default="scheduled")
    participants: int | None = _doc("参加者数（催しの後に記入。成果指標の計算に使う）",
                                    "Number of participants (recorded after the event; counted by indicators)",
                                    default=None, ge=0)

    @model_validator(mode="after")
    def _coherent(self):
        if (self.venue is None) == (self.online_url is None):
            raise fail(messages.VENUE_OR_ONLINE, field="venue")
        if self.end_date and self.end_date < self.start_date:
            raise fail(messages.END_BEFORE_START, field="end_date", end=self.end_date, start=self.start_date)
        if self.end_time and not self.start_time:
            raise fail(messages.END_TIME_ALONE, field="end_time")
        if self.start_time and self.end_time and self.last_day == self.start_date and self.end_time <= self.start_time:
            raise fail(messages.END_TIME_NOT_AFTER, field="end_time",
                       end=self.end_time.strftime("%H:%M"), start=self.start_time.strftime("%H:%M"))
        if self.participants is not None and self.status == "cancelled":
            raise fail(messages.CANCELLED_PARTICIPANTS, field="participants")
        return self

    @property
    def last_day(self) -> dt.date:
        return self.end_date or self.start_date

    @property
    def order(self) -> tuple[dt.date, dt.time, str]:
        """Where the event stands in a list: by day, then time (all-day first), then id."""
        return self.start_date, self.start_time or dt.time.min, self.id

    @property
    def all_day(self) -> bool:
        return self.start_time is None


class Venue(Record):
    """data/venues/<id>.yml: a place where events happen."""

    name: LocalText = _doc("会場名", "Name of the venue")
    address: LocalText = _doc("住所", "Address")
    lat: float = _doc("緯度", "Latitude", ge=-90, le=90)
    lon: float = _doc("経度", "Longitude", ge=-180, le=180)
    area: Annotated[str, code("areas")] | None = _doc(
        "施設のある地区（areas.yml のコード。なければ市内全域の施設）",
        "The area the venue is in (a code from areas.yml; none: it serves the whole city)", default=None)
    access: LocalText | None = _doc("行き方", "How to get there", default=None)
    accessibility: list[Annotated[str, code("accessibility")]] = _doc(
        "バリアフリー設備（accessibility.yml のコード）", "Accessibility features (codes from accessibility.yml)", default_factory=list)


class Term(Record):
    """data/glossary/<id>.yml: a glossary term."""

    term: LocalText = _doc("用語", "The term")
    reading: Hiragana = _doc("日本語の用語のよみ（ひらがな）", "Reading of the Japanese term (hiragana)")
    definition: LocalText = _doc("定義", "Definition")
    short: LocalText | None = _doc("短い説明（ツールチップ）", "Short definition (for tooltips)", default=None)
    aliases: dict[str, list[Annotated[str, Field(min_length=1)]]] = _doc(
        "別の言い方（言語ごと）", "Other names, per language", default_factory=dict)
    see_also: list[TermId] = _doc("関連用語（id）", "Related terms (ids)", default_factory=list)
    legal_basis: LocalText | None = _doc("根拠法令", "Legal basis", default=None)



class Baseline(Strict):
    value: Number = _doc("現状値", "Value in the baseline year")
    fiscal_year: FiscalYear = _doc("現状値の年度（西暦。令和5年度は 2023）", "Fiscal year of the baseline (western: 令和5年度 is 2023)")


class Target(Strict):
    value: Number = _doc("目標値", "Target value")
    fiscal_year: FiscalYear = _doc("目標の年度（西暦）", "Fiscal year of the target (western year)")
    cumulative: bool = _doc("累計の目標か（true: 毎年度の値を足したものを目標と比べる）",
                            "Is the target a running total? (true: the years' values are added up)", default=False)
    counted_from: FiscalYear | None = _doc("累計を数え始める年度（なければ現状値の次の年度）",
                                           "First fiscal year of the running total (none: the year after the baseline)",
                                           default=None)


class Actual(Strict):
    fiscal_year: FiscalYear = _doc("年度（西暦）", "Fiscal year (western year)")
    value: Number = _doc("その年度の値（累計の目標でも、その年度の分だけ）", "The year's own value (for a running total too)")


class ParticipantCount(Strict):
    event_kinds: list[Annotated[str, code("event_kinds")]] = _doc(
        "数える催しの種類（event_kinds.yml のコード）", "Kinds of event counted (codes from event_kinds.yml)", min_length=1)
    first_year: FiscalYear = _doc("数え始める年度（西暦）", "First fiscal year counted (western year)")
    last_year: FiscalYear | None = _doc("数え終わる年度（なければ目標の年度）", "Last fiscal year counted (none: the target's year)",
                                        default=None)


class Source(Strict):
    text: LocalText = _doc("出典（例：市民協働推進課調べ）", "Source (e.g. the office's own count)")
    url: Url | None = _doc("出典のURL", "Address of the source", default=None)


class Indicator(Record):
    """data/indicators/<id>.yml: an indicator of the city's plan, its target and its values per fiscal year."""

    name: LocalText = _doc("指標の名前", "Name of the indicator")
    goal: Annotated[str, code("plan_goals")] = _doc("計画の目標（plan_goals.yml のコード）", "Goal of the plan (a code from plan_goals.yml)")
    unit: LocalText = _doc("単位（例：人、団体）", "Unit (e.g. people, groups)")
    description: LocalText | None = _doc("説明（Markdown）", "Description (Markdown)", default=None)
    baseline: Baseline = _doc("現状値（計画を立てたときの値）", "Baseline: the value when the plan was made")
    target: Target = _doc("目標", "Target")
    actuals: list[Actual] = _doc("年度ごとの実績値", "Actual values per fiscal year", default_factory=list)
    participants_of: ParticipantCount | None = _doc(
        "催しの参加者数から実績を計算するとき：数える催し", "To compute the actual values from events' participants: which events",
        default=None)
    source: Source = _doc("出典", "Source of the values")

    @model_validator(mode="after")
    def _coherent(self):
        baseline, target = self.baseline.fiscal_year, self.target
        if target.fiscal_year <= baseline:
            raise fail(messages.NOT_AFTER_BASELINE, field=("target", "fiscal_year"),
                       year=target.fiscal_year, baseline=baseline)
        _check_counted_from(target, baseline)
        if self.participants_of:
            _check_count(self.participants_of, baseline)
        _check_actuals(self.actuals, baseline, self.counts_participants)
        return self

    def counts_participants(self, year: int) -> bool:
        """Whether the year's value is counted from events' participants."""
        count = self.participants_of
        return count is not None and count.first_year <= year <= (count.last_year or self.target.fiscal_year)


def _check_counted_from(target: Target, baseline: int) -> None:
    if target.counted_from is None:
        return
    if not target.cumulative:
        raise fail(messages.COUNTED_FROM_NOT_CUMULATIVE, field=("target", "counted_from"))
    if not baseline < target.counted_from <= target.fiscal_year:
        raise fail(messages.COUNTED_FROM_OUTSIDE,
                   field=("target", "counted_from"), year=target.counted_from, baseline=baseline,
                   target=target.fiscal_year)


def _check_actuals(actuals: list[Actual], baseline: int, counted: Callable[[int], bool]) -> None:
    seen: set[int] = set()
    for index, actual in enumerate(actuals):
        where = ("actuals", index, "fiscal_year")
        if actual.fiscal_year <= baseline:
            raise fail(messages.ACTUAL_IS_BASELINE,
                       field=where, year=actual.fiscal_year, baseline=baseline)
        if actual.fiscal_year in seen:
            raise fail(messages.YEAR_TWICE, field=where, year=actual.fiscal_year)
        if counted(actual.fiscal_year):
            raise fail(messages.YEAR_COUNTED,
                       field=where, year=actual.fiscal_year)
        seen.add(actual.fiscal_year)


def _check_count(count: ParticipantCount, baseline: int) -> None:
    if count.first_year <= baseline:
        raise fail(messages.NOT_AFTER_BASELINE, field=("participants_of", "first_year"),
                   year=count.first_year, baseline=baseline)
    if count.last_year is not None and count.last_year < count.first_year:
        raise fail(messages.LAST_BEFORE_FIRST, field=("participants_of", "last_year"),
                   last=count.last_year, first=count.first_year)


def _rate(value) -> str:
    text = str(value).strip()
    match = re.fullmatch(r"([1-9][0-9]*)/([1-9][0-9]*)", text)
    if not match or int(match[1]) > int(match[2]):
        raise fail(messages.NOT_A_RATE, value=text)
    return text


Rate = Annotated[str, BeforeValidator(_rate), Field(json_schema_extra={"pattern": r"^\s*[1-9][0-9]*/[1-9][0-9]*\s*$"})]


class Amount(Strict):
    max_yen: int | None = _doc("上限額（円）", "Maximum in yen", default=None, gt=0)
    rate: Rate | None = _doc('補助率（1/2 や 2/3 のように）', 'Share of the costs covered (1/2, 2/3…)', default=None)
    note: LocalText | None = _doc("金額の説明（上限額や率で表せないとき）", "The amount in words (where a maximum or rate does not say it)",
                                  default=None)

    @model_validator(mode="after")
    def _something(self):
        if self.max_yen is None and self.rate is None and self.note is None:
            raise fail(messages.AMOUNT_NEEDED, field="max_yen")
        return self

    @property
    def share(self) -> tuple[int, int] | None:
        """The rate as (numerator, denominator)."""
        return tuple(int(part) for part in self.rate.split("/")) if self.rate else None


class Application(Strict):
    opens: Date | None = _doc("受付開始日", "First day applications are taken", default=None)
    closes: Date | None = _doc("受付締切日", "Last day applications are taken (the deadline)", default=None)
    rolling: bool = _doc("随時受付か（true なら opens・closes は省略可）", "Taken at any time? (true: opens and closes may be left out)",
                         default=False)
    method: LocalText = _doc("申請方法", "How to apply")
    documents: list[LocalText] = _doc("提出書類", "Documents to hand in", default_factory=list)

    @model_validator(mode="after")
    def _window(self):
        if not self.rolling and (self.opens is None or self.closes is None):
            raise fail(messages.WINDOW_NEEDED, field="opens" if self.opens is None else "closes")
        if self.opens and self.closes and self.closes < self.opens:
            raise fail(messages.CLOSES_BEFORE_OPENS, field="closes", closes=self.closes, opens=self.opens)
        return self

    def status(self, today: dt.date) -> Literal["open", "soon", "closed"]:
        """Whether applications are taken on ``today``, will be, or no longer are."""
        if self.closes and self.closes < today:
            return "closed"
        return "soon" if self.opens and self.opens > today else "open"


class Enquiries(Strict):
    name: LocalText = _doc("問い合わせ先の名前（担当課など）", "Who answers questions (an office)")
    phone: Phone | None = _doc("電話番号（引用符で囲む）", "Phone number (in quotes)", default=None)
    email: Email | None = _doc("メールアドレス", "Email address", default=None)


class Support(Record):
    """data/support/<id>.yml: a support programme (補助金・助成金・交付金・貸付・表彰・物品や場所の提供)."""

    kind: Annotated[str, code("support_kinds")] = _doc("支援の種類（support_kinds.yml のコード）", "Kind of support (a code from support_kinds.yml)")
    title: LocalText = _doc("制度の名前", "Name of the programme")
    provider: LocalText = _doc("実施するところ（市、県、財団など）", "Who provides it (the city, the prefecture, a foundation…)")
    government: bool = _doc("実施するのが国・県・市などの公的機関か（財団・企業などは false）",
                            "Is the provider a public body? (false for a foundation or a company)", default=True)
    summary: LocalText = _doc("一文の紹介", "One-sentence summary")
    applicants: list[Annotated[str, code("support_applicants")]] = _doc(
        "申請できる人・団体（support_applicants.yml のコード）", "Who can apply (codes from support_applicants.yml)", min_length=1)
    eligibility: LocalText | None = _doc("申請できる条件", "Conditions for applying", default=None)
    covers: LocalText = _doc("対象となる活動・経費（Markdown）", "What it covers (Markdown)")
    amount: Amount = _doc("金額（上限額・補助率・説明）", "The amount (maximum, rate, words)")
    application: Application = _doc("受付期間と申請方法", "When and how to apply")
    contact: Enquiries | None = _doc("問い合わせ先（なければサイトの担当課）", "Enquiries (none: the office that runs the site)", default=None)
    url: Url | None = _doc("制度の公式ページ", "The programme's official page", default=None)
    groups: list[GroupId] = _doc("関係する団体（data/groups/ のid）", "Related groups (ids in data/groups/)", default_factory=list)
    events: list[EventId] = _doc("関係する催し（説明会など、data/events/ のid）", "Related events (briefings…, ids in data/events/)",
                                 default_factory=list)
    fiscal_year: int = _doc("年度（西暦、2026 は令和8年度）", "Fiscal year, starting in April (2026 = April 2026 to March 2027)",
                            ge=1989, le=2100)
