"""What each kind's import settles that no single cell does: the row's language, ids made from names,
readings in katakana, an event's venue (found by name, or made from the row's address), defaults."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import jaconv

from .cells import slug, word_key
from .rows import Draft

DEFAULT_EVENT_KIND = "other"
VENUE_FIELDS = ("venue.name", "venue.address", "venue.building", "venue.lat", "venue.lon", "venue.access")


@dataclass
class Site:
    """What an import knows of the site: its languages, the ids in use, its venues' names, today."""

    locales: tuple[str, ...]
    default_locale: str
    today: dt.date
    ids: dict[str, set[str]]
    vocabularies: dict[str, set]
    venue_names: dict[str, str] = field(default_factory=dict)
    """A venue's name (compared as vocabulary words are) → its id: the site's, then those of this import."""
    lg_code: str = ""
    file_fields: frozenset[str] = frozenset()
    """The fields the columns of the file being read fill: a default is noted per row only where its
    column is there but empty (a layout without the column gets one note for the file)."""
    own_table: bool = False
    """Whether the file being read follows one of Tsunagu's own tables (not a mapping file)."""
    labels: dict[str, set[str]] = field(default_factory=dict)
    """The UI's words the export writes for a rule (``event.online``, ``event.registration.none``), by key,
    in every language, compared as vocabulary words are."""


@lru_cache(maxsize=1)
def _romaniser():
    import cutlet  # noqa: PLC0415 -- its dictionary loads only when a name needs a slug
    return cutlet.Cutlet()


def name_slug(name: str) -> str:
    """An id from a Japanese name, through the romaniser (桜台町内会 → sakuradai-chounaikai)."""
    return slug(_romaniser().slug(unicodedata.normalize("NFKC", name)))


def apply_language(draft: Draft, site: Site) -> str | None:
    """Move the row's texts to the language of its 言語コード column; the language, or None if bad."""
    language = draft.values.pop("language", None)
    if language is None:
        return site.default_locale
    code = {"ja": "ja", "en": "en"}.get(language.lower(), language)
    if code not in site.locales:
        draft.problem(draft.column_of("language"), f'"{language}" is not one of the site\'s languages '
                                                   f'({", ".join(site.locales)})')
        return None
    for path, value in draft.values.items():
        if isinstance(value, dict) and set(value) == {site.default_locale} and code != site.default_locale:
            draft.values[path] = {code: value[site.default_locale]}
    return code


def same_code(draft: Draft, site: Site) -> None:
    """A row of another 地方公共団体 than the site's is imported, and the report says so."""
    code = draft.values.pop("lg_code", None)
    in_prefecture = site.lg_code[2:5] == "000" and code is not None and code[:2] == site.lg_code[:2]
    if code and code != site.lg_code and not in_prefecture:
        draft.note(draft.column_of("lg_code"), f"{code} is not this site's code ({site.lg_code})")


def katakana(draft: Draft, path: str) -> None:
    """A reading as full-width katakana: hiragana and half-width katakana are turned, surely."""
    if path in draft.values:
        draft.values[path] = jaconv.hira2kata(unicodedata.normalize("NFKC", draft.values[path]))


def row_id(draft: Draft, kind: str, title_path: str, site: Site) -> str | None:
    """The record id: the ID (or NO) column's, a digits-only one prefixed by the kind; else from the name."""
    given = draft.values.pop("id", None)
    if given:
        return f"{kind}-{given}" if given.isdigit() else given
    title = (draft.get(title_path) or {}).get(site.default_locale)
    if not title:
        return None
    made = name_slug(title)
    if not made:
        draft.problem(draft.column_of(title_path), f'"{title}" gives no letters for an id: add an ID column')
        return None
    return made


def finish_event(draft: Draft, site: Site) -> dict[str, Draft]:
    """An event's own fields settled; a venue the row describes but the site lacks comes as a second draft."""
    katakana(draft, "title_kana")
    _default_kind(draft, site)
    _description(draft)
    _one_day(draft)
    _registration(draft, site)
    _fee_note(draft, site)
    if "online_url" in draft.values and _says(draft, "venue.name", "event.online", site, empty=True):
        _drop_venue(draft)
        return {}
    return _venue(draft, site)


def _says(draft: Draft, path: str, key: str, site: Site, empty: bool = False) -> bool:
    """Whether the text at ``path`` is the UI's ``key`` in some language (or missing, when ``empty``)."""
    texts = draft.values.get(path)
    if not texts:
        return empty
    return all(word_key(text) in site.labels.get(key, set()) for text in texts.values())


