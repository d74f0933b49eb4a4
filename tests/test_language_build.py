"""Each language's build finishes its own pages, whatever other languages were built before or after it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from tsunagu.builder import SiteBuilder
from tsunagu.context import build_context
from tsunagu.language_build import LanguageBuild
from tsunagu.store.cache import Cache
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


def test_a_language_is_built_from_the_shared_context_alone(site):
    config, builder = site
    context = build_context(config.tsunagu.resolve(config.root), config.locales, config.root, "", Cache(None))
    english = LanguageBuild(context, config.locales.get("en"))
    assert english.page_content(BODY_PLACEHOLDER, record_src("event", EVENT)).html == finished(builder, "en", config)
    with pytest.raises(dataclasses.FrozenInstanceError):
        context.today = dt.date(2030, 1, 1)


def test_a_language_sees_the_day_its_context_gives(site):
    config, _ = site
    context = build_context(config.tsunagu.resolve(config.root), config.locales, config.root, "", Cache(None))
    japanese = config.locales.get("ja")
    during = LanguageBuild(dataclasses.replace(context, today=dt.date(2026, 11, 23)), japanese).alerts()
    after = LanguageBuild(dataclasses.replace(context, today=dt.date(2026, 12, 1)), japanese).alerts()
    assert [alert.severity for alert in during] == ["info"] and after == []
def test_a_hand_written_page_is_read_from_the_first_language_of_the_chain_that_has_it(site):
    """jichikai.md has a ja-easy translation and no vi one; editor-guide.md has neither (vi: ja-easy, ja)."""
    config, builder = site
    vi = builder.language(config.locales.get("vi"))
    assert vi.source("jichikai.md", config.docs_dir) == config.docs_dir / "jichikai.ja-easy.md"
    assert vi.source("editor-guide.md", config.docs_dir) == config.docs_dir / "editor-guide.md"
    assert (vi.source_language("jichikai.md"), vi.source_language("editor-guide.md")) == ("ja-easy", "ja")
    assert vi.source("kyodo.vi.md", config.docs_dir) == config.docs_dir / "kyodo.vi.md"


def test_a_page_shown_in_easy_japanese_keeps_its_furigana_and_says_so(site):
    config, builder = site
    vi = builder.language(config.locales.get("vi"))
    vi.source("jichikai.md", config.docs_dir)
    content = vi.page_content("<p>山に入る</p>", "jichikai.md")
    assert content.fell_back == ("ja-easy",)
    assert content.html == ('<div lang="ja-x-easy"><p><ruby>山<rt>やま</rt></ruby>に'
                            '<ruby>入<rt>はい</rt></ruby>る</p></div>')
    notice = vi.fallback_notice(content.fell_back)
    assert '<span lang="ja-x-easy">やさしい にほんご</span>' in notice
    assert notice == builder.context.strings.t("vi", "fallback.shown_in", language="\0").replace(
        "\0", '<span lang="ja-x-easy">やさしい にほんご</span>')


def test_a_page_shown_in_standard_japanese_has_no_ruby(site):
    config, builder = site
    vi = builder.language(config.locales.get("vi"))
    vi.source("editor-guide.md", config.docs_dir)
    content = vi.page_content("<p>編集ガイド</p>", "editor-guide.md")
    assert (content.fell_back, content.html) == (("ja",), '<div lang="ja"><p>編集ガイド</p></div>')
