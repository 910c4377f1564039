"""The hex maps of a referendum site: every counting area on the home page, a region's own on its page,
each coloured by the answer that won there and shaded by its share (drawn, embedded and shared by
render/hexmaps.py)."""
from __future__ import annotations

from ...colours import NEUTRAL
from ...hexmap_svg import UNDECLARED, Cell, LegendItem
from ...model import Site
from ...numbers import fmt_pct
from ...render.hexmaps import MapFigure, map_figure, placed
from .count import Answer
from .model import Area, Referendum, Region

# The winning answer's share of the valid votes at which each darker shade starts, in per cent: a
# lower bound belongs to its step (exactly 55% is "55–60%"). Compared as whole numbers, never rounded.
BOUNDS = (55, 60, 65)
# Each step's strength of the answer's colour mixed with white, palest for the smallest share. The fill
# needs no contrast of its own: every hexagon and swatch is outlined in the text colour (style.css).
STRENGTHS = (0.4, 0.6, 0.8, 1.0)
TIE = "tie"
CAPTION = ("One hexagon per counting area, coloured by the answer that won there, darker where it won a "
           "larger share; each links to its page. On a small screen, zoom in to pick an area, or use the lists.")


def step(votes: int, valid: int) -> int:
    """Which shade a share of votes/valid gets: 0 (under the first bound) to len(BOUNDS)."""
    return sum(1 for bound in BOUNDS if votes * 100 >= bound * valid)


def shade(colour: str, n: int) -> str:
    """The answer's colour at step n: mixed with white, full strength at the last step."""
    f = STRENGTHS[n]
    rgb = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(255 + (c - 255) * f):02x}" for c in rgb)


def step_label(n: int) -> str:
    """'under 55%', '55–60%', '65% or more'."""
    if n == 0:
        return f"under {BOUNDS[0]}%"
    if n == len(BOUNDS):
        return f"{BOUNDS[-1]}% or more"
    return f"{BOUNDS[n - 1]}–{BOUNDS[n]}%"


def _cell(area: Area, q: int, r: int) -> Cell:
    c = area.count
    if not area.declared:
        return Cell(q, r, area.url, f"{area.name}: {area.result}", "undeclared", UNDECLARED)
    if c.leader is None:
        return Cell(q, r, area.url, f"{area.name}: {area.result}", TIE, NEUTRAL)
    line = c.line(c.leader.id)
    n = step(line.votes, c.valid)
    return Cell(q, r, area.url, f"{area.name}: {c.leader.label} {fmt_pct(line.share)}", f"{c.leader.id}-{n}",
                shade(c.leader.colour, n))


def _figure(site: Site, map_id: str, areas: list[tuple[Area, int, int]], title: str, page: str) -> MapFigure | None:
    e: Referendum = site.election  # type: ignore[assignment]
    cells = [_cell(a, q, r) for a, q, r in areas]
    groups = {f"{a.id}-{n}": (i, n) for i, a in enumerate(e.answers) for n in range(len(STRENGTHS))}
    last = len(groups)
    cells.sort(key=lambda c: (c.group == "undeclared", groups.get(c.group, (last, 0))))
    won: list[Answer] = list(dict.fromkeys(e.answers[groups[c.group][0]] for c in cells if c.group in groups))
    items = [LegendItem(f"{a.id}-{n}", f"{a.label} {step_label(n)}", shade(a.colour, n), a.label)
             for a in won for n in range(len(STRENGTHS))]
    if any(c.group == TIE for c in cells):
        items.append(LegendItem(TIE, "Tie", NEUTRAL))
    return map_figure(site, map_id, cells, items, title, page, CAPTION, edged=True)


def home_map(site: Site) -> MapFigure | None:
    """Every counting area, coloured by the answer that won it and shaded by its share."""
    return _figure(site, "map", placed(site), "Map: one hexagon per counting area, coloured by the winning answer "
                   "and shaded by its share", "/")


def region_map(site: Site, region: Region) -> MapFigure | None:
    """The region's own counting areas, cropped from the whole map."""
    mine = {a.id for a in region.areas}
    return _figure(site, "map", [p for p in placed(site) if p[0].id in mine], f"Map of {region.name}: one hexagon "
                   "per counting area, coloured by the winning answer and shaded by its share", region.url)
