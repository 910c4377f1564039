"""HexJSON layouts: centres of the four layouts against positions worked out by hand, no overlaps, and the
file's problems located at their lines."""
from __future__ import annotations

import itertools
import math
import xml.etree.ElementTree as ET

import pytest

from generator.errors import Collector
from generator.hexmap import RADIUS, SIDE, HexLayout, centre, match_areas, read_hexjson
from generator.hexmap_svg import Cell, hex_map

# A 3 x 3 block, q and r from -1 to 1. Hand-worked with SIDE = 10 (a hexagon's width across its flats),
# RADIUS = 10 / sqrt(3) = 5.7735 (centre to corner), so a row of pointy hexagons is 1.5 * RADIUS = 8.660
# below the one above it (r increases UPWARDS, SVG y downwards), and a column of flat hexagons is 8.660
# to the right of the last.
ROW = 8.660254
BLOCK = [(q, r) for r in (-1, 0, 1) for q in (-1, 0, 1)]
EXPECTED = {
    # odd rows (r = -1, 1) half a hexagon (5) to the right
    "odd-r": {(-1, -1): (-5, ROW), (0, -1): (5, ROW), (1, -1): (15, ROW),
              (-1, 0): (-10, 0), (0, 0): (0, 0), (1, 0): (10, 0),
              (-1, 1): (-5, -ROW), (0, 1): (5, -ROW), (1, 1): (15, -ROW)},
    # the even row (r = 0) to the right instead
    "even-r": {(-1, -1): (-10, ROW), (0, -1): (0, ROW), (1, -1): (10, ROW),
               (-1, 0): (-5, 0), (0, 0): (5, 0), (1, 0): (15, 0),
               (-1, 1): (-10, -ROW), (0, 1): (0, -ROW), (1, 1): (10, -ROW)},
    # odd columns (q = -1, 1) half a hexagon (5) down
    "odd-q": {(-1, -1): (-ROW, 15), (0, -1): (0, 10), (1, -1): (ROW, 15),
              (-1, 0): (-ROW, 5), (0, 0): (0, 0), (1, 0): (ROW, 5),
              (-1, 1): (-ROW, -5), (0, 1): (0, -10), (1, 1): (ROW, -5)},
    # the even column (q = 0) down instead
    "even-q": {(-1, -1): (-ROW, 10), (0, -1): (0, 15), (1, -1): (ROW, 10),
               (-1, 0): (-ROW, 0), (0, 0): (0, 5), (1, 0): (ROW, 0),
               (-1, 1): (-ROW, -10), (0, 1): (0, -5), (1, 1): (ROW, -10)},
}


@pytest.mark.parametrize("layout", list(EXPECTED))
def test_centres_are_where_the_layout_puts_them(layout):
    for (q, r), (x, y) in EXPECTED[layout].items():
        got = centre(layout, q, r)
        assert got == pytest.approx((x, y), abs=1e-4), (layout, q, r, got)


@pytest.mark.parametrize("layout", list(EXPECTED))
def test_neighbours_touch_and_never_overlap(layout):
    """Hexagons of width SIDE overlap when their centres are closer than SIDE; in a packed grid each
    inner hexagon has exactly six neighbours at that distance."""
    block = [(q, r) for q in range(-3, 4) for r in range(-3, 4)]
    places = {h: centre(layout, *h) for h in block}
    for a, b in itertools.combinations(block, 2):
        assert math.dist(places[a], places[b]) >= SIDE - 1e-6, (layout, a, b)
    touching = sum(1 for h in block if math.isclose(math.dist(places[h], places[(0, 0)]), SIDE, abs_tol=1e-6))
    assert touching == 6
    assert RADIUS == pytest.approx(SIDE / math.sqrt(3))


