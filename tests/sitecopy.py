"""Mutating a copy of the example site, and running the CLI on it, for the tests of editor mistakes."""
from __future__ import annotations

import hashlib
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


def tree_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for file in sorted(p for p in folder.rglob("*")):
        digest.update(file.relative_to(folder).as_posix().encode() + b"\0")
        if file.is_file():
            digest.update(file.read_bytes())
    return digest.hexdigest()


def refused_build_output(site: Path, mutation) -> str:
    """Build the site, apply `mutation`, build again: that build must fail with exit code 1 and no
    traceback, leaving output/ exactly as it was. Returns what it printed."""
    assert run_cli("build", "--site", str(site)).exit_code == 0
    before = tree_hash(site / "output")
    mutation(site)
    result = run_cli("build", "--site", str(site))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert tree_hash(site / "output") == before
    return result.output
