"""Every cache has a bound: `mkdocs serve` runs for hours, rebuilding on every edit, in one process.

Caches kept for the process are LRUs with a stated size, or dictionaries emptied when they reach one (a
file's validation, a record with its id: ``load.validation``, ``load.catalog``). Caches kept by an object live as long as it does:
``Furigana`` (readings of texts), ``GlossaryLinker`` (one matcher per language) and the coverage belong to
the ``SiteBuilder`` of one build; ``CalendarWriter`` (events as calendar entries) to one language's outputs.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import tsunagu
from tsunagu.builder import SiteBuilder
from tsunagu.japanese.easy_japanese import FOUND_LIMIT, EasyJapaneseChecker
from tsunagu.japanese.easy_texts import Passage
from tsunagu.load import catalog, validation, yamlsource
from tsunagu.load.siteconfig import load_site_config
from tsunagu.model.config import TsunaguConfig

ROOT = Path(__file__).resolve().parents[1]

# Every cache kept for the process, and its size.
PROCESS_CACHES = {
    "tsunagu.html.glossary_links._word_edges": 1024,
    "tsunagu.html.markup.render_markdown": 8192,
    "tsunagu.importing.rules._romaniser": 1,
    "tsunagu.importing.tables.headers_of": 16,
    "tsunagu.importing.words.other_words": 1,
    "tsunagu.i18n.dates._day_of_month": 4096,
    "tsunagu.i18n.dates._format": 8192,
    "tsunagu.japanese.easy_japanese._checker": 4,
    "tsunagu.japanese.easy_texts._field_passage": 65536,
    "tsunagu.japanese.furigana.tokenizer": 1,
    "tsunagu.japanese.readability.tagger": 1,
    "tsunagu.japanese.readability.score": 4096,
    "tsunagu.store.cache.code_version": 1,
    "tsunagu.load.history.last_change": 1024,
    "tsunagu.load.yamlsource._parsed": yamlsource.PARSED_LIMIT,
    "tsunagu.model.locales.babel_locale": 64,
    "tsunagu.outputs.ical._timezone": 16,
    "tsunagu.render.environment.template_environment": 8,
    "tsunagu.render.qrcode.qr_svg": 16384,
    "tsunagu.scaffold._table": 1,
}


def process_caches() -> dict[str, int | None]:
    """Every function of the package that remembers its results, and its bound (None: no bound)."""
    found = {}
    for module_info in pkgutil.walk_packages(tsunagu.__path__, "tsunagu."):
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if hasattr(value, "cache_info") and getattr(value, "__module__", None) == module.__name__:
                found[f"{module.__name__}.{name}"] = value.cache_info().maxsize
            elif inspect.isclass(value) and value.__module__ == module.__name__:
                found |= {f"{module.__name__}.{name}.{attr}": method.cache_info().maxsize
                          for attr, method in vars(value).items() if hasattr(method, "cache_info")}
    return found


def test_every_process_cache_is_listed_with_its_bound():
    assert process_caches() == PROCESS_CACHES
    assert None not in PROCESS_CACHES.values()


def test_more_parsed_texts_than_the_bound_stay_within_it(tmp_path):
    path, texts = tmp_path / "event.yml", yamlsource.PARSED_LIMIT + 100
    for number in range(texts):
        path.write_text(f"title: {number}\n", "utf-8")
        source, _ = yamlsource.read_yaml(path, "data/events/event.yml")
        assert source.data == {"title": number}
    cache = yamlsource._parsed.cache_info()
    assert cache.currsize <= yamlsource.PARSED_LIMIT < texts
    assert yamlsource.read_yaml(path, "data/events/event.yml")[0].data == {"title": texts - 1}
    assert yamlsource._parsed.cache_info().hits == cache.hits + 1


def test_kept_validations_and_records_stay_within_their_bound(minimal, monkeypatch):
    monkeypatch.setattr(validation, "KEPT_LIMIT", 3)
    monkeypatch.setattr(catalog, "KEPT_LIMIT", 3)
    site = load_site_config(minimal / "mkdocs.yml")
    for number in range(4):
        group = minimal / "data/groups/sakura.yml"
        group.write_text(group.read_text("utf-8") + f"\n# edit {number}\n", "utf-8")
        catalog.load_catalog(site.tsunagu.data_dir, site.root, site.locales)
        assert len(validation._kept) <= 3 and len(catalog._identified) <= 3


def test_a_checker_keeps_the_findings_of_a_bounded_number_of_passages():
    checker = EasyJapaneseChecker(TsunaguConfig(easy_locale="ja-easy"), set())
    for number in range(FOUND_LIMIT + 10):
        checker.check(Passage("docs/x.ja-easy.md", "", ((1, f"{number}です。"),)))
    assert checker._found.cache_info().currsize == FOUND_LIMIT


def test_a_build_starts_with_empty_caches_of_its_own():
    site = load_site_config(ROOT / "mkdocs.yml")
    first = SiteBuilder(site.tsunagu, site.locales, site.root)
    first.context.furigana.html("朝霧野市")
    second = SiteBuilder(site.tsunagu, site.locales, site.root)
    assert second.context.furigana is not first.context.furigana and second.context.glossary is not first.context.glossary
    assert second.context.furigana._html == {} and first.context.furigana._html
