"""The referendum importer: one row per counting area and answer; every bad row at FILE.csv:LINE, nothing
written on error, the same file imported twice changes nothing; the example's CSV builds the example."""
from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from tests.general_helpers import read_page
from tests.referendum_helpers import EXAMPLE

from generator.build import build
from generator.cli import main
from generator.scaffold import create_site

GOOD = """\
answer,votes,area_id,area,region,nation,electorate,rejected_ballots
yes,600,A1,Alpha,North,Testland,1000,4
no,300,A1,Alpha,North,Testland,1000,4
yes,200,B2,Beta,South,Testland,800,
no,350,B2,Beta,South,Testland,800,
"""


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    create_site(tmp_path / "site", "referendum")
    return tmp_path / "site"


def run_import(site: Path, csv_text: str, *extra: str, name: str = "results.csv"):
    (site.parent / name).write_text(csv_text, encoding="utf-8")
    with contextlib.chdir(site.parent):
        return CliRunner().invoke(main, ["import", name, "--site", site.name, *extra])


def snapshot(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted((site / "content").rglob("*")) if p.is_file()}


def test_import_writes_the_areas_and_the_site_builds(site: Path, tmp_path: Path):
    result = run_import(site, GOOD, "--replace")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == ("Imported 2 counting areas with 2 answers: 2 files written, "
                                              "0 unchanged, 3 removed")
    assert sorted(p.name for p in (site / "content/areas").iterdir()) == ["a1.yaml", "b2.yaml"]
    a1 = yaml.safe_load((site / "content/areas/a1.yaml").read_text(encoding="utf-8"))
    assert a1 == {"id": "a1", "name": "Alpha", "region": "North", "nation": "Testland", "electorate": 1000,
                  "status": "declared", "rejected_ballots": 4,
                  "results": [{"answer": "yes", "votes": 600}, {"answer": "no", "votes": 300}]}
    build(site, tmp_path / "out")
    page = read_page(tmp_path / "out/index.html")
    text = " ".join("".join(page.text).split())
    assert "Yes wins with 800 votes (55.2%), a margin of 150 votes" in text
    again = snapshot(site)
    result = run_import(site, GOOD, "--replace")
    assert result.output.splitlines()[-1].endswith("0 files written, 2 unchanged, 0 removed")
    assert snapshot(site) == again


BAD = [
    ("yes,six hundred,A1,Alpha,North,Testland,1000,4", "results.csv:2: votes must be a whole number of 0 or more "
     "(got 'six hundred')"),
    ("maybe,600,A1,Alpha,North,Testland,1000,4", "results.csv:2: the answer 'maybe' is not one of the answers in "
     "content/referendum.yaml"),
    ("yes,600,,Alpha,North,Testland,1000,4", "results.csv:2: area_id is missing"),
    ("yes,600,A1,Alpha,North,Testland,1000,4,extra", "results.csv:2: this row has 9 cells but the header names 8 columns"),
    ("yes,,A1,Alpha,North,Testland,1000,4", "results.csv:2: votes is missing"),
]


@pytest.mark.parametrize("row, message", BAD)
def test_a_bad_row_is_reported_at_its_line_and_nothing_is_written(site: Path, row: str, message: str):
    before = snapshot(site)
    text = GOOD.splitlines()[0] + "\n" + row + "\n" + "\n".join(GOOD.splitlines()[2:]) + "\n"
    result = run_import(site, text, "--replace")
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert snapshot(site) == before


def test_every_bad_row_is_reported_at_once(site: Path):
    text = GOOD.replace("yes,600,A1", "yes,x,A1").replace("no,350,B2,Beta,South", "no,350,B2,Beta,West") \
        + "no,1,A1,Alpha,North,Testland,1000,4\n"
    before = snapshot(site)
    result = run_import(site, text)
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if "results.csv:" in line]
    assert any("results.csv:2: votes must be a whole number" in line for line in lines)
    assert any("results.csv:5: region 'West' differs from 'South' given on line 4 for area b2" in line for line in lines)
    assert any("results.csv:6: the answer 'no' is given twice for area a1 (also on line 3)" in line for line in lines)
    assert snapshot(site) == before


def test_the_header_must_name_the_required_columns(site: Path):
    result = run_import(site, "area_id,area,region,votes\nA1,Alpha,North,3\n")
    assert result.exit_code == 1
    assert "results.csv:1: the header has no column answer" in result.output


def test_a_site_of_another_kind_is_refused(tmp_path: Path):
    create_site(tmp_path / "site", "leadership")
    result = run_import(tmp_path / "site", GOOD)
    assert result.exit_code == 1 and "site.yaml" in result.output


def test_votes_over_the_electorate_refuse_the_import_at_the_rows_line(site: Path):
    before = snapshot(site)
    result = run_import(site, GOOD.replace("yes,600,A1,Alpha,North,Testland,1000", "yes,900,A1,Alpha,North,Testland,1000")
                        .replace("no,300,A1,Alpha,North,Testland,1000", "no,300,A1,Alpha,North,Testland,1000"), "--replace")
    assert result.exit_code == 1
    assert "results.csv:2: content/areas/a1.yaml as imported: the votes add up to 1,200, more than the electorate" \
        in result.output
    assert snapshot(site) == before


def test_the_example_csv_makes_the_committed_example(tmp_path: Path):
    """The committed content/areas/ is what importing data/eu-ref-2016.csv writes (idempotent)."""
    copy = tmp_path / "euref"
    shutil.copytree(EXAMPLE, copy, ignore=shutil.ignore_patterns("output"))
    before = snapshot(copy)
    result = CliRunner().invoke(main, ["import", str(copy / "data/eu-ref-2016.csv"), "--site", str(copy), "--replace"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == ("Imported 382 counting areas with 2 answers: 0 files written, "
                                              "382 unchanged, 0 removed")
    assert snapshot(copy) == before


def test_awaiting_rows_make_a_partial_night(site: Path, tmp_path: Path):
    text = GOOD.replace("yes,200,B2,Beta,South,Testland,800,", "yes,,B2,Beta,South,Testland,800,") \
        .replace("no,350,B2,Beta,South,Testland,800,", "no,,B2,Beta,South,Testland,800,")
    text = text.replace("electorate,rejected_ballots\n", "electorate,rejected_ballots,status\n", 1)
    text = "\n".join(line + (",awaiting" if ",B2," in line else ",declared" if ",A1," in line else "")
                     for line in text.splitlines()) + "\n"
    result = run_import(site, text, "--replace")
    assert result.exit_code == 0, result.output
    b2 = yaml.safe_load((site / "content/areas/b2.yaml").read_text(encoding="utf-8"))
    assert b2["status"] == "awaiting" and "results" not in b2
    build(site, tmp_path / "out")
    text = " ".join("".join(read_page(tmp_path / "out/index.html").text).split())
    assert "1 of 2 counting areas declared; 1 awaiting declaration." in text and "Yes leads" in text
