"""The stages every build runs, in order: load -> model -> plan the pages -> render -> check the links.

build.build (through builder.Builder) and build.check both run them; only Builder writes.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    """Every page of the site (its kind's pages, the Markdown pages and updates, then the publishing
    pages: data, embeds, 404) and its datasets."""
    from .kinds import kind_named
    from .render.documents import document_pages
    from .render.publish import publishing_pages

    kind = kind_named(site.config.kind)
    datasets = kind.datasets(site)
    if site.config.rehearsal:
        from .rehearsal import stamped_dataset
        datasets = [stamped_dataset(d) for d in datasets]
    specs = kind.pages(site) + document_pages(site)
    return specs + publishing_pages(site, kind.figures(site), datasets), datasets


def plan(site: Site) -> tuple[list[PageSpec], list]:
    """The pages and datasets of the site; SiteError when two pages share an address."""
    from .render import address_problems

    specs, datasets = site_plan(site)
    problems = address_problems(specs)
    if problems:
        raise SiteError(problems)
    return specs, datasets


def extra_files(site: Site, site_dir: Path, specs: list[PageSpec], datasets: list,
                cache: PublishCache | None = None, streamed: list | None = None) -> list[OutputFile]:
    """The files that are not rendered pages: static assets, then the sitemap, feed and data downloads
    (with `cache`, a Builder's PublishCache, making only what the changed areas alter; with `streamed`,
    the downloads are added to it as publish.DownloadFiles for the caller to write)."""
    from .render import static_files
    from .render.publish import publishing_files

    return static_files(site_dir) + publishing_files(site, specs, datasets, cache, streamed)


def link_problems(site: Site, site_dir: Path, specs: list[PageSpec], files: list, env: Any = None) -> list[Problem]:
    """Every link of `specs` that does not resolve among `files` (objects with .path and .data). With `env`,
    the Jinja environment the pages were rendered with, the pages render/area_fast.py wrote are read
    once per frame (links.check_links `made`): their links come from the model, not from an editor."""
    from urllib.parse import unquote, urlsplit

    from .links import check_links

    out = Collector()
    check_links(site_dir, specs, files, out, base_path=unquote(urlsplit(site.config.base_url).path),
                made=_written_by_code(site, env))
    return out.problems


def _written_by_code(site: Site, env: Any):
    """links.check_links' `made` for pages area_fast writes, when `env` lets it write them."""
    from .render import page_context
    from .render.area_fast import enabled, own_links, writes

    if env is None or not enabled(env):
        return None

    def made(spec: PageSpec):
        if spec.template != "ge_area.html" or spec.root_links:
            return None
        context = page_context(site, spec)
        return own_links(context) if writes(context) else None
    return made


def refuse_output(site_dir: Path, output: Path) -> None:
    """Raise SiteError when a build must not replace `output` (the site's own files, or a folder no build made)."""
    from .write import output_problem

    problem = output_problem(site_dir, output)
    if problem:
        raise SiteError.single(output, None, f"will not write the site into {output}: {problem}",
                               "pass an empty or generated folder with --output, such as output/ (or delete this "
                               "folder first if it holds nothing you need); nothing in it was touched")


def render_all(site: Site, site_dir: Path, specs: list[PageSpec], datasets: list, env: Any = None) -> list[OutputFile]:
    """Every output file in memory, links checked: what a build would write (SiteError listing every problem)."""
    from .render import render_pages

    files = render_pages(site, site_dir, specs, env) + extra_files(site, site_dir, specs, datasets)
    problems = link_problems(site, site_dir, specs, files, env)
    if problems:
        raise SiteError(problems)
    return files
