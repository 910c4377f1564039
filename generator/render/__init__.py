"""Stage 3: turn the model into output files in memory (HTML pages and static assets)."""
from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

import jinja2
from markupsafe import Markup

from ..errors import Collector, Problem, SiteError
from ..fast_init import fast_init
from ..inside import link_problem, not_regular, unreadable, within
from ..model import Site
from ..safe_markdown import data_markdown
from ..theme import THEME
from ..numbers import fmt_change, fmt_int, fmt_net, fmt_pct
from .area_fast import area_page, enabled as area_fast_enabled
from .dates import fmt_date, fmt_iso
from .live import is_live, live_files, live_path
from .precompiled import code_for
from ..rehearsal import BANNER as REHEARSAL
from ..urls import absolute, output_file, local_links, relative_from, rooted, segment_problem
from ..words import noun, plural


@fast_init
@dataclass(frozen=True, slots=True)
class PageSpec:
    """One page to render: its URL, template and the variables the template sees."""

    url: str
    template: str
    context: dict[str, Any]
    source: str = ""  # the content file the page comes from, for error messages
    line: int | None = None  # the line in `source` that decides the page's address
    root_links: bool = False  # links from the server root (404.html is served at any address)
    # For rebuilds (render/deps.py): the item files (area files) whose rows the page shows, and a key of
    # the figures on it computed from other items too (a region's totals). None: the page may show anything,
    # and its "Last updated" is the site's; a page that declares what it shows gives its own as
    # context["updated"] (the newest declaration on it), or none at all.
    shows: tuple[str, ...] | None = None
    figures: str = ""


class Deferred:
    """A page variable computed when a template shows it, so pages a rebuild skips never pay for it."""

    __slots__ = ("_make",)

    def __init__(self, make: Callable[[], Markup]) -> None:
        self._make = make

    def __html__(self) -> str:
        return self._make()

    def __str__(self) -> str:
        return str(self._make())


@fast_init
@dataclass(frozen=True, slots=True)
class OutputFile:
    path: str
    data: bytes


def make_env(site_dir: Path, kind_templates: Path | None = None) -> jinja2.Environment:
    """Templates from the site's templates/, then its kind's own (if it has any), then the theme's."""
    dirs = [str(site_dir / "templates")]
    if kind_templates is not None and kind_templates.is_dir():
        dirs.append(str(kind_templates))
    if (THEME / "templates").resolve() != (site_dir / "templates").resolve():
        dirs.append(str(THEME / "templates"))
    env = jinja2.Environment(loader=_InsideLoader(dirs), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True)
    env.filters.update(num=fmt_int, pct=fmt_pct, date=fmt_date, iso=fmt_iso, markdown=lambda text: Markup(data_markdown(text)))  # YAML fields: no raw HTML
    env.globals["stylesheet_text"] = lambda: stylesheet_text(site_dir)
    env.filters.update(plural=plural, noun=noun)  # {{ n | plural("society") }} -> "1 society", "3 societies"
    env.filters.update(change=fmt_change, net=fmt_net)  # +5.4, −5.0 points; +48 seats
    return env


class _InsideLoader(jinja2.FileSystemLoader):
    """Templates from the site's templates/ and the theme's, refusing a link that leaves its folder's
    parent (the site, or the theme) and anything that is not an ordinary file, before reading it."""

    def get_source(self, environment: jinja2.Environment, template: str):
        parts = jinja2.loaders.split_template_path(template)
        for folder in self.searchpath:
            path = os.path.join(folder, *parts)
            if not os.path.lexists(path):
                continue
            display = f"templates/{template}"
            bounds = (os.path.realpath(os.path.dirname(folder)),)
            problem = link_problem(path, display, bounds) if not within(os.path.realpath(path), bounds[0]) \
                or os.path.islink(path) else None
            if problem is None:
                try:
                    problem = not_regular(os.stat(path).st_mode, display)
                except OSError as exc:
                    problem = unreadable(display, exc)
            if problem:
                raise SiteError(problem)
            break
        return super().get_source(environment, template)

    def load(self, environment: jinja2.Environment, name: str, globals: Any = None) -> jinja2.Template:
        """BaseLoader.load, taking a built-in template's code from the package when it has it (precompiled.py)."""
        source, filename, uptodate = self.get_source(environment, name)
        code = code_for(environment, name, source)
        if code is None:
            return environment.template_class.from_code(environment, environment.compile(source, name, filename),
                                                        globals or {}, uptodate)
        template = environment.template_class.from_code(environment, code, globals or {}, uptodate)
        template.filename = filename  # errors name the template, not the module holding its code
        return template


