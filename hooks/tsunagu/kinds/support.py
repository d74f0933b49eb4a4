"""Support programmes (補助金・助成金・交付金・貸付・表彰・物品や場所の提供): an index of those open and opening
soon with filters, an archive of closed ones, a page per programme with its deadline as a calendar file and
JSON-LD, feed entries, a CSV of our own, and the digest's programmes closing in the month."""

from __future__ import annotations

from functools import partial

from ..html.markup import render_markdown
from ..load.catalog import Catalog
from ..model.locales import Locale
from ..model.models import Support
from ..outputs.atom import FeedEntry
from ..outputs.ical import CalendarWriter
from ..outputs.jsonld import SCHEMA, contact_point
from ..outputs.opendata_csv import Cell, OpenDataCsv, iso
from ..outputs.published import Published
from ..outputs.tables import LG_CODE, RECORD_ID, UPDATED, URL, Column, phone
from ..render.digest import DigestItem, Source, Window
from ..render.filters import support_facets, support_filters
from ..render.pages import Extras, LanguagePages, PageJob
from ..render.support import SupportSections, by_status
from .base import KindAdapter

COLUMNS = (
    LG_CODE, RECORD_ID, Column("制度名", required=True), Column("制度名_英語"), Column("種類", required=True),
    Column("実施主体", required=True), Column("公的機関", "boolean", required=True), Column("概要"),
    Column("対象者", required=True), Column("対象者の条件"), Column("対象となる活動・経費"),
    Column("上限額", "integer", minimum=1), Column("補助率", pattern="[1-9][0-9]*/[1-9][0-9]*"), Column("金額の説明"),
    Column("受付開始日", "date"), Column("受付終了日", "date"), Column("随時受付", "boolean", required=True),
    Column("申請方法", required=True), Column("提出書類"), Column("問い合わせ先名称", required=True),
    phone("問い合わせ先電話番号"), Column("問い合わせ先メールアドレス", "string", "email"),
    Column("制度のウェブサイト", "string", "uri"), Column("年度", "integer", minimum=1989, required=True), URL, UPDATED,
)
"""Our own columns: no national standard lists support programmes. 対象者 and 提出書類 list several values,
joined by the list separator (、); 補助率 is a fraction such as 1/2; 年度 is the year in which the fiscal year
(April to March) starts."""


class SupportAdapter(KindAdapter):
    name = "support"
    columns = COLUMNS
    in_feed = True

    def index(self, pages: LanguagePages) -> Extras:
        sections = pages.once(_sections)
        return Extras({"sections": sections, "facets": support_facets,
                       "filters": support_filters(sections.open + sections.soon, pages.catalog)})

    def record(self, pages: LanguagePages, programme: Support) -> Extras:
        return Extras({"status": programme.application.status(pages.today),
                       "calendar_file": self.kind.calendar_path(programme.id),
                       "print_link": pages.print_link(self.name, programme.id)},
                      lambda: linked_data(pages.published, pages.locale, programme))

    def archives(self, pages: LanguagePages) -> list[PageJob]:
        return [PageJob(self.kind.archive_src, self.kind.archive_template, lambda v: v.t(self.kind.archive_title),
                        {"programmes": pages.once(_sections).closed})]

    def calendar(self, calendars: CalendarWriter, locale: Locale, programme: Support) -> bytes | None:
        """Its deadline as an all-day event, where it has one."""
        return calendars.deadline(locale, programme) if programme.application.closes else None

    def feed_entry(self, published: Published, locale: Locale, programme: Support) -> FeedEntry:
        """A programme: its kind before its title, its deadline (or that it is rolling) as the summary."""
        text = published.text
        kind = text(locale, published.catalog.label("support_kinds", programme.kind))
        return FeedEntry(published.urls.record(locale, self.name, programme.id),
                         f"{kind}: {text(locale, programme.title)}", programme.updated,
                         _deadline(published, locale, programme),
                         render_markdown(f"{text(locale, programme.summary)}\n\n{text(locale, programme.covers)}"))

    def csv_rows(self, out: OpenDataCsv, programme: Support) -> list[tuple[Cell, ...]]:
        amount, application = programme.amount, programme.application
        contact = programme.contact or out.catalog.site.office
        return [(
            out.catalog.site.lg_code, programme.id, out.text(programme.title), out.english_text(programme.title),
            out.label("support_kinds", programme.kind), out.text(programme.provider),
            programme.government, out.text(programme.summary), out.labels("support_applicants", programme.applicants),
            out.text(programme.eligibility), out.text(programme.covers), amount.max_yen, amount.rate or "",
            out.text(amount.note), iso(application.opens), iso(application.closes), application.rolling,
            out.text(application.method), out.t("list.separator").join(out.text(d) for d in application.documents),
            out.text(contact.name), contact.phone or "", contact.email or "", programme.url or "",
            programme.fiscal_year, out.url(self.name, programme.id), programme.updated.isoformat(),
        )]

    def digest_sources(self) -> dict[str, Source]:
        return {"support": closing_items}


