"""Search finds what residents type, in the sample site's built index, through Pagefind's own API in
Chromium with the search box's options and query handling: every record's name in every language,
its kana reading, substrings of compound names and easy-Japanese names without their spaces (the
query set of bench/search.py), each with its page in the first five results."""

from __future__ import annotations

from collections import defaultdict
from urllib.parse import urlsplit

import pytest
from conftest import ROOT

from bench.search import PAGE_SCRIPT, SHOWN, query_set, site_locales

pytestmark = pytest.mark.browser

LOCALES = site_locales(ROOT)
# The targets: every name; 95% of readings, substrings and names typed without spaces.
TARGETS = {"name": 1.0, "reading": 0.95, "substring": 0.95, "unspaced": 0.95}
MINIMUM = {"ja": 20, "ja-easy": 20, "en": 20}  # the languages every sample record is written in; others 5
KINDS = {code: ["name"] for code in LOCALES.codes} | {"ja": ["name", "reading", "substring"],
                                                       "ja-easy": list(TARGETS)}


@pytest.fixture(scope="module")
def found(browser, served):
    """(locale, kind) → (queries found, queries)."""
    by_locale, counts = defaultdict(list), defaultdict(lambda: [0, 0])
    for query in query_set(ROOT / "data"):
        by_locale[query.locale].append(query)
    page = browser.new_page()
    for locale, queries in by_locale.items():
        page.goto(served.url(LOCALES.get(locale).prefix))
        base = urlsplit(served.url("")).path
        bundle = base + LOCALES.get(locale).prefix + "pagefind/"
        tops = page.evaluate(PAGE_SCRIPT, [bundle, base, [q.text for q in queries], SHOWN])
        for query, top in zip(queries, tops):
            counts[(locale, query.kind)][0] += base + query.url in top
            counts[(locale, query.kind)][1] += 1
    page.close()
    return counts


@pytest.mark.parametrize(("locale", "kind"), [(locale, kind) for locale in KINDS for kind in KINDS[locale]])
def test_recall_in_the_first_five_results(found, locale, kind):
    hits, total = found[(locale, kind)]
    assert total >= MINIMUM.get(locale, 5), "the sample has queries of this kind"
    assert hits / total >= TARGETS[kind], f"{hits} of {total}"


def test_queries_are_only_of_these_kinds(found):
    assert {key for key, (_, total) in found.items() if total and key[1] != "alias"} == {
        (locale, kind) for locale in KINDS for kind in KINDS[locale]}
