"""`import`: a results spreadsheet (CSV, one row per candidate) into content/areas/*.yaml and content/parties.yaml."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import Collector, Problem, SiteError
from ...csv_import import (ID_RE, area_row, area_rows, check_site, check_targets, dump, is_datetime, load, read_bytes,
                           read_csv, stale, whole)
from ...fileset import commit
from ...import_check import new_problems
from ...urls import slugify
from ...yamlsource import decode
from .columns import OPTIONAL, REQUIRED
from .model import AREAS_DIR, PARTIES_FILE

# Per-area columns: every row of an area must agree on them.
AREA_COLUMNS = ("area", "region", "nation", "electorate", "invalid_votes", "declared_at", "previous_party", "status")


@dataclass(frozen=True)
class ImportReport:
    areas: int
    parties: int
    written: int
    unchanged: int
    removed: int
    warnings: tuple[Problem, ...]
    baseline: bool = False    # `import --baseline`: `parties` counts the parties added

    def summary(self) -> str:
        if self.baseline:
            return (f"Imported the baseline of {self.areas} areas ({self.parties} parties added): "
                    f"{self.written} files written, {self.unchanged} unchanged")
        return (f"Imported {self.areas} areas and {self.parties} parties: {self.written} files written, "
                f"{self.unchanged} unchanged, {self.removed} removed")


@dataclass
class _Area:
    id: str
    line: int
    values: dict[str, Any]                       # the per-area columns as given, converted
    lines: dict[str, int] = field(default_factory=dict)
    candidates: list[dict[str, Any]] = field(default_factory=list)
    seen: dict[tuple[str, str], int] = field(default_factory=dict)  # line of each (candidate, party id)


@dataclass
class _Party:
    id: str
    labels: Counter = field(default_factory=Counter)
    first_label: list[str] = field(default_factory=list)
    short: tuple[str, int] | None = None
    colour: tuple[str, int] | None = None


def import_results(csv_file: Path, site_dir: Path, *, replace: bool = False) -> ImportReport:
    """Validate every row, and check that the site would still build, then write the content all or
    nothing: nothing is written when any row is bad or any file cannot be written."""
    display = str(csv_file)
    check_site(site_dir, "general-election", "a general election site")
    out = Collector()
    header, rows = read_csv(decode(read_bytes(csv_file, display), display), display, out, REQUIRED, OPTIONAL)
    if not rows:
        raise SiteError.single(display, 1, "the file names the columns but has no rows",
                               "add one row per candidate under the header; nothing was imported (with "
                               "--replace, a file without rows would remove every area)")
    areas, parties = _parse_rows(header, rows, display, out)
    existing_parties = _existing_parties(site_dir)
    known = set(existing_parties) | set(parties)
    for area in areas.values():
        prev = area.values.get("previous_party")
        if prev and prev not in known:
            out.add(display, area.lines["previous_party"], f"previous_party '{prev}' is not a party id in this file "
                    f"or in {PARTIES_FILE}", "use the party_id (or, without party_id, the slug of the party name) "
                    "of the party that held the seat")
    out.raise_if_any()
    targets = {f"{AREAS_DIR}{a.id}.yaml": a for a in areas.values()}
    check_targets(site_dir, [*targets, PARTIES_FILE])
    names = {pid: existing_parties[pid].get("name") if pid in existing_parties else _party_name(p)
             for pid, p in parties.items()}
    olds = {rel: _existing_area(site_dir, a.id) for rel, a in targets.items()}
    files = {rel: _area_text(a, olds[rel], header, names) for rel, a in targets.items()}
    files[PARTIES_FILE] = _parties_text(parties, existing_parties, replace, _baseline_parties(olds.values()))
    removed = stale(site_dir, AREAS_DIR, files) if replace else []
    broken = new_problems(site_dir, files, removed)
    if broken:
        raise SiteError([Problem(display, 1, f"the site would not build after this import ({len(broken)} "
                                 f"problem{'s' if len(broken) > 1 else ''} below), so nothing was written",
                                 "fix the rows (or the files) named below, then import again"),
                         *(_relocated(p, targets, display) for p in broken)])
    written, unchanged = commit(site_dir, {rel: text.encode("utf-8") for rel, text in files.items()}, removed)
    return ImportReport(len(areas), len(parties), written, unchanged, len(removed), tuple(out.warnings))


def _relocated(problem: Problem, targets: dict[str, _Area], display: str) -> Problem:
    """A problem in a file the import would write, shown at the CSV row it comes from."""
    if problem.path in targets:
        area = targets[problem.path]
        return Problem(display, area.line, f"{problem.path} as imported: {problem.message}", problem.hint)
    if problem.path == PARTIES_FILE:
        return Problem(display, 1, f"{PARTIES_FILE} as imported: {problem.message}", problem.hint)
    return problem


def _parse_rows(header: list[str], rows: list[tuple[int, list[str]]], display: str,
                out: Collector) -> tuple[dict[str, _Area], dict[str, _Party]]:
    areas: dict[str, _Area] = {}
    parties: dict[str, _Party] = {}
    for line, row, area, (_values, candidate, party_id) in area_rows(
            header, rows, display, out, REQUIRED + OPTIONAL, lambda row, line: _parse_row(row, line, display, out),
            lambda values, line: _Area(values["area_id"], line, {k: values.get(k) for k in AREA_COLUMNS},
                                       {k: line for k in AREA_COLUMNS}),
            lambda area, values, line: _agrees(area, values, line, display, out), areas):
        # A candidate is a name and a party: two people of one name can stand for two parties in a seat.
        who = (candidate["name"], party_id)
        if who in area.seen:
            out.add(display, line, f"the candidate {candidate['name']!r} is listed twice in area {area.id} "
                    f"(also on line {area.seen[who]})", "remove the repeated row")
            continue
        area.seen[who] = line
        area.candidates.append(candidate)
        _add_party(parties, party_id, row, line, display, out)
    return areas, parties


def _parse_row(row: dict[str, str], line: int, display: str,
               out: Collector) -> tuple[dict[str, Any], dict[str, Any], str] | None:
    """One row's values converted, or None after reporting everything wrong with it."""
    before = len(out.errors)
    values, votes = area_row(row, line, display, out, ("area_id", "area", "region", "nation", "party", "candidate"),
                             "the candidate's", ("electorate", "invalid_votes"))
    party_id = (row.get("party_id") or slugify(row.get("party") or "")[:80].strip("-")).lower()
    for col, value in (("area_id", values["area_id"]), ("party_id", party_id),
                       ("previous_party", (row.get("previous_party") or "").lower())):
        if value and not ID_RE.fullmatch(value):
            out.add(display, line, f"{col} {value!r} can only hold letters a-z, digits and hyphens",
                    "ids are used in file names and addresses, like e14000811 or lab")
    values["previous_party"] = (row.get("previous_party") or "").lower() or None
    declared = row.get("declared_at") or None
    if declared and not is_datetime(declared):
        out.add(display, line, f"declared_at must be written YYYY-MM-DD HH:MM (got {declared!r})",
                "for example 2019-12-13 02:30, in the site's timezone")
    values["declared_at"] = declared
    colour = row.get("colour") or None
    if colour and not re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
        out.add(display, line, f"colour must be # and six hex digits (got {colour!r})", "for example #e4003b")
    if len(out.errors) > before:
        return None
    candidate = {"name": row["candidate"], "party": party_id, "label": row["party"], "votes": votes}
    return values, candidate, party_id


