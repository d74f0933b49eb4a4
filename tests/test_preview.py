"""A preview rebuild renders again only the record pages that show what an edit changed, and every page when
something every page shows changed; what it keeps and what it renders is what a full build would show."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import TODAY

from tsunagu.session import BuildSession

LANGUAGE = "en"


class Preview:
    """The build session of `mkdocs serve --dirty` on a site, rebuilt as MkDocs rebuilds it."""

    def __init__(self, site: Path):
        self.site, self.session = site, BuildSession(preview=True)

    def rebuild(self) -> dict[str, object]:
        """Rebuild; every generated page of the language, by source name."""
        config = self.site / "mkdocs.yml"
        raw = yaml.safe_load(config.read_text("utf-8"))
        languages = next(p["i18n"] for p in raw["plugins"] if isinstance(p, dict) and "i18n" in p)["languages"]
        self.session.start(config, raw["extra"]["tsunagu"], languages, raw["site_url"], self.site / "docs", LANGUAGE)
        self.session.page_sources(LANGUAGE)
        return dict(self.session.previews[LANGUAGE].pages)

    def body(self, src: str) -> str:
        return self.session.previews[LANGUAGE].pages[src].render_body()[0]


@pytest.fixture
def preview(minimal, monkeypatch) -> Preview:
    monkeypatch.setenv("TSUNAGU_TODAY", TODAY)
    monkeypatch.setenv("TSUNAGU_CACHE", "")
    return Preview(minimal)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_an_edit_renders_its_record_page_and_the_lists_again_and_keeps_the_other_records_pages(preview, minimal):
    before = preview.rebuild()
    edit(minimal / "data/groups/sakura.yml", "en: ", "en: Renamed ")
    after = preview.rebuild()
    renewed = {src for src, page in after.items() if page is not before[src]}
    assert "groups/sakura.md" in renewed and "groups/index.md" in renewed
    assert "groups/hikari.md" not in renewed and "events/koza.md" not in renewed and "glossary/npo.md" not in renewed
    assert "Renamed" in preview.body("groups/sakura.md") and "Renamed" in preview.body("groups/index.md")
    assert after.keys() == before.keys()


def test_a_group_page_shows_an_event_moved_to_it_and_no_longer_the_one_moved_away(preview, minimal):
    preview.rebuild()
    assert "Introduction to collaboration" in preview.body("groups/hikari.md")
    assert "Introduction to collaboration" not in preview.body("groups/sakura.md")
    edit(minimal / "data/events/koza.yml", "organizers: [hikari]", "organizers: [sakura]")
    preview.rebuild()
    assert "Introduction to collaboration" in preview.body("groups/sakura.md")
    assert "Introduction to collaboration" not in preview.body("groups/hikari.md")


def test_a_venue_edit_renders_the_pages_of_its_events_again(preview, minimal):
    before = preview.rebuild()
    venue = minimal / "data/venues/hall.yml"
    name = yaml.safe_load(venue.read_text("utf-8"))["name"]["en"]
    edit(venue, f"en: {name}", "en: Renamed Hall")
    after = preview.rebuild()
    assert after["events/koza.md"] is not before["events/koza.md"]
    assert "Renamed Hall" in preview.body("events/koza.md")


@pytest.mark.parametrize("shared", ["data/vocabulary/areas.yml", "data/site.yml"])
def test_an_edit_to_what_every_page_shows_renders_every_page_again(preview, minimal, shared):
    before = preview.rebuild()
    path = minimal / shared
    path.write_text(path.read_text("utf-8") + "\n# edited\n", "utf-8")
    after = preview.rebuild()
    assert all(page is not before[src] for src, page in after.items())


def test_a_new_record_renders_every_page_again(preview, minimal):
    before = preview.rebuild()
    group = minimal / "data/groups"
    (group / "tsubaki.yml").write_text((group / "sakura.yml").read_text("utf-8"), "utf-8")
    after = preview.rebuild()
    assert "groups/tsubaki.md" in after
    assert all(after[src] is not page for src, page in before.items())
