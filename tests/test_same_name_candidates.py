"""A candidate is a name and a party: two people of one name standing for two parties in one seat are
two candidates (it happens in UK general elections); only a repeated row (same name and party) is an error."""
from __future__ import annotations

import contextlib
import csv
import io
from pathlib import Path

from click.testing import CliRunner
from tests.general_helpers import PARTIES, area_yaml, number, read_page, sources
from tests.test_area_fast import INDEX, generic

from generator.cli import main
from generator.errors import Collector, SiteError
from generator.model import make_site
from generator.kinds.general.area import quick_values, read_area
from generator.yamlsource import parse_yaml

REPO = Path(__file__).resolve().parents[1]
GE2019 = REPO / "examples/ge2019/data/ge2019.csv"
SEAT = "w07000049"  # Aberavon, the first seat of the file


def cli(cwd: Path, *args: str):
    with contextlib.chdir(cwd):
        return CliRunner().invoke(main, list(args))


def derived_rows() -> tuple[list[str], list[dict[str, str]], dict[str, str], dict[str, str]]:
    """The real GE2019 rows, with the runner-up in SEAT renamed to the winner's name.

    A derived case, not a real row: the real file has no seat where two candidates share a name, so
    this gives the Conservative candidate in Aberavon the name of the Labour one.
    """
    with open(GE2019, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header, rows = list(reader.fieldnames or ()), list(reader)
    seat = [r for r in rows if r["area_id"] == SEAT]
    labour = next(r for r in seat if r["party_id"] == "lab")
    tory = next(r for r in seat if r["party_id"] == "con")
    assert labour["candidate"] != tory["candidate"]
    original = dict(tory)
    tory["candidate"] = labour["candidate"]
    return header, rows, labour, original


def csv_text(header: list[str], rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def test_two_candidates_of_one_name_in_a_real_seat_are_both_shown_with_their_party(tmp_path: Path):
    header, rows, labour, tory = derived_rows()
    (tmp_path / "ge2019.csv").write_text(csv_text(header, rows), encoding="utf-8")
    assert cli(tmp_path, "new", "site", "--kind", "general-election").exit_code == 0
    result = cli(tmp_path, "import", "ge2019.csv", "--site", "site", "--replace")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].startswith("Imported 650 areas and ")
    built = cli(tmp_path, "build", "--site", "site", "--output", "out")
    assert built.exit_code == 0, built.output

    page = read_page(tmp_path / "out/areas/aberavon/index.html")
    table = page.tables["result-table"]
    name = labour["candidate"]
    same = [r for r in table[1:-1] if r[0].replace("Elected", "").strip() == name]
    assert [(r[1], number(r[2])) for r in same] == [("Labour", int(labour["votes"])),
                                                    ("Conservative", int(tory["votes"]))]
    seat_votes = sum(int(r["votes"]) for r in rows if r["area_id"] == SEAT)
    assert number(table[-1][1]) == seat_votes
    assert f"{name} (Labour) elected with {int(labour['votes']):,} votes" in " ".join("".join(page.text).split())

    # The totals are those of the real file: the House of Commons Library's published figures.
    home = read_page(tmp_path / "out/index.html")
    parties = {r[0]: r for r in home.tables["party-table"][1:-1]}
    assert (number(parties["Conservative"][1]), number(parties["Conservative"][4])) == (365, 13_966_454)
    assert (number(parties["Labour"][1]), number(parties["Labour"][4])) == (202, 10_269_051)
    assert sum(number(r[1]) for r in parties.values()) == 650

    # The data download tells the two apart by party too.
    download = (tmp_path / "out/data/results-by-area.csv").read_text(encoding="utf-8")
    found = [r for r in csv.DictReader(io.StringIO(download)) if r["area_id"] == SEAT and r["candidate"] == name]
    assert [(r["party_id"], r["votes"]) for r in found] == [("lab", labour["votes"]), ("con", tory["votes"])]


def test_a_repeated_row_of_a_real_seat_is_still_refused(tmp_path: Path):
    header, rows, labour, _ = derived_rows()
    at = rows.index(labour)
    rows.insert(at + 1, dict(labour))  # the same area, name and party again
    (tmp_path / "ge2019.csv").write_text(csv_text(header, rows), encoding="utf-8")
    assert cli(tmp_path, "new", "site", "--kind", "general-election").exit_code == 0
    before = sorted(p.name for p in (tmp_path / "site/content/areas").iterdir())
    result = cli(tmp_path, "import", "ge2019.csv", "--site", "site", "--replace")
    assert result.exit_code == 1
    assert result.output.splitlines()[:2] == [
        f"Error: ge2019.csv:{at + 3}: the candidate '{labour['candidate']}' is listed twice in area {SEAT} "
        f"(also on line {at + 2})",
        "  hint: remove the repeated row"]
    assert sorted(p.name for p in (tmp_path / "site/content/areas").iterdir()) == before


def both_ways(text: str):
    """read_area by the fast path (quick_values) and by the schema alone (generic), which must agree."""
    data = parse_yaml(text, "content/areas/a1.yaml")
    out = Collector()
    name_line, area = read_area(data, "content/areas/a1.yaml", INDEX, out)
    assert generic(data) == (name_line, area, out.problems)
    return quick_values(data) is not None, area, [str(p) for p in out.problems]


def test_an_area_file_may_list_two_candidates_of_one_name_for_two_parties():
    fast, area, problems = both_ways(area_yaml("a1", "Alpha", [("Ann Jones", "red", 500), ("Ann Jones", "blue", 300)]))
    assert fast and problems == []
    assert [(s.candidate.name, s.candidate.party, s.votes) for s in area.standings] == [
        ("Ann Jones", "red", 500), ("Ann Jones", "blue", 300)]


def test_an_area_file_repeating_a_candidate_of_one_party_is_refused_either_way():
    text = area_yaml("a1", "Alpha", [("Ann Jones", "red", 500), ("Bob", "blue", 300), ("Ann Jones", "red", 500)])
    expected = ["content/areas/a1.yaml:14: Ann Jones is listed twice (also on line 8)\n"
                "  hint: remove one of the two lines"]
    fast, area, problems = both_ways(text)
    assert fast and area is None and problems == expected


def test_a_site_with_two_candidates_of_one_name_builds_its_model():
    e = make_site(sources({"a1": area_yaml("a1", "Alpha", [("Ann Jones", "red", 5), ("Ann Jones", "blue", 3)]),
                           "a2": area_yaml("a2", "Beta", [("Ann Jones", "blue", 4), ("Cy", "red", 2)])},
                          PARTIES)).election
    assert (e.totals.row("red").votes, e.totals.row("blue").votes) == (7, 7)
    assert (e.totals.row("red").seats, e.totals.row("blue").seats) == (1, 1)
    try:
        make_site(sources({"a1": area_yaml("a1", "Alpha", [("Ann Jones", "red", 5), ("Ann Jones", "red", 3)])}))
    except SiteError as exc:
        assert [str(p) for p in exc.problems] == ["content/areas/a1.yaml:11: Ann Jones is listed twice "
                                                  "(also on line 8)\n  hint: remove one of the two lines"]
    else:
        raise AssertionError("a repeated candidate was accepted")
