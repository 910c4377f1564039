"""A referendum: one question and its answers, counted in counting areas grouped in regions."""
from __future__ import annotations

from pathlib import Path

from ..kind import Kind
from .columns import OPTIONAL, REQUIRED
from .folders import AREAS_DIR, REFERENDUM_FILE


def _schema_files():
    from .model import AREA_SHAPE, REFERENDUM_SHAPE

    return (("referendum.schema.json", REFERENDUM_SHAPE, REFERENDUM_FILE),
            ("referendum-area.schema.json", AREA_SHAPE, f"{AREAS_DIR}*.yaml"))


def _make_election(sources, config, out, reading):
    from .model import make_referendum

    return make_referendum(sources, out, reading)


def _pages(site):
    from .pages import referendum_pages

    return referendum_pages(site)


def _figures(site):
    from .pages import referendum_figures

    return referendum_figures(site)


def _datasets(site):
    from .datasets import referendum_datasets

    return referendum_datasets(site)


def _sample():
    from .sample import sample

    return sample()


def _import_results(csv_file, site_dir, *, replace=False):
    from .importer import import_results

    return import_results(csv_file, site_dir, replace=replace)


# No hex map (maps=False): no HexJSON layout of counting areas exists in the shared data.
KIND = Kind(
    name="referendum",
    summary="a question, its answers, results by counting area",
    folder=Path(__file__).parent,
    schema_files=_schema_files,
    make_election=_make_election,
    pages=_pages,
    figures=_figures,
    datasets=_datasets,
    sample=_sample,
    items_dir=AREAS_DIR,
    import_results=_import_results,
    import_columns=REQUIRED + OPTIONAL,
)
