"""The hex maps of a general election site: the whole map, a region's part, a party's seats (drawn, embedded
and shared by render/hexmaps.py)."""
from __future__ import annotations

from ...hexmap_svg import FAINT, UNDECLARED, Cell, LegendItem
from ...model import Site
from ...render.hexmaps import MapFigure, map_figure, placed
from .model import Area, GeneralElection, Party, Region

FAINT_COLOUR = "#e9e7e2"  # the theme's --track; style.css follows dark mode and print
CAPTION = ("One hexagon per constituency; each links to its page. On a small screen, zoom in to pick a seat, "
           "or use the list below.")


def _label(e: GeneralElection, area: Area) -> str:
    """'Blyth Valley: Conservative gain from Labour'; the area's result line while it has no winner."""
    if area.winner is None:
        return f"{area.name}: {area.result}"
    won = e.party(area.winner.candidate.party).name
    if area.gain is None:
        return f"{area.name}: {won}"
    if area.gain and area.previous_party in e.party_index:
        return f"{area.name}: {won} gain from {e.party(area.previous_party).name}"
    return f"{area.name}: {won} {'gain' if area.gain else 'hold'}"


def _cell(e: GeneralElection, area: Area, q: int, r: int, only: str | None) -> Cell:
    label = _label(e, area)
    if area.winner is None:
        return Cell(q, r, area.url if only is None else None, label, "undeclared" if only is None else FAINT,
                    UNDECLARED if only is None else FAINT_COLOUR)
    pid = area.winner.candidate.party
    if only is not None and pid != only:
        return Cell(q, r, None, label, FAINT, FAINT_COLOUR)
    return Cell(q, r, area.url, label, pid, e.party(pid).colour, bool(area.gain))


def _figure(site: Site, map_id: str, cells: list[Cell], title: str, page: str) -> MapFigure | None:
    e: GeneralElection = site.election  # type: ignore[assignment]
    order = {r.party.id: i for i, r in enumerate(e.totals.rows)}
    cells = sorted(cells, key=lambda c: (c.group == FAINT, c.group == "undeclared", order.get(c.group, len(order))))
    shown = list(dict.fromkeys(c.group for c in cells if c.group in e.party_index))
    items = [LegendItem(g, e.party(g).name, e.party(g).colour) for g in shown]
    return map_figure(site, map_id, cells, items, title, page, CAPTION, edged=True)  # pale colours (SNP yellow) edged


def home_map(site: Site, map_id: str = "map") -> MapFigure | None:
    """Every area, coloured by its winner."""
    e: GeneralElection = site.election  # type: ignore[assignment]
    cells = [_cell(e, a, q, r, None) for a, q, r in placed(site)]
    return _figure(site, map_id, cells, "Map: one hexagon per constituency, coloured by the winning party", "/")


def region_map(site: Site, region: Region) -> MapFigure | None:
    """The region's own areas, cropped from the whole map."""
    e: GeneralElection = site.election  # type: ignore[assignment]
    mine = {a.id for a in region.areas}
    cells = [_cell(e, a, q, r, None) for a, q, r in placed(site) if a.id in mine]
    return _figure(site, "map", cells, f"Map of {region.name}: one hexagon per constituency, coloured by the "
                   "winning party", region.url)


def party_map(site: Site, party: Party) -> MapFigure | None:
    """The seats the party won on the whole map, the others faint; None when it won none."""
    e: GeneralElection = site.election  # type: ignore[assignment]
    cells = [_cell(e, a, q, r, party.id) for a, q, r in placed(site)]
    return _figure(site, "map", cells, f"Map: the seats {party.name} won, one hexagon per constituency", party.url)
