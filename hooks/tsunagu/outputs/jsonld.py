"""schema.org JSON-LD for generated pages: events, organisations, DefinedTerm and support programmes. The
schema.org type of each group and event kind comes from its vocabulary entry (``schema_type``).

A support programme is a ``GovernmentService`` when a public body provides it, else a ``Service``:
schema.org's own examples of a GovernmentService are benefits people apply for, and a Service (unlike
``MonetaryGrant``, which records a grant already given) fits loans, awards and rooms lent too. Its
application window is the ``availabilityStarts`` and ``availabilityEnds`` of its ``Offer``, who can
apply its ``audience``.

The JSON goes inside a ``<script>`` element, so ``<``, ``>`` and ``&`` are written as
``\\u003c``-style escapes: no text can close the element or open an HTML comment.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import partial

from ..model.config import TIMEZONE
from ..model.locales import Locale
from ..model.models import Event, Group, Support, Term
from .published import Published

SCHEMA = "https://schema.org"
EVENT_STATUS = {"scheduled": "EventScheduled", "cancelled": "EventCancelled", "postponed": "EventPostponed"}


def script_text(data: dict) -> str:
    """JSON for the inside of a ``<script type="application/ld+json">`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class LinkedData:
    """The JSON-LD of each kind of record page, in one language."""

    def __init__(self, published: Published):
        self.published = published

    def _text(self, locale: Locale, value) -> str:
        return self.published.text(locale, value)

    def event(self, locale: Locale, event: Event) -> dict | None:
        schema_type = self.published.catalog.event_kind(event.kind).schema_type
        if schema_type is None:
            return None
        data = {
            "@context": SCHEMA, "@type": schema_type, "name": self._text(locale, event.title),
            "description": self._text(locale, event.description).strip(),
            "url": self.published.urls.record(locale, "event", event.id), "inLanguage": locale.tag,
            "startDate": _moment(event.start_date, event.start_time),
            "eventStatus": f"{SCHEMA}/{EVENT_STATUS[event.status]}",
            "eventAttendanceMode": f"{SCHEMA}/{'Offline' if event.venue else 'Online'}EventAttendanceMode",
            "location": self._location(locale, event), "isAccessibleForFree": event.fee == 0,
            "offers": self._offer(locale, event),
            "organizer": [self._organizer(locale, self.published.catalog.groups[g]) for g in event.organizers]
            or [self._office(locale)],
        }
        if event.end_time or event.end_date:
            data["endDate"] = _moment(event.last_day, event.end_time)
        if event.capacity:
            data["maximumAttendeeCapacity"] = event.capacity
        return data

    def _location(self, locale: Locale, event: Event) -> dict:
        if event.venue is None:
            return {"@type": "VirtualLocation", "url": event.online_url}
        venue = self.published.catalog.venues[event.venue]
        return {
            "@type": "Place", "name": self._text(locale, venue.name),
            "address": {"@type": "PostalAddress", "streetAddress": self._text(locale, venue.address),
                        "addressCountry": "JP"},
            "geo": {"@type": "GeoCoordinates", "latitude": venue.lat, "longitude": venue.lon},
        }

    def _offer(self, locale: Locale, event: Event) -> dict:
        return {"@type": "Offer", "price": event.fee, "priceCurrency": "JPY",
                "url": self.published.urls.record(locale, "event", event.id),
                "availability": f"{SCHEMA}/{'InStock' if event.status == 'scheduled' else 'Discontinued'}"}

    def _organizer(self, locale: Locale, group: Group) -> dict:
        return {"@type": self.published.catalog.group_kind(group.kind).schema_type, "name": self._text(locale, group.name),
                "url": self.published.urls.record(locale, "group", group.id)}

    def _office(self, locale: Locale) -> dict:
        office = self.published.catalog.site.office
        return {"@type": "GovernmentOrganization", "name": self._text(locale, office.name),
                "telephone": office.phone, "email": office.email}

    def support(self, locale: Locale, programme: Support) -> dict:
        catalog, text = self.published.catalog, partial(self._text, locale)
        url = self.published.urls.record(locale, "support", programme.id)
        data = {
            "@context": SCHEMA, "@type": "GovernmentService" if programme.government else "Service",
            "name": text(programme.title), "description": text(programme.summary), "url": url,
            "serviceType": text(catalog.label("support_kinds", programme.kind)),
            "provider": {"@type": "GovernmentOrganization" if programme.government else "Organization",
                         "name": text(programme.provider)},
            "areaServed": {"@type": "City", "name": self.published.city(locale)},
            "audience": [{"@type": "Audience", "audienceType": text(catalog.label("support_applicants", code))}
                         for code in programme.applicants],
            "offers": self._window(programme, url),
            "availableChannel": self._channel(locale, programme),
        }
        if programme.url:
            data["sameAs"] = programme.url
        return data

    @staticmethod
    def _window(programme: Support, url: str) -> dict:
        application = programme.application
        return {"@type": "Offer", "url": url,
                **({"availabilityStarts": application.opens.isoformat()} if application.opens else {}),
                **({"availabilityEnds": application.closes.isoformat()} if application.closes else {})}

    def _channel(self, locale: Locale, programme: Support) -> dict:
        contact = programme.contact or self.published.catalog.site.office
        point = {"@type": "ContactPoint", "name": self._text(locale, contact.name),
                 **({"telephone": contact.phone} if contact.phone else {}),
                 **({"email": contact.email} if contact.email else {})}
        return {"@type": "ServiceChannel", "servicePhone": point,
                **({"serviceUrl": programme.url} if programme.url else {})}

    def organization(self, locale: Locale, group: Group) -> dict:
        catalog = self.published.catalog
        data = {
            "@context": SCHEMA, **self._organizer(locale, group), "description": self._text(locale, group.summary),
            "areaServed": [self._text(locale, catalog.label("areas", a)) for a in group.areas],
        }
        if group.url:
            data["sameAs"] = group.url
        if group.contact and group.contact.public:
            data["contactPoint"] = {"@type": "ContactPoint", "name": self._text(locale, group.contact.name),
                                    **({"telephone": group.contact.phone} if group.contact.phone else {}),
                                    **({"email": group.contact.email} if group.contact.email else {})}
        return data

    def term(self, locale: Locale, term: Term) -> dict:
        data = {
            "@context": SCHEMA, "@type": "DefinedTerm", "@id": self.published.urls.record(locale, "term", term.id),
            "name": self._text(locale, term.term), "description": self._text(locale, term.definition),
            "termCode": term.id, "url": self.published.urls.record(locale, "term", term.id),
            "inLanguage": locale.tag, "inDefinedTermSet": self._term_set(locale),
        }
        if term.aliases.get(locale.code):
            data["alternateName"] = term.aliases[locale.code]
        return data

    def glossary(self, locale: Locale) -> dict:
        """The glossary as a DefinedTermSet listing every term."""
        terms = sorted(self.published.catalog.terms.values(), key=lambda t: t.id)
        return {"@context": SCHEMA, **self._term_set(locale), "hasDefinedTerm": [
            {"@type": "DefinedTerm", "name": self._text(locale, t.term), "termCode": t.id,
             "url": self.published.urls.record(locale, "term", t.id)} for t in terms]}

    def _term_set(self, locale: Locale) -> dict:
        url = self.published.urls.index(locale, "term")
        return {"@type": "DefinedTermSet", "@id": url, "url": url,
                "name": self.published.t(locale, "glossary.title")}


def _moment(day: dt.date, time: dt.time | None) -> str:
    """An ISO 8601 date, or date-time with the city's offset when there is a time."""
    return dt.datetime.combine(day, time, TIMEZONE).isoformat() if time else day.isoformat()
