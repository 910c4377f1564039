"""A general election: parties, and one first-past-the-post contest per area (constituency)."""
from __future__ import annotations

from pathlib import Path

from ..kind import Kind, lazy
from .columns import OPTIONAL, REQUIRED
from .folders import AREAS_DIR, PARTIES_FILE


def _schema_files():
    from .model import AREA_SHAPE, PARTIES_SHAPE

    return (("parties.schema.json", PARTIES_SHAPE, PARTIES_FILE),
            ("area.schema.json", AREA_SHAPE, f"{AREAS_DIR}*.yaml"))


def _make_election(sources, config, out, reading):
    from .model import make_general
    from .story import polls_close

    return make_general(sources, dict(config.party_colours) if config else {}, out, reading,
                        polls_close(k.label for k in config.key_dates) if config else None)


KIND = Kind(
    name="general-election",
    summary="parties, a contest per area",
    folder=Path(__file__).parent,
    schema_files=_schema_files,
    make_election=_make_election,
    pages=lazy(__name__, "pages", "general_pages"),
    figures=lazy(__name__, "pages", "general_figures"),
    datasets=lazy(__name__, "datasets", "general_datasets"),
    sample=lazy(__name__, "sample", "sample"),
    items_dir=AREAS_DIR,
    import_results=lazy(__name__, "importer", "import_results"),
    import_baseline=lazy(__name__, "baseline_import", "import_baseline"),
    import_columns=REQUIRED + OPTIONAL,
    maps=True,
)
