"""The baseline and referendum CSVs in the examples are what their scripts make from the copies of the
official files kept beside them, and the scripts refuse a source whose figures do not add up."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CASES = {
    "ge2017": ("scripts/ge2017_to_csv.py", "examples/ge2019/data/library", "examples/ge2019/data/ge2017-baseline.csv"),
    "euref2016": ("scripts/euref2016_to_csv.py", "examples/eu-ref-2016/data/commission",
                  "examples/eu-ref-2016/data/eu-ref-2016.csv"),
}


def _run(script: str, source: Path, output: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / script), "--source", str(source), "--output", str(output)],
                          capture_output=True, text=True)


@pytest.mark.parametrize("case", CASES)
def test_the_committed_csv_is_the_scripts_output(case: str, tmp_path: Path):
    script, source, committed = CASES[case]
    result = _run(script, REPO / source, tmp_path / "out.csv")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.csv").read_bytes() == (REPO / committed).read_bytes()


def test_a_referendum_area_that_does_not_add_up_is_refused(tmp_path: Path):
    source = tmp_path / "commission"
    shutil.copytree(REPO / "examples/eu-ref-2016/data/commission", source)
    path = source / "eu_referendum_2016_counting_areas.csv"
    text = path.read_text("utf-8")
    assert ",Aberdeen City,154266,104809,104809,67.94,104809,104714,63985,40729," in text
    path.write_text(text.replace(",104714,63985,40729,", ",104714,63985,40728,"), "utf-8")
    result = _run(CASES["euref2016"][0], source, tmp_path / "out.csv")
    assert result.returncode != 0 and "Aberdeen City" in result.stderr
    assert not (tmp_path / "out.csv").exists()


def test_a_2017_seat_whose_votes_do_not_add_up_is_refused(tmp_path: Path):
    source = tmp_path / "library"
    shutil.copytree(REPO / "examples/ge2019/data/library", source)
    path = source / "ge2017_candidates.csv"
    text = path.read_text("utf-8")
    row = "W07000049,Aberavon,Wales,Wales,Liberal Democrat,LD,Cen,Phillips,Male,No,No,599,"
    assert row in text
    path.write_text(text.replace(row, row.replace(",599,", ",600,")), "utf-8")
    result = _run(CASES["ge2017"][0], source, tmp_path / "out.csv")
    assert result.returncode != 0 and "Aberavon" in result.stderr
    assert not (tmp_path / "out.csv").exists()
