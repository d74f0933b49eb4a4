"""Urgent notices from ``data/alerts.yml``: a banner on every page while the alert's window is open.

Start and end are dates or date-times (``2026-11-20`` or ``"2026-11-20 09:00"``) in Japan time. A date
as the start means from the start of that day; as the end, to the end of that day. A static site
changes only when it is rebuilt, so an alert shows on every build day its window touches.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, RootModel, WithJsonSchema, model_validator

from . import messages
from .config import TIMEZONE
from .fields import LocalText, fail
from .locales import Locales
from .models import Strict

Severity = Literal["info", "warning", "severe"]


def _moment(value) -> dt.date | dt.datetime:
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.datetime.fromisoformat(text) if len(text) > 10 else dt.date.fromisoformat(text)
    except ValueError:
        raise fail(messages.NOT_A_MOMENT,
                   value=text) from None


Moment = Annotated[dt.date | dt.datetime, BeforeValidator(_moment),
                   WithJsonSchema({"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}( \d{1,2}:\d{2})?$"})]


def _aware(moment: dt.date | dt.datetime, end_of_day: bool) -> dt.datetime:
    """A moment in Japan time; a bare date means its start, or with ``end_of_day`` the next day's start."""
    if isinstance(moment, dt.datetime):
        return moment if moment.tzinfo else moment.replace(tzinfo=TIMEZONE)
    day = moment + dt.timedelta(days=1) if end_of_day else moment
    return dt.datetime.combine(day, dt.time.min, TIMEZONE)


class Alert(Strict):
    """One notice: a disaster warning, an evacuation, a road closure, a change to services."""

    severity: Severity = Field(description="重要度（info お知らせ / warning 注意 / severe 危険・緊急） / Severity")
    text: LocalText = Field(description="お知らせの文 / Text of the notice")
    start: Moment = Field(description="表示を始める日（または日時） / First day (or date and time) to show it")
    end: Moment = Field(description="表示を終える日（または日時） / Last day (or date and time) to show it")

    @property
    def opens(self) -> dt.datetime:
        return _aware(self.start, end_of_day=False)

    @property
    def closes(self) -> dt.datetime:
        return _aware(self.end, end_of_day=True)

    @model_validator(mode="after")
    def _window(self):
        if self.closes <= self.opens:
            raise fail(messages.ALERT_END_NOT_AFTER, field="end",
                       end=self.end, start=self.start)
        return self

    def active_on(self, day: dt.date) -> bool:
        """Whether the alert's window touches ``day`` (Japan time)."""
        return self.opens < _aware(day, end_of_day=True) and self.closes > _aware(day, end_of_day=False)


class Alerts(RootModel[list[Alert]]):
    """data/alerts.yml: a list of alerts, possibly empty."""


@dataclass(frozen=True)
class ShownAlert:
    """An active alert as one language shows it; ``lang`` (a BCP 47 tag) is set when the text fell back."""

    severity: Severity
    text: str
    lang: str | None

    @property
    def urgent(self) -> bool:
        """Severe alerts interrupt a screen reader (role="alert"); others wait their turn."""
        return self.severity == "severe"


def shown_alerts(alerts: list[Alert], day: dt.date, locale: str, locales: Locales) -> list[ShownAlert]:
    """The alerts active on ``day``, in ``locale`` or the first language of its fallbacks, most severe first."""
    order = {"severe": 0, "warning": 1, "info": 2}
    shown = []
    for alert in sorted((a for a in alerts if a.active_on(day)), key=lambda a: order[a.severity]):
        text, code = alert.text.get(locales.chain(locale))
        shown.append(ShownAlert(alert.severity, text, locales.get(code).tag if code != locale else None))
    return shown
