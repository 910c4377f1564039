"""`import` for a referendum: a results CSV (one row per counting area and answer) into content/areas/*.yaml,
all or nothing, with the reading and checking every importer shares (generator/csv_import.py)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...csv_import import (ID_RE, area_row, area_rows, check_site, check_targets, dump, is_datetime, load, read_bytes,
                           read_csv, stale, whole)
from ...errors import Collector, Problem, SiteError
from ...fileset import commit
from ...import_check import new_problems
from ...yamlsource import decode
from .columns import OPTIONAL, REQUIRED
from .folders import AREAS_DIR, REFERENDUM_FILE

# Per-area columns: every row of an area must agree on them.
AREA_COLUMNS = ("area", "region", "nation", "electorate", "rejected_ballots", "declared_at", "status")
KEPT = ("nation", "electorate", "status", "declared_at", "rejected_ballots")  # written in this order


@dataclass(frozen=True)
class ImportReport:
    areas: int
    answers: int
    written: int
    unchanged: int
    removed: int
    warnings: tuple[Problem, ...]

    def summary(self) -> str:
        return (f"Imported {self.areas} counting areas with {self.answers} answers: {self.written} files written, "
                f"{self.unchanged} unchanged, {self.removed} removed")


@dataclass
class _Area:
    id: str
    line: int
    values: dict[str, Any]
    lines: dict[str, int]
    results: list[tuple[str, int | None]] = field(default_factory=list)
    seen: dict[str, int] = field(default_factory=dict)   # the line of each answer


def import_results(csv_file: Path, site_dir: Path, *, replace: bool = False) -> ImportReport:
    """Validate every row and check that the site would still build, then write the area files all or nothing."""
    display = str(csv_file)
    check_site(site_dir, "referendum", "a referendum site")
    out = Collector()
    header, rows = read_csv(decode(read_bytes(csv_file, display), display), display, out, REQUIRED, OPTIONAL)
    if not rows:
        raise SiteError.single(display, 1, "the file names the columns but has no rows",
                               "add one row per counting area and answer under the header; nothing was imported "
                               "(with --replace, a file without rows would remove every area)")
    answers = _answers(site_dir)
    areas = _parse_rows(header, rows, answers, display, out)
    out.raise_if_any()
    targets = {f"{AREAS_DIR}{a.id}.yaml": a for a in areas.values()}
    check_targets(site_dir, list(targets))
    files = {rel: _area_text(a, _existing(site_dir, rel), header) for rel, a in targets.items()}
    removed = stale(site_dir, AREAS_DIR, files) if replace else []
    broken = new_problems(site_dir, files, removed)
    if broken:
        raise SiteError([Problem(display, 1, f"the site would not build after this import ({len(broken)} "
                                 f"problem{'s' if len(broken) > 1 else ''} below), so nothing was written",
                                 "fix the rows (or the files) named below, then import again"),
                         *(Problem(display, targets[p.path].line, f"{p.path} as imported: {p.message}", p.hint)
                           if p.path in targets else p for p in broken)])
    written, unchanged = commit(site_dir, {rel: text.encode("utf-8") for rel, text in files.items()}, removed)
    used = {answer for a in areas.values() for answer, _ in a.results}
    return ImportReport(len(areas), len(used), written, unchanged, len(removed), tuple(out.warnings))


def _answers(site_dir: Path) -> tuple[str, ...] | None:
    """The answer ids of content/referendum.yaml, or None when it cannot say (the build check then reports why)."""
    file = site_dir / REFERENDUM_FILE
    if not file.is_file():
        raise SiteError.single(REFERENDUM_FILE, None, f"there is no {REFERENDUM_FILE}",
                               "write the question and its answers (id, label, colour) first: the CSV gives only "
                               "the answers' ids; nothing was imported")
    data = load(file, REFERENDUM_FILE)
    items = data.get("answers") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return None
    return tuple(str(a["id"]) for a in items if isinstance(a, dict) and "id" in a)


def _parse_rows(header: list[str], rows: list[tuple[int, list[str]]], answers: tuple[str, ...] | None,
                display: str, out: Collector) -> dict[str, _Area]:
    areas: dict[str, _Area] = {}
    for line, _row, area, (_values, answer, votes) in area_rows(
            header, rows, display, out, REQUIRED + OPTIONAL,
            lambda row, line: _parse_row(row, line, answers, display, out),
            lambda values, line: _Area(values["area_id"], line, {k: values[k] for k in AREA_COLUMNS},
                                       dict.fromkeys(AREA_COLUMNS, line)),
            lambda area, values, line: _agrees(area, values, line, display, out), areas):
        if answer in area.seen:
            out.add(display, line, f"the answer {answer!r} is given twice for area {area.id} (also on line "
                    f"{area.seen[answer]})", "remove the repeated row")
            continue
        area.seen[answer] = line
        area.results.append((answer, votes))
    return areas


def _parse_row(row: dict[str, str], line: int, answers: tuple[str, ...] | None, display: str,
               out: Collector) -> tuple[dict[str, Any], str, int | None] | None:
    """One row's values converted, or None after reporting everything wrong with it."""
    before = len(out.errors)
    values, votes = area_row(row, line, display, out, ("area_id", "area", "region", "answer"), "the answer's",
                             ("electorate", "rejected_ballots"))
    values["nation"] = values["nation"] or None
    answer = row.get("answer", "").lower()
    for col, value in (("area_id", values["area_id"]), ("answer", answer)):
        if value and not ID_RE.fullmatch(value):
            out.add(display, line, f"{col} {value!r} can only hold letters a-z, digits and hyphens",
                    "ids are used in file names and addresses, like e07000136 or remain")
    if answer and answers is not None and ID_RE.fullmatch(answer) and answer not in answers:
        out.add(display, line, f"the answer {answer!r} is not one of the answers in {REFERENDUM_FILE}",
                f"the answers are {', '.join(answers) or '(none)'}; add it there, or correct the row")
    declared = row.get("declared_at") or None
    if declared and not is_datetime(declared):
        out.add(display, line, f"declared_at must be written YYYY-MM-DD HH:MM (got {declared!r})",
                "for example 2016-06-24 04:40, in the site's timezone")
    values["declared_at"] = declared
    if len(out.errors) > before:
        return None
    return values, answer, votes


def _agrees(area: _Area, values: dict[str, Any], line: int, display: str, out: Collector) -> bool:
    ok = True
    for col in AREA_COLUMNS:
        if values.get(col) != area.values[col]:
            out.add(display, line, f"{col} {values.get(col)!r} differs from {area.values[col]!r} given on line "
                    f"{area.lines[col]} for area {area.id}", f"every row of an area must give the same {col}")
            ok = False
    return ok


def _existing(site_dir: Path, rel: str) -> dict[str, Any]:
    file = site_dir / rel
    data = load(file, rel) if file.is_file() else None
    return dict(data) if isinstance(data, dict) else {}


def _area_text(area: _Area, old: dict[str, Any], header: list[str]) -> str:
    """The area's file: the CSV's figures, keeping optional fields whose column the CSV lacks."""
    v = area.values
    data: dict[str, Any] = {"id": area.id, "name": v["area"], "region": v["region"]}
    for col in KEPT:
        value = v[col] if col in header or col == "status" else old.get(col)
        if value is not None:
            data[col] = value
    results = [{"answer": answer, "votes": votes} for answer, votes in area.results if votes is not None]
    if results:
        data["results"] = results
    return dump(data)