def _agrees(area: _Area, values: dict[str, Any], line: int, display: str, out: Collector) -> bool:
    ok = True
    for col in AREA_COLUMNS:
        if values.get(col) != area.values[col]:
            first = area.values[col]
            out.add(display, line, f"{col} {values.get(col)!r} differs from {first!r} given on line "
                    f"{area.lines[col]} for area {area.id}", f"every row of an area must give the same {col}")
            ok = False
    return ok


def _add_party(parties: dict[str, _Party], pid: str, row: dict[str, str], line: int, display: str,
               out: Collector) -> None:
    party = parties.setdefault(pid, _Party(pid))
    if not party.first_label:
        party.first_label.append(row["party"])
    party.labels[row["party"]] += 1
    for col, attr in (("party_short", "short"), ("colour", "colour")):
        value = row.get(col) or None
        if value is None:
            continue
        value = value.lower() if col == "colour" else value
        given = getattr(party, attr)
        if given is None:
            setattr(party, attr, (value, line))
        elif given[0] != value:
            out.add(display, line, f"{col} {value!r} differs from {given[0]!r} given on line {given[1]} "
                    f"for party {pid}", f"give party {pid} one {col} in every row, or leave the cell empty")


def _existing_parties(site_dir: Path) -> dict[str, dict[str, Any]]:
    file = site_dir / PARTIES_FILE
    if not file.is_file():
        return {}
    data = load(file, PARTIES_FILE)
    items = data.get("parties") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise SiteError.single(PARTIES_FILE, getattr(data, "line", None), "this file has no `parties:` list",
                               "fix or delete the file, then import again")
    return {str(p["id"]): dict(p) for p in items if isinstance(p, dict) and "id" in p}


