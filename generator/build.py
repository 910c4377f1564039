"""The one pipeline: load -> model -> render -> write, used by the CLI and the dev server alike."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .errors import Collector, Problem, SiteError
from .links import check_links
from .load import load
from .model import Site, make_site
from .render import OutputFile, render_pages, static_files
from .render.datasets import general_datasets, leadership_datasets
from .render.general import general_pages
from .render.leadership import leadership_figures, leadership_pages
from .render.publish import publishing_files, publishing_pages
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
    if site.config.kind == "general-election":
        specs, figures, datasets = general_pages(site), [], general_datasets(site)
    else:
        specs, figures, datasets = leadership_pages(site), leadership_figures(site), leadership_datasets(site)
    specs += publishing_pages(site, figures, datasets)
    files = render_pages(site, site_dir, specs) + static_files(site_dir) + publishing_files(site, specs, datasets)
    out = Collector()
    check_links(site_dir, specs, files, out, base_path=urlsplit(site.config.base_url).path)
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