def _one_day(draft: Draft) -> None:
    """The standard writes the start date as the end date of a one-day event; the record has none."""
    if draft.get("end_date") is not None and draft.get("end_date") == draft.get("start_date"):
        del draft.values["end_date"]


def _registration(draft: Draft, site: Site) -> None:
    """No registration when 参加申込方法 says so in the UI's words; registration when it names a way."""
    if _says(draft, "registration.method", "event.registration.none", site):
        del draft.values["registration.method"]
    elif "registration.method" in draft.values or "registration.url" in draft.values:
        draft.values["registration.required"] = True


def _fee_note(draft: Draft, site: Site) -> None:
    """The export writes the UI's "free" or the amount (1,000円, ¥1,000) when there is no note: no note to keep."""
    fee, notes = draft.get("fee", 0), draft.get("fee_note") or {}
    if fee == 0:
        written = site.labels.get("event.free", set()) | {word_key("無料")}
    else:
        written = {word_key(template.replace("{amount}", f"{fee:,}")) for template in site.labels.get("event.yen", set())}
    if notes and all(word_key(note) in written for note in notes.values()):
        del draft.values["fee_note"]


def _default_kind(draft: Draft, site: Site) -> None:
    if "kind" not in draft.values and DEFAULT_EVENT_KIND in site.vocabularies.get("event_kinds", set()):
        draft.values["kind"] = DEFAULT_EVENT_KIND
        if "kind" in site.file_fields:
            draft.note(draft.column_of("kind"), f'is empty: took "{DEFAULT_EVENT_KIND}"')


def _description(draft: Draft) -> None:
    if "description" not in draft.values and "summary" in draft.values:
        draft.values["description"] = dict(draft.values["summary"])
        draft.note(draft.column_of("description"), f"is empty: took the text of {draft.column_of('summary')}")


def _drop_venue(draft: Draft) -> None:
    for path in VENUE_FIELDS:
        draft.values.pop(path, None)


def _venue(draft: Draft, site: Site) -> dict[str, Draft]:
    """The venue found by its name in the default language; a row in another language takes the venue of
    its ID's row in the default language."""
    venue = {path.removeprefix("venue."): draft.values.pop(path) for path in VENUE_FIELDS if path in draft.values}
    draft.related = {name: texts for name, texts in venue.items() if isinstance(texts, dict)}
    if "venue" in draft.values or site.default_locale not in (venue.get("name") or {site.default_locale: ""}):
        return {}
    name = venue["name"][site.default_locale] if "name" in venue else None
    if not name:
        draft.problem(draft.column_of("venue.name"), "is required (or an online address for an online event)")
        return {}
    known = site.venue_names.get(word_key(name))
    if known:
        draft.values["venue"] = known
        return {}
    return _new_venue(draft, venue, name, site)


def _new_venue(draft: Draft, venue: dict, name: str, site: Site) -> dict[str, Draft]:
    missing = [path for path in ("venue.address", "venue.lat", "venue.lon") if path.removeprefix("venue.") not in venue]
    if missing:
        draft.problem(draft.column_of("venue.name"), f'no venue named "{name}" in data/venues/, and the row lacks '
                      f"{', '.join(draft.column_of(p) for p in missing)} to make one: import the 公共施設一覧 first")
        return {}
    venue_id = name_slug(name)
    made = Draft(draft.line, values={**venue, "updated": site.today},
                 columns={path.removeprefix("venue."): draft.column_of(path) for path in VENUE_FIELDS})
    draft.values["venue"] = venue_id
    site.venue_names[word_key(name)] = venue_id
    draft.note(draft.column_of("venue.name"), f'no venue named "{name}" yet: made data/venues/{venue_id}.yml')
    return {venue_id: made}


def finish_venue(draft: Draft, site: Site) -> dict[str, Draft]:
    """A venue's reading in katakana."""
    katakana(draft, "name_kana")
    return {}


def finish_group(draft: Draft, site: Site) -> dict[str, Draft]:
    """A group's reading in katakana. A contact in Tsunagu's own groups.csv was published with consent
    (the export leaves out any other), so it stays public; one from a city's own list never is."""
    katakana(draft, "name_kana")
    if site.own_table and any(path.startswith("contact.") for path in draft.values):
        draft.values["contact.public"] = True
    return {}


RULE_LABELS = ("event.online", "event.registration.none", "event.free", "event.yen")
FINISH = {"event": finish_event, "venue": finish_venue, "group": finish_group}
TITLE = {"event": "title", "venue": "name", "group": "name"}
