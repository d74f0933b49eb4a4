"""Open data as CSV: the 自治体標準オープンデータセット「イベント一覧」 and two lists of our own.

Files are UTF-8 with a BOM and CRLF line endings, one record per line (line breaks inside
texts become spaces), quoted where needed by the csv module. A text that a spreadsheet would
read as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Callable

from ..model.locales import Locale
from ..model.models import Event, Group, Term
from .published import Dataset, Published

EVENT_COLUMNS = (
    "全国地方公共団体コード", "ID", "地方公共団体名", "イベント名", "イベント名_カナ", "イベント名_英語",
    "開始日", "終了日", "開始時間", "終了時間", "開始日時特記事項", "説明", "料金（基本）", "料金（詳細）",
    "連絡先名称", "連絡先電話番号", "連絡先内線番号", "主催者", "場所名称", "住所", "方書", "緯度", "経度",
    "アクセス方法", "駐車場情報", "定員", "参加申込終了日", "参加申込終了時間", "参加申込方法", "URL", "備考",
)
GROUP_COLUMNS = (
    "全国地方公共団体コード", "ID", "団体名", "団体名_カナ", "団体名_英語", "種類", "活動地区", "活動分野",
    "紹介", "連絡先名称", "連絡先電話番号", "連絡先メールアドレス", "ウェブサイト", "URL", "最終更新日",
)
GLOSSARY_COLUMNS = (
    "全国地方公共団体コード", "ID", "用語", "読み", "用語_英語", "定義", "別名", "根拠法令", "URL", "最終更新日",
)
DATASETS = (
    Dataset("opendata/events.csv", "opendata.events_csv", "CSV", EVENT_COLUMNS),
    Dataset("opendata/groups.csv", "opendata.groups_csv", "CSV", GROUP_COLUMNS),
    Dataset("opendata/glossary.csv", "opendata.glossary_csv", "CSV", GLOSSARY_COLUMNS),
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float | None


def inert(text: str) -> str:
    """A text on one line that no spreadsheet turns into a formula."""
    line = re.sub(r"\s*[\r\n]+\s*", " ", text).strip()
    return "'" + line if line.startswith(FORMULA_STARTS) else line


def to_csv(header: tuple[str, ...], rows: list[tuple[Cell, ...]]) -> bytes:
    """CSV bytes: UTF-8 with BOM, CRLF; texts made inert, numbers written as they are."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([inert(cell) if isinstance(cell, str) else cell for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


class OpenDataCsv:
    """Writes the CSV files from the catalog; texts are in the site's default language."""

    def __init__(self, published: Published):
        self.published = published
        self.locale: Locale = published.locales.default
        self.english = published.english()

    def files(self) -> dict[str, bytes]:
        catalog = self.published.catalog
        return {
            DATASETS[0].path: self._table(EVENT_COLUMNS, self._event, catalog.events.values()),
            DATASETS[1].path: self._table(GROUP_COLUMNS, self._group, catalog.groups.values()),
            DATASETS[2].path: self._table(GLOSSARY_COLUMNS, self._term, catalog.terms.values()),
        }

    @staticmethod
    def _table(columns: tuple[str, ...], row: Callable, records) -> bytes:
        return to_csv(columns, [row(record) for record in sorted(records, key=lambda r: r.id)])

    def _text(self, value) -> str:
        return self.published.text(self.locale, value)

    def _english(self, value) -> str:
        return value.root.get(self.english.code, "") if self.english and value else ""

    def _t(self, key: str, **values) -> str:
        return self.published.t(self.locale, key, **values)

    def _event(self, event: Event) -> tuple[Cell, ...]:
        site, venue = self.published.catalog.site, self.published.catalog.venues.get(event.venue or "")
        contact_name, contact_phone = self._event_contact(event)
        return (
            site.lg_code, event.id, self._text(site.city), self._text(event.title), event.title_kana,
            self._english(event.title), event.start_date.isoformat(), event.last_day.isoformat(),
            _hhmm(event.start_time), _hhmm(event.end_time), self._status_note(event),
            self._text(event.description), self._fee(event), self._text(event.fee_note),
            contact_name, contact_phone, "", self._names(event.organizers),
            self._text(venue.name) if venue else self._t("event.online"), self._text(venue.address) if venue else "",
            "", venue.lat if venue else None, venue.lon if venue else None,
            self._text(venue.access) if venue else "", "", event.capacity,
            event.registration.deadline.isoformat() if event.registration.deadline else "", "",
            self._registration(event), self.published.urls.record(self.locale, "event", event.id),
            event.online_url or "",
        )

    def _status_note(self, event: Event) -> str:
        return "" if event.status == "scheduled" else self._t(f"status.{event.status}")

    def _fee(self, event: Event) -> str:
        return self._t("event.free") if event.fee == 0 else self._t("event.yen", amount=f"{event.fee:,}")

    def _registration(self, event: Event) -> str:
        if not event.registration.required:
            return self._t("event.registration.none")
        return self._text(event.registration.method)

    def _names(self, group_ids: list[str]) -> str:
        groups = self.published.catalog.groups
        return self._t("list.separator").join(self._text(groups[g].name) for g in group_ids)

    def _event_contact(self, event: Event) -> tuple[str, str]:
        """The first organiser whose contact is public and has a phone; else the city's office."""
        for group_id in event.organizers:
            group = self.published.catalog.groups[group_id]
            if group.contact and group.contact.public and group.contact.phone:
                return self._text(group.name), group.contact.phone
        office = self.published.catalog.site.office
        return self._text(office.name), office.phone

    def _group(self, group: Group) -> tuple[Cell, ...]:
        catalog, sep = self.published.catalog, self._t("list.separator")
        contact = group.contact if group.contact and group.contact.public else None
        return (
            catalog.site.lg_code, group.id, self._text(group.name), group.name_kana, self._english(group.name),
            self._text(catalog.label("group_kinds", group.kind)),
            sep.join(self._text(catalog.label("areas", a)) for a in group.areas),
            sep.join(self._text(catalog.label("npo_fields", f)) for f in group.npo_fields),
            self._text(group.summary), self._text(contact.name) if contact else "",
            (contact.phone or "") if contact else "", (contact.email or "") if contact else "", group.url or "",
            self.published.urls.record(self.locale, "group", group.id), group.updated.isoformat(),
        )

    def _term(self, term: Term) -> tuple[Cell, ...]:
        aliases = self.published.t(self.locale, "list.separator").join(term.aliases.get(self.locale.code, []))
        return (
            self.published.catalog.site.lg_code, term.id, self._text(term.term), term.reading,
            self._english(term.term), self._text(term.definition), aliases, self._text(term.legal_basis),
            self.published.urls.record(self.locale, "term", term.id), term.updated.isoformat(),
        )


def _hhmm(time) -> str:
    return time.strftime("%H:%M") if time else ""
