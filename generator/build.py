"""The one pipeline: load -> model -> render -> write, used by the CLI and the dev server alike."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from .errors import Problem
from .load import load
from .model import Site, make_site
from .render import OutputFile, render_pages, static_files
from .render.general import general_pages
from .render.leadership import leadership_pages
from .write import WriteReport, write_site


@dataclass(frozen=True)
class BuildReport:
    pages: int
    files: int
    seconds: float
    write: WriteReport | None
    warnings: tuple[Problem, ...]

    def summary(self) -> str:
        changed = f", {self.write.written} written, {self.write.unchanged} unchanged, {self.write.removed} removed" \
            if self.write else ""
        return f"Built {self.pages} pages ({self.files} files{changed}) in {self.seconds:.2f} s"


def check(site_dir: Path) -> tuple[Site, list[OutputFile]]:
    """Everything a build does except writing; raises SiteError with every problem found."""
    site = make_site(load(site_dir))
    page_list = general_pages if site.config.kind == "general-election" else leadership_pages
    pages = render_pages(site, site_dir, page_list(site))
    return site, pages + static_files(site_dir)


def build(site_dir: Path, output: Path) -> BuildReport:
    """Build the site in `site_dir` into `output`, replacing it only when everything succeeded."""
    start = time.perf_counter()
    site, files = check(site_dir)
    report = write_site(files, output)
    pages = sum(1 for f in files if f.path.endswith(".html"))
    return BuildReport(pages, len(files), time.perf_counter() - start, report, site.warnings)
