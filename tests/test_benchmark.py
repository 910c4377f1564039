"""`make bench` runs end to end on a tiny election (benchmarks are not tests: nothing here is timed)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_benchmark_runs_on_a_tiny_election(tmp_path):
    proc = subprocess.run([sys.executable, str(REPO / "benchmarks" / "run.py"), "30", "--runs", "1", "--no-peers",
                           "--work", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    head = [c.strip() for c in lines[0].split("|")]
    row = dict(zip(head, (c.strip() for c in lines[2].split("|"))))
    assert row["N"] == "30" and int(row["pages"]) > 30
    assert row["no-op files"] == "0"
    assert 0 < int(row["edit files"]) < int(row["pages"]) // 2
    assert 0 < int(row["server files"]) < int(row["pages"]) // 2
    assert row["ours/hugo"] == "–"  # no peers asked for
