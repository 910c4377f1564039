"""Share images shorten a bar's name that would run into its value, measured in the image's own font."""
from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

from generator.render.share_images import _fit

DRAW = ImageDraw.Draw(Image.new("RGB", (10, 10)))
FONT = ImageFont.load_default(size=34)


def test_a_name_that_fits_is_kept_whole():
    assert _fit(DRAW, "Jeremy Corbyn", FONT, 800) == "Jeremy Corbyn"


def test_a_long_name_is_cut_at_a_word_to_fit_beside_its_value():
    name = "Donald Boyd (Christian Party, Proclaiming Christ's Lordship)"
    room = 1080 - DRAW.textlength("1,302 (3.3%)", font=FONT) - 17
    assert DRAW.textlength(name, font=FONT) > room
    short = _fit(DRAW, name, FONT, room)
    assert short.endswith("…") and DRAW.textlength(short, font=FONT) <= room
    assert name.startswith(short[:-1])


def test_one_long_word_is_cut_inside_it():
    short = _fit(DRAW, "W" * 80, FONT, 300)
    assert short.endswith("…") and DRAW.textlength(short, font=FONT) <= 300
