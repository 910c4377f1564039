"""Share images (1200x630 PNG) drawn at build time from a page's chart data, so a shared link shows the figures."""
from __future__ import annotations

import functools
import struct
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..charts import Bar, scale
from ..theme import THEME
from .figures import Figure

if TYPE_CHECKING:  # Pillow is imported where a card is drawn
    from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
MARGIN = 60
MAX_BARS = 6
INK, MUTED, PAPER, TRACK = "#1a1a1a", "#4a4a4a", "#ffffff", "#e9e7e2"
SHARE_NAME = "share.png"
FONT = THEME / "fonts" / "DejaVuSans.ttf"


@dataclass(frozen=True)
class ShareCard:
    """What a page's share image says: its headline and the chart it comes from."""

    headline: str
    figure: Figure | None
    highlight: str | None = None   # the bar label to outline (a candidate's own page)
    hexes: tuple[tuple[float, float, str, bool], ...] = ()  # the hex map instead (x, y, colour, gain): hexmap_image.py
    layout: str = ""               # the map's HexJSON layout


def share_url(page_url: str) -> str:
    """Where a page's share image is published: '/result/' -> '/result/share.png'."""
    return page_url + SHARE_NAME


@functools.lru_cache(maxsize=None)
def _font(size: int) -> ImageFont.FreeTypeFont:
    """DejaVu Sans at `size` px, shipped in the package (theme/fonts/, with its licence): no system font,
    so every machine draws the same pixels. Pillow's bundled font (Aileron) has no accented letter, dash
    or minus sign: "Ynys Môn", "Sinn Féin" and a loss of seats ("−6") came out as empty boxes."""
    from PIL import ImageFont

    return ImageFont.truetype(str(FONT), size)


def wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, room: float, most: int) -> list[str]:
    """`text` in at most `most` lines no wider than `room` px, broken at spaces; what does not fit ends
    the last line with an ellipsis (_fit), as does a single word wider than a line."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < most:
        line = words.pop(0)
        while words and draw.textlength(f"{line} {words[0]}", font=font) <= room:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words:
        lines[-1] = _fit(draw, f"{lines[-1]} {' '.join(words)}", font, room)
    return [_fit(draw, line, font, room) for line in lines]


def _bars(figure: Figure | None) -> list[tuple[str, Bar]]:
    if figure is None:
        return []
    rows = [(f"{g.heading}: {b.label}" if g.heading else b.label, b) for g in figure.groups for b in g.bars]
    return rows[:MAX_BARS]


def _fit(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, room: float) -> str:
    """The text, shortened at a word with an ellipsis if it is wider than `room` px in this font."""
    if draw.textlength(text, font=font) <= room:
        return text
    words = text.split(" ")
    while len(words) > 1 and draw.textlength(" ".join(words) + "…", font=font) > room:
        words.pop()
    short = " ".join(words)
    while len(short) > 1 and draw.textlength(short + "…", font=font) > room:
        short = short[:-1]
    return short.rstrip(" ,(") + "…"


def draw_card(card: ShareCard, site_title: str, site_address: str, accent: str) -> bytes:
    """The PNG bytes of one share card; the same card gives the same bytes on every build."""
    from PIL import Image, ImageDraw  # here: a rebuild that draws no card never loads Pillow (17 ms)

    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, 14), fill=accent)
    draw.text((MARGIN, 44), _fit(draw, site_title, _font(30), WIDTH - 2 * MARGIN), font=_font(30), fill=MUTED)
    rows = _bars(card.figure)
    head_size = 54 if len(card.headline) <= 60 else 44
    lines = wrap(draw, card.headline, _font(head_size), WIDTH - 2 * MARGIN, 2)
    y = 96
    for line in lines:
        draw.text((MARGIN, y), line, font=_font(head_size), fill=INK)
        y += int(head_size * 1.2)
    y += 24
    if rows:
        top = card.figure.domain_max if card.figure and card.figure.domain_max else max(b.value for _, b in rows)
        room = HEIGHT - 70 - y
        row_h = min(118, room // len(rows))
        text_size = 34 if row_h >= 110 else 30 if row_h >= 80 else 22
        bar_h = min(56, max(12, row_h - text_size - 24))
        width = WIDTH - 2 * MARGIN
        font = _font(text_size)
        for label, bar in rows:
            # A long name is shortened so that it never runs into its value on the same line
            room = width - draw.textlength(bar.value_text, font=font) - text_size // 2
            draw.text((MARGIN, y), _fit(draw, label, font, room), font=font, fill=INK)
            draw.text((WIDTH - MARGIN, y), bar.value_text, font=font, fill=INK, anchor="ra")
            by = y + text_size + 8
            draw.rectangle((MARGIN, by, MARGIN + width, by + bar_h), fill=TRACK)
            length = round(width * scale(bar.value, top) / 100)
            # An outline in INK gives a light fill (a yellow, a gold) its 3:1 against the paper; 2 px so
            # that it survives the image being shown at half size.
            outline = 4 if card.highlight and bar.label == card.highlight else 2
            if length:
                draw.rectangle((MARGIN, by, MARGIN + length, by + bar_h), fill=bar.colour, outline=INK, width=outline)
            y += row_h
    draw.line((MARGIN, HEIGHT - 56, WIDTH - MARGIN, HEIGHT - 56), fill=TRACK, width=2)
    draw.text((MARGIN, HEIGHT - 44), site_address, font=_font(24), fill=MUTED)
    return png_bytes(image)


def png_bytes(image: Image.Image) -> bytes:
    """An RGB image as PNG, the same bytes for the same pixels: every row with PNG's Up filter (each byte
    less the one above it, worked out by Pillow for the whole image at once), then zlib at level 3. A card
    takes 8 ms where Pillow's own encoder, which tries five filters on every row, took 13-17 ms; the file is
    2-3 % larger. tests/test_png_bytes.py decodes it with Pillow and compares every pixel."""
    from PIL import Image, ImageChops

    image = image if image.mode == "RGB" else image.convert("RGB")
    width, height = image.size
    above = Image.new("RGB", image.size)  # black: PNG counts the row above the first as zeros
    if height > 1:
        above.paste(image.crop((0, 0, width, height - 1)), (0, 1))
    raw = ImageChops.subtract_modulo(image, above).tobytes()
    stride = width * 3
    rows = b"".join(b"\x02" + raw[i:i + stride] for i in range(0, len(raw), stride))  # 2: the Up filter
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8 bits, RGB, deflate, filters, no interlace
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows, 3)) \
        + _chunk(b"IEND", b"")


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
