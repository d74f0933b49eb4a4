"""Calendars (RFC 5545) of events, written with the icalendar package.

One calendar per language lists every event; each event also has its own file (where: ``model/kinds.py``).
Other kinds' calendar files are their adapters', built on ``CalendarWriter.head`` (a support programme's
deadline: ``kinds/support.py``). A regular activity is one VEVENT with its rule, and one more for each
date cancelled or moved (``ical_rules``).
UIDs are ``<event id>@<site host>``, so calendar apps keep a subscribed event when it changes.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from icalendar import Calendar, Timezone
from icalendar import Event as VEvent

from ..model.config import TIMEZONE
from ..model.locales import Locale
from ..model.models import Event
from ..model.occurrences import Occurrence
from . import ical_rules
from .published import Published, local_midnight

PRODID = "-//Tsunagu//Civic events//EN"
STATUS = {"scheduled": "CONFIRMED", "cancelled": "CANCELLED", "postponed": "TENTATIVE"}


class CalendarWriter:
    """Writes the calendars of one site in each of its languages."""

    def __init__(self, published: Published, today: dt.date):
        self.published, self.today = published, today
        self._events: dict[tuple[str, str], list[VEvent]] = {}

    def feed(self, locale: Locale) -> bytes:
        """Every event, cancelled ones included, for subscribing."""
        events = sorted(self.published.catalog.events.values(), key=lambda e: (e.start_date, e.id))
        return self._calendar(locale, events).to_ical()

    def single(self, locale: Locale, event: Event) -> bytes:
        """One event, for adding it to a calendar from its page."""
        return self._calendar(locale, [event]).to_ical()

    def _calendar(self, locale: Locale, events: list[Event]) -> Calendar:
        calendar = self.head(locale)
        for event in events:
            for item in self._event_once(locale, event):
                calendar.add_component(item)
        _add_timezones(calendar)
        return calendar

    def head(self, locale: Locale) -> Calendar:
        """An empty calendar of this site in ``locale``, for a kind's calendar files."""
        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("x-wr-calname", self.published.t(locale, "calendar.name", city=self.published.city(locale)))
        calendar.add("x-wr-timezone", TIMEZONE.key)
        return calendar

    def _event_once(self, locale: Locale, event: Event) -> list[VEvent]:
        """The event's VEVENTs, built once per language for the feed and the event's own file (for speed)."""
        key = (locale.code, event.id)
        if key not in self._events:
            self._events[key] = self._components(locale, event)
        return self._events[key]

    def _components(self, locale: Locale, event: Event) -> list[VEvent]:
        """A one-off event's VEVENT; a regular activity's, with its rule, and one per changed date."""
        item = self._event(locale, event)
        if event.repeat is None:
            self._add_times(item, event)
            return [item]
        first = ical_rules.first_date(event)
        self._add_times(item, event, first)
        ical_rules.add_rule(item, event, self.today)
        return [item, *(self._changed(locale, event, found) for found in ical_rules.changed(event, self.today))]

    def _changed(self, locale: Locale, event: Event, found: Occurrence) -> VEvent:
        """The VEVENT of one date of a regular activity that is cancelled or moved (RECURRENCE-ID)."""
        item = self._event(locale, event)
        item.add("recurrence-id", ical_rules.moment(event, found.planned))
        self._add_times(item, found)
        if found.status == "cancelled":
            item["status"] = "CANCELLED"
        if found.note:
            item["description"] = f"{self.published.text(locale, found.note)}\n\n{item['description']}"
        return item

    def _event(self, locale: Locale, event: Event) -> VEvent:
        text = self.published.text
        item = VEvent()
        item.add("uid", f"{event.id}@{self.published.urls.host}")
        item.add("dtstamp", local_midnight(event.updated).astimezone(dt.timezone.utc))
        item.add("last-modified", local_midnight(event.updated).astimezone(dt.timezone.utc))
        item.add("summary", text(locale, event.title))
        item.add("description", text(locale, event.description).strip())
        item.add("status", STATUS[event.status])
        item.add("url", self.published.urls.record(locale, "event", event.id))
        item.add("categories", [text(locale, self.published.catalog.label("event_kinds", event.kind))])
        self._add_place(item, locale, event)
        return item

    @staticmethod
    def _add_times(item: VEvent, held: Event | Occurrence, day: dt.date | None = None) -> None:
        """All-day events are dates with an exclusive end; timed ones carry the city's time zone. ``day``: the
        first date of a series, when it is not the event's start date."""
        start = day or held.start_date
        last = day or held.last_day
        if held.all_day:
            item.add("dtstart", start)
            item.add("dtend", last + dt.timedelta(days=1))
            return
        item.add("dtstart", dt.datetime.combine(start, held.start_time, TIMEZONE))
        if held.end_time:
            item.add("dtend", dt.datetime.combine(last, held.end_time, TIMEZONE))

    def _add_place(self, item: VEvent, locale: Locale, event: Event) -> None:
        if event.venue is None:
            item.add("location", event.online_url)
            return
        venue = self.published.catalog.venues[event.venue]
        item.add("location", f"{self.published.text(locale, venue.name)}, {self.published.text(locale, venue.address)}")
        item.add("geo", (venue.lat, venue.lon))


def _add_timezones(calendar: Calendar) -> None:
    """``Calendar.add_missing_timezones``, with each VTIMEZONE built once per process: building one walks
    decades of transitions, and every event has a calendar per language (for speed)."""
    for tzid in sorted(calendar.get_missing_tzids()):
        timezone = _timezone(tzid)
        if timezone is not None:
            calendar.subcomponents.insert(len(calendar.timezones), timezone)


@lru_cache(maxsize=16)  # the zones a site's events are in: one, in practice
def _timezone(tzid: str) -> Timezone | None:
    try:
        return Timezone.from_tzid(tzid)
    except ValueError:
        return None
