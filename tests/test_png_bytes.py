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
