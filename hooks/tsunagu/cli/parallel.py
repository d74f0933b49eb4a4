"""Build the languages of a site at once, one process each, then merge them and index the whole for search.

The path of the per-language CI jobs (.github/workflows/deploy-matrix.yml) on one machine: for each
language of mkdocs.yml, ``TSUNAGU_LANG=<code> mkdocs build --strict --site-dir <code>``, as many at a
time as the machine has cores; then ``merge_sites`` with the default language first (it wins the files
every build writes) and one Pagefind run, after the builds so that its memory never adds to theirs.
All of it is written into a folder beside the site, which replaces the site only when every step succeeded.

Each language's build is a fork of this process running the engine's command line, made after this
process has imported the package, opened Sudachi's dictionary and parsed and validated the data once:
a language's build starts with that done, and shares those pages of memory until it writes them.
"""

from __future__ import annotations

import multiprocessing
import os
import runpy
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ..model import messages
from ..model.errors import TsunaguError
from ..japanese.furigana import tokenizer
from ..load.catalog import load_catalog
from ..load.siteconfig import SiteConfig, i18n_option
from ..outputs.search import SearchIndexError
from .merge import merge_sites
from .safebuild import swap

ENGINE = "mkdocs"  # the site engine's command, run as `python -m mkdocs`
LANGUAGE_VARIABLE = "TSUNAGU_LANG"
POLL_SECONDS = 0.1
_FORK = multiprocessing.get_context("fork")


@dataclass(frozen=True)
class LanguageRun:
    """One language's finished build: its code, its exit code and everything it printed."""

    code: str
    returncode: int
    log: str


class ParallelBuildError(TsunaguError):
    """A language's build or the merge failed; the message names which, with its log."""


def builds_per_language(config_file: Path) -> bool:
    """Whether ``TSUNAGU_LANG`` chooses one language to build (``build_only_locale: !ENV [TSUNAGU_LANG, null]``)."""
    option = i18n_option(config_file, "build_only_locale")
    return (option[0] if isinstance(option, list) and option else option) == LANGUAGE_VARIABLE


def build_order(site: SiteConfig) -> list[str]:
    """The site's languages, the default first: in the merge the first build wins a clash."""
    default = site.locales.default.code
    return [default, *(code for code in site.locales.codes if code != default)]


def build_parallel(site: SiteConfig, site_dir: Path, jobs: int | None = None, strict: bool = True) -> list[LanguageRun]:
    """Build every language, merge and index them, and put the result at ``site_dir``; each language's run.
    Raise ParallelBuildError, leaving ``site_dir`` as it was, when a step fails."""
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-parallel-", dir=site_dir.parent))
    try:
        codes = build_order(site)
        _prepare(site)
        runs = run_languages(site.config_file, codes, work, jobs or os.cpu_count() or 1, strict)
        merged = work / "site"
        merged.mkdir()
        try:
            merge_sites([work / code for code in codes], merged, site.locales.prefixes, move=True)
        except SearchIndexError as error:
            raise ParallelBuildError(messages.MERGE_FAILED.format(error=error)) from None
        swap(merged, site_dir)
        return runs
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _prepare(site: SiteConfig) -> None:
    """What every language's build does first, done once before the forks: the package imported, Sudachi's
    dictionary opened, the data parsed and validated (kept in memory: ``load.yamlsource``, ``load.validation``)."""
    from .. import session  # noqa: F401  (what the hook imports)

    tokenizer()
    try:
        load_catalog(site.tsunagu.data_dir, site.root, site.locales)
    except TsunaguError:
        pass  # each language's build reports the data's problems, as a build of one language does


def run_languages(config_file: Path, codes: list[str], work: Path, jobs: int, strict: bool) -> list[LanguageRun]:
    """Build each language into ``work/<code>``, ``jobs`` at a time, in the order of ``codes``.
    At the first failure the builds still running are stopped and ParallelBuildError names the language."""
    waiting, running, done = list(codes), {}, []
    try:
        while waiting or running:
            while waiting and len(running) < jobs:
                code = waiting.pop(0)
                running[code] = _start(config_file, code, work, strict)
            time.sleep(POLL_SECONDS)
            for code in [code for code, process in running.items() if process.exitcode is not None]:
                done.append(_finished(code, running.pop(code).exitcode, work))
    finally:
        for process in running.values():
            process.terminate()
            process.join()
    return sorted(done, key=lambda run: codes.index(run.code))


def _start(config_file: Path, code: str, work: Path, strict: bool) -> multiprocessing.Process:
    """Start the build of one language in a fork of this process."""
    process = _FORK.Process(target=_build_language, args=(config_file, code, work, strict), name=f"build-{code}")
    process.start()
    return process


def _build_language(config_file: Path, code: str, work: Path, strict: bool) -> None:
    """In the fork: ``TSUNAGU_LANG=<code> mkdocs build``, everything it prints going to ``work/<code>.log``;
    the process's exit code is the build's."""
    log = os.open(work / f"{code}.log", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(log, 1)
    os.dup2(log, 2)
    sys.stdout = sys.stderr = open(log, "w", encoding="utf-8", buffering=1)  # the caller's may not be files
    os.environ.update({LANGUAGE_VARIABLE: code, "NO_MKDOCS_2_WARNING": "1"})
    os.chdir(config_file.parent)
    sys.argv = [ENGINE, "build", "--strict" if strict else "--no-strict", "-f", str(config_file), "-d", str(work / code)]
    runpy.run_module(ENGINE, run_name="__main__", alter_sys=True)  # as `python -m mkdocs build …` does


def _finished(code: str, returncode: int, work: Path) -> LanguageRun:
    """The run of a language whose process ended; raise ParallelBuildError with its log when it failed."""
    run = LanguageRun(code, returncode, (work / f"{code}.log").read_text("utf-8", errors="replace"))
    if returncode:
        raise ParallelBuildError(messages.LANGUAGE_BUILD_FAILED.format(code=code, returncode=returncode, log=run.log))
    return run
