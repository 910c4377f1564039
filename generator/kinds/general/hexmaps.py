"""The hex maps of a general election site: the whole map, a region's part, a party's seats, the embed."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Callable

from markupsafe import Markup

from ...hexmap import centre
from ...hexmap_svg import FAINT, UNDECLARED, Cell, LegendItem, hex_map, legend
from ...model import Site
from ...render import PageSpec
from ...render.share_images import ShareCard
from ...urls import page_url
from .model import Area, GeneralElection, Party, Region

FAINT_COLOUR = "#e9e7e2"  # the theme's --track; style.css follows dark mode and print
EMBED_URL = page_url("embed", "map")


@dataclass(frozen=True)
class MapFigure:
    """A map on a page, drawn when the template shows it (links are relative to the page), and what its
    embed page needs (the fields of render/figures.Figure that templates/embed.html reads)."""

    map_id: str
    layout: str
    cells: tuple[Cell, ...]
    items: tuple[LegendItem, ...]
    title: str
    page: str = "/"
    source: None = None
    data_url: str = "/data/"
    embed_url: str = EMBED_URL

    @property
    def digest(self) -> str:
        """What the map shows, for render/deps.py."""
        return hashlib.blake2b(repr(self.cells).encode(), digest_size=8).hexdigest()

    def render(self, link: Callable[[str], str], target: str | None = None) -> Markup:
        svg = hex_map(self.map_id, self.layout, list(self.cells), self.title, link, target)
        key = legend(self.map_id, self.layout, list(self.items), any(c.gain for c in self.cells),
                     any(c.group == "undeclared" for c in self.cells))
        return Markup(f'<div class="hexmap-wrap">{svg}</div>{key}')


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
    layout = site.hexmap
    if layout is None or not any(c.url for c in cells):
        return None
    order = {r.party.id: i for i, r in enumerate(e.totals.rows)}
    cells = sorted(cells, key=lambda c: (c.group == FAINT, c.group == "undeclared", order.get(c.group, len(order))))
    shown = list(dict.fromkeys(c.group for c in cells if c.group in e.party_index))
    items = [LegendItem(g, e.party(g).name, e.party(g).colour) for g in shown]
    return MapFigure(map_id, layout.layout, tuple(cells), tuple(items), title, page)


def _placed(site: Site) -> list[tuple[Area, int, int]]:
    e: GeneralElection = site.election  # type: ignore[assignment]
    by_id = {a.id: a for a in e.areas}
    return [(by_id[h.id.lower()], h.q, h.r) for h in site.hexmap.hexes] if site.hexmap else []


def home_map(site: Site, map_id: str = "map") -> MapFigure | None:
    """Every area, coloured by its winner."""
    e: GeneralElection = site.election  # type: ignore[assignment]
    cells = [_cell(e, a, q, r, None) for a, q, r in _placed(site)]
    return _figure(site, map_id, cells, "Map: one hexagon per constituency, coloured by the winning party", "/")


def region_map(site: Site, region: Region) -> MapFigure | None:
    """The region's own areas, cropped from the whole map."""
    e: GeneralElection = site.election  # type: ignore[assignment]
    mine = {a.id for a in region.areas}
    cells = [_cell(e, a, q, r, None) for a, q, r in _placed(site) if a.id in mine]
    return _figure(site, "map", cells, f"Map of {region.name}: one hexagon per constituency, coloured by the "
                   "winning party", region.url)


def party_map(site: Site, party: Party) -> MapFigure | None:
    """The seats the party won on the whole map, the others faint; None when it won none."""
    e: GeneralElection = site.election  # type: ignore[assignment]
    cells = [_cell(e, a, q, r, party.id) for a, q, r in _placed(site)]
    return _figure(site, "map", cells, f"Map: the seats {party.name} won, one hexagon per constituency", party.url)


def share_card(figure: MapFigure | None, headline: str) -> ShareCard | None:
    """The page's share image: the map, drawn as the page shows it (None: no map, the usual card)."""
    if figure is None:
        return None
    hexes = tuple((*centre(figure.layout, c.q, c.r), c.colour if c.group != "undeclared" else UNDECLARED, c.gain)
                  for c in figure.cells)
    return ShareCard(headline, None, hexes=hexes, layout=figure.layout)


def map_pages(site: Site, figure: MapFigure | None) -> list[PageSpec]:
    """The embeddable map, /embed/map/, when the site has a map."""
    if figure is None:
        return []
    return [PageSpec(EMBED_URL, "embed.html", dict(title=figure.title, figure=figure, crumbs=[],
                                                   description=figure.title))]
