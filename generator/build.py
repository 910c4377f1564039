"""The one pipeline: load -> model -> render -> write, used by the CLI and the dev server alike."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import Collector, Problem, SiteError

if TYPE_CHECKING:  # imported where used: a no-op rebuild then never loads Jinja, Markdown or the model
    from .model import Site
    from .render import OutputFile, PageSpec
    from .render.publish import PublishCache
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


def site_plan(site: Site) -> tuple[list[PageSpec], list]:
    """Every page of the site (its election's pages, then the publishing pages) and its datasets."""
    from .render.datasets import general_datasets, leadership_datasets
    from .render.general import general_pages
    from .render.leadership import leadership_figures, leadership_pages
    from .render.publish import publishing_pages

    if site.config.kind == "general-election":
        specs, figures, datasets = general_pages(site), [], general_datasets(site)
    else:
        specs, figures, datasets = leadership_pages(site), leadership_figures(site), leadership_datasets(site)
    return specs + publishing_pages(site, figures, datasets), datasets


def extra_files(site: Site, site_dir: Path, specs: list[PageSpec], datasets: list,
                cache: PublishCache | None = None, streamed: list | None = None) -> list[OutputFile]:
    """The files that are not rendered pages: static assets, then the sitemap, feed and data downloads
    (with `cache`, a Builder's PublishCache, making only what the changed areas alter; with `streamed`,
    the downloads are added to it as publish.DownloadFiles for the caller to write)."""
    from .render import static_files
    from .render.publish import publishing_files

    return static_files(site_dir) + publishing_files(site, specs, datasets, cache, streamed)


def link_problems(site: Site, site_dir: Path, specs: list[PageSpec], files: list) -> list[Problem]:
    """Every link of `specs` that does not resolve among `files` (objects with .path and .data)."""
    from urllib.parse import unquote, urlsplit

    from .links import check_links

    out = Collector()
    check_links(site_dir, specs, files, out, base_path=unquote(urlsplit(site.config.base_url).path))
    return out.problems


def refuse_output(site_dir: Path, output: Path) -> None:
    """Raise SiteError when a build must not replace `output` (the site's own files, or a folder no build made)."""
    from .write import output_problem

    problem = output_problem(site_dir, output)
    if problem:
        raise SiteError.single(output, None, f"will not write the site into {output}: {problem}",
                               "pass an empty or generated folder with --output, such as output/ (or delete this "
                               "folder first if it holds nothing you need); nothing in it was touched")


def check(site_dir: Path) -> tuple[Site, list[OutputFile]]:
    """Everything a build does except writing; raises SiteError with every problem found."""
    from .load import load
    from .model import make_site
    from .render import render_pages

    site = make_site(load(site_dir))
    specs, datasets = site_plan(site)
    files = render_pages(site, site_dir, specs) + extra_files(site, site_dir, specs, datasets)
    problems = link_problems(site, site_dir, specs, files)
    if problems:
        raise SiteError(problems)
    return site, files


def build(site_dir: Path, output: Path, index_links: bool = False) -> BuildReport:
    """Build the site in `site_dir` into `output`, replacing it only when everything succeeded.

    The one-shot form of builder.Builder: what the last build left is read from SITE/.cache, so an
    unchanged site is not rebuilt and an edit re-renders only the pages it can change. With
    `index_links`, links end in index.html whatever site.yaml says (`build --index-links`).
    """
    from .builder import STATE_FILE, Builder  # builder imports this module

    return Builder(site_dir, output, keep_sources=False, state_file=site_dir / STATE_FILE,
                   index_links=index_links).build()
