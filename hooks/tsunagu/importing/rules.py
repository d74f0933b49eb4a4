"""What an import settles that no single cell does, for every kind: the row's language, the site's code,
ids made from names, readings in katakana. What one kind settles besides (an event's venue, a group's
contact) is its adapter's ``import_row`` (``tsunagu/kinds/``)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import jaconv

from ..model import messages
from .cells import slug
from .rows import Draft



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
    """The row's language from its 言語コード column (its texts are under it already): one of the site's
    languages, its case as the site writes it (EN → en, pt-br → pt-BR); None, and a problem, if it is none."""
    language = draft.values.pop("language", None)
    if language is None:
        return site.default_locale
    code = next((known for known in site.locales if known.lower() == language.lower()), None)
    if code is None:
        draft.problem(draft.column_of("language"), messages.NOT_A_SITE_LANGUAGE.format(
            code=language, known=", ".join(site.locales)))
        return None
    for path, value in draft.values.items():
        if isinstance(value, dict) and language in value and code != language:
            draft.values[path] = {(code if key == language else key): text for key, text in value.items()}
    return code


def same_code(draft: Draft, site: Site) -> None:
    """A row of another 地方公共団体 than the site's is imported, and the report says so."""
    code = draft.values.pop("lg_code", None)
    in_prefecture = site.lg_code[2:5] == "000" and code is not None and code[:2] == site.lg_code[:2]
    if code and code != site.lg_code and not in_prefecture:
        draft.note(draft.column_of("lg_code"), messages.OTHER_SITE_CODE.format(code=code, site=site.lg_code))


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
        draft.problem(draft.column_of(title_path), messages.NO_LETTERS_FOR_ID.format(value=title))
        return None
    return made


RULE_LABELS = ("event.online", "event.registration.none", "event.free", "event.yen")
