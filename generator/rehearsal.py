"""Rehearsal builds (`build --rehearsal`): every page, embed, share image, feed entry and download says
TEST DATA, no page may be indexed, and the default output folder is output-rehearsal/, which a sync of
output/ never publishes."""
from __future__ import annotations

import io
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .render.datasets import Dataset

BANNER = "TEST DATA – NOT REAL RESULTS"
OUTPUT = "output-rehearsal"  # under the site folder, beside output/
COLUMN = "test_data"  # the downloads' first column: every row says it, so a row copied elsewhere still does
ROBOTS = "User-agent: *\nDisallow: /\n"


def stamped_dataset(dataset: Dataset) -> Dataset:
    """The dataset with TEST DATA in its title and a first column `test_data` holding it on every row.

    A column rather than a `# TEST DATA` first line: CSV readers would take that line for the header."""
    from .render.datasets import GroupedRows

    mark = (BANNER,)
    rows = dataset.rows
    if isinstance(rows, GroupedRows):
        make = rows.make
        rows = GroupedRows(rows.groups, lambda g: (mark + r for r in make(g)), (BANNER, rows.context), len(rows))
    else:
        rows = tuple(mark + r for r in rows)
    return replace(dataset, title=f"{BANNER}: {dataset.title}", rows=rows,
                   columns=((COLUMN, f"{BANNER}: this file was made by a rehearsal build"), *dataset.columns))


def stamped_image(png: bytes) -> bytes:
    """A share image with a band across its top saying TEST DATA (white on dark red, 7:1)."""
    from PIL import Image, ImageDraw

    from .render.share_images import _font, png_bytes

    image = Image.open(io.BytesIO(png)).convert("RGB")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, image.width, 40), fill="#8b0000")
    draw.text((image.width // 2, 20), BANNER, font=_font(26), fill="#ffffff", anchor="mm")
    return png_bytes(image)
