"""What every kind's CSV importer shares: reading the file and its header, checking the site and the
cells, and writing YAML as editors do. The importers themselves (generator/kinds/*/importer.py) turn
the rows into their kind's content files and write them with fileset.commit, all or nothing."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path
from typing import Any, Callable, Iterator

import yaml

from .errors import Collector, SiteError
from .fileset import folder_problem
from .model.site import SITE_SHAPE
from .schema import validate
from .urls import slugify
from .yamlsource import load_yaml_file

ID_RE = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?")
DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}(?: \d{1,2}:\d{2})?")
MAX_COUNT = 10**12  # votes, electorate and rejected ballots: far above any real count, far below a typing slip
STATUSES = ("awaiting", "declared", "recount")  # an area's result, in every kind with areas
HEADER_NOTE = "# Written by `python -m generator import`: the next import of the same area replaces these figures.\n"


def read_bytes(csv_file: Path, display: str) -> bytes:
    try:
        return csv_file.read_bytes()
    except FileNotFoundError:
        raise SiteError.single(display, None, "there is no such file", "check the path of the CSV file") from None
    except OSError as exc:
        raise SiteError.single(display, None, f"this file cannot be read ({exc.strerror or exc})",
                               "check the path of the CSV file, and that you may read it") from None


def check_targets(site_dir: Path, rels: list[str]) -> None:
    """Refuse, before anything is written, when a folder (or a file) stands where the import writes."""
    out = Collector()
    for rel in rels:
        problem = folder_problem(site_dir, rel)
        if problem:
            out.add(rel, None, problem, "move or rename what is there, then import again; nothing was written")
    out.raise_if_any()


def stale(site_dir: Path, folder_rel: str, files: dict[str, str]) -> list[str]:
    """The item files --replace removes: those in `folder_rel` that the CSV does not name."""
    folder = site_dir / folder_rel
    if not folder.is_dir():
        return []
    return sorted(rel for p in folder.glob("*.y*ml")
                  if p.is_file() and (rel := p.relative_to(site_dir).as_posix()) not in files)


def check_site(site_dir: Path, kind: str, what: str) -> None:
    """Refuse a folder without a readable site.yaml, or one whose kind is not `kind` (`what`: how the message names such a site)."""
    site_file = site_dir / "site.yaml"
    if not site_file.is_file():
        raise SiteError.single("site.yaml", None, f"there is no site.yaml in {site_dir}",
                               "pass the site's folder with --site DIR, or create one with `python -m generator new`")
    data = load(site_file, "site.yaml")
    if not isinstance(data, dict):
        out = Collector()
        validate(data, SITE_SHAPE, "site.yaml", out)  # words what is wrong as a build does
        out.raise_if_any()
        raise SiteError.single("site.yaml", getattr(data, "line", None), "site.yaml holds no settings",
                               "write one `field: value` per line, as `python -m generator new` does")
    found = data.get("kind")
    if found != kind:
        line = data.line_of("kind") if hasattr(data, "line_of") else None
        raise SiteError.single("site.yaml", line, f"the importer fills {what}, but kind is {found!r}",
                               f"set `kind: {kind}`, or import into a site made with "
                               f"`python -m generator new DIR --kind {kind}`")


def read_csv(text: str, display: str, out: Collector, required: tuple[str, ...],
             optional: tuple[str, ...]) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and every non-blank row with the physical line it starts on (the header is line 1)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[tuple[int, list[str]]] = []
    end = 0
    try:
        for cells in reader:
            start, end = end + 1, reader.line_num
            if any(c.strip() for c in cells):
                rows.append((start, cells))
    except csv.Error as exc:
        raise SiteError.single(display, reader.line_num, f"this is not a readable CSV file ({exc})",
                               "save the spreadsheet as CSV UTF-8 (comma-separated)") from None
    if not rows:
        raise SiteError.single(display, 1, "the file is empty", "the first line must name the columns")
    line, header = rows[0]
    header = [h.strip() for h in header]
    missing = [c for c in required if c not in header]
    if missing:
        raise SiteError.single(display, line, f"the header has no column {', '.join(missing)}",
                               f"the required columns are {', '.join(required)} (named exactly so, any order)")
    twice = sorted({h for h in header if header.count(h) > 1 and h})
    if twice:
        raise SiteError.single(display, line, f"the column {', '.join(twice)} appears twice in the header",
                               "remove or rename one of them")
    for h in header:
        if h not in required + optional:
            out.warn(display, line, f"the column {h or '(no name)'!r} is not one the importer reads; it was ignored",
                     f"the optional columns are {', '.join(optional)}")
    return header, rows[1:]


def whole(row: dict[str, str], col: str, line: int, display: str, out: Collector, required: bool = False,
          missing_hint: str = "") -> int | None:
    """A cell holding a count (digits, or digits with thousands commas), or None after reporting it."""
    text = row.get(col, "")
    if not text:
        if required:
            out.add(display, line, f"{col} is missing", missing_hint)
        return None
    digits = text.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text) else text
    if not digits.isascii() or not digits.isdigit():
        out.add(display, line, f"{col} must be a whole number of 0 or more (got {short(text)})",
                "write digits only, like 1234")
        return None
    # Checked on the digits: int() of more than 4,300 of them raises, and no count is near the limit.
    if len(digits.lstrip("0")) > len(str(MAX_COUNT)) or int(digits) > MAX_COUNT:
        out.add(display, line, f"{col} must be at most {MAX_COUNT:,} (got a number of {len(digits.lstrip('0')):,} "
                "digits)", "no count of votes or voters is that large: check the cell for numbers run together "
                "or a pasting mistake")
        return None
    return int(digits)


def short(text: str) -> str:
    """A cell as shown in a message: a long one cut to its start."""
    return repr(text) if len(text) <= 40 else f"{text[:40]!r}... ({len(text):,} characters)"


def is_datetime(text: str) -> bool:
    if not DATETIME_RE.fullmatch(text):
        return False
    try:
        dt.datetime.fromisoformat(text.replace(" ", "T") if " " in text else text)
    except ValueError:
        return False
    return True


def load(file: Path, display: str) -> Any:
    """A YAML file of the site, parsed; one that cannot be read is a located error too."""
    try:
        return load_yaml_file(file, display)
    except OSError as exc:
        raise SiteError.single(display, None, f"this file cannot be read ({exc.strerror or exc})",
                               "check that you may read it; nothing was written") from None


class _Dumper(yaml.SafeDumper):
    """Indents list items under their key, as editors write them by hand."""

    def increase_indent(self, flow: bool = False, indentless: bool = False):  # noqa: D401 - PyYAML hook
        return super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:  # a shared value is written out again: content refuses aliases
        return True


def dump(data: dict[str, Any]) -> str:
    return HEADER_NOTE + yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                                   default_flow_style=False, width=10_000)


def area_rows(header: list[str], rows: list[tuple[int, list[str]]], display: str, out: Collector,
              columns: tuple[str, ...], parse_row: Callable[[dict[str, str], int], tuple | None],
              new_area: Callable[[dict[str, Any], int], Any], agrees: Callable[[Any, dict[str, Any], int], bool],
              areas: dict[str, Any]) -> Iterator[tuple[int, dict[str, str], Any, tuple]]:
    """Each row that parses, with its line, cells (the known columns), area and parsed values. A row of
    the wrong width, a row parse_row refuses, a row that disagrees with its area's first row and a new
    area whose page address another area already has are reported at their line and skipped. `areas`
    (by id) is filled with new_area(values, line) as each area's first row comes."""
    slugs: dict[str, tuple[str, int]] = {}
    for line, cells in rows:
        if len(cells) != len(header):
            out.add(display, line, f"this row has {len(cells)} cells but the header names {len(header)} columns",
                    "check for a stray comma, or quote cells that contain commas")
            continue
        row = {h: c.strip() for h, c in zip(header, cells) if h in columns}
        parsed = parse_row(row, line)
        if parsed is None:
            continue
        values = parsed[0]
        area = areas.get(values["area_id"])
        if area is None:
            slug = slugify(values["area"])
            if slug in slugs and slugs[slug][0] != values["area_id"]:
                other, other_line = slugs[slug]
                out.add(display, line, f"the area {values['area']!r} ({values['area_id']}) would have the same "
                        f"address as area {other} on line {other_line}", "two areas need names that differ in more "
                        "than accents, case or punctuation")
                continue
            slugs[slug] = (values["area_id"], line)
            area = areas[values["area_id"]] = new_area(values, line)
        elif not agrees(area, values, line):
            continue
        yield line, row, area, parsed


def area_row(row: dict[str, str], line: int, display: str, out: Collector, required: tuple[str, ...],
             counted: str, counts: tuple[str, ...]) -> tuple[dict[str, Any], int | None]:
    """What every kind's row of an area's result holds: the required cells, the status, the votes (required
    once declared; `counted` names what they are for in the hint) and the area's whole-number `counts`.
    Returns the area's values and the votes; every problem is reported to `out`."""
    for col in required:
        if not row.get(col):
            out.add(display, line, f"{col} is missing", f"every row needs {col}")
    status = row.get("status") or "declared"
    if status not in STATUSES:
        out.add(display, line, f"status must be one of {', '.join(STATUSES)} (got {status!r})",
                "leave it empty for a declared result")
    votes = whole(row, "votes", line, display, out, required=status == "declared",
                  missing_hint=f"give {counted} votes, or set status to awaiting until the result is declared")
    values: dict[str, Any] = {"area_id": row.get("area_id", "").lower(), "area": row.get("area"),
                              "region": row.get("region"), "nation": row.get("nation"), "status": status}
    for col in counts:
        values[col] = whole(row, col, line, display, out)
    return values, votes
