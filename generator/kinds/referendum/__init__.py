"""A referendum: one question and its answers, counted in counting areas grouped in regions."""
from __future__ import annotations

from pathlib import Path

from ..kind import Kind, lazy
from .columns import OPTIONAL, REQUIRED
from .folders import AREAS_DIR, REFERENDUM_FILE


def _schema_files():
    from .model import AREA_SHAPE, REFERENDUM_SHAPE

    return (("referendum.schema.json", REFERENDUM_SHAPE, REFERENDUM_FILE),
            ("referendum-area.schema.json", AREA_SHAPE, f"{AREAS_DIR}*.yaml"))


def _make_election(sources, config, out, reading):
    from .model import make_referendum

    return make_referendum(sources, out, reading)


KIND = Kind(
    name="referendum",
    summary="a question, its answers, results by counting area",
    folder=Path(__file__).parent,
    schema_files=_schema_files,
    make_election=_make_election,
    pages=lazy(__name__, "pages", "referendum_pages"),
    figures=lazy(__name__, "pages", "referendum_figures"),
    datasets=lazy(__name__, "datasets", "referendum_datasets"),
    sample=lazy(__name__, "sample", "sample"),
    items_dir=AREAS_DIR,
    import_results=lazy(__name__, "importer", "import_results"),
    import_columns=REQUIRED + OPTIONAL,
    maps=True,  # site.yaml `hexmap:` names a layout of the counting areas (hexmaps.py)
)