def linked_data(published: Published, locale: Locale, programme: Support) -> dict:
    """The programme as a ``GovernmentService`` when a public body provides it, else a ``Service``: schema.org's
    own examples of a GovernmentService are benefits people apply for, and a Service (unlike ``MonetaryGrant``,
    which records a grant already given) fits loans, awards and rooms lent too. Its application window is the
    ``availabilityStarts`` and ``availabilityEnds`` of its ``Offer``, who can apply its ``audience``."""
    catalog, text = published.catalog, partial(published.text, locale)
    url = published.urls.record(locale, "support", programme.id)
    data = {
        "@context": SCHEMA, "@type": "GovernmentService" if programme.government else "Service",
        "name": text(programme.title), "description": text(programme.summary), "url": url,
        "serviceType": text(catalog.label("support_kinds", programme.kind)),
        "provider": {"@type": "GovernmentOrganization" if programme.government else "Organization",
                     "name": text(programme.provider)},
        "areaServed": {"@type": "City", "name": published.city(locale)},
        "audience": [{"@type": "Audience", "audienceType": text(catalog.label("support_applicants", code))}
                     for code in programme.applicants],
        "offers": _window(programme, url),
        "availableChannel": _channel(published, locale, programme),
    }
    if programme.url:
        data["sameAs"] = programme.url
    return data


def _window(programme: Support, url: str) -> dict:
    application = programme.application
    return {"@type": "Offer", "url": url,
            **({"availabilityStarts": application.opens.isoformat()} if application.opens else {}),
            **({"availabilityEnds": application.closes.isoformat()} if application.closes else {})}


def _channel(published: Published, locale: Locale, programme: Support) -> dict:
    point = contact_point(published, locale, programme.contact or published.catalog.site.office)
    return {"@type": "ServiceChannel", "servicePhone": point, **({"serviceUrl": programme.url} if programme.url else {})}


def _sections(pages: LanguagePages) -> SupportSections:
    return by_status(pages.catalog.support.values(), pages.today)


def _deadline(published: Published, locale: Locale, programme: Support) -> str:
    closes = programme.application.closes
    if closes is None:
        return published.t(locale, "support.rolling")
    return f"{published.t(locale, 'support.deadline')}: {published.dates[locale.code].date(closes)}"


def closing_items(catalog: Catalog, days: Window) -> list[DigestItem]:
    """The programmes whose applications close on the window's days (for every area), soonest first."""
    found = [p for p in catalog.support.values() if p.application.closes and days.first <= p.application.closes <= days.last]
    return [DigestItem("support", p, p.title, p.summary, p.application.opens or p.application.closes,
                       p.application.closes, closes=p.application.closes, when_label="support.window")
            for p in sorted(found, key=lambda p: (p.application.closes, p.id))]


ADAPTER = SupportAdapter()
