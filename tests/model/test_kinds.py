"""The registry of kinds is the one place that names a section or an open-data file: no module of the package,
no hook and no template writes one out (docstrings and template comments may mention them)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import ROOT

from tsunagu.model import kinds
from tsunagu.model.kinds import record_kinds, shortcuts
from tsunagu.load.catalog import Catalog

HOOKS = ROOT / "hooks"
REGISTRY = HOOKS / "tsunagu/model/kinds.py"
TEMPLATE_DIRS = (HOOKS / "tsunagu/render/templates", ROOT / "overrides")
COMMENT = re.compile(r"\{#.*?#\}", re.S)


def registry_names() -> set[str]:
    """Every section path and open-data file name the registry gives out."""
    sections = {f"{kind.section}/" for kind in record_kinds() if kind.section}
    files = {kind.json_path.split("/")[-1] for kind in record_kinds()}
    files |= {kind.csv_file.replace("{lg_code}", "") for kind in record_kinds() if kind.csv_file}
    return sections | files | set(kinds.SITE_FILES.values()) | {f"{kinds.DIGEST_SECTION}/", f"{kinds.OPENDATA}/"}


def _pattern(names: set[str]) -> re.Pattern:
    """A name as a path or a path's start: not inside a longer word (``subevents/``) or UI key, not a data folder
    (``data/events/``, whose names the form editor's labels give) and not ``//`` (``-//Tsunagu//Civic events//EN``)."""
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(r"(?<![\w.-])(?<!data/)(?:" + alternatives + ")(?!/)")


def python_strings(path: Path) -> list[tuple[int, str]]:
    """Every string constant of a module but its docstrings, with its line."""
    tree = ast.parse(path.read_text("utf-8"))
    docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)
                  and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)}
    return [(node.lineno, node.value) for node in ast.walk(tree) if isinstance(node, ast.Constant)
            and isinstance(node.value, str) and id(node) not in docstrings]


def written_out(names: set[str]) -> list[str]:
    """Where a name is written outside the registry, as ``path:line: text``."""
    pattern, found = _pattern(names), []
    for path in sorted(HOOKS.rglob("*.py")):
        if path != REGISTRY:
            found += [f"{path.relative_to(ROOT)}:{line}: {text}" for line, text in python_strings(path)
                      if pattern.search(text)]
    for folder in TEMPLATE_DIRS:
        for path in sorted(folder.rglob("*.html")):
            text = COMMENT.sub(lambda m: "\n" * m[0].count("\n"), path.read_text("utf-8"))
            found += [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
                      for number, line in enumerate(text.splitlines(), 1) if pattern.search(line)]
    return found


def test_no_section_or_open_data_file_is_written_outside_the_registry():
    assert written_out(registry_names()) == []


def test_a_section_written_out_is_found(tmp_path, monkeypatch):
    module = tmp_path / "hooks/tsunagu/render/links.py"
    template = tmp_path / "overrides/partials/more.html"
    for path in (module, template):
        path.parent.mkdir(parents=True, exist_ok=True)
    module.write_text('"""See events/ for more."""\nHOME = "events/"\nKEY = "events.title"\n', "utf-8")
    template.write_text('{# glossary/ #}\n<a href="{{ view.link(\'glossary/\') }}">x</a>\n', "utf-8")
    monkeypatch.setattr("test_kinds.ROOT", tmp_path)
    monkeypatch.setattr("test_kinds.HOOKS", tmp_path / "hooks")
    monkeypatch.setattr("test_kinds.TEMPLATE_DIRS", (tmp_path / "overrides",))
    assert written_out({"events/", "glossary/"}) == [
        'hooks/tsunagu/render/links.py:2: events/',
        "overrides/partials/more.html:2: <a href=\"{{ view.link('glossary/') }}\">x</a>"]


def test_the_names_cover_every_section_and_file():
    names = registry_names()
    assert {"groups/", "events/", "glossary/", "indicators/", "support/", "digest/", "opendata/"} <= names
    assert {"events.ics", "feed.xml", "opendata/catalog.jsonld", "_event.csv", "venues.json"} <= names


def test_every_shortcut_is_the_catalogs():
    assert all(isinstance(getattr(Catalog, name), property) for name in shortcuts())
    assert set(shortcuts().values()) == {"group", "event", "venue", "term", "support"}
