"""A site with a baseline rebuilds incrementally: an edit to one area's `baseline:` re-renders only the pages
that show it, and the output is byte for byte a cold build's."""
from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.general_helpers import synthetic_site

from generator.builder import Builder
from generator.cli import main

N = 40


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    """`new`, `import` of N synthetic areas, then `import --baseline` of the same CSV with other votes."""
    site = synthetic_site(tmp_path, N)
    with open(tmp_path / "results.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for i, row in enumerate(rows):  # last time: every third candidate had a tenth more votes
        if row.get("votes"):
            row["votes"] = str(int(row["votes"]) + (int(row["votes"]) // 10 if i % 3 == 0 else 0))
        row["status"] = "declared"
    with open(tmp_path / "before.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(r for r in rows if r.get("votes"))
    result = CliRunner().invoke(main, ["import", str(tmp_path / "before.csv"), "--site", str(site), "--baseline"])
    assert result.exit_code == 0, result.output
    return site


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def test_an_edit_to_one_baseline_rerenders_only_what_shows_it(site: Path, tmp_path: Path):
    out = site / "output"
    b = Builder(site, out, jobs=1)
    first = b.build()
    before = mtimes(out)
    area = next(p for p in sorted((site / "content/areas").glob("*.yaml")) if "baseline:" in p.read_text("utf-8"))
    text = area.read_text("utf-8")
    head, base = text.split("baseline:\n", 1)
    base = re.sub(r"votes: (\d+)", lambda m: f"votes: {int(m.group(1)) + 7}", base, count=1)
    area.write_text(head + "baseline:\n" + base, "utf-8")
    report = b.build()
    after = mtimes(out)
    rewritten = {p for p in after if after[p] != before.get(p)}
    slug = re.search(r"^name: (.*)$", text, re.M).group(1).lower().replace(" ", "-")
    assert f"areas/{slug}/index.html" in rewritten
    allowed = re.compile(r"(index\.html|regions/.*index\.html|parties/.*index\.html|"
                         rf"areas/{re.escape(slug)}/(index\.html|live\.json)|(regions/[^/]+/)?live\.json|data/.*|"
                         r"embed/(seats|votes|region-.*)/index\.html|(regions/[^/]+/)?share\.png)$")
    assert all(allowed.match(p) for p in rewritten), sorted(rewritten)
    assert report.rendered < first.pages // 2
    cold = tmp_path / "cold"
    Builder(site, cold, jobs=1).build()
    assert tree(out) == tree(cold)