def _existing_area(site_dir: Path, area_id: str) -> dict[str, Any]:
    file = site_dir / AREAS_DIR / f"{area_id}.yaml"
    data = load(file, f"{AREAS_DIR}{area_id}.yaml") if file.is_file() else None
    return dict(data) if isinstance(data, dict) else {}


def _party_name(party: _Party) -> str:
    """The label most rows give (Labour rather than Labour and Co-operative); ties go to the first seen."""
    top = max(party.labels.values())
    return next(label for label in [party.first_label[0], *party.labels] if party.labels[label] == top)


def _baseline_parties(olds: Any) -> set[str]:
    """The parties the kept baselines name (a party that stood only last time stays listed)."""
    found = set()
    for old in olds:
        base = old.get("baseline")
        items = base.get("candidates") if isinstance(base, dict) else None
        found.update(str(c["party"]) for c in items or () if isinstance(c, dict) and "party" in c)
    return found


def _parties_text(parties: dict[str, _Party], existing: dict[str, dict[str, Any]], replace: bool,
                  keep: set[str] = frozenset()) -> str:
    merged: list[dict[str, Any]] = []
    for pid, old in existing.items():
        if replace and pid not in parties and pid not in keep:
            continue
        entry = dict(old)
        if pid in parties:
            new = parties[pid]
            if new.short and new.short[0] != entry.get("name"):
                entry["short_name"] = new.short[0]
            if new.colour:
                entry["colour"] = new.colour[0]
        merged.append(entry)
    for pid, new in parties.items():
        if pid in existing:
            continue
        entry: dict[str, Any] = {"id": pid, "name": _party_name(new)}
        if new.short and new.short[0] != entry["name"]:
            entry["short_name"] = new.short[0]
        if new.colour:
            entry["colour"] = new.colour[0]
        merged.append(entry)
    return dump({"parties": merged})


def _area_text(area: _Area, old: dict[str, Any], header: list[str], names: dict[str, str]) -> str:
    """The area's file: the CSV's figures, keeping optional fields whose column the CSV lacks."""
    v = area.values
    data: dict[str, Any] = {"id": area.id, "name": v["area"], "region": v["region"], "nation": v["nation"]}
    for col in ("electorate", "status", "declared_at", "invalid_votes", "previous_party"):
        value = v[col] if col in header or col == "status" else old.get(col)
        if value is not None:
            data[col] = value
    data["candidates"] = [_candidate(c, names[c["party"]]) for c in area.candidates]
    if isinstance(old.get("baseline"), dict):  # the previous election's result (`import --baseline`) stays
        data["baseline"] = plain(old["baseline"])
    return dump(data)


def plain(value: Any) -> Any:
    """Parsed YAML as plain dicts, lists and scalars, which the dumper writes."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, str):
        return str(value)
    return value


def _candidate(c: dict[str, Any], party_name: str) -> dict[str, Any]:
    """A candidate entry; the ballot label is kept only where it differs from the party's name."""
    entry: dict[str, Any] = {"name": c["name"], "party": c["party"]}
    if c["label"] != party_name:
        entry["label"] = c["label"]
    if c["votes"] is not None:
        entry["votes"] = c["votes"]
    return entry
