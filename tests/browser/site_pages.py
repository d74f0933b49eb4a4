"""The pages the browser tests visit: one of every page type, in every language of the sample site."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from conftest import TODAY

from tsunagu.load.siteconfig import load_site_config

ROOT = Path(__file__).resolve().parents[2]
LOCALES = load_site_config(ROOT / "mkdocs.yml").locales
LANGUAGE_PREFIXES = {loc.code: loc.prefix for loc in LOCALES}
TAGS = {loc.code: loc.tag for loc in LOCALES}
FIXED = ["", "groups/", "events/", "events/archive/", "glossary/", "indicators/", "support/", "support/archive/",
         "kyodo/", "jichikai/", "participate/", "about/", "editor-guide/", "editor-fields/", "editor-fields-support/",
         "editor-forms/", "accessibility/"]
OPTIONAL = ["search/", "opendata/", "open-data/"]


def _one_per_kind(folder: str, section: str) -> list[str]:
    """The first record of each ``kind`` in ``data/<folder>/``, as page paths."""
    chosen: dict[str, str] = {}
    for path in sorted((ROOT / "data" / folder).glob("*.yml")):
        kind = yaml.safe_load(path.read_text("utf-8"))["kind"]
        chosen.setdefault(kind, f"{section}/{path.stem}/")
    return list(chosen.values())


def first_record(folder: str, section: str) -> str:
    return f"{section}/{sorted((ROOT / 'data' / folder).glob('*.yml'))[0].stem}/"


def indicator_pages() -> list[str]:
    """An indicator counted from events' participants, and one typed by hand: the two shapes of its page."""
    paths = sorted((ROOT / "data/indicators").glob("*.yml"))
    counted = [p for p in paths if "participants_of" in yaml.safe_load(p.read_text("utf-8"))]
    typed = [p for p in paths if p not in counted]
    return [f"indicators/{p.stem}/" for p in (counted[:1] + typed[:1])]


def group_pages() -> list[str]:
    return _one_per_kind("groups", "groups")


def event_pages() -> list[str]:
    return _one_per_kind("events", "events")


def digest_pages() -> list[str]:
    """The digests' index, and the first area's digest for the month after the test day's."""
    area = next(iter(yaml.safe_load((ROOT / "data" / "vocabulary" / "areas.yml").read_text("utf-8"))))
    next_month = (dt.date.fromisoformat(TODAY).replace(day=1) + dt.timedelta(days=32)).strftime("%Y-%m")
    return ["digest/", f"digest/{area}/{next_month}/"]


def pages_of(lang: str, site: Path) -> list[str]:
    """Every page type in one language, as site-relative paths; optional pages only when built.
    A missing page stands for the 404 page, which the server answers as a static host does."""
    prefix = LANGUAGE_PREFIXES[lang]
    paths = FIXED + group_pages() + event_pages() + digest_pages() + indicator_pages()
    paths += [first_record("glossary", "glossary"), first_record("support", "support")]
    paths += [p for p in OPTIONAL if (site / prefix / p / "index.html").exists()]
    return [prefix + p for p in paths] + [prefix + "no-such-page/"]


def shown_text(locator) -> str:
    """What an element says, without the furigana over it (rt): easy Japanese reads every kanji, and a
    PDF keeps readings apart from their base."""
    return locator.evaluate("e => { const c = e.cloneNode(true); c.querySelectorAll('rt').forEach(r => r.remove());"
                            " return c.textContent; }")
