"""schema.org JSON-LD for generated pages: what every kind's shares (the city's office, a group as an
organiser, a moment, a contact point). Each kind's own JSON-LD is in its adapter (``tsunagu/kinds/``).

The JSON goes inside a ``<script>`` element, so ``<``, ``>`` and ``&`` are written as
``\\u003c``-style escapes: no text can close the element or open an HTML comment.
"""

from __future__ import annotations

import datetime as dt
import json

from ..model.config import TIMEZONE
from ..model.locales import Locale
from ..model.models import Contact, Enquiries, Group, Office
from .published import Published

SCHEMA = "https://schema.org"
EVENT_STATUS = {"scheduled": "EventScheduled", "cancelled": "EventCancelled", "postponed": "EventPostponed"}


def script_text(data: dict) -> str:
    """JSON for the inside of a ``<script type="application/ld+json">`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def organizer(published: Published, locale: Locale, group: Group) -> dict:
    """A group as an organisation: its schema.org type (from its kind's vocabulary entry), name and page."""
    return {"@type": published.catalog.group_kind(group.kind).schema_type, "name": published.text(locale, group.name),
            "url": published.urls.record(locale, "group", group.id)}


def office(published: Published, locale: Locale) -> dict:
    """The city's office that runs the site."""
    found = published.catalog.site.office
    return {"@type": "GovernmentOrganization", "name": published.text(locale, found.name),
            "telephone": found.phone, "email": found.email}


def contact_point(published: Published, locale: Locale, contact: Contact | Enquiries | Office) -> dict:
    """A ContactPoint with the phone and email a contact gives."""
    return {"@type": "ContactPoint", "name": published.text(locale, contact.name),
            **({"telephone": contact.phone} if contact.phone else {}),
            **({"email": contact.email} if contact.email else {})}


def moment(day: dt.date, time: dt.time | None) -> str:
    """An ISO 8601 date, or date-time with the city's offset when there is a time."""
    return dt.datetime.combine(day, time, TIMEZONE).isoformat() if time else day.isoformat()
