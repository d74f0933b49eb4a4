"""Places where events are held: no pages of their own (an event's page shows its venue); their open data is
the JSON every kind has and the 自治体標準オープンデータセット「公共施設一覧」 CSV."""

from __future__ import annotations

from ..model.models import Venue
from ..outputs.opendata_csv import OpenDataCsv
from ..outputs.opendata_event import EventRows
from ..outputs.table_rows import Cell
from .base import KindAdapter


class VenueAdapter(KindAdapter):
    name = "venue"

    def csv_rows(self, out: OpenDataCsv, venue: Venue) -> list[tuple[Cell, ...]]:
        return EventRows(out.published).venue(venue)


ADAPTER = VenueAdapter()
