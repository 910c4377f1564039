"""The EU referendum example builds byte-identical output whatever the hash seed, and a rebuild after an
edit gives the same bytes as a cold build (every area page shows the national share, so it changes too)."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.referendum_helpers import EXAMPLE
from tests.sitecopy import tree_hash
from tests.test_determinism import build_in_subprocess

from generator.builder import Builder


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path: Path):
    site = tmp_path / "site"
    shutil.copytree(EXAMPLE, site, ignore=shutil.ignore_patterns("output"))
    build_in_subprocess(site, tmp_path / "one", "1", "1466740800")
    build_in_subprocess(site, tmp_path / "two", "2", "1466740800")
    assert tree_hash(tmp_path / "one") == tree_hash(tmp_path / "two")


def test_a_rebuild_after_an_edit_equals_a_cold_build(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1466740800")
    site = tmp_path / "site"
    shutil.copytree(EXAMPLE, site, ignore=shutil.ignore_patterns("output"))
    builder = Builder(site, tmp_path / "out", jobs=1)
    builder.build()
    again = builder.build()
    assert (again.rendered, again.write.written) == (0, 0)
    boston = site / "content/areas/e07000136.yaml"
    boston.write_text(re.sub(r"votes: 22974", "votes: 22000", boston.read_text("utf-8")), "utf-8")
    report = builder.build()
    assert report.write.written > 0
    Builder(site, tmp_path / "cold", jobs=1).build()
    assert tree(tmp_path / "out") == tree(tmp_path / "cold")
    assert b"22,000" in (tmp_path / "out/areas/boston/index.html").read_bytes()
