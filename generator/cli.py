"""The command line: a thin shell over build(); editors see `path:line: message`, never a traceback."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import Problem, SiteError


def print_problems(problems: list[Problem], err: bool = True) -> None:
    errors = [p for p in problems if not p.warning]
    warnings = [p for p in problems if p.warning]
    for i, p in enumerate(errors, 1):
        click.echo(f"Error {i}/{len(errors)}: {p}" if len(errors) > 1 else f"Error: {p}", err=err)
    for p in warnings:
        click.echo(f"Warning: {p}", err=err)


def run_safely(debug: bool, fn):
    try:
        return fn()
    except SiteError as exc:
        if debug:
            raise
        print_problems(exc.problems)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("Interrupted: output/ was left as it was.", err=True)
        sys.exit(130)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Build election results microsites from YAML and Markdown."""


@main.command()
@click.option("--site", "site_dir", type=click.Path(file_okay=False, path_type=Path), default=".",
              show_default=True, help="The site's folder (holding site.yaml).")
@click.option("--output", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the site [default: SITE/output].")
@click.option("--debug", is_flag=True, help="Show Python tracebacks.")
def build(site_dir: Path, output: Path | None, debug: bool) -> None:
    """Build the site into output/ (replaced only if the whole build succeeds)."""
    from .build import build as run_build

    report = run_safely(debug, lambda: run_build(site_dir, output or site_dir / "output"))
    print_problems(list(report.warnings))
    click.echo(report.summary())


@main.command()
@click.option("--site", "site_dir", type=click.Path(file_okay=False, path_type=Path), default=".",
              show_default=True, help="The site's folder (holding site.yaml).")
@click.option("--strict", is_flag=True, help="Fail on warnings too (exit code 1).")
@click.option("--debug", is_flag=True, help="Show Python tracebacks.")
def check(site_dir: Path, strict: bool, debug: bool) -> None:
    """Check the whole site as a build would, writing nothing; report every problem."""
    from .build import check as run_check

    site, files = run_safely(debug, lambda: run_check(site_dir))
    warnings = list(site.warnings)
    if warnings:
        print_problems(warnings)
        if strict:
            click.echo(f"Failed: {len(warnings)} warning(s), and --strict was given.", err=True)
            sys.exit(1)
    pages = sum(1 for f in files if f.path.endswith(".html"))
    click.echo(f"No problems found: {pages} pages checked" + (f", {len(warnings)} warning(s)." if warnings else "."))


@main.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("schema"),
              show_default=True, help="The folder to write the JSON Schema files into.")
def schema(out: Path) -> None:
    """Write a JSON Schema for each kind of YAML file (for editor autocompletion)."""
    from .schemafiles import write_schemas

    for path in write_schemas(out):
        click.echo(f"Wrote {path}")


if __name__ == "__main__":
    main()
