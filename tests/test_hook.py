"""The hook is thin: it imports at most three package modules, each handler makes at most one call through
the build session, and it names none of the package's page decisions (front matter keys, template globals)."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

HOOK = ROOT / "hooks/tsunagu_hook.py"
MAX_PACKAGE_MODULES = 3


def package_modules(tree: ast.Module) -> set[str]:
    """The modules of the ``tsunagu`` package the hook imports."""
    found = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    found |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    return {name for name in found if name == "tsunagu" or name.startswith("tsunagu.")}


def session_calls(function: ast.FunctionDef) -> int:
    """How many calls of the session's methods ``function`` makes."""
    return sum(1 for node in ast.walk(function) if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
               and isinstance(node.func.value, ast.Name) and node.func.value.id == "_session")


def thickness(source: str) -> list[str]:
    """Every way ``source``, a hook, is more than thin, one line each."""
    tree = ast.parse(source)
    found = []
    modules = package_modules(tree)
    if len(modules) > MAX_PACKAGE_MODULES:
        found.append(f"imports {len(modules)} package modules: {', '.join(sorted(modules))}")
    found += [f"{node.name} calls the session {session_calls(node)} times" for node in tree.body
              if isinstance(node, ast.FunctionDef) and session_calls(node) > 1]
    found += [f"line {node.lineno} names {node.value!r}" for node in ast.walk(tree) if isinstance(node, ast.Constant)
              and isinstance(node.value, str) and node.value.startswith("tsunagu_")]
    return found


def test_the_hook_is_thin():
    assert thickness(HOOK.read_text("utf-8")) == []
    assert package_modules(ast.parse(HOOK.read_text("utf-8")))  # it is read: the check sees its imports


def test_a_thick_hook_is_found():
    source = '''
from tsunagu.builder import SiteBuilder
from tsunagu.render.coverage import COVERAGE_MARKER
from tsunagu.render.whatson import WHATS_ON_MARKER
import tsunagu.preview


def on_page_markdown(markdown, page, config, files):
    page.meta["tsunagu_fallback"] = _session.fell_back(page)
    return _session.coverage(markdown)
'''
    assert thickness(source) == [
        "imports 4 package modules: tsunagu.builder, tsunagu.preview, tsunagu.render.coverage, tsunagu.render.whatson",
        "on_page_markdown calls the session 2 times",
        "line 9 names 'tsunagu_fallback'"]
