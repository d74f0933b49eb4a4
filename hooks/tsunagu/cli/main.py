"""The ``tsunagu`` command: check the sources, write schemas, start records, build safely.

Exit codes: 0 when nothing is wrong; 1 when the settings in mkdocs.yml hold problems, a check
finds errors (with ``--strict``, warnings too), a new record cannot be written or the build
fails; 2 for usage errors.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from .checks import SCHEMAS_DIR, CheckResult, run_checks
from .importer import import_group
from ..scaffold import InitError, lookup, write_site
from ..render.coverage import table
from ..model.kinds import KINDS
from ..model.errors import SettingsError, display_path
from .parallel import LANGUAGE_VARIABLE, ParallelBuildError, build_parallel, builds_per_language
from .site import site_or_exit
from .report import FORMATS, errors, render
from .safebuild import build_and_swap
from .scaffold import ScaffoldError, new_record
from ..model.schemas import build_schemas
from .schemas import vocabulary_codes, write_schemas
from ..load.siteconfig import SiteConfig, load_site_config

CHECKOUT = Path(__file__).resolve().parents[3]
"""The Tsunagu checkout this package runs from: its theme files go into a new site."""

_CONFIG = click.option("-f", "--config-file", "config_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                       default="mkdocs.yml", show_default=True, help="The site configuration.")



def _checked(config_file: Path) -> CheckResult:
    """The check's findings; problems in the settings stop it before the data is read."""
    try:
        site = load_site_config(config_file)
    except SettingsError as error:
        return CheckResult(errors(error.problems), None)
    return run_checks(site)


@click.group()
def cli() -> None:
    """Tsunagu: a three-language civic information site from YAML records."""


@cli.command()
@_CONFIG
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="human", show_default=True,
              help="human: for people; json: for programs; github: annotations on a pull request.")
@click.option("--coverage", is_flag=True, help="Also print translation coverage per record type and language.")
@click.option("--strict", is_flag=True, help="Fail on warnings (missing translations, wording advice) too.")
def check(config_file: Path, fmt: str, coverage: bool, strict: bool) -> None:
    """Validate data and pages: schemas, references, easy Japanese, links, translations."""
    result = _checked(config_file)
    output = render(result.findings, fmt)
    if output:
        click.echo(output)
    if coverage and result.coverage:
        click.echo(table(result.coverage), err=fmt != "human")
    sys.exit(1 if result.failed(strict) else 0)


@cli.command()
@_CONFIG
def schemas(config_file: Path) -> None:
    """Write schemas/*.schema.json from the models, for completion and checks in editors."""
    site = site_or_exit(config_file)
    out = site.root / SCHEMAS_DIR
    changed = write_schemas(build_schemas(site.locales, vocabulary_codes(site.tsunagu.data_dir)), out)
    for path in changed:
        click.echo(f"wrote {display_path(path, site.root)}")


@cli.command()
@_CONFIG
@click.argument("kind", type=click.Choice(list(KINDS)))
@click.argument("record_id", metavar="ID")
def new(config_file: Path, kind: str, record_id: str) -> None:
    """Start a new record from a template with every field present and explained."""
    site = site_or_exit(config_file)
    try:
        path = new_record(site, kind, record_id, dt.date.today())
    except ScaffoldError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    click.echo(f"wrote {display_path(path, site.root)}")


@cli.command()
@_CONFIG
@click.option("-d", "--site-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where the site goes (default: site_dir of the configuration).")
@click.option("--single", is_flag=True, help="Build every language in one process instead of one process each.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Languages built at once (default: the number of cores).")
@click.option("--strict/--no-strict", default=True, show_default=True, help="Fail on MkDocs' warnings.")
def build(config_file: Path, site_dir: Path | None, single: bool, jobs: int | None, strict: bool) -> None:
    """Build the site; the previous site stays in place unless the build succeeds.

    Each language builds in its own process, as many at once as there are cores, then the builds
    are merged and indexed for search, as the per-language deploy workflow does."""
    site = site_or_exit(config_file)
    target = site_dir or site.site_dir
    if not single and not builds_per_language(site.config_file):
        click.echo(f"note: the i18n plugin's build_only_locale in {config_file} does not read {LANGUAGE_VARIABLE} "
                   f"(!ENV [{LANGUAGE_VARIABLE}, null]): every language is built in one process", err=True)
        single = True
    if single:
        _build_single(site, target, strict)
    else:
        _build_parallel(site, target, jobs, strict)


def _build_single(site: SiteConfig, site_dir: Path, strict: bool) -> None:
    result = build_and_swap(site.config_file, site_dir, strict)
    click.echo(result.stderr, err=True, nl=False)
    if result.returncode != 0:
        _build_failed()


def _build_parallel(site: SiteConfig, site_dir: Path, jobs: int | None, strict: bool) -> None:
    try:
        runs = build_parallel(site, site_dir, jobs, strict)
    except ParallelBuildError as error:
        click.echo(f"error: {error}", err=True)
        _build_failed()
    for run in runs:
        click.echo("".join(f"[{run.code}] {line}" for line in run.log.splitlines(keepends=True)), err=True, nl=False)


def _build_failed() -> None:
    click.echo("error: the build failed; the previous site was left as it was", err=True)
    sys.exit(1)


cli.add_command(import_group)


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--lg-code", "lg_code", required=True, help="The 6-digit 全国地方公共団体コード (check digit included).")
def init(directory: Path, lg_code: str) -> None:
    """Make a new site for a municipality or a prefecture in DIRECTORY (new or empty)."""
    try:
        place = lookup(lg_code)
        write_site(directory, place, CHECKOUT)
    except InitError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    site = site_or_exit(directory / "mkdocs.yml")
    write_schemas(build_schemas(site.locales, vocabulary_codes(site.tsunagu.data_dir)), site.root / SCHEMAS_DIR)
    click.echo(f"wrote the site of {place.name} ({place.prefecture}, {place.code}) in {directory}; "
               f"next: cd {directory} && make serve, then tsunagu check for the TODOs")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``tsunagu`` command."""
    return cli.main(args=argv, prog_name="tsunagu")
