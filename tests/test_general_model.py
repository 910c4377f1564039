"""Unit tests of the general election model: winners, majorities, hold/gain, awaiting seats, ties, errors."""
from __future__ import annotations

import pytest
from tests.general_helpers import PARTIES, area_yaml, sources

from generator.colours import NEUTRAL, UK_PARTY_COLOURS
from generator.errors import SiteError
from generator.model import make_site


def election(areas, **kw):
    return make_site(sources(areas, **kw)).election


def problems(areas, **kw) -> list[str]:
    with pytest.raises(SiteError) as info:
        make_site(sources(areas, **kw))
    return [str(p) for p in info.value.problems]


def test_winner_majority_shares_turnout_and_gain():
    e = election({"a1": area_yaml("a1", "Alpha", [("Ann", "red", 500), ("Bob", "blue", 300), ("Cy", "green", 200)],
                                  previous="blue", electorate=2000)})
    a = e.areas[0]
    assert a.winner.candidate.name == "Ann"
    assert a.majority == 200 and a.majority_share == 20.0
    assert [s.share for s in a.standings] == [50.0, 30.0, 20.0]
    assert a.valid_votes == 1000 and a.turnout == 50.0
    assert a.gain is True and a.result == "Red Party gain from Blue Party" and a.result_short == "Red gain from Blue"


def test_hold_and_unknown_previous_party():
    e = election({"a1": area_yaml("a1", "Alpha", [("Ann", "red", 5), ("Bob", "blue", 3)], previous="red"),
                  "a2": area_yaml("a2", "Beta", [("Ann B", "red", 5), ("Bob B", "blue", 3)])})
    assert [(a.name, a.result_short, a.gain) for a in e.areas] == [("Alpha", "Red hold", False), ("Beta", "Red win", None)]
    assert [a.result for a in e.areas] == ["Red Party hold", "Red Party win"]


def test_awaiting_and_recount_areas_count_as_awaiting_in_every_total():
    e = election({
        "a1": area_yaml("a1", "Alpha", [("Ann", "red", 60), ("Bob", "blue", 40)], previous="blue"),
        "a2": area_yaml("a2", "Beta", [("Cat", "red", None), ("Dan", "blue", None)], status="awaiting"),
        "a3": area_yaml("a3", "Gamma", [("Eve", "blue", None), ("Fay", "green", None)], status="recount",
                        region="South"),
    })
    t = e.totals
    assert (t.seats, t.declared, t.awaiting, t.recounts, t.majority_needed) == (3, 1, 2, 1, 2)
    assert t.majority_party is None
    assert [(r.party.id, r.seats, r.votes, r.share, r.candidates, r.gains, r.losses) for r in t.rows] == [
        ("red", 1, 60, 60.0, 2, 1, 0), ("blue", 0, 40, 40.0, 3, 0, 1), ("green", 0, 0, 0.0, 1, 0, 0)]
    beta = next(a for a in e.areas if a.name == "Beta")
    assert beta.winner is None and beta.standings == () and beta.result == "Awaiting declaration"
    south = next(r for r in e.regions if r.name == "South")
    assert (south.totals.seats, south.totals.declared, south.totals.awaiting) == (1, 0, 1)


def test_tie_has_no_winner_counts_for_nobody_and_warns():
    site = make_site(sources({"a1": area_yaml("a1", "Alpha", [("Ann", "red", 50), ("Bob", "blue", 50)])}))
    a = site.election.areas[0]
    assert a.winner is None and a.tied and a.majority is None and a.result == "Tie"
    assert site.election.totals.ties == 1 and site.election.totals.won == 0
    assert all(r.seats == 0 for r in site.election.totals.rows)
    assert [str(w).split("\n")[0] for w in site.warnings] == [
        "content/areas/a1.yaml:7: Alpha is a tie: the seat is counted for no party"]


def test_majority_party_and_labels_count_for_their_party():
    text = area_yaml("a1", "Alpha", [("Ann", "red", 50), ("Bob", "blue", 20)]).replace(
        "party: red", "party: red\n    label: Red and Allies")
    e = election({"a1": text, "a2": area_yaml("a2", "Beta", [("Cy", "red", 9), ("Di", "blue", 8)]),
                  "a3": area_yaml("a3", "Gamma", [("Ed", "blue", 9), ("Flo", "red", 8)])})
    assert e.totals.majority_needed == 2 and e.totals.majority_party == "red"
    red = e.totals.row("red")
    assert (red.seats, red.votes) == (2, 67)
    assert e.areas[0].standings[0].candidate.label == "Red and Allies"
    assert sum(r.share for r in e.totals.rows) == pytest.approx(100.0)


