"""The spreadsheet importer: every bad row with its exact message, nothing written on error, idempotency."""
from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from tests.general_helpers import read_page

from generator.build import build
from generator.cli import main
from generator.colours import UK_PARTY_COLOURS
from generator.scaffold import create_site

HEADER = "area_id,area,region,nation,party,candidate,votes"
GOOD = """\
area_id,area,region,nation,party_id,party,party_short,candidate,votes,electorate,previous_party,declared_at
W07000041,Ynys Môn,Wales,Wales,con,Conservative,Con,Virginia Crosbie,12959,51925,lab,2019-12-13 02:45
W07000041,Ynys Môn,Wales,Wales,lab,Labour,Lab,Mary Roberts,10991,51925,lab,2019-12-13 02:45
W07000041,Ynys Môn,Wales,Wales,pc,Plaid Cymru,PC,Aled ap Dafydd,10418,51925,lab,2019-12-13 02:45
E14000001,Aldershot,South East,England,con,Conservative,Con,Leo Docherty,27980,72617,con,2019-12-13 02:50
E14000001,Aldershot,South East,England,lab,Labour and Co-operative,Lab,Howard Kaye,11282,72617,con,2019-12-13 02:50
E14000001,Aldershot,South East,England,ld,Liberal Democrat,LD,Alan Hilliar,6920,72617,con,2019-12-13 02:50
"""


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    create_site(tmp_path / "site", "general-election")
    return tmp_path / "site"


def run_import(site: Path, csv_text: str, *extra: str, name: str = "results.csv"):
    """Run `import NAME --site SITE` from the folder holding both, as an editor would."""
    (site.parent / name).write_text(csv_text, encoding="utf-8")
    with contextlib.chdir(site.parent):
        return CliRunner().invoke(main, ["import", name, "--site", site.name, *extra])


def snapshot(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted((site / "content").rglob("*")) if p.is_file()}


def test_import_writes_areas_and_parties_and_the_site_builds(site: Path, tmp_path: Path):
    result = run_import(site, GOOD, "--replace")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "Imported 2 areas and 4 parties: 3 files written, 0 unchanged, 3 removed"
    assert sorted(p.name for p in (site / "content/areas").iterdir()) == ["e14000001.yaml", "w07000041.yaml"]
    area = yaml.safe_load((site / "content/areas/e14000001.yaml").read_text(encoding="utf-8"))
    assert area["candidates"][1] == {"name": "Howard Kaye", "party": "lab", "label": "Labour and Co-operative",
                                     "votes": 11282}
    parties = yaml.safe_load((site / "content/parties.yaml").read_text(encoding="utf-8"))["parties"]
    assert [(p["id"], p["name"]) for p in parties] == [("con", "Conservative"), ("lab", "Labour"), ("pc", "Plaid Cymru"),
                                                      ("ld", "Liberal Democrat")]
    build(site, tmp_path / "out")
    page = read_page(tmp_path / "out/areas/ynys-mon/index.html")
    assert page.h1 == ["Ynys Môn"]
    assert "Conservative gain from Labour" in "".join(page.text)  # in full on the page
    labour = read_page(tmp_path / "out/parties/labour/index.html")
    assert [r[0] for r in labour.tables["contested-table"][1:]] == ["Aldershot", "Ynys Môn"]


def test_importing_the_same_file_twice_changes_nothing(site: Path):
    assert run_import(site, GOOD, "--replace").exit_code == 0
    before = snapshot(site)
    second = run_import(site, GOOD, "--replace")
    assert second.exit_code == 0
    assert second.output.splitlines()[-1] == "Imported 2 areas and 4 parties: 0 files written, 3 unchanged, 0 removed"
    assert snapshot(site) == before


