"""The one pipeline: load -> model -> render -> write, used by the CLI and the dev server alike."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import Problem

if TYPE_CHECKING:  # imported where used: a no-op rebuild then never loads Jinja, Markdown or the model
    from .model import Site
    from .render import OutputFile, PageSpec
    from .write import WriteReport


@dataclass(frozen=True)
class BuildReport:
    pages: int
    files: int
    seconds: float
    write: WriteReport | None
    warnings: tuple[Problem, ...]
    rendered: int | None = None  # pages rendered by this build (None: all of them)

    def summary(self) -> str:
        changed = f", {self.write.written} written, {self.write.unchanged} unchanged, {self.write.removed} removed" \
            if self.write else ""
        return f"Built {self.pages} pages ({self.files} files{changed}) in {self.seconds:.2f} s"


def page_specs(site: Site) -> list[PageSpec]:
    """Every page of the site, for its kind of election."""
    from .render.general import general_pages
    from .render.leadership import leadership_pages

    page_list = general_pages if site.config.kind == "general-election" else leadership_pages
    return page_list(site)


def check(site_dir: Path) -> tuple[Site, list[OutputFile]]:
    """Everything a build does except writing; raises SiteError with every problem found."""
    from .load import load
    from .model import make_site
    from .render import render_pages, static_files

    site = make_site(load(site_dir))
    pages = render_pages(site, site_dir, page_specs(site))
    return site, pages + static_files(site_dir)


def build(site_dir: Path, output: Path) -> BuildReport:
    """Build the site in `site_dir` into `output`, replacing it only when everything succeeded.

    The one-shot form of builder.Builder: what the last build left is read from SITE/.cache, so an
    unchanged site is not rebuilt and an edit re-renders only the pages it can change.
    """
    from .builder import Builder  # builder imports this module

    return Builder(site_dir, output, keep_sources=False, state_file=site_dir / ".cache" / "build-state.json").build()
