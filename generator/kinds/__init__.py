"""The registry of election kinds: one package under generator/kinds/ each, found by its name.

To add a kind, add its package's name to PACKAGES (docs/kinds.md says what the package holds). The
first kind is the one a site.yaml without a valid `kind` is checked as, so that its other problems
are still reported.
"""
from __future__ import annotations

import importlib

from .kind import Kind, Sample

PACKAGES = ("leadership", "general", "referendum")  # generator/kinds/<package>/__init__.py defines KIND

# importlib, not an import statement: a kind's package imports the model, which asks this registry.
KINDS: dict[str, Kind] = {kind.name: kind for kind in
                          (importlib.import_module(f"{__name__}.{package}").KIND for package in PACKAGES)}
KIND_NAMES = tuple(KINDS)
FALLBACK = KINDS[KIND_NAMES[0]]

__all__ = ["FALLBACK", "KINDS", "KIND_NAMES", "Kind", "Sample", "item_folders", "kind_named"]


def kind_named(name: object) -> Kind:
    """The kind of that name, or the fallback kind for a site.yaml whose kind is missing or wrong."""
    return KINDS.get(name, FALLBACK) if isinstance(name, str) else FALLBACK


def item_folders() -> tuple[str, ...]:
    """Every kind's folder of item files, which load reads as text for the model to parse."""
    return tuple(sorted({k.items_dir for k in KINDS.values() if k.items_dir}))
