"""`import FILE.csv --baseline`: the previous election into the area files, all or nothing, and what the pages
then say (changes, "new", "new seat", derived hold or gain, the headline at every stage of the night)."""
from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from click.testing import CliRunner

from generator.build import build
from generator.cli import main
from generator.scaffold import create_site

NOW = """\
area_id,area,region,nation,party_id,party,party_short,candidate,votes,electorate,declared_at
A1,Alpha,North,Testland,red,Red Party,Red,Ann Red,600,2000,2024-07-05 01:00
A1,Alpha,North,Testland,blue,Blue Party,Blue,Bob Blue,400,2000,2024-07-05 01:00
A1,Alpha,North,Testland,gold,Gold Party,Gold,Gil Gold,200,2000,2024-07-05 01:00
A2,Beta,North,Testland,red,Red Party,Red,Rae Red,300,1000,2024-07-05 02:00
A2,Beta,North,Testland,blue,Blue Party,Blue,Ben Blue,500,1000,2024-07-05 02:00
A3,Gamma,South,Testland,red,Red Party,Red,Rob Red,700,1500,2024-07-05 03:00
A3,Gamma,South,Testland,blue,Blue Party,Blue,Bea Blue,100,1500,2024-07-05 03:00
"""
# The previous election: Alpha and Beta were Blue; Gamma is a new seat (no row); Gold did not stand.
BEFORE = """\
area_id,area,region,nation,party_id,party,party_short,candidate,votes,electorate,invalid_votes
A1,Alpha,North,Testland,red,Red Party,Red,Ann Red,450,1900,5
A1,Alpha,North,Testland,blue,Blue Party,Blue,Bob Blue,500,1900,5
A1,Alpha,North,Testland,grey,Grey Party,Grey,Gus Grey,50,1900,5
A2,Beta,North,Testland,red,Red Party,Red,Rae Red,200,1000,
A2,Beta,North,Testland,blue,Blue Party,Blue,Ben Blue,600,1000,
"""


def run_import(site: Path, text: str, *extra: str, name: str = "file.csv"):
    (site.parent / name).write_text(text, encoding="utf-8")
    with contextlib.chdir(site.parent):
        return CliRunner().invoke(main, ["import", name, "--site", site.name, *extra])


def snapshot(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted((site / "content").rglob("*")) if p.is_file()}


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    create_site(tmp_path / "site", "general-election")
    result = run_import(tmp_path / "site", NOW, "--replace", name="now.csv")
    assert result.exit_code == 0, result.output
    return tmp_path / "site"


def page(out: Path, rel: str) -> BeautifulSoup:
    return BeautifulSoup((out / rel).read_text(encoding="utf-8"), "html.parser")


def cells(doc: BeautifulSoup, table_id: str) -> dict[str, dict[str, str]]:
    """A stacked table's body rows by their header cell, each cell by its data-label."""
    return {tr.th.get_text(" ", strip=True): {td["data-label"]: td.get_text(" ", strip=True)
                                             for td in tr.find_all("td") if td.get("data-label")}
            for tr in doc.select(f"#{table_id} tbody tr")}


def test_the_baseline_is_written_into_the_area_files_and_a_second_import_changes_nothing(site: Path):
    result = run_import(site, BEFORE, "--baseline", name="before.csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == ("Imported the baseline of 2 areas (1 parties added): 3 files written, "
                                              "0 unchanged")
    alpha = yaml.safe_load((site / "content/areas/a1.yaml").read_text(encoding="utf-8"))
    assert alpha["baseline"] == {"electorate": 1900, "invalid_votes": 5, "candidates": [
        {"name": "Ann Red", "party": "red", "votes": 450}, {"name": "Bob Blue", "party": "blue", "votes": 500},
        {"name": "Gus Grey", "party": "grey", "votes": 50}]}
    assert "baseline" not in yaml.safe_load((site / "content/areas/a3.yaml").read_text(encoding="utf-8"))
    parties = yaml.safe_load((site / "content/parties.yaml").read_text(encoding="utf-8"))["parties"]
    assert [p["id"] for p in parties] == ["red", "blue", "gold", "grey"]  # Grey stood only last time
    before = snapshot(site)
    again = run_import(site, BEFORE, "--baseline", name="before.csv")
    assert again.exit_code == 0 and again.output.splitlines()[-1].endswith("0 files written, 2 unchanged")
    assert snapshot(site) == before
    # A results import (even --replace) keeps each area's baseline and the parties it names.
    assert run_import(site, NOW, "--replace", name="now.csv").exit_code == 0
    assert snapshot(site) == before


