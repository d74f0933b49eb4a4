"""Everything ``tsunagu check`` looks at, gathered as findings.

Errors: data that does not validate (schemas, references, rules) and broken
internal links — the build would fail or publish something wrong.
Warnings: missing translations (the site falls back to the default language),
easy-Japanese findings (advice on wording) and schema files that are out of date.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..builder import SiteBuilder
from ..i18n.coverage import Coverage, coverage_problems, measure
from ..model import messages
from ..model.errors import DataError, Problem, display_path
from .links import broken_links
from .report import Finding, errors, warnings
from ..model.schemas import build_schemas
from .schemas import stale_schemas, vocabulary_codes
from ..load.siteconfig import SiteConfig

SCHEMAS_DIR = "schemas"


@dataclass(frozen=True)
class CheckResult:
    """The findings, and the translation coverage when the data could be read."""

    findings: list[Finding]
    coverage: Coverage | None

    def failed(self, strict: bool) -> bool:
        """Whether anything is wrong: any error, or with ``strict`` any warning too."""
        return any(f.severity == "error" or strict for f in self.findings)


def run_checks(site: SiteConfig) -> CheckResult:
    """Check data, pages, translations, easy Japanese and schemas of the site."""
    try:
        builder = SiteBuilder(site.tsunagu, site.locales, site.root)
    except DataError as error:
        builder, findings = None, errors(error.problems)
    else:
        findings = []
    generated = {page.src_uri for page in builder.language(site.locales.default).pages()} if builder else None
    findings += errors(broken_links(site.docs_dir, site.root, generated))
    findings += warnings(_stale_schemas(site))
    coverage = None
    if builder:
        coverage = measure(builder.context.catalog, site.docs_dir, site.tsunagu.data_dir, site.locales)
        findings += warnings(coverage_problems(coverage, site.root))
        findings += warnings(builder.easy_japanese(site.docs_dir))
    return CheckResult(findings, coverage)


def _stale_schemas(site: SiteConfig) -> list[Problem]:
    schemas = build_schemas(site.locales, vocabulary_codes(site.tsunagu.data_dir))
    out = site.root / SCHEMAS_DIR
    return [Problem(display_path(out / f"{name}.schema.json", site.root), 0, "",
                    messages.STALE_SCHEMA.format()) for name in stale_schemas(schemas, out)]

