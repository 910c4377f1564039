"""Mutating a copy of the example site, and running the CLI on it, for the tests of editor mistakes."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from generator.cli import main
from tests.conftest import REPO, copy_example

__all__ = ["REPO", "copy_example", "replace_in", "run_cli"]


def replace_in(site: Path, rel: str, old: str, new: str, count: int = 1) -> None:
    """Replace `old` by `new` in one file of the site; fails if `old` is not there."""
    file = site / rel
    text = file.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {rel}"
    file.write_text(text.replace(old, new, count), encoding="utf-8")


def run_cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)
