"""A general election: parties, and one first-past-the-post contest per area (constituency)."""
from __future__ import annotations

from pathlib import Path

from ..kind import Kind
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


def _pages(site):
    from .pages import general_pages

    return general_pages(site)


def _figures(site):
    from .pages import general_figures

    return general_figures(site)


def _datasets(site):
    from .datasets import general_datasets

    return general_datasets(site)


def _sample():
    from .sample import sample

    return sample()


def _import_results(csv_file, site_dir, *, replace=False):
    from .importer import import_results

    return import_results(csv_file, site_dir, replace=replace)


def _import_baseline(csv_file, site_dir):
    from .baseline_import import import_baseline

    return import_baseline(csv_file, site_dir)


KIND = Kind(
    name="general-election",
    summary="parties, a contest per area",
    folder=Path(__file__).parent,
    schema_files=_schema_files,
    make_election=_make_election,
    pages=_pages,
    figures=_figures,
    datasets=_datasets,
    sample=_sample,
    items_dir=AREAS_DIR,
    import_results=_import_results,
    import_baseline=_import_baseline,
    import_columns=REQUIRED + OPTIONAL,
    maps=True,
)
