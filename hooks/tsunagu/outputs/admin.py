"""The form editor at ``/admin/``: Decap CMS served from the site itself, with its generated configuration.

The CMS comes from npm (``decap-cms``, and ``yaml`` for the file format of ``tsunagu-cms.js``), pinned in
``package.json`` and installed by ``npm ci`` (``make install``). A build from the Python packages alone
has neither: it leaves ``admin/`` out, and ``missing`` says why.
"""

from __future__ import annotations

import os
import re
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from ..i18n.strings import Strings
from ..model.config import TsunaguConfig
from ..model.kinds import record_kinds
from ..model.locales import Locales
from .cms_config import Backend, FormSite, cms_config
from .files import OutputFile

FOLDER = "admin/"
BUNDLE = Path("node_modules/decap-cms/dist")
YAML_LIBRARY = Path("node_modules/yaml/browser/dist")
STATIC = Path(__file__).with_name("admin")
_BUNDLE_FILE = re.compile(r"(?:\d+\.)?decap-cms\.js(?:\.LICENSE\.txt)?|[0-9a-f]+\.wasm")
_PAGE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{title}</title>
<link rel="icon" href="../assets/images/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="tsunagu-cms.css">
</head>
<body>
<noscript><p>{noscript}</p></noscript>
<script>window.CMS_MANUAL_INIT = true;</script>
<script src="decap-cms.js"></script>
<script type="module" src="tsunagu-cms.js"></script>
</body>
</html>
"""


def repository(site_url: str, repo: str | None) -> str | None:
    """The GitHub repository (``owner/name``) saves go to: ``repo`` if given, else the one a GitHub
    Pages address names (``https://owner.github.io/name/``)."""
    if repo:
        return repo
    parts = urlsplit(site_url)
    owner = parts.hostname.removesuffix(".github.io") if parts.hostname else ""
    name = parts.path.strip("/").split("/")[0]
    return f"{owner}/{name}" if owner != parts.hostname and name else None


NO_REPOSITORY = ("/admin/ saves only through the local server of `make edit`: no GitHub repository "
                 "(set extra.tsunagu.cms_repo: owner/name in mkdocs.yml)")


def missing(root: Path) -> str | None:
    """Why the build leaves ``/admin/`` out, or None when it writes it."""
    absent = [str(path) for path in (BUNDLE / "decap-cms.js", YAML_LIBRARY / "index.js") if not (root / path).exists()]
    if absent:
        return f"/admin/ left out: {', '.join(absent)} not installed (run `make install`, which runs npm ci)"
    return None


def admin_files(root: Path, site: FormSite, backend: Backend, texts: dict[str, str]) -> list[OutputFile]:
    """Every file of ``/admin/``: the page (``texts``: its ``title`` and ``noscript`` message), the
    configuration, the format and the CMS with the YAML library it uses."""
    config = yaml.safe_dump(cms_config(site, backend), allow_unicode=True, sort_keys=False, width=1000)
    page = _PAGE.format(lang=escape(site.locales.default.code), title=escape(texts["title"]),
                        noscript=escape(texts["noscript"]))
    files = [OutputFile("index.html", page.encode()), OutputFile("config.yml", config.encode()),
             *(OutputFile(path.name, path.read_bytes()) for path in sorted(STATIC.iterdir()))]
    files += [OutputFile(path.name, path.read_bytes()) for path in sorted((root / BUNDLE).iterdir())
              if _BUNDLE_FILE.fullmatch(path.name)]
    library = root / YAML_LIBRARY
    files += [OutputFile(f"yaml/{path.relative_to(library).as_posix()}", path.read_bytes())
              for path in sorted(library.rglob("*.js"))]
    return [OutputFile(FOLDER + file.path, file.content) for file in files]


def backend(site_url: str, config: TsunaguConfig) -> Backend:
    """Where the form editor saves on the real site (no repository: through `make edit` only)."""
    repo = repository(site_url, config.cms_repo) or ""
    return Backend(repo, config.cms_branch, config.cms_auth_base_url, config.cms_auth_site_domain)


def note(root: Path, site_url: str, config: TsunaguConfig) -> str | None:
    """What the build tells of the form editor: why it is left out, or why it cannot save to GitHub."""
    return missing(root) or (None if backend(site_url, config).repo else NO_REPOSITORY)


def form_editor(root: Path, site_url: str, config: TsunaguConfig, locales: Locales, vocabularies: dict,
                strings: Strings) -> list[OutputFile]:
    """The files of the form editor for the site in ``root`` (in the default language); none when it is left out."""
    if missing(root):
        return []
    default = locales.default.code
    labels = {kind.name: strings.t(default, f"coverage.{kind.name}") for kind in record_kinds()}
    data_folder = Path(os.path.relpath(config.data_dir, root)).as_posix()
    site = FormSite(locales, vocabularies, labels, data_folder)
    texts = {key: strings.t(default, f"admin.{key}") for key in ("title", "noscript")}
    return admin_files(root, site, backend(site_url, config), texts)
