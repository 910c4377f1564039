"""A leadership election: candidates, nominations by category, and one ballot (with sections)."""
from __future__ import annotations

from pathlib import Path

from ..kind import Kind


def _schema_files():
    from .model import BALLOT_SHAPE, CANDIDATES_SHAPE, CATEGORY_SHAPE

    return (("candidates.schema.json", CANDIDATES_SHAPE, "content/candidates.yaml"),
            ("results.schema.json", BALLOT_SHAPE, "content/results.yaml"),
            ("nomination-category.schema.json", CATEGORY_SHAPE, "content/nominations/*.yaml"))


def _make_election(sources, config, out, reading):
    from .model import make_leadership

    return make_leadership(sources, out)


def _pages(site):
    from .pages import leadership_pages

    return leadership_pages(site)


def _figures(site):
    from .pages import leadership_figures

    return leadership_figures(site)


def _datasets(site):
    from .datasets import leadership_datasets

    return leadership_datasets(site)


def _sample():
    from .sample import sample

    return sample()


KIND = Kind(
    name="leadership",
    summary="candidates, nominations, one ballot",
    folder=Path(__file__).parent,
    schema_files=_schema_files,
    make_election=_make_election,
    pages=_pages,
    figures=_figures,
    datasets=_datasets,
    sample=_sample,
)