def template_error(exc: Exception, site_dir: Path, env: jinja2.Environment, name: str,
                   what: str = "") -> SiteError:
    """A template failure as `templates/x.html:LINE: message`, never a traceback."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        file, line = exc.filename or exc.name or name, exc.lineno
        message, hint = f"template syntax error: {exc.message}", "check the {% %} and {{ }} tags on this line"
    else:
        file, line = name, None
        tb = exc.__traceback__
        while tb is not None:  # Jinja rewrites frames so that template files carry template lines
            fname = tb.tb_frame.f_code.co_filename
            if fname.endswith((".html", ".xml", ".txt", ".svg")):
                file, line = fname, tb.tb_lineno
            tb = tb.tb_next
        if isinstance(exc, jinja2.TemplateNotFound):
            message = f"template '{exc.name}' was not found"
            hint = f"create templates/{exc.name}, or check the name in the {{% extends %}} or {{% include %}} tag"
        elif isinstance(exc, jinja2.UndefinedError):
            message = f"template error: {_undefined_message(str(exc))}"
            hint = "check the spelling of the variable or field name"
        elif what:
            message, hint = f"template error: {what}", "remove the {% include %} or {% extends %} that leads back " \
                "to this template"
        else:
            message, hint = f"template error: {exc or type(exc).__name__}", "check the template around this line"
            if isinstance(exc, ArithmeticError):
                message = f"template error: {exc} ({type(exc).__name__})"
                hint = "check the arithmetic in the {{ }} on this line (a division by zero, or a number too large)"
    shown = Path(file)
    # the path as the loader saw it first: the repo root's templates/ is a symlink into the theme
    for path, base in ((Path(file).absolute(), site_dir.absolute()), (Path(file).resolve(), site_dir.resolve()),
                       (Path(file).resolve(), THEME)):
        try:
            shown = path.relative_to(base)
            break
        except ValueError:
            continue
    return SiteError.single(shown.as_posix(), line, message, hint)


def _undefined_message(text: str) -> str:
    """Jinja's "'generator.model.documents.Page object' has no attribute 'titel'" in an editor's words."""
    match = re.fullmatch(r"'(?:[\w.]+\.)?(\w+) object' has no attribute '(\w+)'", text)
    if match:
        return f"a {match[1]} has no field '{match[2]}'"
    match = re.fullmatch(r"'(\w+)' is undefined", text)
    if match:
        return f"there is no variable '{match[1]}' here"
    return text


def address_problems(specs: list[PageSpec]) -> list[Problem]:
    """Two pages written to the same file, each reported once."""
    out = Collector()
    seen: dict[str, PageSpec] = {}
    for spec in specs:
        target = output_file(spec.url)
        if target in seen:
            first = seen[target]
            other = f"{first.source}:{first.line or 1}" if first.source else f"the site's own {first.url} page"
            out.add(spec.source or "site.yaml", spec.line or 1,
                    f"this page would have the same address {spec.url} as {other}",
                    "give one of them a different id, slug or name (two pages cannot share a web address)")
            continue
        seen[target] = spec
    return out.problems


def page_context(site: Site, spec: PageSpec) -> dict[str, Any]:
    """The variables a page's template sees: the spec's own, the site's, and its link functions."""
    index = site.config.index_links
    link: Callable[[str], str] = (lambda to: rooted(site.config.base_url, to, index)) if spec.root_links \
        else relative_from(spec.url, index)
    return dict(spec.context, site=site, config=site.config, page_url=spec.url, link=link,
                **({"updated": site.updated} if spec.shows is None and "updated" not in spec.context else {}),
                canonical=absolute(site.config.base_url, spec.url),
                absolute_url=lambda to: absolute(site.config.base_url, to))


def render_page(env: jinja2.Environment, site: Site, site_dir: Path, spec: PageSpec) -> str:
    """One page's HTML; a template problem raises SiteError naming the template and line."""
    index = site.config.index_links
    context = page_context(site, spec)
    html = area_page(context, _FRAMES) if spec.template == "ge_area.html" and area_fast_enabled(env) else None
    fast = html is not None
    try:
        if html is None:
            html = env.get_template(spec.template).render(context)
    except SiteError:
        raise
    except RecursionError as exc:
        raise template_error(exc, site_dir, env, f"templates/{spec.template}", "a template includes or extends "
                             "itself, directly or through another template") from None
    except Exception as exc:  # noqa: BLE001 - any failure inside a template (1 // 0 too) is located there
        raise template_error(exc, site_dir, env, f"templates/{spec.template}") from None
    if not spec.root_links and not (fast and not index):  # area_fast links through link() only
        html = local_links(html, spec.url, index)
    return html


