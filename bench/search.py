"""The search benchmark of issue 24: what a reader finds, and what a query costs to download.

``python -m bench.search`` builds the sample site and a generated city (bench/generate.py), indexes
each with Pagefind, and runs a query set in Chromium through Pagefind's own JavaScript API, as the
search box does (with the box's ranking options, and a query in kana alone through the site's
``tsunaguSearchTerm`` of docs/assets/tsunagu-search.js first, as the box sends it): every record's name (groups, events, terms, support
programmes, indicators) and every alias (terms) in each language; in ja and ja-easy, the names' kana
readings (``name_kana``, ``title_kana``, a term's ``reading``, in hiragana as readers type them),
substrings (each 分かち書き part of the easy-Japanese name, without a particle it ends with, that is
also in the Japanese name, of two characters or more, and in at most three names of the site) and
the easy-Japanese names typed without their spaces. A query is found when the record's page is among
the first five results. It prints recall per site, language and query kind, and the bytes fetched per
query (median and largest of a sample of queries, each in a fresh browser: Pagefind's UI script and
stylesheet, its API, entry, wasm, meta, the index chunks the query needs and the first five results'
fragments), beside bench/run.py's upper bound for one query.

``--pagefind BINARY`` (repeatable) indexes the same built sites with each given Pagefind binary in turn
(default: the project's, ``tsunagu.outputs.search``), to compare versions on one query set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from tsunagu.load.catalog import load_catalog
from tsunagu.load.siteconfig import load_site_config
from tsunagu.model.locales import Locales
from tsunagu.outputs import search

from .generate import ROOT, TODAY, generate
from .host import Host
from .run import search_download_kb

SHOWN = 5  # results on the UI's first page
BYTES_SAMPLE = 12  # queries per language measured for bytes, each in a fresh browser
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
# A record kind's name field and its reading field (katakana or hiragana), by section.
NAMES = {"groups": ("name", "name_kana"), "events": ("title", "title_kana"), "glossary": ("term", "reading"),
         "support": ("title", None), "indicators": ("name", None)}
PARTICLES = "のやとにをはがでへも"
KINDS = {"groups": "group", "events": "event", "glossary": "term", "support": "support", "indicators": "indicator"}


@dataclass(frozen=True)
class Query:
    locale: str
    kind: str  # name, alias, reading, substring, unspaced
    text: str
    url: str  # the record's page, site-relative


def hiragana(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


def site_locales(folder: Path) -> Locales:
    """The languages of the site whose ``mkdocs.yml`` is in ``folder``."""
    return load_site_config(folder / "mkdocs.yml").locales


def _records(data_dir: Path, locales: Locales):
    catalog = load_catalog(data_dir, data_dir.parent, locales)
    for section, kind in KINDS.items():
        for record_id, record in catalog.records(kind).items():
            yield section, record_id, record


def _texts(record, section: str, locales: Locales) -> dict[str, list[str]]:
    """The record's names per language: its name, then its aliases."""
    name = getattr(record, NAMES[section][0])
    names = {code: [name.root[code]] if code in name.root else [] for code in locales.codes}
    for code, aliases in (getattr(record, "aliases", None) or {}).items():
        names.setdefault(code, []).extend(aliases)
    return names


def _content_word(part: str) -> str:
    """A 分かち書き part without the particle it ends with (協働の → 協働)."""
    return part[:-1] if part[-1] in PARTICLES else part


