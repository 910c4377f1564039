"""`make bench` runs end to end on a tiny election (benchmarks are not tests: nothing here is timed)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _table(lines: list[str], title: str) -> list[dict[str, str]]:
    """The rows of the table printed under a title line, as dicts by column name."""
    at = next(i for i, line in enumerate(lines) if line.startswith(title))
    head = [c.strip() for c in lines[at + 1].split("|")]
    rows = []
    for line in lines[at + 3:]:
        if not line.strip():
            break
        rows.append(dict(zip(head, (c.strip() for c in line.split("|")))))
    return rows


def test_benchmark_runs_on_a_tiny_election(tmp_path):
    proc = subprocess.run([sys.executable, str(REPO / "benchmarks" / "run.py"), "30", "--runs", "2", "--no-peers",
                           "--work", str(tmp_path / "work"), "--disk", str(tmp_path / "disk")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    cold = _table(lines, "Cold builds")
    assert [(r["N"], r["output on"], r["tool"], r["runs"]) for r in cold] == [("30", "work", "ours", "2"),
                                                                             ("30", "disk", "ours", "2")]
    for r in cold:  # median (min–max) of wall and CPU time, what the build wrote
        assert "–" in r["wall s"] and "–" in r["CPU s"]
        assert int(r["files"].replace(",", "")) > 60 and float(r["MB"]) > 0
        assert r["ours/tool wall"] == "–"  # no peers asked for
    (row,) = _table(lines, "Rebuilds")
    assert row["N"] == "30" and int(row["pages"]) > 30
    assert row["no-op files"] == "0"
    assert 0 < int(row["edit files"]) < int(row["pages"]) // 2
    assert 0 < int(row["server files"]) < int(row["pages"]) // 2
