"""Text from the data that a spreadsheet would run as a formula is published in the CSV downloads as text."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import EPOCH, REPO, copy_example

FORMULAS = ['=HYPERLINK("http://x")', "@SUM(1)", "-1+2", "+x"]


def _build(site: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "generator", "build", "--site", str(site)], cwd=REPO,
                          env=dict(os.environ, SOURCE_DATE_EPOCH=EPOCH), capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def _csv_cells(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def _no_formula(rows: list[list[str]]) -> None:
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
            if cell.startswith("-"):
                float(cell)  # a negative number we wrote, never text


def test_leadership_names_are_neutralised_in_csv_and_exact_in_json(tmp_path):
    site = copy_example(tmp_path / "site")
    candidates = site / "content" / "candidates.yaml"
    text = candidates.read_text()
    text = text.replace("name: Owen Smith", "name: '=HYPERLINK(\"http://x\")'")
    text = text.replace("name: Jeremy Corbyn", "name: '@SUM(1)'")
    candidates.write_text(text)
    _build(site)
    published = sorted((site / "output" / "data").glob("*.csv"))
    assert published
    cells = [c for p in published for row in _csv_cells(p) for c in row]
    assert "'=HYPERLINK(\"http://x\")" in cells and "'@SUM(1)" in cells
    for path in published:
        _no_formula(_csv_cells(path))
    texts = " ".join(p.read_text() for p in (site / "output" / "data").glob("*.json"))
    assert json.dumps('=HYPERLINK("http://x")') in texts and '"@SUM(1)"' in texts
    assert "\"'" not in texts


def test_general_election_names_are_neutralised(tmp_path):
    site = tmp_path / "ge"
    shutil.copytree(REPO / "examples" / "ge2019", site, ignore=shutil.ignore_patterns("output", ".cache", "data"))
    area = site / "content" / "areas" / "e14000530.yaml"
    text = area.read_text().replace("name: Aldershot", "name: '-1+2'", 1)
    text = text.replace("name: Leo Docherty", "name: '+x'", 1)
    area.write_text(text)
    _build(site)
    rows = _csv_cells(site / "output" / "data" / "results-by-area.csv")
    header = rows[0]
    mine = [dict(zip(header, r)) for r in rows[1:] if r[0] == "e14000530"]
    assert {r["area"] for r in mine} == {"'-1+2"}
    assert "'+x" in {r["candidate"] for r in mine}
    _no_formula(rows)
    data = json.loads((site / "output" / "data" / "results-by-area.json").read_text())
    names = {(r["area"], r["candidate"]) for r in data["rows"] if r["area_id"] == "e14000530"}
    assert ("-1+2", "+x") in names