def query_set(data_dir: Path) -> list[Query]:
    """Every query of the benchmark for the site whose records are in ``data_dir``."""
    locales = site_locales(data_dir.parent)
    records = list(_records(data_dir, locales))
    ja_names = [_texts(record, section, locales)["ja"][0] for section, _, record in records]
    prefix = {code: locales.get(code).prefix for code in locales.codes}
    queries = []
    for section, record_id, record in records:
        url, names = f"{section}/{record_id}/", _texts(record, section, locales)
        for code, texts in names.items():
            queries += [Query(code, "name" if i == 0 else "alias", text, prefix[code] + url)
                        for i, text in enumerate(texts)]
        reading_field = NAMES[section][1]
        if reading_field:
            reading = hiragana(getattr(record, reading_field))
            queries += [Query(code, "reading", reading, prefix[code] + url) for code in ("ja", "ja-easy")]
        easy = names.get("ja-easy", [])
        if easy and " " in easy[0]:
            queries.append(Query("ja-easy", "unspaced", easy[0].replace(" ", ""), prefix["ja-easy"] + url))
            for part in set(_content_word(p) for p in easy[0].split()):
                if len(part) >= 2 and part in names["ja"][0] and sum(part in n for n in ja_names) <= 3:
                    queries += [Query(code, "substring", part, prefix[code] + url) for code in ("ja", "ja-easy")]
    return queries


PAGE_SCRIPT = """async ([bundle, base, queries, shown]) => {
  const box = document.querySelector("[data-tsunagu-search]");
  const ranking = box ? JSON.parse(box.getAttribute("data-tsunagu-search")).ranking : undefined;
  await new Promise((resolve, reject) => document.head.append(Object.assign(document.createElement("script"),
    {src: base + "assets/tsunagu-search.js", onload: resolve, onerror: reject})));
  const pagefind = await import(bundle + "pagefind.js");
  await pagefind.options({baseUrl: base, ranking});
  await pagefind.init();
  const found = [];
  for (const query of queries) {
    const search = await pagefind.search(window.tsunaguSearchTerm(query));
    const data = await Promise.all(search.results.slice(0, shown).map(result => result.data()));
    found.push(data.map(result => result.url));
  }
  return found;
}"""

UI_SCRIPT = """async (bundle) => {
  await Promise.all(["pagefind-ui.js", "pagefind-ui.css"].map(name => fetch(bundle + name).then(r => r.blob())));
}"""


class Browser:
    """Chromium with the site served as GitHub Pages would, below ``/tsunagu/``."""

    def __init__(self, site: Path, locales: Locales):
        from playwright.sync_api import sync_playwright

        self.locales = locales
        self.host = Host(site, "/tsunagu/")
        self.host.thread.start()
        self.playwright = sync_playwright().start()
        self.browser = self.playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

    def close(self) -> None:
        self.browser.close()
        self.playwright.stop()
        self.host.httpd.shutdown()

    def found(self, locale: str, queries: list[str]) -> list[list[str]]:
        """The first results' URLs (site-relative) of each query, in one page of ``locale``."""
        page, prefix = self.browser.new_page(), self.locales.get(locale).prefix
        page.goto(self.host.url(prefix))
        urls = page.evaluate(PAGE_SCRIPT, [f"/tsunagu/{prefix}pagefind/", "/tsunagu/", queries, SHOWN])
        page.close()
        return [[url.removeprefix("/tsunagu/") for url in top] for top in urls]

    def fetched(self, locale: str, query: str) -> int:
        """Bytes fetched from the search bundle for one query (the UI's files included) in a fresh browser."""
        context, prefix = self.browser.new_context(), self.locales.get(locale).prefix
        page = context.new_page()
        page.goto(self.host.url(prefix))
        responses = []
        page.on("requestfinished", lambda request: responses.append(request))
        page.evaluate(UI_SCRIPT, f"/tsunagu/{prefix}pagefind/")
        page.evaluate(PAGE_SCRIPT, [f"/tsunagu/{prefix}pagefind/", "/tsunagu/", [query], SHOWN])
        total = sum(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"]
                    for r in responses if "/pagefind/" in r.url)
        context.close()
        return total


@dataclass(frozen=True)
class Result:
    site: str
    pagefind: str
    recall: dict[tuple[str, str], tuple[int, int]]  # (locale, kind) → (found, queries)
    missed: list[Query]
    bytes_kb: dict[str, tuple[float, float]]  # locale → (median, largest)
    bound_kb: dict[str, float]  # bench/run.py's upper bound, per Pagefind language


