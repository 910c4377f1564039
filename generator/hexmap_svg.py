"""A hex cartogram as inline SVG: one shared hexagon path, a link per area, fills grouped by colour.

No JavaScript and no tooltips: each hexagon is an <a> to its area's page whose <title> is its
accessible name. Undeclared areas are hatched grey and gains carry a white inner ring edged in black, so colour is
never the only cue (and the map prints legibly in black and white). Escaping is ElementTree's.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Callable

from markupsafe import Markup

from .hexmap import RADIUS, corners, centre, pointy

_attr = ET._escape_attrib  # type: ignore[attr-defined]
_text = ET._escape_cdata  # type: ignore[attr-defined]
UNDECLARED = "#b3b3b3"  # the grey under the hatching
FAINT = "faint"  # the group of hexagons drawn only for context (a party page's other seats)


@dataclass(frozen=True)
class Cell:
    """What one hexagon shows."""

    q: int
    r: int
    url: str | None     # None: not a link (context only)
    label: str          # the accessible name: "Blyth Valley: Conservative gain from Labour"
    group: str          # a colour's key: party id, "undeclared" or FAINT
    colour: str         # "#rrggbb"
    gain: bool = False


@dataclass(frozen=True)
class LegendItem:
    key: str
    label: str
    colour: str
    row: str = ""  # the key's items with a row start a new list at each new row (a referendum's answers)


def _num(v: float) -> str:
    """One decimal at most, no trailing .0, no -0."""
    text = f"{round(v, 1):.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _path(layout: str, scale: float) -> str:
    pts = corners(layout, scale)
    return "M" + "L".join(f"{_num(x)},{_num(y)}" for x, y in pts) + "Z"


def hex_map(map_id: str, layout: str, cells: list[Cell], title: str, link: Callable[[str], str],
            target: str | None = None) -> Markup:
    """The map's SVG; `link` turns a site URL into the page's link to it, `target` is the links' target
    (_top in an embed). No cells: empty Markup."""
    if not cells:
        return Markup("")
    mid = _attr(map_id)
    places = [centre(layout, c.q, c.r) for c in cells]
    xs, ys = [p[0] for p in places], [p[1] for p in places]
    pad = RADIUS + 1
    x0, y0 = min(xs) - pad, min(ys) - pad
    width, height = max(xs) - x0 + pad, max(ys) - y0 + pad
    tgt = f' target="{_attr(target)}"' if target else ""
    groups: dict[str, list[str]] = {}
    colours: dict[str, str] = {}
    rings: list[str] = []
    for cell, (x, y) in zip(cells, places):
        at = f'x="{_num(x - x0)}" y="{_num(y - y0)}"'
        use = f'<use href="#{mid}-hex" {at}/>'
        colours.setdefault(cell.group, cell.colour)
        if cell.url is None:
            groups.setdefault(cell.group, []).append(use)
        else:
            groups.setdefault(cell.group, []).append(
                f'<a href="{_attr(link(cell.url))}"{tgt}><title>{_text(cell.label)}</title>{use}</a>')
        if cell.gain:
            rings.append(f'<use href="#{mid}-ring" {at}/>')
    body = []
    for key, items in groups.items():
        fill = f"url(#{mid}-hatch)" if key == "undeclared" else colours[key]
        cls = ' class="hexmap-faint"' if key == FAINT else ""
        body.append(f'<g fill="{_attr(fill)}"{cls}>{"".join(items)}</g>')
    # The gain rings, drawn twice from one list: a dark edge under a white ring, so that a ring shows
    # on a pale fill (the SNP's yellow) as on a dark one.
    ring_defs = f'<g id="{mid}-rings" class="hexmap-rings">{"".join(rings)}</g>' if rings else ""
    if rings:
        body.append(f'<g class="hexmap-gain" fill="none" pointer-events="none" aria-hidden="true">'
                    f'<use href="#{mid}-rings" stroke="#000" stroke-width="4.5"/>'
                    f'<use href="#{mid}-rings" stroke="#fff" stroke-width="2.5"/></g>')
    defs = (f'<defs><path id="{mid}-hex" d="{_path(layout, 0.94)}" vector-effect="non-scaling-stroke"/><path id="{mid}-ring" d="{_path(layout, 0.55)}" vector-effect="non-scaling-stroke"/>{ring_defs}'
            f'<pattern id="{mid}-hatch" width="3" height="3" patternUnits="userSpaceOnUse" '
            f'patternTransform="rotate(45)"><rect width="3" height="3" fill="{UNDECLARED}"/>'
            f'<rect width="1" height="3" fill="#fff"/></pattern></defs>')
    shape = "pointy" if pointy(layout) else "flat"
    return Markup(f'<svg xmlns="http://www.w3.org/2000/svg" class="hexmap hexmap-{shape}" id="{mid}" '
                  f'viewBox="0 0 {_num(width)} {_num(height)}" aria-labelledby="{mid}-title">'
                  f'<title id="{mid}-title">{_text(title)}</title>{defs}{"".join(body)}</svg>')


def legend(map_id: str, layout: str, items: list[LegendItem], gains: bool, undeclared: bool,
           edged: bool = False) -> Markup:
    """The key under the map: a swatch per colour shown, the gain ring and the hatching when used; items
    with a `row` are listed one row (one <ul>) each, and `edged` outlines the swatches in the text colour."""
    mid = _attr(map_id)
    edge = ' stroke="currentColor" stroke-width="1"' if edged else ""
    swatch = ('<svg class="hexmap-swatch" viewBox="-6 -6 12 12" aria-hidden="true" focusable="false">'
              '<path d="{d}" fill="{fill}"' + edge + '/>{ring}</svg>')
    d = _path(layout, 1.0)
    ring = (f'<path d="{_path(layout, 0.55)}" fill="none" stroke="#000" stroke-width="2.3"/>'
            f'<path d="{_path(layout, 0.55)}" fill="none" stroke="#fff" stroke-width="1.3"/>')
    rows: dict[str, list[str]] = {}
    for i in items:
        rows.setdefault(i.row, []).append(f'<li>{swatch.format(d=d, fill=_attr(i.colour), ring="")}{_text(i.label)}</li>')
    last = rows.setdefault("", [])
    if undeclared:
        last.append(f'<li>{swatch.format(d=d, fill=f"url(#{mid}-hatch)", ring="")}Not declared yet</li>')
    if gains:
        last.append(f'<li>{swatch.format(d=d, fill="#595959", ring=ring)}Gain: a white ring</li>')
    return Markup("".join(
        f'<ul class="hexmap-legend" aria-label="{_attr("Key to the map" + (f": {row}" if row else ""))}">'
        f'{"".join(found)}</ul>' for row, found in rows.items() if found or len(rows) == 1))