def test_errors_name_file_and_line():
    bad = area_yaml("a1", "Alpha", [("Ann", "rde", 5), ("Bob", "blue", 3), ("Bob", "blue", 1)],
                    extra="valid_votes: 9\n")
    assert problems({"a1": bad}) == [
        "content/areas/a1.yaml:8: the party 'rde' of Ann is not in content/parties.yaml\n"
        "  hint: did you mean 'red'? party ids are listed in content/parties.yaml",
        "content/areas/a1.yaml:14: Bob is listed twice (also on line 11)\n  hint: remove one of the two lines",
    ]
    wrong_sum = area_yaml("a1", "Alpha", [("Ann", "red", 5), ("Bob", "blue", 3)], extra="valid_votes: 9\n")
    assert problems({"a1": wrong_sum})[0].startswith(
        "content/areas/a1.yaml:14: valid_votes is 9 but the candidates' votes add up to 8")
    no_votes = area_yaml("a1", "Alpha", [("Ann", "red", 5), ("Bob", "blue", None)])
    assert problems({"a1": no_votes})[0].startswith(
        "content/areas/a1.yaml:11: Bob has no votes but the area is declared")
    assert problems({"a1": area_yaml("b1", "Alpha", [("Ann", "red", 5)])})[0].startswith(
        "content/areas/a1.yaml:1: the id 'b1' does not match the file name 'a1'")


def test_two_areas_with_one_address_is_an_error_naming_both_files():
    errors = problems({"a1": area_yaml("a1", "Ynys Môn", [("Ann", "red", 5)]),
                       "a2": area_yaml("a2", "Ynys Mon", [("Bob", "red", 5)])})
    assert errors == ["content/areas/a2.yaml:2: 'Ynys Mon' would have the same address /areas/ynys-mon/ as "
                      "'Ynys Môn' in content/areas/a1.yaml\n"
                      "  hint: two areas need names that differ in more than accents, case or punctuation"]


def test_a_name_that_is_a_reserved_device_name_is_an_error_not_a_crash():
    assert problems({"a1": area_yaml("a1", "Con", [("Ann", "red", 5)])})[0].startswith(
        "content/areas/a1.yaml:2: the name 'Con' gives the address segment 'con', which cannot be used")


def test_colour_precedence_content_then_site_then_table_then_neutral_grey():
    parties = PARTIES.replace("short_name: Red", "short_name: Red\n    colour: \"#123456\"") + \
        "  - id: lab\n    name: Labour\n  - id: snp\n    name: SNP\n  - id: odd\n    name: Odd Party\n"
    e = election({"a1": area_yaml("a1", "Alpha", [("Ann", "red", 5)])}, parties=parties,
                 site_extra="party_colours:\n  red: \"#abcdef\"\n  snp: \"#654321\"\n")
    colours = {p.id: p.colour for p in e.parties}
    assert colours["red"] == "#123456"          # parties.yaml wins over site.yaml
    assert colours["snp"] == "#654321"          # site.yaml wins over the built-in table
    assert colours["lab"] == UK_PARTY_COLOURS["lab"]
    assert colours["blue"] == colours["odd"] == NEUTRAL  # parties no table knows: grey, not a strong colour


def test_shapes_give_json_schema():
    from generator.kinds.general.model import AREA_SHAPE, PARTIES_SHAPE
    from generator.schema import document_schema

    area = document_schema(AREA_SHAPE, "area")
    assert area["required"] == ["id", "name", "region", "nation"]
    assert area["properties"]["status"]["enum"] == ["awaiting", "declared", "recount", None]  # optional: may be empty
    assert area["properties"]["candidates"]["items"]["required"] == ["name", "party"]
    assert document_schema(PARTIES_SHAPE, "parties")["properties"]["parties"]["minItems"] == 1


def test_a_broken_area_stops_the_build_with_path_line_and_leaves_output_alone(tmp_path):
    import contextlib

    from click.testing import CliRunner

    from generator.cli import main
    from generator.scaffold import create_site

    create_site(tmp_path / "s", "general-election")
    with contextlib.chdir(tmp_path):
        assert CliRunner().invoke(main, ["build", "--site", "s"]).exit_code == 0
        before = {p: p.read_bytes() for p in (tmp_path / "s/output").rglob("*") if p.is_file()}
        area = tmp_path / "s/content/areas/north-town.yaml"
        area.write_text(area.read_text(encoding="utf-8").replace("votes: 19500", "votes: lots"), encoding="utf-8")
        result = CliRunner().invoke(main, ["build", "--site", "s"])
    assert result.exit_code == 1
    assert result.output.splitlines() == ['Error: content/areas/north-town.yaml:17: votes must be a whole number (got "lots")',
                                          "  hint: write digits only, like `votes: 1234`"]
    assert {p: p.read_bytes() for p in (tmp_path / "s/output").rglob("*") if p.is_file()} == before


def test_a_declared_area_without_any_votes_is_an_error():
    assert problems({"a1": area_yaml("a1", "Alpha", [("Ann", "red", 0), ("Bob", "blue", 0)])}) == [
        "content/areas/a1.yaml:5: the area is declared but its candidates have no votes at all\n"
        "  hint: enter the declared votes, or set `status: awaiting`"]
