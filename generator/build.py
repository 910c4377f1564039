"""The one pipeline (pipeline.py's stages), used by the CLI and the dev server alike: build writes,
check runs the same stages and writes nothing."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .builder import STATE_FILE, Builder
from .pipeline import BuildReport, extra_files, link_problems, refuse_output, site_plan

if TYPE_CHECKING:
    from .model import Site
    from .render import OutputFile

__all__ = ["BuildReport", "build", "check", "extra_files", "link_problems", "refuse_output", "site_plan"]


def check(site_dir: Path) -> tuple[Site, list[OutputFile]]:
    """Everything a build does except writing; raises SiteError with every problem found."""
    return Builder(site_dir, None).check()


def build(site_dir: Path, output: Path, index_links: bool = False, rehearsal: bool = False) -> BuildReport:
    """Build the site in `site_dir` into `output`, replacing it only when everything succeeded.

    The one-shot form of builder.Builder: what the last build left is read from SITE/.cache, so an
    unchanged site is not rebuilt and an edit re-renders only the pages it can change. With
    `index_links`, links end in index.html whatever site.yaml says (`build --index-links`); with
    `rehearsal`, every output says TEST DATA (`build --rehearsal`, generator/rehearsal.py).
    """
    return Builder(site_dir, output, keep_sources=False, state_file=site_dir / STATE_FILE,
                   index_links=index_links, rehearsal=rehearsal).build()
