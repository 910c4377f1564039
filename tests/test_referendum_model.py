"""The referendum model: the EU referendum example against the Electoral Commission's figures (computed
here from its own file), thresholds, partial nights and the content checks."""
from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from tests.referendum_helpers import EXAMPLE, QUESTION, area, commission_rows, write_site

from generator.errors import SiteError
from generator.kinds.referendum.count import points
from generator.load import load
from generator.model import make_site


def model(root: Path):
    return make_site(load(root)).election


@pytest.fixture(scope="module")
def euref():
    return model(EXAMPLE)


@pytest.fixture(scope="module")
def commission():
    return {r["Area_Code"].lower(): r for r in commission_rows()}


def test_national_result_matches_the_commission(euref, commission):
    rows = commission.values()
    remain, leave = (sum(int(r[k]) for r in rows) for k in ("Remain", "Leave"))
    electorate, rejected = sum(int(r["Electorate"]) for r in rows), sum(int(r["Rejected_Ballots"]) for r in rows)
    assert (remain, leave) == (16_141_241, 17_410_742)  # the Chief Counting Officer's totals
    c = euref.count
    assert (c.areas, c.declared, c.decided) == (len(commission), 382, True)
    assert (c.line("remain").votes, c.line("leave").votes) == (remain, leave)
    assert (c.line("leave").share, c.line("remain").share) == (51.9, 48.1)
    assert c.winner.id == c.leader.id == "leave" and c.margin == leave - remain == 1_269_501
    assert (c.electorate, c.rejected, c.valid) == (electorate, rejected, remain + leave)
    turnout = Fraction((remain + leave + rejected) * 100, electorate)
    assert c.turnout == 72.2 == round(float(turnout), 1)
    assert len(euref.regions) == 12 and sum(len(r.areas) for r in euref.regions) == 382
    assert not euref.timed and euref.declarations == ()  # the file gives no declaration times


@pytest.mark.parametrize("code", ["gi", "n92000002", "e07000136", "s12000033"])
def test_areas_match_the_commission(euref, commission, code):
    row = commission[code]
    a = next(a for a in euref.areas if a.id == code)
    assert (a.name, a.region, a.electorate) == (row["Area"], row["Region"], int(row["Electorate"]))
    assert (a.count.line("remain").votes, a.count.line("leave").votes) == (int(row["Remain"]), int(row["Leave"]))
    assert a.count.line("remain").share == round(float(row["Pct_Remain"]), 1)
    assert a.count.turnout == round(float(row["Pct_Turnout"]), 1)
    assert a.rejected == int(row["Rejected_Ballots"])
    national = Fraction(euref.count.line("leave").votes * 100, euref.count.valid)
    here = Fraction(int(row["Leave"]) * 100, int(row["Valid_Votes"]))
    leave = next(v for v in a.versus if v.line.answer.id == "leave")
    assert leave.points == round(float(here - national), 1) and leave.national == 51.9


def test_gibraltar_counts_in_the_south_west_of_england(euref):
    sw = next(r for r in euref.regions if r.name == "South West")
    assert sw.nation == "England" and any(a.name == "Gibraltar" for a in sw.areas)
    gi = next(a for a in euref.areas if a.id == "gi")
    assert gi.nation == "Gibraltar" and gi.result == "Remain" and gi.count.line("remain").share == 95.9


def test_biggest_and_closest(euref):
    biggest = dict((a.id, areas) for a, areas in euref.biggest)
    assert biggest["remain"][0].name == "Gibraltar" and biggest["leave"][0].name == "Boston"
    margins = [a.count.margin / a.count.valid for a in euref.closest]
    assert margins == sorted(margins) and len(euref.closest) == 20


def test_a_partial_night_calls_no_winner(tmp_path):
    e = model(write_site(tmp_path, {"a": area("a", "Alpha", 600, 300), "b": area("b", "Beta", None, None,
                                                                                  status="awaiting")}))
    c = e.count
    assert (c.declared, c.areas, c.awaiting, c.decided) == (1, 2, 1, False)
    assert c.leader.id == "yes" and c.winner is None and c.margin == 300
    assert next(a for a in e.areas if a.id == "b").result == "Awaiting declaration"


