"""The adapter of each kind in the registry, found by the module its entry names."""

from __future__ import annotations

from importlib import import_module

from ..model.kinds import record_kinds
from .base import KindAdapter


def adapters() -> tuple[KindAdapter, ...]:
    """Every kind's adapter, in the registry's order."""
    return tuple(import_module(kind.adapter_module).ADAPTER for kind in record_kinds())
