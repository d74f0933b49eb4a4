"""Places where events are held: no pages of their own (an event's page shows its venue) and no CSV (the event
table carries each event's place); their open data is the JSON every kind has."""

from __future__ import annotations

from .base import KindAdapter


class VenueAdapter(KindAdapter):
    name = "venue"


ADAPTER = VenueAdapter()
