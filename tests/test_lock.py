"""The lock file pins every dependency of pyproject.toml, with hashes, and this environment is the lock."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import PackageNotFoundError, version

from conftest import ROOT
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

LOCK = ROOT / "requirements.txt"
PIN = re.compile(r"^(?P<name>[A-Za-z0-9._-]+)==(?P<version>[^\s;\\]+)\s*(?:;(?P<marker>[^\\]+))?\\?$")


def locked() -> dict[str, tuple[str, str | None, list[str]]]:
    """Each pinned package: its version, its environment marker and its hashes."""
    pins: dict = {}
    name = None
    for line in LOCK.read_text("utf-8").splitlines():
        if match := PIN.match(line):
            name = canonicalize_name(match["name"])
            assert name not in pins, f"{name} is pinned twice"
            pins[name] = (match["version"], (match["marker"] or "").strip() or None, [])
        elif line.strip().startswith("--hash=sha256:") and name:
            pins[name][2].append(line.strip().removeprefix("--hash=sha256:").rstrip(" \\"))
        elif line.strip() and not line.lstrip().startswith("#"):
            raise AssertionError(f"unexpected line in the lock: {line!r}")
    return pins


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    extras = [req for group in project["optional-dependencies"].values() for req in group]
    return [Requirement(req) for req in [*project["dependencies"], *extras]]


def test_every_declared_dependency_is_pinned_within_its_range():
    pins = locked()
    for requirement in declared():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is in pyproject.toml but not in the lock: run make lock"
        assert requirement.specifier.contains(pins[name][0], prereleases=True), (
            f"{name}=={pins[name][0]} in the lock is outside {requirement.specifier} of pyproject.toml: run make lock")


def test_every_pin_has_hashes():
    for name, (_, _, hashes) in locked().items():
        assert hashes and all(re.fullmatch(r"[0-9a-f]{64}", h) for h in hashes), name


def test_this_environment_is_the_lock():
    """What `make install` installed is exactly the lock (a stale .venv: run make install)."""
    for name, (pinned, marker, _) in locked().items():
        if marker and not Marker(marker).evaluate():
            continue
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = None
        assert installed == pinned, f"{name}: {installed} installed, {pinned} locked"
