"""The package's stages import downwards only, and the core never imports the site engine."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "hooks" / "tsunagu"
# Lowest first: a module may import its own stage and the stages before it, never one after it.
LAYERS = ["model", "store", "load", "i18n", "japanese", "html", "outputs", "render", "kinds", "", "cli"]  # "": builder, preview
ENGINES = ("mkdocs", "material", "mkdocs_static_i18n", "properdocs")


def _stage(module: str) -> str:
    """The stage of a module path below tsunagu ('render.pages' → 'render', 'builder' → '')."""
    first = module.split(".")[0]
    return first if first in LAYERS else ""


def _imports(path: Path, package: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in ``path``, a module of ``package``."""
    own = path.relative_to(package).with_suffix("").parts
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = list(own[:-node.level]) if node.level else []
            name = ".".join(base + ([node.module] if node.module else [])) if node.level else node.module
            names = [name] if node.module else [f"{name}.{alias.name}".lstrip(".") for alias in node.names]
            found += [(node.lineno, "tsunagu." + n if node.level else n) for n in names]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return found


def upward_imports(package: Path) -> list[str]:
    """Every import of a later stage, as ``path:line: stage imports module``."""
    upward = []
    for path in sorted(package.rglob("*.py")):
        importer = _stage(".".join(path.relative_to(package).with_suffix("").parts))
        for line, name in _imports(path, package):
            if name.startswith("tsunagu.") and LAYERS.index(_stage(name[8:])) > LAYERS.index(importer):
                upward.append(f"{path.relative_to(package)}:{line}: {importer or 'tsunagu'} imports {name}")
    return upward


def test_every_stage_is_a_documented_subpackage():
    for stage in filter(None, LAYERS):
        assert (PACKAGE / stage / "__init__.py").read_text("utf-8").strip().startswith('"""'), stage


def test_imports_point_down_only():
    assert upward_imports(PACKAGE) == []


def test_an_upward_import_is_found(tmp_path):
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "bad.py").write_text("from ..render.pages import PageRenderer\nfrom . import fields\n")
    assert upward_imports(tmp_path) == ["model/bad.py:1: model imports tsunagu.render.pages"]


def test_the_core_never_imports_the_site_engine():
    found = [f"{path.relative_to(PACKAGE)}:{line}: {name}" for path in sorted(PACKAGE.rglob("*.py"))
             for line, name in _imports(path, PACKAGE) if name.split(".")[0] in ENGINES]
    assert found == []
