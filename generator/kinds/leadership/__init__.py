"""A leadership election: candidates, nominations by category, and one ballot (with sections)."""
from __future__ import annotations

from pathlib import Path

from ..kind import Kind, lazy


def _schema_files():
    from .model import BALLOT_SHAPE, CANDIDATES_SHAPE, CATEGORY_SHAPE

    return (("candidates.schema.json", CANDIDATES_SHAPE, "content/candidates.yaml"),
            ("results.schema.json", BALLOT_SHAPE, "content/results.yaml"),
            ("nomination-category.schema.json", CATEGORY_SHAPE, "content/nominations/*.yaml"))


def _make_election(sources, config, out, reading):
    from .model import make_leadership

    return make_leadership(sources, out)


KIND = Kind(
    name="leadership",
    summary="candidates, nominations, one ballot",
    folder=Path(__file__).parent,
    schema_files=_schema_files,
    make_election=_make_election,
    pages=lazy(__name__, "pages", "leadership_pages"),
    figures=lazy(__name__, "pages", "leadership_figures"),
    datasets=lazy(__name__, "datasets", "leadership_datasets"),
    sample=lazy(__name__, "sample", "sample"),
)
