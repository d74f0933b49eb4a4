"""Community groups: a directory by group kind with filters, a page per group with its coming events, JSON-LD
(an organisation) and a CSV of our own."""

from __future__ import annotations

from ..model.locales import Locale
from ..model.models import Event, Group
from ..outputs.jsonld import SCHEMA, contact_point, organizer
from ..outputs.opendata_csv import Cell, OpenDataCsv
from ..outputs.published import Published
from ..outputs.tables import LG_CODE, RECORD_ID, UPDATED, URL, Column, phone
from ..render.filters import group_facets, group_filters
from ..render.pages import Extras, LanguagePages
from .base import KindAdapter
from .event import upcoming

COLUMNS = (
    LG_CODE, RECORD_ID, Column("団体名", required=True), Column("団体名_カナ", required=True), Column("団体名_英語"),
    Column("種類", required=True), Column("活動地区"), Column("活動分野"), Column("紹介"), Column("連絡先名称"),
    phone("連絡先電話番号"), Column("連絡先メールアドレス", "string", "email"), Column("ウェブサイト", "string", "uri"),
    URL, UPDATED,
)
"""Our own columns: no national standard lists groups. The names and their order stay stable."""


class GroupAdapter(KindAdapter):
    name = "group"
    columns = COLUMNS

    def index(self, pages: LanguagePages) -> Extras:
        catalog = pages.catalog
        groups = sorted(catalog.groups.values(), key=lambda g: g.name_kana)
        sections = [(kind, [g for g in groups if g.kind == kind]) for kind in catalog.vocabularies["group_kinds"]]
        return Extras({"sections": sections, "facets": group_facets,
                       "filters": group_filters(list(catalog.groups.values()), catalog)})

    def record(self, pages: LanguagePages, group: Group) -> Extras:
        return Extras({"events": pages.once(_by_organizer).get(group.id, []),
                       "print_link": pages.print_link(self.name, group.id)},
                      lambda: linked_data(pages.published, pages.locale, group))

    def csv_rows(self, out: OpenDataCsv, group: Group) -> list[tuple[Cell, ...]]:
        contact = group.contact if group.contact and group.contact.public else None
        return [(
            out.catalog.site.lg_code, group.id, out.text(group.name), group.name_kana, out.english_text(group.name),
            out.label("group_kinds", group.kind), out.labels("areas", group.areas),
            out.labels("npo_fields", group.npo_fields), out.text(group.summary),
            out.text(contact.name) if contact else "", (contact.phone or "") if contact else "",
            (contact.email or "") if contact else "", group.url or "", out.url(self.name, group.id),
            group.updated.isoformat(),
        )]


def linked_data(published: Published, locale: Locale, group: Group) -> dict:
    """The group as a schema.org organisation, with its contact where it is public."""
    data = {
        "@context": SCHEMA, **organizer(published, locale, group), "description": published.text(locale, group.summary),
        "areaServed": [published.text(locale, published.catalog.label("areas", a)) for a in group.areas],
    }
    if group.url:
        data["sameAs"] = group.url
    if group.contact and group.contact.public:
        data["contactPoint"] = contact_point(published, locale, group.contact)
    return data


def _by_organizer(pages: LanguagePages) -> dict[str, list[Event]]:
    """Each group's coming events, in date order."""
    found: dict[str, list[Event]] = {}
    for event in pages.once(upcoming):
        for group_id in dict.fromkeys(event.organizers):
            found.setdefault(group_id, []).append(event)
    return found


ADAPTER = GroupAdapter()