_FRAMES: dict = {}  # area_fast's parts of the page that every area page of a site shares


def render_each(site: Site, site_dir: Path, specs: list[PageSpec], env: jinja2.Environment,
                out: Collector) -> Iterator[OutputFile]:
    """Render pages one at a time (so that a caller can write and drop each); problems go to `out`."""
    for spec in specs:
        try:
            html = render_page(env, site, site_dir, spec)
            path = output_file(spec.url)
            if is_live(spec.context, site.config.live_updates):  # its JSON: the page's version and summary
                summary = spec.context.get("description", "")
                if site.config.rehearsal:  # what a screen reader announces of an update says it too
                    summary = f"{REHEARSAL}: {summary}"
                data, doc = live_files(html, summary)
                yield OutputFile(path, data)
                yield OutputFile(live_path(path), doc)
            else:
                yield OutputFile(path, html.encode("utf-8"))
        except SiteError as exc:
            problem = exc.problems[0]
            if problem not in out.problems:  # one broken base.html would otherwise be reported per page
                out.problems.append(problem)
            if len(out.problems) > 20:
                return


def render_pages(site: Site, site_dir: Path, specs: list[PageSpec], env: jinja2.Environment | None = None) -> list[OutputFile]:
    """Render every page spec; template problems are collected and raised together."""
    out = Collector()
    out.problems.extend(address_problems(specs))
    files = list(render_each(site, site_dir, _first_of_each(specs), env or make_env(site_dir), out))
    out.raise_if_any()
    return files


def _first_of_each(specs: list[PageSpec]) -> list[PageSpec]:
    seen: set[str] = set()
    return [s for s in specs if not (output_file(s.url) in seen or seen.add(output_file(s.url)))]


def static_files(site_dir: Path) -> list[OutputFile]:
    """The theme's static/ overlaid with the site's own static/, served under /static/.

    A link that leaves the site folder (or, for the theme's files, the theme), a link loop, and
    anything that is not an ordinary file are errors at their path: nothing outside is published."""
    found, out = _static_sources(site_dir)
    files = []
    for rel in sorted(found):
        try:
            files.append(OutputFile(f"static/{rel}", found[rel].read_bytes()))
        except OSError as exc:
            out.problems.append(unreadable(f"static/{rel}", exc))
    out.raise_if_any()
    return files


def stylesheet_text(site_dir: Path) -> Markup:
    """The published static/style.css as the text of a <style> element, for a page that must look right
    whatever address it is served at (404.html); read at each call, as a rebuild may change the file."""
    found, out = _static_sources(site_dir)
    out.raise_if_any()
    css = found["style.css"].read_text("utf-8") if "style.css" in found else ""
    return Markup(css.replace("</", "<\\/"))  # `</style>` in a comment would end the element


def _static_sources(site_dir: Path) -> tuple[dict[str, Path], Collector]:
    """The file behind each published static/ path (the site's own over the theme's), and the problems."""
    found: dict[str, Path] = {}
    out = Collector()
    for base, shown, bound in ((THEME / "static", None, THEME), (site_dir / "static", "static", site_dir)):
        if not base.is_dir():
            continue
        bounds = (os.path.realpath(bound),)
        for file in sorted(base.rglob("*")):
            rel = file.relative_to(base)
            if any(segment_problem(p) for p in rel.parts):
                continue
            display = f"{shown}/{rel.as_posix()}" if shown else f"theme static/{rel.as_posix()}"
            if file.is_symlink() or not within(os.path.realpath(file), bounds[0]):
                problem = link_problem(str(file), display, bounds)
                if problem:
                    out.problems.append(problem)
                    continue
            try:
                mode = file.stat().st_mode
            except OSError as exc:
                out.problems.append(unreadable(display, exc))
                continue
            if stat.S_ISDIR(mode):
                continue
            problem = not_regular(mode, display)
            if problem:
                out.problems.append(problem)
            else:
                found[rel.as_posix()] = file
    return found, out