def measure(browser: Browser, site_name: str, pagefind: str, site: Path, queries: list[Query]) -> Result:
    recall, missed, by_locale = defaultdict(lambda: [0, 0]), [], defaultdict(list)
    for query in queries:
        by_locale[query.locale].append(query)
    fetched = {}
    for locale, batch in by_locale.items():
        for query, top in zip(batch, browser.found(locale, [q.text for q in batch])):
            counts = recall[(locale, query.kind)]
            counts[1] += 1
            counts[0] += query.url in top
            if query.url not in top:
                missed.append(query)
        sample = batch[:: max(1, len(batch) // BYTES_SAMPLE)][:BYTES_SAMPLE]
        sizes = [browser.fetched(locale, query.text) / 1024 for query in sample]
        fetched[locale] = (statistics.median(sizes), max(sizes))
    return Result(site_name, pagefind, {k: tuple(v) for k, v in recall.items()}, missed, fetched,
                  search_download_kb(site))


def build(folder: Path, site: Path) -> None:
    """Build the site of ``folder`` into ``site`` (every language, one process, no cache)."""
    env = {**os.environ, "TSUNAGU_TODAY": TODAY, "TSUNAGU_CACHE": "", "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "--site-dir", str(site)],
                   cwd=folder, env=env, check=True)


def reindex(site: Path, binary: str | None, locales: Locales) -> str:
    """Index ``site`` again with ``binary`` (None: the project's Pagefind), one language after another, as a
    build does; its version."""
    binary = binary or search.pagefind_binary()
    search.index_site(site, locales.prefixes, binary)
    return subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()


def report(results: list[Result], locales: dict[str, Locales], show_missed: int) -> None:
    """Recall and bytes per site, Pagefind version and language; ``locales`` by site name."""
    kinds = ("name", "alias", "reading", "substring", "unspaced")
    print("| site | pagefind | lang | " + " | ".join(f"{k} recall@5" for k in kinds)
          + " | KB per query (median / largest) | upper bound KB |")
    print("|" + "---|" * (len(kinds) + 5))
    for r in results:
        for locale in locales[r.site].codes:
            cells = []
            for kind in kinds:
                found, total = r.recall.get((locale, kind), (0, 0))
                cells.append(f"{100 * found / total:.1f}% ({found}/{total})" if total else "–")
            median, largest = r.bytes_kb.get(locale, (0, 0))
            bound = r.bound_kb.get(locales[r.site].get(locale).tag, 0)
            print(f"| {r.site} | {r.pagefind} | {locale} | " + " | ".join(cells)
                  + f" | {median:.0f} / {largest:.0f} | {bound:.0f} |")
    for r in results:
        for query in r.missed[:show_missed]:
            print(f"missed ({r.site}, {r.pagefind}): [{query.locale}] {query.kind} {query.text!r} → {query.url}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", action="append", help="generated sites to measure besides the sample (city)")
    parser.add_argument("--pagefind", action="append", help="a Pagefind binary to index with (repeatable)")
    parser.add_argument("--sample-only", action="store_true", help="the sample site alone")
    parser.add_argument("--missed", type=int, default=20, help="how many missed queries to list per run")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tsunagu-bench-search-") as tmp:
        sites = [("sample", ROOT)] + [(s, generate(Path(tmp) / s, s).parent) for s in (args.scale or ["city"])
                                      if not args.sample_only]
        results, locales = [], {name: site_locales(folder) for name, folder in sites}
        for name, folder in sites:
            site = Path(tmp) / f"site-{name}"
            build(folder, site)
            queries = query_set(folder / "data")
            browser = Browser(site, locales[name])
            try:
                for binary in args.pagefind or [None]:
                    version = reindex(site, binary, locales[name])
                    results.append(measure(browser, name, version, site, queries))
            finally:
                browser.close()
            print(f"{name}: measured", file=sys.stderr, flush=True)
        report(results, locales, args.missed)


if __name__ == "__main__":
    main()
