"""The hex map on a page, for every kind with maps: the figure a template shows, its embed page and share card.

A kind turns its areas into cells (generator/hexmap_svg.Cell: colour, link, accessible name) and a key;
everything after that (drawing, the embed page /embed/map/, the share image) is here, once.
"""
from __future__ import annotations

import hashlib
import weakref
from dataclasses import dataclass
from typing import Any, Callable

from markupsafe import Markup

from ..hexmap import centre
from ..hexmap_svg import UNDECLARED, Cell, LegendItem, hex_map, legend
from ..model import Site
from ..urls import page_url
from . import PageSpec
from .share_images import ShareCard

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
    caption: str = ""            # under the map (templates/ge_map.html)
    edged: bool = False          # the key's swatches outlined in the text colour (pale shades)

    @property
    def digest(self) -> str:
        """What the map shows, for render/deps.py."""
        return hashlib.blake2b(repr(self.cells).encode(), digest_size=8).hexdigest()

    def render(self, link: Callable[[str], str], target: str | None = None) -> Markup:
        svg = hex_map(self.map_id, self.layout, list(self.cells), self.title, link, target)
        key = legend(self.map_id, self.layout, list(self.items), any(c.gain for c in self.cells),
                     any(c.group == "undeclared" for c in self.cells), self.edged)
        return Markup(f'<div class="hexmap-wrap">{svg}</div>{key}')


def placed(site: Site) -> list[tuple[Any, int, int]]:
    """Each area that has a hex (model/__init__._hexmap kept only those), with its column and row.

    Every map of a plan asks (80 maps at 20,000 areas): the list is made once per site (the last one
    asked about, held weakly) and must not be changed by the caller."""
    if _placed[0] is None or _placed[0]() is not site:
        by_id = {a.id: a for a in site.election.areas}
        _placed[:] = weakref.ref(site), [(by_id[h.id.lower()], h.q, h.r) for h in site.hexmap.hexes] \
            if site.hexmap else []
    return _placed[1]


_placed: list = [None, []]  # weakref to a Site, its placed areas


def map_figure(site: Site, map_id: str, cells: list[Cell], items: list[LegendItem], title: str, page: str,
               caption: str, edged: bool = False) -> MapFigure | None:
    """The figure of these cells (in drawing order), or None when the site has no map or no cell links."""
    if site.hexmap is None or not any(c.url for c in cells):
        return None
    return MapFigure(map_id, site.hexmap.layout, tuple(cells), tuple(items), title, page, caption=caption,
                     edged=edged)


def share_card(figure: MapFigure | None, headline: str) -> ShareCard | None:
    """The page's share image: the map, drawn as the page shows it (None: no map, the usual card)."""
    if figure is None:
        return None
    hexes = tuple((*centre(figure.layout, c.q, c.r), c.colour if c.group != "undeclared" else UNDECLARED, c.gain)
                  for c in figure.cells)
    return ShareCard(headline, None, hexes=hexes, layout=figure.layout)


def map_pages(figure: MapFigure | None) -> list[PageSpec]:
    """The embeddable map, /embed/map/, when the site has a map."""
    if figure is None:
        return []
    return [PageSpec(EMBED_URL, "embed.html", dict(title=figure.title, figure=figure, crumbs=[],
                                                   description=figure.title))]