@pytest.mark.parametrize("text, expected", [
    (BEFORE + "Z9,Zeta,North,Testland,red,Red Party,Red,Zed Red,10,100,\n",
     "before.csv:7: there is no area z9 in this site (content/areas/z9.yaml)"),
    (BEFORE.replace("A2,Beta,North,Testland,red,Red Party,Red,Rae Red,200,1000,",
                    "A2,Beta,North,Testland,red,Red Party,Red,Rae Red,2x0,1000,"),
     "before.csv:5: votes must be a whole number of 0 or more (got '2x0')"),
    (BEFORE.replace("1900,5\nA2", "1900,5\nA1,Alpha,North,Testland,red,Red Party,Red,Ann Red,7,1900,5\nA2"),
     "before.csv:5: the candidate 'Ann Red' is listed twice in area a1 (also on line 2)"),
    (BEFORE.replace(",1000,\n", ",100,\n", 1),
     "before.csv:6: electorate 1000 differs from 100 given on line 5 for area a2"),
])
def test_a_bad_baseline_row_is_reported_at_its_line_and_nothing_is_written(site: Path, text: str, expected: str):
    before = snapshot(site)
    result = run_import(site, text, "--baseline", name="before.csv")
    assert result.exit_code == 1
    assert any(line.startswith(f"Error: {expected}") for line in result.output.splitlines()), result.output
    assert "Traceback" not in result.output
    assert snapshot(site) == before


def test_a_baseline_that_would_not_build_is_refused_at_the_csv_row(site: Path):
    too_many = BEFORE.replace("Ben Blue,600,1000,", "Ben Blue,900,1000,")  # 1,100 votes, electorate 1,000
    before = snapshot(site)
    result = run_import(site, too_many, "--baseline", name="before.csv")
    assert result.exit_code == 1
    assert "before.csv:5: content/areas/a2.yaml as imported: the baseline candidates' votes add up to 1,100, more " \
           "than its electorate of 1,000" in result.output
    assert snapshot(site) == before


def test_baseline_and_replace_together_are_refused(site: Path):
    result = run_import(site, BEFORE, "--baseline", "--replace", name="before.csv")
    assert result.exit_code == 1 and "--replace and --baseline cannot be given together" in result.output


def test_pages_compare_with_the_baseline_new_parties_and_new_seats(site: Path, tmp_path: Path):
    assert run_import(site, BEFORE, "--baseline", name="before.csv").exit_code == 0
    out = tmp_path / "out"
    build(site, out)
    alpha = page(out, "areas/alpha/index.html")
    # Red 50.0 % now (600 of 1,200) against 45.0 % (450 of 1,000): +5.0; Blue 33.3 % against 50.0 %: -16.7.
    rows = cells(alpha, "result-table")
    assert rows["Ann Red Elected"]["Change"] == "+5.0" and rows["Bob Blue"]["Change"] == "\u221216.7"
    assert rows["Gil Gold"]["Change"] == "new"  # Gold did not stand last time
    text = alpha.get_text(" ", strip=True)
    assert "Red Party gain from Blue Party" in text  # previous_party derived from the baseline's winner
    assert "a majority of 200 (16.7%); last time 50 → 200." in text
    turnout = {tr.th.get_text(strip=True): tr.td.get_text(" ", strip=True) for tr in alpha.select("#turnout-table tr")}
    # 1,200 of 2,000 (60.0 %) against 1,000 of 1,900 (52.63 %): +7.4 points.
    assert (turnout["Turnout last time"], turnout["Change in turnout"]) == ("52.6%", "+7.4 points")
    gamma = page(out, "areas/gamma/index.html").get_text(" ", strip=True)
    assert "New seat" in gamma and "Change" not in [th.get_text() for th in
                                                    page(out, "areas/gamma/index.html").select("#result-table th")]
    home = page(out, "index.html")
    party = cells(home, "party-table")
    # Over the two compared seats: Red 900 of 2,000 now (45 %) against 650 of 1,800 (36.1 %): +8.9.
    assert party["Red Party"]["Seats ±"] == "+1" and party["Red Party"]["Share ±"] == "+8.9"
    assert party["Blue Party"]["Seats ±"] == "\u22121" and party["Gold Party"]["Share ±"] == "new"
    flows = cells(home, "changes-flows")
    assert flows["Red"] == {"Gained from": "Blue 1", "Lost to": "–"}
    assert flows["Blue"] == {"Gained from": "–", "Lost to": "Red 1"}
    assert "1 new seat has nothing to compare with" in home.select_one("#changes-swing").get_text(" ", strip=True)
    data = (out / "data/party-totals.csv").read_text(encoding="utf-8").splitlines()
    assert data[0].endswith("seats_before,seats_change,share_change_pts")
    assert any(line.startswith("red,Red Party,2,") and line.endswith(",0,1,8.9") for line in data), data


