"""YAML aliases are refused before any is expanded: a billion-laughs file fails at once, located."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import EPOCH, REPO, copy_example

MESSAGE = ("the YAML alias *a is not allowed: content has no need of aliases, and nested ones can expand to "
           "billions of values\n  hint: write the value out in full here (a text value starting with * must be "
           "put in quotes)\n")


def laughs(depth: int = 8) -> list[str]:
    """Nine lols, then `depth` lists of nine aliases of the list before: 9 ** (depth + 1) strings."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(depth):
        name, prev = chr(ord("b") + i), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return lines


def _build(site: Path) -> tuple[subprocess.CompletedProcess, float]:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "generator", "build", "--site", str(site)], cwd=REPO,
                          env=dict(os.environ, SOURCE_DATE_EPOCH=EPOCH), capture_output=True, text=True, timeout=60)
    return proc, time.perf_counter() - start


@pytest.mark.parametrize("where, first_line", [("site.yaml", 1), ("content/bomb.yaml", 1),
                                               ("content/updates/2016-09-01-bomb.md", 2)])
def test_billion_laughs_fails_at_once_at_the_alias(tmp_path, where, first_line):
    site = copy_example(tmp_path / "site")
    target = site / where
    lines = laughs()
    if where == "site.yaml":
        text = target.read_text() + "\n".join(lines) + "\n"
        first_line = len(target.read_text().splitlines()) + 1
    elif where.endswith(".md"):
        text = "---\n" + "\n".join(lines) + "\n---\nBody.\n"
    else:
        text = "\n".join(lines) + "\n"
    target.write_text(text)
    proc, seconds = _build(site)
    assert proc.returncode == 1
    assert f"Error: {where}:{first_line + 1}: {MESSAGE}" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert seconds < 5  # the interpreter's start and the site's loading; expanding took 37 s
    assert not (site / "output").exists()


def test_the_parse_itself_fails_well_under_a_second():
    from generator.errors import SiteError
    from generator.yamlsource import parse_yaml

    start = time.perf_counter()
    with pytest.raises(SiteError) as caught:
        parse_yaml("\n".join(laughs()) + "\n", "content/bomb.yaml")
    assert time.perf_counter() - start < 0.5
    assert str(caught.value) + "\n" == f"content/bomb.yaml:2: {MESSAGE}"
