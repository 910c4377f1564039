"""Copies of the example site (the repo root) to mutate in tests, and a way to run the CLI on them."""
from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner, Result

from generator.cli import main

REPO = Path(__file__).resolve().parents[1]
SITE_PARTS = ("site.yaml", "content", "static")


def copy_example(dest: Path) -> Path:
    """The example site's own files (site.yaml, content/, static/) copied into `dest`."""
    dest.mkdir(parents=True, exist_ok=True)
    for part in SITE_PARTS:
        src = REPO / part
        if src.is_dir():
            shutil.copytree(src, dest / part)
        elif src.is_file():
            shutil.copy2(src, dest / part)
    return dest


def replace_in(site: Path, rel: str, old: str, new: str, count: int = 1) -> None:
    """Replace `old` by `new` in one file of the site; fails if `old` is not there."""
    file = site / rel
    text = file.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {rel}"
    file.write_text(text.replace(old, new, count), encoding="utf-8")


def run_cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)