def test_a_tie_has_no_leader(tmp_path):
    c = model(write_site(tmp_path, {"a": area("a", "Alpha", 400, 400)})).count
    assert c.tied and c.leader is None and c.winner is None and c.margin is None


@pytest.mark.parametrize("threshold, met, share", [
    ("percent: 40\n  of: electorate", False, 30.0),   # 600 of 2,000 voters: the 1979 Scottish rule fails
    ("percent: 30\n  of: electorate", True, 30.0),    # exactly the threshold is enough
    ("percent: 50", True, 66.7),                      # of the valid votes by default
    ("percent: 66.7", False, 66.7),                   # 600/900 = 66.666..., compared unrounded
])
def test_threshold(tmp_path, threshold, met, share):
    q = QUESTION + f"threshold:\n  {threshold}\n"
    c = model(write_site(tmp_path, {"a": area("a", "Alpha", 400, 200), "b": area("b", "Beta", 200, 100)}, q)).count
    assert c.threshold.met is met and c.threshold.share == share
    assert (c.winner is not None) is met and c.leader.id == "yes"


def test_electorate_threshold_without_an_electorate_cannot_be_checked(tmp_path):
    q = QUESTION + "threshold:\n  percent: 40\n  of: electorate\n"
    c = model(write_site(tmp_path, {"a": area("a", "Alpha", 400, 200, electorate=None)}, q)).count
    assert c.threshold.met is None and c.threshold.share is None and c.winner is None and c.turnout is None


def test_points_round_once_and_symmetrically():
    assert points(1, 3, 1, 2) == -16.7 and points(1, 2, 1, 3) == 16.7
    assert points(9, 40, 0, 1) == 22.5 and points(0, 1, 9, 40) == -22.5


@pytest.mark.parametrize("text, message", [
    (area("a", "Alpha", 400, 200).replace('answer: "no"', "answer: maybe"),
     "content/areas/a.yaml:10: the answer 'maybe' is not in content/referendum.yaml"),
    (area("a", "Alpha", 400, 200).replace("    votes: 200\n", "    votes: 200\n  - answer: \"yes\"\n    votes: 3\n"),
     "content/areas/a.yaml:12: the answer 'yes' is given twice"),
    (area("a", "Alpha", 800, 700), "content/areas/a.yaml:6: the votes add up to 1,500, more than the electorate of 1,000"),
    (area("a", "Alpha", None, None), "content/areas/a.yaml:1: the area is declared but gives no votes for yes, no"),
    (area("a", "Alpha", 0, 0), "content/areas/a.yaml:5: the area is declared but its answers have no votes at all"),
])
def test_content_mistakes_are_located(tmp_path, text, message):
    with pytest.raises(SiteError) as exc:
        model(write_site(tmp_path, {"a": text}))
    assert message in [str(p).split("\n")[0] for p in exc.value.problems][0]


def test_a_site_without_its_question_file_says_so(tmp_path):
    site = write_site(tmp_path, {"a": area("a", "Alpha", 400, 200)})
    (site / "content/referendum.yaml").unlink()
    with pytest.raises(SiteError) as exc:
        model(site)
    assert str(exc.value.problems[0]).split("\n")[0] == "content/referendum.yaml: content/referendum.yaml is missing"


def test_an_answer_id_given_twice_is_located(tmp_path):
    q = QUESTION + '  - id: "yes"\n    label: Again\n    colour: "#000000"\n'
    with pytest.raises(SiteError) as exc:
        model(write_site(tmp_path, {"a": area("a", "Alpha", 400, 200)}, q))
    assert str(exc.value.problems[0]).split("\n")[0] == ("content/referendum.yaml:9: the answer id 'yes' is used twice "
                                                         "(also on line 3)")
