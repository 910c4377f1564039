"""The same input gives byte-identical output, whatever the hash seed, the file system order or the clock."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.sitecopy import REPO, copy_example, run_cli
from tests.sitecopy import tree_hash


def build_in_subprocess(site: Path, output: Path, hash_seed: str, epoch: str | None = "1474718400") -> None:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env["PYTHONHASHSEED"] = hash_seed
    if epoch:
        env["SOURCE_DATE_EPOCH"] = epoch
    subprocess.run([sys.executable, "-m", "generator", "build", "--site", str(site), "--output", str(output)],
                   cwd=REPO, env=env, check=True, capture_output=True)


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    first = copy_example(tmp_path / "a")
    # The second copy is written in reverse order, so that directory listings differ.
    second = tmp_path / "b"
    second.mkdir()
    for src in sorted((first).rglob("*"), reverse=True):
        dest = second / src.relative_to(first)
        if src.is_file():
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(src.read_bytes())
    build_in_subprocess(first, tmp_path / "out1", "1")
    build_in_subprocess(second, tmp_path / "out2", "2")
    assert tree_hash(tmp_path / "out1") == tree_hash(tmp_path / "out2")
    files = sorted(p.relative_to(tmp_path / "out1") for p in (tmp_path / "out1").rglob("*"))
    assert files == sorted(p.relative_to(tmp_path / "out2") for p in (tmp_path / "out2").rglob("*"))


def test_the_stamp_is_the_results_date_not_the_build_time(site: Path) -> None:
    assert run_cli("build", "--site", str(site)).exit_code == 0  # conftest sets 1474718400
    home = (site / "output/index.html").read_text(encoding="utf-8")
    assert '<p class="stamp">Last updated <time datetime="2016-09-24">24 September 2016</time></p>' in home


def test_a_rebuild_without_changes_rewrites_nothing(site: Path) -> None:
    assert run_cli("build", "--site", str(site)).exit_code == 0
    mtimes = {p: p.stat().st_mtime_ns for p in (site / "output").rglob("*") if p.is_file()}
    result = run_cli("build", "--site", str(site))
    assert "files, 0 written, " in result.output and ", 0 removed)" in result.output
    assert {p: p.stat().st_mtime_ns for p in (site / "output").rglob("*") if p.is_file()} == mtimes
