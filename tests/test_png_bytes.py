"""render/share_images.png_bytes writes PNG itself (the Up filter, then zlib): Pillow must read back every
pixel of what it draws, for real cards and for odd sizes, and the file must be a well-formed PNG."""
from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from generator.render.share_images import png_bytes

REPO = Path(__file__).resolve().parents[1]


def chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    found, at = [], 8
    while at < len(data):
        (length,), kind = struct.unpack(">I", data[at:at + 4]), data[at + 4:at + 8]
        body, (crc,) = data[at + 8:at + 8 + length], struct.unpack(">I", data[at + 8 + length:at + 12 + length])
        assert zlib.crc32(kind + body) == crc, kind
        found.append((kind, body))
        at += 12 + length
    return found


def same_pixels(image: Image.Image, data: bytes) -> bool:
    back = Image.open(io.BytesIO(data))
    back.load()
    return back.mode == "RGB" and back.size == image.size and back.tobytes() == image.convert("RGB").tobytes()


def a_card(width: int, height: int) -> Image.Image:
    image = Image.new("RGB", (width, height), "#ffffff")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, max(height // 10, 1)), fill="#d50000")
    draw.text((min(5, width - 1), height // 3), "Ynys Môn: 12,985 (31.7%)", fill="#1a1a1a")
    for x in range(0, width, 7):  # every byte value, above and below its neighbours
        draw.line((x, 0, x, height), fill=((x * 37) % 256, (x * 91) % 256, (255 - x) % 256))
    return image


@pytest.mark.parametrize("size", [(1200, 630), (1, 1), (3, 2), (1, 9), (257, 3)])
def test_every_pixel_comes_back(size):
    image = a_card(*size)
    data = png_bytes(image)
    assert [kind for kind, _ in chunks(data)] == [b"IHDR", b"IDAT", b"IEND"]
    assert same_pixels(image, data)
    assert png_bytes(image) == data  # the same bytes for the same pixels


def test_the_cards_of_a_real_build_read_back(tmp_path):
    """Every share image of the GE2019 example, as built, is a PNG Pillow reads without complaint."""
    import shutil

    from generator.build import build

    site, out = tmp_path / "site", tmp_path / "out"
    shutil.copytree(REPO / "examples" / "ge2019", site, ignore=shutil.ignore_patterns("output", ".cache"))
    build(site, out)
    cards = sorted(out.rglob("*.png"))
    assert len(cards) > 10
    for card in cards:
        with Image.open(card) as image:
            image.verify()
        with Image.open(card) as image:
            image.load()
            assert image.size == (1200, 630) and image.mode == "RGB"
            assert same_pixels(image, png_bytes(image))


def test_the_cards_font_has_the_letters_and_signs_results_use():
    """The share images' font draws every letter of the UK's names and every sign our figures use (the
    font Pillow bundles drew "Ynys Môn", "Sinn Féin" and a loss, "−6", with empty boxes)."""
    from generator.render.share_images import _font

    font = _font(40)

    def drawn(text: str) -> bytes:
        image = Image.new("L", (200, 80))
        ImageDraw.Draw(image).text((10, 10), text, font=font, fill=255)
        return image.tobytes()

    missing = drawn("\U0010fffd")  # a private-use code point: the font's "no such glyph" box
    for ch in "−–—→·’“”…×±âêîôûŵŷäëïöüÿéèáàíóúçñøåÅÉÔŴŶ":
        assert drawn(ch) != missing, f"{ch!r} (U+{ord(ch):04X}) has no glyph in the share images' font"


def test_a_long_headline_wraps_within_the_card():
    from generator.render.share_images import MARGIN, WIDTH, _font, wrap

    draw = ImageDraw.Draw(Image.new("RGB", (WIDTH, 100)))
    font = _font(54)
    text = "Ynys Môn: 1 of 1 seats declared. Conservative 1 (+1), Labour 0 (−1), Plaid Cymru 0, Brexit Party 0"
    lines = wrap(draw, text, font, WIDTH - 2 * MARGIN, 2)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert all(draw.textlength(line, font=font) <= WIDTH - 2 * MARGIN for line in lines)
    assert lines[0].startswith("Ynys Môn:")
    assert wrap(draw, "Short", font, 500, 2) == ["Short"]
    assert draw.textlength(wrap(draw, "W" * 80, font, 300, 2)[0], font=font) <= 300  # one word too wide
