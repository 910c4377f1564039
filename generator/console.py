"""Problems as editors see them on the terminal: numbered errors, then warnings."""
from __future__ import annotations

import click

from .errors import Problem


def print_problems(problems: list[Problem], err: bool = True) -> None:
    errors = [p for p in problems if not p.warning]
    warnings = [p for p in problems if p.warning]
    for i, p in enumerate(errors, 1):
        click.echo(f"Error {i}/{len(errors)}: {p}" if len(errors) > 1 else f"Error: {p}", err=err)
    for p in warnings:
        click.echo(f"Warning: {p}", err=err)
