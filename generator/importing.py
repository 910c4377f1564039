"""`import FILE.csv --site DIR`: the site's kind imports it, with the importer its package gives."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import SiteError
from .kinds import KINDS, Kind
from .yamlsource import load_yaml_file


def _site_kind(site_dir: Path) -> object:
    """The `kind:` of the site's site.yaml, or None when it cannot be read (the importer then says why)."""
    try:
        data = load_yaml_file(site_dir / "site.yaml", "site.yaml")
    except (OSError, SiteError):
        return None
    return data.get("kind") if isinstance(data, dict) else None


def importer_for(site_dir: Path) -> Kind:
    """The kind whose importer fills this site: its own, else the first kind that has one, whose
    checks of site.yaml then explain why this site cannot be filled."""
    importers = [k for k in KINDS.values() if k.import_results]
    own = KINDS.get(_site_kind(site_dir))  # type: ignore[arg-type]
    return own if own is not None and own.import_results else importers[0]


def import_into(csv_file: Path, site_dir: Path, *, replace: bool = False, baseline: bool = False) -> Any:
    """Import `csv_file` into the site, all or nothing; returns the importer's report. With `baseline`, the
    file is the previous election's results, which the site compares this election with."""
    kind = importer_for(site_dir)
    if not baseline:
        return kind.import_results(csv_file, site_dir, replace=replace)
    if replace:
        raise SiteError.single(str(csv_file), None, "--replace and --baseline cannot be given together",
                               "a baseline import changes only the areas it names; leave out --replace")
    if kind.import_baseline is None:
        raise SiteError.single("site.yaml", None, f"a {kind.name} site has no baseline to import",
                               "--baseline is for kinds that compare with a previous election (general-election)")
    return kind.import_baseline(csv_file, site_dir)