def test_an_explicit_previous_party_wins_and_a_notional_baseline_says_so(site: Path, tmp_path: Path):
    assert run_import(site, BEFORE, "--baseline", name="before.csv").exit_code == 0
    area = site / "content/areas/a2.yaml"
    text = area.read_text(encoding="utf-8").replace("candidates:\n", "previous_party: red\ncandidates:\n", 1)
    area.write_text(text.replace("baseline:\n", "baseline:\n  notional: true\n"), encoding="utf-8")
    out = tmp_path / "out"
    build(site, out)
    beta = page(out, "areas/beta/index.html").get_text(" ", strip=True)
    assert "Blue Party gain from Red Party" in beta  # the editor's previous_party (a by-election), not the baseline's
    assert "won by Blue Party at the previous general election" in beta
    assert "against a notional result on these boundaries" in beta
    # The editor's notional flag survives the next baseline import.
    assert run_import(site, BEFORE, "--baseline", name="before.csv").exit_code == 0
    assert yaml.safe_load(area.read_text(encoding="utf-8"))["baseline"]["notional"] is True


def _headline(site: Path, out: Path) -> str:
    build(site, out)
    return page(out, "index.html").select_one("#story").get_text(" ", strip=True)


def test_the_headline_at_every_stage_of_the_night(site: Path, tmp_path: Path):
    site_yaml = site / "site.yaml"
    text = site_yaml.read_text(encoding="utf-8")
    assert "key_dates:" not in text
    site_yaml.write_text(text.replace("election:\n", "election:\n  key_dates:\n    - date: 2024-07-04\n"
                                      "      label: Polling day, 7am to 10pm\n", 1), encoding="utf-8")
    areas = {p: p.read_text(encoding="utf-8") for p in (site / "content/areas").glob("*.yaml")}
    for p, t in areas.items():
        p.write_text(t.replace("status: declared", "status: awaiting"), encoding="utf-8")
    assert _headline(site, tmp_path / "o1") == "Polls closed at 22:00; no seats declared yet."
    (site / "content/areas/a3.yaml").write_text(areas[site / "content/areas/a3.yaml"], encoding="utf-8")
    # One of three seats in: Red has 1, and a majority of 3 seats needs 2.
    assert _headline(site, tmp_path / "o2") == "Red Party 1 seat, 1 short of a majority, with 1 of 3 declared."
    (site / "content/areas/a1.yaml").write_text(areas[site / "content/areas/a1.yaml"], encoding="utf-8")
    assert _headline(site, tmp_path / "o3") == "Red Party majority of at least 1: 2 seats, with 2 of 3 declared."
    (site / "content/areas/a2.yaml").write_text(areas[site / "content/areas/a2.yaml"], encoding="utf-8")
    assert _headline(site, tmp_path / "o4") == "Red Party majority of 1: 2 of 3 seats."  # 2 - 1


def test_a_hung_parliament_names_the_largest_party_and_how_far_short_it_is():
    from tests.general_helpers import area_yaml, sources

    from generator.errors import Collector
    from generator.kinds.general.model import make_general

    won = [("red", 1), ("red", 2), ("blue", 3), ("green", 4)]  # 4 seats: a majority needs 3
    areas = {f"a{i}": area_yaml(f"a{i}", f"Seat {i}", [("W", pid, 100), ("L", "blue" if pid != "blue" else "red", 50)])
             for pid, i in won}
    e = make_general(sources(areas), {}, Collector(), Collector())
    assert e.headline == "Hung parliament: Red Party largest party, 1 short of a majority"
    assert e.totals.majority is None
