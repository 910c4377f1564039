"""HexJSON layout files: read and check them, match their hexes to areas, and place each hexagon.

HexJSON (Open Innovations, https://open-innovations.org/projects/hexmaps/hexjson) is
`{"layout": L, "hexes": {id: {"q": column, "r": row, ...}}}`. Rows (r) increase UPWARDS, columns (q)
to the right. The layout says which rows or columns are shifted by half a hexagon:
- odd-r / even-r: pointy-topped hexagons in rows; odd / even rows are shifted right;
- odd-q / even-q: flat-topped hexagons in columns; odd / even columns are shifted down.
Parity is of the coordinate itself (r = -1 is odd), as the Open Innovations renderer reads it.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Callable

from .errors import Collector

LAYOUTS = ("odd-r", "even-r", "odd-q", "even-q")
MAPS_DIR = "maps/"  # layout files live here, so a rebuild notices when one changes (snapshot.py)
SIDE = 10.0  # hexagon width in SVG units for row layouts (pointy tops), its height for column layouts
RADIUS = SIDE / math.sqrt(3)  # centre to corner


@dataclass(frozen=True)
class Hex:
    id: str
    q: int
    r: int
    line: int  # of its id in the file, for warnings


@dataclass(frozen=True)
class HexLayout:
    path: str
    layout: str
    hexes: tuple[Hex, ...]  # in the order of the file


def pointy(layout: str) -> bool:
    """Whether the layout has rows of pointy-topped hexagons (else columns of flat-topped ones)."""
    return layout.endswith("-r")


def shifted(layout: str, q: int, r: int) -> bool:
    """Whether this hexagon's row (r layouts) or column (q layouts) is the shifted one."""
    n = r if pointy(layout) else q
    return n % 2 == (1 if layout.startswith("odd") else 0)


def centre(layout: str, q: int, r: int) -> tuple[float, float]:
    """The hexagon's centre in SVG units, y downwards (row r = 0 at y = 0, r = 1 above it)."""
    if pointy(layout):
        return q * SIDE + (SIDE / 2 if shifted(layout, q, r) else 0.0), -r * 1.5 * RADIUS
    return q * 1.5 * RADIUS, -r * SIDE + (SIDE / 2 if shifted(layout, q, r) else 0.0)


def corners(layout: str, scale: float = 1.0) -> list[tuple[float, float]]:
    """The six corners around (0, 0), clockwise from the top (pointy) or the left (flat)."""
    start = -90 if pointy(layout) else 180
    return [(scale * RADIUS * math.cos(math.radians(start + 60 * i)),
             scale * RADIUS * math.sin(math.radians(start + 60 * i))) for i in range(6)]


_KEY = re.compile(r'"((?:[^"\\]|\\.)*)"\s*:')


def _key_lines(text: str) -> dict[str, list[int]]:
    """The lines each JSON object key is written on, in order (json keeps no positions)."""
    found: dict[str, list[int]] = {}
    line, at = 1, 0
    for m in _KEY.finditer(text):
        key = m.group(1)
        if "\\" in key:
            try:
                key = json.loads(f'"{key}"')
            except ValueError:
                continue
        line += text.count("\n", at, m.start())  # counted on from the last key: one pass over the text
        at = m.start()
        found.setdefault(key, []).append(line)
    return found


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def read_hexjson(text: str, path: str, out: Collector) -> HexLayout | None:
    """The layout in a HexJSON file; every problem goes to `out` (None when it cannot be used)."""
    lines = _key_lines(text)
    dups: list[str] = []

    def pairs(items: list[tuple[str, object]]) -> dict:
        seen: dict = {}
        for k, v in items:
            if k in seen:
                dups.append(k)
            seen[k] = v
        return seen

    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as exc:
        out.add(path, exc.lineno, f"this is not valid JSON: {exc.msg} (column {exc.colno})",
                "a HexJSON file is JSON: check the commas and quotes near this line")
        return None
    for k in dict.fromkeys(dups):
        out.add(path, lines.get(k, [None, None])[1] if len(lines.get(k, ())) > 1 else None,
                f"the key '{k}' is written twice", "keep one: JSON readers silently keep the last")
    if not isinstance(data, dict):
        out.add(path, 1, "a HexJSON file must be an object with `layout` and `hexes`",
                'start it with {"layout": "odd-r", "hexes": {...}}')
        return None
    layout = data.get("layout")
    layout_line = (lines.get("layout") or [None])[0]
    if layout not in LAYOUTS:
        out.add(path, layout_line or 1, f"`layout` must be one of {', '.join(LAYOUTS)} (got {json.dumps(layout)})",
                "odd-r is the usual layout of Open Innovations' maps")
        return None
    raw = data.get("hexes")
    if not isinstance(raw, dict):
        out.add(path, (lines.get("hexes") or [1])[0], "`hexes` must be an object of hexes by area id",
                '"hexes": {"E14000530": {"q": 0, "r": 0}, ...}')
        return None
    used = {k: iter(v) for k, v in lines.items()}
    hexes: list[Hex] = []
    at: dict[tuple[int, int], Hex] = {}
    for key, value in raw.items():
        line = next(used.get(key, iter(())), None) or 1
        q, r = (value.get("q"), value.get("r")) if isinstance(value, dict) else (None, None)
        if not (_whole(q) and _whole(r)):
            out.add(path, line, f"the hex '{key}' needs whole numbers `q` (column) and `r` (row)",
                    'write it as "ID": {"q": 3, "r": -2}')
            continue
        other = at.get((q, r))
        if other is not None:
            out.add(path, line, f"the hexes '{key}' and '{other.id}' (line {other.line}) are both at q={q}, r={r}",
                    "move one of them: two areas cannot share a hexagon")
            continue
        hexes.append(at.setdefault((q, r), Hex(key, q, r, line)))
    return HexLayout(path, layout, tuple(hexes))


def match_areas(layout: HexLayout, areas: dict[str, str], out: Collector,
                id_line: Callable[[str], int | None] = lambda path: None) -> tuple[Hex, ...]:
    """The hexes that have an area; a warning for every hex without an area and every area without a hex.

    `areas` maps each area id to its file; `id_line(file)` is the line of its `id:`, looked up only for
    the areas without a hex. Ids are compared in lower case:
    HexJSON files write ONS codes in capitals (E14000530), area ids are lower case (e14000530).
    """
    placed: list[Hex] = []
    seen: set[str] = set()
    for h in layout.hexes:
        key = h.id.lower()
        if key in areas:
            placed.append(h)
            seen.add(key)
        else:
            out.warn(layout.path, h.line, f"the hex '{h.id}' has no area with that id, so the map leaves it out",
                     "check the id against content/areas/, or delete the hex if the area is gone")
    for area_id, path in areas.items():
        if area_id not in seen:
            out.warn(path, id_line(path), f"the area '{area_id}' has no hex in {layout.path}, so it is not on the map",
                     f"add \"{area_id.upper()}\": {{\"q\": ..., \"r\": ...}} to {layout.path}")
    return tuple(placed)
