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
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--kind", type=click.Choice(["leadership", "general-election"]), required=True,
              help="The kind of election the site reports.")
@click.option("--copy-templates", is_flag=True,
              help="Copy the built-in templates into DIR/templates to edit them (by default the site uses them as they are).")
@click.option("--debug", is_flag=True, help="Show Python tracebacks.")
def new(directory: Path, kind: str, copy_templates: bool, debug: bool) -> None:
    """Create a new site in DIRECTORY, with placeholder sample content that builds at once."""
    from .scaffold import create_site

    files = run_safely(debug, lambda: create_site(directory, kind, copy_templates))
    click.echo(f"Created {directory} ({len(files)} files, placeholder sample data). "
               f"Build it with: python -m generator build --site {directory}")


@main.command(name="import")
@click.argument("csv_file", metavar="FILE.csv", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--site", "site_dir", type=click.Path(file_okay=False, path_type=Path), default=".",
              show_default=True, help="The general election site's folder (holding site.yaml).")
@click.option("--replace", is_flag=True,
              help="The CSV holds the whole election: remove area files and parties it does not name.")
@click.option("--debug", is_flag=True, help="Show Python tracebacks.")
def import_csv(csv_file: Path, site_dir: Path, replace: bool, debug: bool) -> None:
    """Import results from a CSV (one row per candidate) into content/areas/ and content/parties.yaml."""
    from .importer import import_results

    report = run_safely(debug, lambda: import_results(csv_file, site_dir, replace=replace))
    print_problems(list(report.warnings))
    click.echo(report.summary())


if __name__ == "__main__":
    main()
