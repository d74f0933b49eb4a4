"""Calendars (RFC 5545) of events, written with the icalendar package.

One calendar per language lists every event; each event also has its own file, and each support programme
with a deadline a file holding its deadline as an all-day event (where they are: ``model/kinds.py``; which
records have one: their kind's adapter).
UIDs are ``<event id>@<site host>`` (``support-<id>-deadline@<site host>``), so calendar apps keep a
subscribed event when it changes.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from icalendar import Calendar, Timezone
from icalendar import Event as VEvent

from ..model.config import TIMEZONE
from ..model.locales import Locale
from ..model.models import Event, Support
from .published import Published, local_midnight

PRODID = "-//Tsunagu//Civic events//EN"
STATUS = {"scheduled": "CONFIRMED", "cancelled": "CANCELLED", "postponed": "TENTATIVE"}


class CalendarWriter:
    """Writes the calendars of one site in each of its languages."""

    def __init__(self, published: Published):
        self.published = published
        self._events: dict[tuple[str, str], VEvent] = {}

    def feed(self, locale: Locale) -> bytes:
        """Every event, cancelled ones included, for subscribing."""
        events = sorted(self.published.catalog.events.values(), key=lambda e: (e.start_date, e.id))
        return self._calendar(locale, events).to_ical()

    def single(self, locale: Locale, event: Event) -> bytes:
        """One event, for adding it to a calendar from its page."""
        return self._calendar(locale, [event]).to_ical()

    def deadline(self, locale: Locale, programme: Support) -> bytes:
        """A support programme's deadline, for adding it to a calendar from its page."""
        calendar = self.head(locale)
        calendar.add_component(self._deadline(locale, programme))
        return calendar.to_ical()

    def _deadline(self, locale: Locale, programme: Support) -> VEvent:
        text, closes = self.published.text, programme.application.closes
        item = VEvent()
        item.add("uid", f"support-{programme.id}-deadline@{self.published.urls.host}")
        item.add("dtstamp", local_midnight(programme.updated).astimezone(dt.timezone.utc))
        item.add("last-modified", local_midnight(programme.updated).astimezone(dt.timezone.utc))
        item.add("summary", self.published.t(locale, "support.calendar.summary", title=text(locale, programme.title)))
        item.add("description", f"{text(locale, programme.summary)}\n\n{text(locale, programme.application.method)}")
        item.add("url", self.published.urls.record(locale, "support", programme.id))
        item.add("categories", [text(locale, self.published.catalog.label("support_kinds", programme.kind))])
        item.add("dtstart", closes)
        item.add("dtend", closes + dt.timedelta(days=1))
        item.add("transp", "TRANSPARENT")
        return item

    def _calendar(self, locale: Locale, events: list[Event]) -> Calendar:
        calendar = self.head(locale)
        for event in events:
            calendar.add_component(self._event_once(locale, event))
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

    def _event_once(self, locale: Locale, event: Event) -> VEvent:
        """The event's VEVENT, built once per language for the feed and the event's own file (for speed)."""
        key = (locale.code, event.id)
        if key not in self._events:
            self._events[key] = self._event(locale, event)
        return self._events[key]

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
        self._add_times(item, event)
        self._add_place(item, locale, event)
        return item

    @staticmethod
    def _add_times(item: VEvent, event: Event) -> None:
        """All-day events are dates with an exclusive end; timed ones carry the city's time zone."""
        if event.all_day:
            item.add("dtstart", event.start_date)
            item.add("dtend", event.last_day + dt.timedelta(days=1))
            return
        item.add("dtstart", dt.datetime.combine(event.start_date, event.start_time, TIMEZONE))
        if event.end_time:
            item.add("dtend", dt.datetime.combine(event.last_day, event.end_time, TIMEZONE))

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