def test_import_without_replace_keeps_other_areas_and_optional_fields(site: Path):
    assert run_import(site, GOOD).exit_code == 0
    assert (site / "content/areas/north-town.yaml").is_file()
    # A later file with results only keeps the electorate already imported.
    short = "\n".join(line.rsplit(",", 3)[0] for line in GOOD.splitlines()) + "\n"
    assert run_import(site, short.replace("12959", "13000")).exit_code == 0
    area = yaml.safe_load((site / "content/areas/w07000041.yaml").read_text(encoding="utf-8"))
    assert area["electorate"] == 51925 and area["candidates"][0]["votes"] == 13000


BAD_CASES = [
    (HEADER + "\na1,Alpha,North,Testland,Red,Ann,\n",
     ["results.csv:2: votes is missing"]),
    (HEADER + "\na1,Alpha,North,Testland,Red,Ann,12a\n",
     ["results.csv:2: votes must be a whole number of 0 or more (got '12a')"]),
    (HEADER + "\na1,Alpha,North,Testland,Red,Ann,-3\n",
     ["results.csv:2: votes must be a whole number of 0 or more (got '-3')"]),
    (HEADER + "\na1,Alpha,North,Testland,Red,Ann,5\na1,Alpha,South,Testland,Blue,Bob,4\n",
     ["results.csv:3: region 'South' differs from 'North' given on line 2 for area a1"]),
    (HEADER + "\na1,Alpha,North,Testland,Red,Ann,5\na1,Alpha,North,Testland,Red,Ann,4\n",
     ["results.csv:3: the candidate 'Ann' is listed twice in area a1 (also on line 2)"]),
    (HEADER + "\na1,Alpha,North,Testland,,Ann,5\n",
     ["results.csv:2: party is missing"]),
    (HEADER + "\na1,Alpha,North,Testland,Red,Ann,5,6\n",
     ["results.csv:2: this row has 8 cells but the header names 7 columns"]),
    (HEADER + ",colour\na1,Alpha,North,Testland,Red,Ann,5,red\n",
     ["results.csv:2: colour must be # and six hex digits (got 'red')"]),
    (HEADER + ",status\na1,Alpha,North,Testland,Red,Ann,5,counted\n",
     ["results.csv:2: status must be one of awaiting, declared, recount (got 'counted')"]),
    (HEADER + ",declared_at\na1,Alpha,North,Testland,Red,Ann,5,13/12/2019 02:30\n",
     ["results.csv:2: declared_at must be written YYYY-MM-DD HH:MM (got '13/12/2019 02:30')"]),
    (HEADER + ",previous_party\na1,Alpha,North,Testland,Red,Ann,5,blu\n",
     ["results.csv:2: previous_party 'blu' is not a party id in this file or in content/parties.yaml"]),
    (HEADER + "\na1,Alpha,North,Testland,Red,Ann,5\na2,ALPHA,North,Testland,Red,Bob,4\n",
     ["results.csv:3: the area 'ALPHA' (a2) would have the same address as area a1 on line 2"]),
    ("area_id,area,region,party,candidate,votes\na1,Alpha,North,Red,Ann,5\n",
     ["results.csv:1: the header has no column nation"]),
    # A quoted cell over two lines: the next row is reported at its physical line, 4.
    (HEADER + '\na1,Alpha,North,Testland,Red,"Ann\nSmith",5\na1,Alpha,North,Testland,Red,Bob,x\n',
     ["results.csv:4: votes must be a whole number of 0 or more (got 'x')"]),
]


@pytest.mark.parametrize("csv_text, expected", BAD_CASES)
def test_every_bad_row_is_reported_and_nothing_is_written(site: Path, csv_text: str, expected: list[str]):
    before = snapshot(site)
    result = run_import(site, csv_text)
    assert result.exit_code == 1
    errors = [line.split(": ", 1)[1] for line in result.output.splitlines() if line.startswith("Error")]
    assert errors == expected
    assert "Traceback" not in result.output
    assert snapshot(site) == before


