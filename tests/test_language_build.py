"""Each language's build finishes its own pages, whatever other languages were built before or after it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tsunagu.builder import SiteBuilder
from tsunagu.load.siteconfig import load_site_config
from tsunagu.model.urls import record_src
from tsunagu.render.pages import BODY_PLACEHOLDER

ROOT = Path(__file__).resolve().parents[1]
EVENT = "yamate-bosai-fair-2026"


@pytest.fixture(scope="module")
def site():
    config = load_site_config(ROOT / "mkdocs.yml")
    return config, SiteBuilder(config.tsunagu, config.locales, config.root)


def finished(builder: SiteBuilder, code: str, site_config) -> str:
    """The content of the event's page in ``code``, from a build of that language alone."""
    language = builder.language(site_config.locales.get(code))
    return language.page_content(BODY_PLACEHOLDER, record_src("event", EVENT)).html


def test_a_language_finishes_its_pages_after_another_language_was_built(site):
    config, builder = site
    english, japanese = builder.language(config.locales.get("en")), builder.language(config.locales.get("ja"))
    english.pages()
    japanese.pages()
    content = english.page_content(BODY_PLACEHOLDER, record_src("event", EVENT)).html
    assert content == finished(builder, "en", config) != finished(builder, "ja", config)
    assert builder.context.catalog.events[EVENT].title.root["en"] in content


def test_a_page_is_finished_before_its_language_lists_its_pages(site):
    config, builder = site
    content = finished(builder, "ja-easy", config)
    seen = re.sub(r"<rt>.*?</rt>|<[^>]+>", "", content)  # read in kana already: the words under the readings
    assert builder.context.catalog.events[EVENT].title.root["ja-easy"] in seen
    assert BODY_PLACEHOLDER not in content


def test_the_easy_japanese_findings_come_from_the_build_of_the_easy_language_alone(site, monkeypatch):
    config, builder = site
    finding = ["data/events/x.yml:3: description.ja-easy: a finding"]
    monkeypatch.setattr("tsunagu.builder.check_site", lambda *args: finding)
    docs = config.root / "docs"
    assert builder.easy_japanese(docs) == builder.easy_japanese(docs, "ja-easy") == finding
    assert builder.easy_japanese(docs, "en") == builder.easy_japanese(docs, "ja") == []
