"""Community groups: a directory by group kind with filters, a page per group with its coming events, JSON-LD
(an organisation) and a CSV of our own."""

from __future__ import annotations

from ..model.locales import Locale
from ..model.models import Group
from ..model.occurrences import Occurrence
from ..outputs.jsonld import SCHEMA, contact_point, organizer
from ..outputs.opendata_csv import OpenDataCsv
from ..outputs.published import Published
from ..outputs.table_rows import Cell, Row, TableRows
from ..render.filters import group_facets, group_filters
from ..render.pages import Extras, LanguagePages
from ..importing.rows import Draft
from ..importing.rules import Site as ImportSite
from ..importing.rules import katakana
from .base import KindAdapter
from .event import upcoming


class GroupAdapter(KindAdapter):
    name = "group"

    def import_row(self, draft: Draft, site: ImportSite) -> dict[str, Draft]:
        """A group's reading in katakana. A contact in Tsunagu's own groups.csv was published with consent
        (the export leaves out any other), so it stays public; one from a city's own list never is."""
        katakana(draft, "name_kana")
        if site.own_table and any(path.startswith("contact.") for path in draft.values):
            draft.values["contact.public"] = True
        return {}

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
        """A group's line, read off it by the table's columns; its contact only where it is public."""
        contact = group.contact if group.contact and group.contact.public else None
        rules = {"連絡先名称": lambda row: out.text(contact.name) if contact else "",
                 "連絡先電話番号": lambda row: (contact.phone or "") if contact else "",
                 "連絡先メールアドレス": lambda row: (contact.email or "") if contact else "",
                 "URL": lambda row: out.url(self.name, group.id)}
        row = Row({"": group, "site": out.catalog.site}, out.locale)
        return [TableRows(out.published).row(self.table.columns, row, rules)]


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


def _by_organizer(pages: LanguagePages) -> dict[str, list[Occurrence]]:
    """Each group's coming events, in date order: a regular activity once, at its next date."""
    found: dict[str, list[Occurrence]] = {}
    seen: set[tuple[str, str]] = set()
    for held in pages.once(upcoming):
        for group_id in dict.fromkeys(held.event.organizers):
            if (group_id, held.id) not in seen:
                seen.add((group_id, held.id))
                found.setdefault(group_id, []).append(held)
    return found


ADAPTER = GroupAdapter()