def test_all_bad_rows_are_reported_in_one_pass(site: Path):
    text = HEADER + "\na1,Alpha,North,Testland,Red,Ann,\na1,Alpha,North,Testland,Red,Bob,x\na2,Beta,North,Testland,Red,Cy,1\n"
    result = run_import(site, text)
    assert result.exit_code == 1
    assert [line for line in result.output.splitlines() if line.startswith("Error")] == [
        "Error 1/2: results.csv:2: votes is missing", "Error 2/2: results.csv:3: votes must be a whole number of 0 or "
        "more (got 'x')"]


def test_extra_columns_are_ignored_with_a_warning_and_awaiting_rows_need_no_votes(site: Path, tmp_path: Path):
    text = HEADER + ",status,notes\na1,Alpha,North,Testland,Red,Ann,,awaiting,x\na1,Alpha,North,Testland,Blue,Bob,,awaiting,y\n"
    result = run_import(site, text, "--replace")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "Warning: results.csv:1: the column 'notes' is not one the importer reads; it was ignored"
    build(site, tmp_path / "out")
    home = read_page(tmp_path / "out/index.html")
    assert "0 of 1" in "".join(home.text)


def test_colours_come_from_the_csv_then_site_yaml_then_the_table_then_the_palette(site: Path, tmp_path: Path):
    text = (HEADER + ",party_id,colour\n"
            "a1,Alpha,North,Testland,Red,Ann,5,red,#123456\n"
            "a1,Alpha,North,Testland,Labour,Bob,4,lab,\n"
            "a1,Alpha,North,Testland,Scottish National Party,Cy,3,snp,\n"
            "a1,Alpha,North,Testland,Odd,Di,2,odd,\n")
    site_yaml = site / "site.yaml"
    site_yaml.write_text(site_yaml.read_text(encoding="utf-8") + "party_colours:\n  red: \"#abcdef\"\n  snp: \"#654321\"\n",
                         encoding="utf-8")
    assert run_import(site, text, "--replace").exit_code == 0
    build(site, tmp_path / "out")
    html = (tmp_path / "out/parties/index.html").read_text(encoding="utf-8")
    page = read_page(tmp_path / "out/parties/index.html")
    assert len(page.tables["party-table"]) == 6
    colour_of = {}
    for pid in ("red", "lab", "snp", "odd"):
        row = html.split(f'data-party="{pid}"', 1)[1]
        colour_of[pid] = row.split("background: ", 1)[1][:7]
    assert colour_of["red"] == "#123456"
    assert colour_of["snp"] == "#654321"
    assert colour_of["lab"] == UK_PARTY_COLOURS["lab"]
    assert colour_of["odd"] not in (colour_of["red"], colour_of["snp"], colour_of["lab"])


def test_import_refuses_a_leadership_site(tmp_path: Path):
    create_site(tmp_path / "lead", "leadership")
    result = run_import(tmp_path / "lead", GOOD)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == ("Error: site.yaml:7: the importer fills a general election site, "
                                             "but kind is 'leadership'")


def test_a_file_that_is_not_utf8_is_reported_with_its_line(site: Path):
    (site.parent / "latin1.csv").write_bytes((HEADER + "\na1,Ynys Môn,Wales,Wales,Lab,Ann,5\n").encode("cp1252"))
    with contextlib.chdir(site.parent):
        result = CliRunner().invoke(main, ["import", "latin1.csv", "--site", "site"])
    assert result.exit_code == 1
    assert result.output.splitlines()[:2] == ["Error: latin1.csv:2: this file is not UTF-8 text",
                                              "  hint: save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)"]


def test_votes_may_carry_thousands_separators_and_ids_are_lower_cased(site: Path):
    text = HEADER + ',party_id\nW07000041,Ynys Môn,Wales,Wales,Labour,Ann,"12,959",LAB\n'
    assert run_import(site, text, "--replace").exit_code == 0
    area = yaml.safe_load((site / "content/areas/w07000041.yaml").read_text(encoding="utf-8"))
    assert area["candidates"] == [{"name": "Ann", "party": "lab", "votes": 12959}]
