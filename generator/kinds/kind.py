"""What a kind of election is: everything the pipeline, the CLI and the dev server ask of it."""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

# The stages' types are named in comments, not imported: the model and the renderer import the
# registry, so an import of theirs here (even for type checking only) would close a cycle.
Sources = SiteConfig = Collector = Site = PageSpec = Figure = Dataset = Shape = Any


@dataclass(frozen=True)
class Sample:
    """The placeholder content `new` writes for a kind, besides what every site gets."""

    title: str                                  # the sample site's title
    navigation: tuple[tuple[str, str], ...]     # (title, url) of the site.yaml navigation
    files: dict[str, str]                       # content files, by path in the site folder
    site_yaml_extra: str = ""                   # commented settings appended to site.yaml
    about_extra: str = ""                       # said after "replace the files under content/" in about.md
    zero_files: dict[str, str] | None = None    # `new --zero`: the files as before the first declaration


@dataclass(frozen=True)
class Kind:
    """One kind of election (the value of `kind:` in site.yaml) and its package under generator/kinds/.

    The callables import the kind's modules when called, so that listing the kinds stays cheap.
    """

    name: str                                              # `kind:` in site.yaml, `new --kind`
    summary: str                                           # a few words for site.yaml's schema and help
    folder: Path                                           # the kind's package; templates/ in it is searched
    schema_files: Callable[[], tuple[tuple[str, Shape, str], ...]]  # (schema file name, shape, site files glob)
    make_election: Callable[[Sources, SiteConfig | None, Collector, Collector], Any]  # model and checks
    pages: Callable[[Site], list[PageSpec]]                # its own pages (shared ones are made for every kind)
    figures: Callable[[Site], list[Figure]]                # every chart once, each with its embed page
    datasets: Callable[[Site], list[Dataset]]              # the data downloads
    sample: Callable[[], Sample]                           # what `new` writes
    items_dir: str | None = None                           # a folder of many small files the model parses itself
    import_results: Callable[..., Any] | None = None       # `import FILE.csv --site DIR [--replace]`
    import_baseline: Callable[..., Any] | None = None      # `import FILE.csv --site DIR --baseline`: the previous election
    import_columns: tuple[str, ...] = ()                   # the CSV columns the importer reads
    maps: bool = False                                     # results by area: site.yaml's `hexmap:` draws them

    @property
    def templates(self) -> Path:
        """The kind's own templates, searched after the site's and before the theme's."""
        return self.folder / "templates"


def lazy(package: str, module: str, name: str) -> Callable[..., Any]:
    """`package.module.name`, imported when first called: a kind's entry points (its pages, figures,
    datasets, sample, importers) cost nothing until the pipeline asks for them."""
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(f"{package}.{module}"), name)(*args, **kwargs)

    call.__qualname__ = call.__name__ = f"{module}.{name}"
    return call