def test_the_svg_keeps_the_layout_and_rounds_to_one_decimal():
    cells = [Cell(q, r, f"/areas/a{q}{r}/", f"A {q} {r}", "x", "#123456") for q, r in BLOCK]
    svg = ET.fromstring(str(hex_map("m", "odd-r", cells, "Test map", lambda u: u)))
    ns = "{http://www.w3.org/2000/svg}"
    uses = svg.findall(f".//{ns}a/{ns}use")
    assert len(uses) == 9 and len(svg.findall(f".//{ns}path")) == 2  # one shared hexagon (and the ring)
    xs = [float(u.get("x")) for u in uses]
    ys = [float(u.get("y")) for u in uses]
    assert all(len(u.get("x").partition(".")[2]) <= 1 and len(u.get("y").partition(".")[2]) <= 1 for u in uses)
    # r = 1 is the top row, shifted right: the first cell (q=-1, r=-1) is bottom-left, half a hex in
    by_cell = {(c.q, c.r): (x, y) for c, x, y in zip(cells, xs, ys)}
    assert by_cell[(0, 1)][1] < by_cell[(0, 0)][1] < by_cell[(0, -1)][1]
    assert by_cell[(-1, 1)][0] - by_cell[(-1, 0)][0] == pytest.approx(5, abs=0.1)


def _read(text: str) -> tuple[HexLayout | None, Collector]:
    out = Collector()
    return read_hexjson(text, "maps/m.hexjson", out), out


def test_a_good_file_is_read_with_the_line_of_each_hex():
    layout, out = _read('{\n "layout": "odd-r",\n "hexes": {\n  "E1": {"q": 0, "r": 0},\n  "E2": {"q": 1, "r": -1}\n }\n}\n')
    assert out.problems == []
    assert layout.layout == "odd-r" and [(h.id, h.q, h.r, h.line) for h in layout.hexes] == [("E1", 0, 0, 4), ("E2", 1, -1, 5)]


@pytest.mark.parametrize("text, expected", [
    ('{"layout": "odd-r",\n "hexes": {"E1": {"q": 0, "r": 0},}}', "maps/m.hexjson:2: this is not valid JSON"),
    ('{\n"layout": "hex",\n"hexes": {}}', "maps/m.hexjson:2: `layout` must be one of odd-r, even-r, odd-q, even-q (got \"hex\")"),
    ('{"layout": "odd-q",\n"hexes": []}', "maps/m.hexjson:2: `hexes` must be an object"),
    ('{"layout": "odd-q", "hexes": {\n"E1": {"q": 0, "r": 0},\n"E2": {"q": 0.5, "r": 1}}}',
     "maps/m.hexjson:3: the hex 'E2' needs whole numbers `q` (column) and `r` (row)"),
    ('{"layout": "odd-q", "hexes": {\n"E1": {"q": 0, "r": 0},\n"E2": {"q": 0, "r": 0}}}',
     "maps/m.hexjson:3: the hexes 'E2' and 'E1' (line 2) are both at q=0, r=0"),
    ('{"layout": "odd-q", "hexes": {\n"E1": {"q": 0, "r": 0},\n"E1": {"q": 1, "r": 0}}}',
     "maps/m.hexjson:3: the key 'E1' is written twice"),
])
def test_each_mistake_is_an_error_at_its_line(text, expected):
    _, out = _read(text)
    assert out.errors and str(out.errors[0]).startswith(expected), [str(p) for p in out.problems]


def test_ids_that_do_not_match_are_warnings_at_their_lines_and_the_rest_is_kept():
    layout, _ = _read('{"layout": "odd-r", "hexes": {\n"E1": {"q": 0, "r": 0},\n"E9": {"q": 1, "r": 0}}}')
    out = Collector()
    placed = match_areas(layout, {"e1": "content/areas/e1.yaml", "e2": "content/areas/e2.yaml"}, out,
                         {"content/areas/e2.yaml": 3}.get)
    assert [h.id for h in placed] == ["E1"] and out.errors == []
    assert [str(w).splitlines()[0] for w in out.warnings] == [
        "maps/m.hexjson:3: the hex 'E9' has no area with that id, so the map leaves it out",
        "content/areas/e2.yaml:3: the area 'e2' has no hex in maps/m.hexjson, so it is not on the map"]
