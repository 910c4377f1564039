"""Stage 3: turn the model into output files in memory (HTML pages and static assets)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

import jinja2
from markupsafe import Markup

from ..errors import Collector, Problem, SiteError
from ..model import Site
from ..model.documents import to_html
from ..numbers import fmt_int, fmt_pct
from ..urls import absolute, output_file, relative, segment_problem

THEME = Path(__file__).resolve().parents[2]  # the repo's templates/ and static/ are the built-in theme


@dataclass(frozen=True)
class PageSpec:
    """One page to render: its URL, template and the variables the template sees."""

    url: str
    template: str
    context: dict[str, Any]
    source: str = ""  # the content file the page comes from, for error messages


class Deferred:
    """A page variable computed when a template shows it, so pages a rebuild skips never pay for it."""

    __slots__ = ("_make",)

    def __init__(self, make: Callable[[], Markup]) -> None:
        self._make = make

    def __html__(self) -> str:
        return self._make()

    def __str__(self) -> str:
        return str(self._make())


@dataclass(frozen=True)
class OutputFile:
    path: str
    data: bytes


def fmt_date(value: dt.date | dt.datetime | None, with_time: bool = True) -> str:
    """'24 September 2016', or '24 September 2016, 11:45' for a datetime."""
    if value is None:
        return "–"
    text = f"{value.day} {value:%B %Y}"
    if with_time and isinstance(value, dt.datetime):
        text += f", {value:%H:%M}"
    return text


def make_env(site_dir: Path) -> jinja2.Environment:
    dirs = [str(site_dir / "templates")]
    if (THEME / "templates").resolve() != (site_dir / "templates").resolve():
        dirs.append(str(THEME / "templates"))
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(dirs), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True)
    env.filters.update(num=fmt_int, pct=fmt_pct, date=fmt_date, markdown=lambda text: Markup(to_html(text)))
    return env


def template_error(exc: Exception, site_dir: Path, env: jinja2.Environment, name: str) -> SiteError:
    """A template failure as `templates/x.html:LINE: message`, never a traceback."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        file, line = exc.filename or exc.name or name, exc.lineno
        message, hint = f"template syntax error: {exc.message}", "check the {% %} and {{ }} tags on this line"
    elif isinstance(exc, jinja2.TemplateNotFound):
        file, line = name, None
        message = f"template '{exc.name}' was not found"
        hint = f"create templates/{exc.name}, or check the name in the {{% extends %}} or {{% include %}} tag"
    else:
        file, line = name, None
        tb = exc.__traceback__
        while tb is not None:  # Jinja rewrites frames so that template files carry template lines
            fname = tb.tb_frame.f_code.co_filename
            if fname.endswith((".html", ".xml", ".txt", ".svg")):
                file, line = fname, tb.tb_lineno
            tb = tb.tb_next
        message = f"template error: {exc}"
        hint = "a variable used in the template does not exist here; check its spelling" \
            if isinstance(exc, jinja2.UndefinedError) else "check the template around this line"
    shown = Path(file)
    for base in (site_dir, THEME):
        try:
            shown = Path(file).resolve().relative_to(base.resolve())
            break
        except ValueError:
            continue
    return SiteError.single(shown.as_posix(), line, message, hint)


def address_problems(specs: list[PageSpec]) -> list[Problem]:
    """Two pages written to the same file, each reported once."""
    out = Collector()
    seen: dict[str, str] = {}
    for spec in specs:
        target = output_file(spec.url)
        if target in seen:
            out.add(spec.source or target, None,
                    f"two pages would be written to the same address {spec.url} (also {seen[target]})",
                    "give one of them a different id, slug or name")
            continue
        seen[target] = spec.source or spec.url
    return out.problems


def render_page(env: jinja2.Environment, site: Site, site_dir: Path, spec: PageSpec) -> OutputFile:
    """One page as a file; a template problem raises SiteError naming the template and line."""
    link: Callable[[str], str] = lambda to, _u=spec.url: relative(_u, to)
    context = dict(spec.context, site=site, config=site.config, page_url=spec.url, link=link,
                   canonical=absolute(site.config.base_url, spec.url))
    try:
        html = env.get_template(spec.template).render(context)
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError) as exc:
        raise template_error(exc, site_dir, env, f"templates/{spec.template}") from None
    return OutputFile(output_file(spec.url), html.encode("utf-8"))


def render_each(site: Site, site_dir: Path, specs: list[PageSpec], env: jinja2.Environment,
                out: Collector) -> Iterator[OutputFile]:
    """Render pages one at a time (so that a caller can write and drop each); problems go to `out`."""
    for spec in specs:
        try:
            yield render_page(env, site, site_dir, spec)
        except SiteError as exc:
            out.extend(exc)
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
    """The theme's static/ overlaid with the site's own static/, served under /static/."""
    found: dict[str, Path] = {}
    for base in (THEME / "static", site_dir / "static"):
        if base.is_dir():
            for file in sorted(base.rglob("*")):
                if file.is_file() and not any(segment_problem(p) for p in file.relative_to(base).parts):
                    found[file.relative_to(base).as_posix()] = file
    return [OutputFile(f"static/{rel}", found[rel].read_bytes()) for rel in sorted(found)]
