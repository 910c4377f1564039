"""The one pipeline: load -> model -> render -> write, used by the CLI and the dev server alike."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from .errors import Collector, Problem, SiteError
from .links import check_links
from .load import load
from .model import Site, make_site
from .render import OutputFile, render_pages, static_files
from .render.general import general_pages
from .render.leadership import leadership_pages
from .write import WriteReport, output_problem, write_site


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
    specs = page_list(site)
    files = render_pages(site, site_dir, specs) + static_files(site_dir)
    out = Collector()
    check_links(site_dir, specs, files, out)
    out.raise_if_any()
    return site, files


def build(site_dir: Path, output: Path) -> BuildReport:
    """Build the site in `site_dir` into `output`, replacing it only when everything succeeded."""
    start = time.perf_counter()
    problem = output_problem(site_dir, output)
    if problem:
        raise SiteError.single(output, None, f"will not write the site into {output}: {problem}",
                               "pass an empty or generated folder with --output, such as output/")
    site, files = check(site_dir)
    report = write_site(files, output)
    pages = sum(1 for f in files if f.path.endswith(".html"))
    return BuildReport(pages, len(files), time.perf_counter() - start, report, site.warnings)
