"""A build replaces only a folder it made (holding .election-site-output), or an empty or missing one."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import EPOCH, REPO, copy_example

HINT = ("  hint: pass an empty or generated folder with --output, such as output/ (or delete this folder first if "
        "it holds nothing you need); nothing in it was touched\n")


def _build(site: Path, output: Path | None = None) -> subprocess.CompletedProcess:
    args = [sys.executable, "-m", "generator", "build", "--site", str(site)]
    if output is not None:
        args += ["--output", str(output)]
    return subprocess.run(args, cwd=REPO, env=dict(os.environ, SOURCE_DATE_EPOCH=EPOCH), capture_output=True,
                          text=True)


def _refused(site: Path, folder: Path) -> None:
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    proc = _build(site, folder)
    assert proc.returncode == 1
    assert proc.stderr == (f"Error: {folder}: will not write the site into {folder}: this folder was not made by "
                           "a build (it has no .election-site-output file), and a build replaces everything in it\n"
                           + HINT)
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
    assert not list(folder.parent.glob(f".{folder.name}.new-*"))


def test_a_folder_with_a_file_is_refused(tmp_path):
    site = copy_example(tmp_path / "site")
    home = tmp_path / "home"
    home.mkdir()
    (home / "notes.txt").write_text("mine")
    _refused(site, home)


def test_a_git_like_folder_of_the_site_is_refused(tmp_path):
    site = copy_example(tmp_path / "site")
    git = site / ".git"
    (git / "objects").mkdir(parents=True)
    (git / "HEAD").write_text("ref: refs/heads/main\n")
    _refused(site, git)


def test_a_data_folder_is_refused(tmp_path):
    site = copy_example(tmp_path / "site")
    data = tmp_path / "examples" / "ge2019" / "data"
    data.mkdir(parents=True)
    (data / "results.csv").write_text("constituency,party,votes\nA,B,1\n")
    _refused(site, data)


def test_an_empty_folder_and_an_earlier_output_are_replaced(tmp_path):
    site = copy_example(tmp_path / "site")
    out = tmp_path / "empty"
    out.mkdir()
    assert _build(site, out).returncode == 0
    assert (out / ".election-site-output").read_text().startswith("This folder was made by")
    (out / "stray.html").write_text("left over")
    proc = _build(site, out)
    assert proc.returncode == 0, proc.stderr
    assert not (out / "stray.html").exists() and (out / "index.html").is_file()
    assert (out / ".election-site-output").is_file()
    again = _build(site, out)
    assert again.returncode == 0 and "0 written" in again.stdout


def test_an_output_made_before_the_marker_is_accepted_once_and_marked(tmp_path):
    site = copy_example(tmp_path / "site")
    assert _build(site).returncode == 0
    (site / "output" / ".election-site-output").unlink()
    proc = _build(site)
    assert proc.returncode == 0, proc.stderr
    assert (site / "output" / ".election-site-output").is_file()
