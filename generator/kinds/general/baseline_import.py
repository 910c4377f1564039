"""`import FILE.csv --baseline`: the previous election's results (the CSV of a results import) into each area
file's `baseline:`, which the pages compare this election with."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ...errors import Collector, Problem, SiteError
from ...fileset import commit
from ...import_check import new_problems
from ...yamlsource import decode
from ...csv_import import check_site, check_targets, dump, read_bytes, read_csv
from .columns import OPTIONAL, REQUIRED
from .importer import (ImportReport, _Area, _existing_area, _existing_parties, _parse_rows, _parties_text, _relocated,
                       plain)
from .model import AREAS_DIR, PARTIES_FILE

# The top-level `baseline:` key and every line under it (indented, blank or a comment), to the next key.
_BLOCK = re.compile(r"^baseline:.*\n(?:(?:[ \t#].*|[ \t]*)(?:\n|$))*", re.M)


def import_baseline(csv_file: Path, site_dir: Path) -> ImportReport:
    """Write each CSV area's previous result into its area file, all or nothing: the areas must be in the
    site already (import this election first); parties that stood only last time are added to parties.yaml."""
    display = str(csv_file)
    check_site(site_dir, "general-election", "a general election site")
    out = Collector()
    header, rows = read_csv(decode(read_bytes(csv_file, display), display), display, out, REQUIRED, OPTIONAL)
    if not rows:
        raise SiteError.single(display, 1, "the file names the columns but has no rows",
                               "add one row per candidate of the previous election under the header")
    areas, parties = _parse_rows(header, rows, display, out)
    for area in areas.values():
        if area.values["status"] != "declared":
            out.add(display, area.lines["status"], f"the baseline of area {area.id} is {area.values['status']}, "
                    "not a declared result", "a baseline is the previous election's declared result: give its votes")
        if not (site_dir / AREAS_DIR / f"{area.id}.yaml").is_file():
            out.add(display, area.line, f"there is no area {area.id} in this site ({AREAS_DIR}{area.id}.yaml)",
                    "import this election's results first; a baseline row is matched to its area by area_id "
                    "(an area whose boundaries changed has no baseline row)")
    out.raise_if_any()
    existing_parties = _existing_parties(site_dir)
    added = {pid: p for pid, p in parties.items() if pid not in existing_parties}
    targets = {f"{AREAS_DIR}{a.id}.yaml": a for a in areas.values()}
    check_targets(site_dir, [*targets, PARTIES_FILE])
    files = {rel: _with_baseline((site_dir / rel).read_text("utf-8"), _block(a, _existing_area(site_dir, a.id)))
             for rel, a in targets.items()}
    if added:
        files[PARTIES_FILE] = _parties_text(added, existing_parties, False)
    broken = new_problems(site_dir, files, [])
    if broken:
        raise SiteError([Problem(display, 1, f"the site would not build after this import ({len(broken)} "
                                 f"problem{'s' if len(broken) > 1 else ''} below), so nothing was written",
                                 "fix the rows (or the files) named below, then import again"),
                         *(_relocated(p, targets, display) for p in broken)])
    written, unchanged = commit(site_dir, {rel: text.encode("utf-8") for rel, text in files.items()}, [])
    return ImportReport(len(areas), len(added), written, unchanged, 0, tuple(out.warnings), baseline=True)


def _block(area: _Area, old: dict[str, Any]) -> str:
    """The `baseline:` of one area as YAML; an editor's `notional: true` is kept."""
    v = area.values
    base: dict[str, Any] = {}
    before = old.get("baseline") if isinstance(old.get("baseline"), dict) else {}
    if before.get("notional") is True:
        base["notional"] = True
    for col in ("electorate", "invalid_votes"):
        if v[col] is not None:
            base[col] = v[col]
    base["candidates"] = [{"name": c["name"], "party": c["party"], "votes": c["votes"]} for c in area.candidates]
    return dump(plain({"baseline": base})).split("\n", 1)[1]  # without the header note


def _with_baseline(text: str, block: str) -> str:
    """The area file's text with its `baseline:` replaced by `block` (at the end), the rest as it was."""
    kept = _BLOCK.sub("", text)
    if kept and not kept.endswith("\n"):
        kept += "\n"
    return kept + block
