"""The share image of a page with the hex map: its headline on the left, the map on the right (1200x630 PNG)."""
from __future__ import annotations

from ..hexmap import corners
from .share_images import HEIGHT, INK, MARGIN, MUTED, PAPER, TRACK, WIDTH, ShareCard, _fit, _font, png_bytes, wrap

MAP_BOX = (640, 40, WIDTH - MARGIN, HEIGHT - 70)  # left, top, right, bottom


def draw_map_card(card: ShareCard, site_title: str, site_address: str, accent: str) -> bytes:
    """The PNG bytes of a map card; the same card gives the same bytes on every build."""
    from PIL import Image, ImageDraw  # here: a rebuild that draws no card never loads Pillow

    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, 14), fill=accent)
    draw.text((MARGIN, 44), _fit(draw, site_title, _font(30), WIDTH - 2 * MARGIN), font=_font(30), fill=MUTED)
    y = 96
    for line in wrap(draw, card.headline, _font(44), MAP_BOX[0] - 2 * MARGIN, 6):  # left of the map
        draw.text((MARGIN, y), line, font=_font(44), fill=INK)
        y += 54
    cells = card.hexes
    xs, ys = [c[0] for c in cells], [c[1] for c in cells]
    left, top, right, bottom = MAP_BOX
    span_x, span_y = max(xs) - min(xs) + 12, max(ys) - min(ys) + 12
    scale = min((right - left) / span_x, (bottom - top) / span_y)
    ox = left + ((right - left) - span_x * scale) / 2 - (min(xs) - 6) * scale
    oy = top + ((bottom - top) - span_y * scale) / 2 - (min(ys) - 6) * scale
    shape = corners(card.layout, 0.94 * scale)
    ring = corners(card.layout, 0.55 * scale)
    for x, y, colour, gain in cells:
        cx, cy = ox + x * scale, oy + y * scale
        draw.polygon([(cx + dx, cy + dy) for dx, dy in shape], fill=colour)
        if gain:
            points = [(cx + dx, cy + dy) for dx, dy in ring]
            draw.polygon(points, outline="#000000", width=max(1, round(scale / 6)) + 2)  # the ring's dark edge
            draw.polygon(points, outline="#ffffff", width=max(1, round(scale / 6)))
    draw.line((MARGIN, HEIGHT - 56, WIDTH - MARGIN, HEIGHT - 56), fill=TRACK, width=2)
    draw.text((MARGIN, HEIGHT - 44), site_address, font=_font(24), fill=MUTED)
    return png_bytes(image)
