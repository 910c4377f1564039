"""The command line: a thin shell over build(); editors see `path:line: message`, never a traceback."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .console import print_problems
from .errors import SiteError
from .kinds import KIND_NAMES


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


REHEARSAL_HELP = ("A rehearsal with test data: every page, embed, share image, feed entry and download says "
                  "TEST DATA – NOT REAL RESULTS, no page may be indexed, and the site goes into "
                  "SITE/output-rehearsal unless --output is given.")


def default_output(site_dir: Path, rehearsal: bool) -> Path:
    """SITE/output, or SITE/output-rehearsal for a rehearsal, so that a sync of output/ never publishes one."""
    from .rehearsal import OUTPUT

    return site_dir / (OUTPUT if rehearsal else "output")


def run(prog_name: str | None = None) -> None:
    """The command line as a program: main(), then the process ends at once (os._exit, once the output is
    flushed). Python's own exit frees every object one by one: 0.3 s of a 1.5 s rebuild at 5,000 areas,
    after the build had finished. Every file a command writes is closed before it returns."""
    import os

    try:
        main(prog_name=prog_name)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
        if not isinstance(exc.code, (int, type(None))):
            print(exc.code, file=sys.stderr)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`| head`): nothing more can be said
            code = code or 1
    os._exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Build election results microsites from YAML and Markdown."""


@main.command()
@click.option("--site", "site_dir", type=click.Path(file_okay=False, path_type=Path), default=".",
              show_default=True, help="The site's folder (holding site.yaml).")
@click.option("--output", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the site [default: SITE/output, or SITE/output-rehearsal with --rehearsal].")
@click.option("--index-links", is_flag=True,
              help="End every link to a page in index.html, so that output/ also works opened from disk "
                   "(as `index_links: true` in site.yaml; `make build` uses it).")
@click.option("--rehearsal", is_flag=True, help=REHEARSAL_HELP)
@click.option("--debug", is_flag=True, help="Show Python tracebacks.")
def build(site_dir: Path, output: Path | None, index_links: bool, rehearsal: bool, debug: bool) -> None:
    """Build the site into output/ (replaced only if the whole build succeeds)."""
    from .build import build as run_build

    report = run_safely(debug, lambda: run_build(site_dir, output or default_output(site_dir, rehearsal),
                                                 index_links=index_links, rehearsal=rehearsal))
    print_problems(list(report.warnings))
    click.echo(report.summary())


@main.command()
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--kind", type=click.Choice(KIND_NAMES), required=True,
              help="The kind of election the site reports.")
@click.option("--copy-templates", is_flag=True,
              help="Copy the built-in templates into DIR/templates to edit them (by default the site uses them as they are).")
@click.option("--zero", is_flag=True,
              help="Fill the site as it stands before the first declaration: every area awaiting, no votes, "
                   "so that editors see the night's empty pages.")
@click.option("--debug", is_flag=True, help="Show Python tracebacks.")
def new(directory: Path, kind: str, copy_templates: bool, zero: bool, debug: bool) -> None:
    """Create a new site in DIRECTORY, with placeholder sample content that builds at once."""
    from .scaffold import create_site

    files = run_safely(debug, lambda: create_site(directory, kind, copy_templates, zero))
    click.echo(f"Created {directory} ({len(files)} files, placeholder sample data). "
               f"Build it with: python -m generator build --site {directory}")


@main.command(name="import")
@click.argument("csv_file", metavar="FILE.csv", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--site", "site_dir", type=click.Path(file_okay=False, path_type=Path), default=".",
              show_default=True, help="The site's folder (holding site.yaml); its kind reads the CSV.")
@click.option("--replace", is_flag=True,
              help="The CSV holds the whole election: remove the files of what it does not name.")
@click.option("--baseline", is_flag=True,
              help="The CSV is the previous election's results (the same columns), which the pages compare with.")
@click.option("--debug", is_flag=True, help="Show Python tracebacks.")
def import_csv(csv_file: Path, site_dir: Path, replace: bool, baseline: bool, debug: bool) -> None:
    """Import results from a CSV into the site's content files (for a general election: one row per candidate,
    into content/areas/ and content/parties.yaml)."""
    from .importing import import_into

    report = run_safely(debug, lambda: import_into(csv_file, site_dir, replace=replace,
                                                                  baseline=baseline))
    print_problems(list(report.warnings))
    click.echo(report.summary())


@main.command()
@click.option("--site", "site_dir", type=click.Path(file_okay=False, path_type=Path), default=".",
              show_default=True, help="The site's folder (holding site.yaml).")
@click.option("--output", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the site [default: SITE/output].")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on; the next free one is used if it is taken.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; only this computer can connect unless you change it.")
@click.option("--open", "open_browser", is_flag=True, help="Open the site in the web browser.")
@click.option("--rehearsal", is_flag=True, help=REHEARSAL_HELP)
def serve(site_dir: Path, output: Path | None, port: int, host: str, open_browser: bool, rehearsal: bool) -> None:
    """Build, serve the site with live reload, and rebuild on every change to its files."""
    from .serve import serve as run_serve

    run_serve(site_dir, output or default_output(site_dir, rehearsal), host, port, open_browser, rehearsal=rehearsal)


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
