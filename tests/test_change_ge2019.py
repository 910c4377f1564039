"""The 2019 example against 2017: seats, shares, swing, majorities and turnout on the pages and in the data,
checked against figures computed here from the House of Commons Library's files, not from the generator."""
from __future__ import annotations

import csv
from collections import Counter
from fractions import Fraction
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build import build

REPO = Path(__file__).resolve().parents[1]
SITE = REPO / "examples/ge2019"
SHARED = REPO.parent.parent / "shared/data" if (REPO.parent.parent / "shared/data").is_dir() else REPO.parent / "shared/data"
LIBRARY = SITE / "data/library"


def _source(year: int, kind: str) -> Path:
    shared = SHARED / f"ge{year}" / f"ge{year}_{kind}.csv"
    return shared if shared.is_file() else LIBRARY / f"ge{year}_{kind}.csv"


def _rows(year: int, kind: str) -> list[dict[str, str]]:
    with open(_source(year, kind), encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _votes(year: int) -> list[dict[str, str]]:
    rows = _rows(year, "candidates")
    if year == 2019:  # the Library's Meon Valley slip, corrected as examples/ge2019/data/README.md says
        for r in rows:
            if r["constituency"] == "Meon Valley" and (r["party_abbrev"], r["votes"]) in (("Lab", "5664"), ("Green", "2918")):
                r["votes"] = "5644" if r["party_abbrev"] == "Lab" else "2198"
    return rows


def _round(exact: Fraction) -> float:
    """One decimal, half away from zero, from the exact figure."""
    tenths = int(abs(exact) * 10 + Fraction(1, 2))
    return (tenths if exact >= 0 else -tenths) / 10


def _share(year: int, abbrev: str, region: str | None = None) -> Fraction:
    rows = [r for r in _votes(year) if region is None or r["region"] == region]
    return Fraction(100 * sum(int(r["votes"]) for r in rows if r["party_abbrev"] == abbrev),
                    sum(int(r["votes"]) for r in rows))


def _seats(year: int, region: str | None = None) -> Counter:
    return Counter(r["first_party"] for r in _rows(year, "constituencies") if region is None or r["region"] == region)


def _seat(year: int, name: str) -> dict[str, str]:
    return next(r for r in _rows(year, "constituencies") if r["constituency"] == name)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("ge2019-change") / "output"
    build(SITE, target)
    return target


def page(out: Path, rel: str) -> BeautifulSoup:
    return BeautifulSoup((out / rel).read_text(encoding="utf-8"), "html.parser")


def cells(doc: BeautifulSoup, table_id: str) -> dict[str, dict[str, str]]:
    return {tr.th.get_text(" ", strip=True): {td["data-label"]: td.get_text(" ", strip=True)
                                             for td in tr.find_all("td") if td.get("data-label")}
            for tr in doc.select(f"#{table_id} tbody tr")}


def signed(x: float | int) -> str:
    return (f"+{x}" if x > 0 else f"\u2212{-x}" if x < 0 else f"{x}").replace("+0.0", "0.0")


def test_the_library_files_give_the_known_seats():
    then, now = _seats(2017), _seats(2019)
    assert (then["Con"], now["Con"], then["Lab"], now["Lab"]) == (317, 365, 262, 202)


def test_the_home_page_states_the_majority_and_each_partys_change(out: Path):
    then, now = _seats(2017), _seats(2019)
    majority = now["Con"] - (650 - now["Con"])
    assert majority == 80
    home = page(out, "index.html")
    assert home.select_one("#story").get_text(" ", strip=True) == \
        f"Conservative majority of {majority}: {now['Con']} of 650 seats."
    assert f"won a majority of {majority}" in home.select_one("#majority").get_text(" ", strip=True)
    rows = cells(home, "party-table")
    for name, abbrev in (("Conservative", "Con"), ("Labour", "Lab"), ("Scottish National Party", "SNP"),
                         ("Liberal Democrat", "LD")):
        assert rows[name]["Seats"] == str(now[abbrev])
        assert rows[name]["Seats ±"] == signed(now[abbrev] - then[abbrev]), name
        assert rows[name]["Share ±"] == signed(_round(_share(2019, abbrev) - _share(2017, abbrev))), name
    assert (rows["Conservative"]["Seats ±"], rows["Labour"]["Seats ±"]) == ("+48", "\u221260")
    assert rows["Brexit Party"]["Share ±"] == "new"  # it did not stand in 2017


def test_the_national_butler_swing_from_labour_to_the_conservatives(out: Path):
    con = _share(2019, "Con") - _share(2017, "Con")
    lab = _share(2019, "Lab") - _share(2017, "Lab")
    swing = _round((con - lab) / 2)
    text = page(out, "index.html").select_one("#changes-swing").get_text(" ", strip=True)
    assert f"Swing from Labour to Conservative: {swing:.1f} points" in text
    assert swing == 4.6


def test_gains_and_losses_say_from_whom(out: Path):
    then = {r["ons_id"]: r["first_party"] for r in _rows(2017, "constituencies")}
    moves = Counter((r["first_party"], then[r["ons_id"]]) for r in _rows(2019, "constituencies")
                    if r["first_party"] != then[r["ons_id"]])
    flows = cells(page(out, "index.html"), "changes-flows")
    assert flows["Con"]["Gained from"].startswith(f"Lab {moves[('Con', 'Lab')]}")
    assert moves[("Con", "Lab")] == 54
    assert f"Con {moves[('Con', 'Lab')]}" in flows["Lab"]["Lost to"]


def test_a_region_shows_its_own_changes(out: Path):
    region = "North East"
    then, now = _seats(2017, region), _seats(2019, region)
    doc = page(out, "regions/north-east/index.html")
    rows = cells(doc, "party-table")
    assert rows["Labour"]["Seats ±"] == signed(now["Lab"] - then["Lab"]) == "\u22127"
    assert rows["Conservative"]["Seats ±"] == signed(now["Con"] - then["Con"]) == "+7"
    assert rows["Labour"]["Share ±"] == signed(_round(_share(2019, "Lab", region) - _share(2017, "Lab", region)))
    swing = _round(((_share(2019, "Con", region) - _share(2017, "Con", region))
                    - (_share(2019, "Lab", region) - _share(2017, "Lab", region))) / 2)
    assert f"Swing from Labour to Conservative: {swing:.1f} points" in doc.select_one("#changes-swing").get_text()


@pytest.mark.parametrize("name, url, result", [
    ("Blyth Valley", "areas/blyth-valley/index.html", "Conservative gain from Labour"),
    ("Kensington", "areas/kensington/index.html", "Conservative gain from Labour"),
    ("Aberavon", "areas/aberavon/index.html", "Labour hold"),
])
def test_an_area_page_shows_its_majority_turnout_and_share_changes(out: Path, name: str, url: str, result: str):
    before, after = _seat(2017, name), _seat(2019, name)
    doc = page(out, url)
    assert doc.select_one("#result .result-label").get_text() == result
    table = {tr.th.get_text(strip=True): tr.td.get_text(" ", strip=True) for tr in doc.select("#turnout-table tr")}
    assert table["Majority last time"] == f"{int(before['majority']):,}"
    assert f"last time {int(before['majority']):,} → {int(after['majority']):,}" in doc.select_one("#result").get_text()
    turnout_then = Fraction(int(before["valid_votes"]) * 100, int(before["electorate"]))
    turnout_now = Fraction(int(after["valid_votes"]) * 100, int(after["electorate"]))
    assert table["Change in turnout"] == f"{signed(_round(turnout_now - turnout_then))} points"
    votes = {y: [r for r in _votes(y) if r["constituency"] == name] for y in (2017, 2019)}
    rows = cells(doc, "result-table")
    for r in votes[2019]:
        abbrev = r["party_abbrev"]
        then = [int(x["votes"]) for x in votes[2017] if x["party_abbrev"] == abbrev]
        key = next(k for k in rows if k.startswith(f"{r['first_name']} {r['surname']}"))
        if not then:
            assert rows[key]["Change"] == "new", key
            continue
        exact = (Fraction(100 * int(r["votes"]), sum(int(x["votes"]) for x in votes[2019]))
                 - Fraction(100 * sum(then), sum(int(x["votes"]) for x in votes[2017])))
        assert rows[key]["Change"] == signed(_round(exact)), key


def test_blyth_valley_in_figures(out: Path):
    doc = page(out, "areas/blyth-valley/index.html")
    rows = cells(doc, "result-table")
    assert rows["Ian Levy Elected"]["Change"] == "+5.4" and rows["Susan Dungworth"]["Change"] == "\u221215.0"
    assert "a majority of 712 (1.7%); last time 7,915 → 712." in doc.select_one("#result").get_text(" ", strip=True)


def test_the_downloads_carry_the_changes(out: Path):
    then, now = _seats(2017), _seats(2019)
    with open(out / "data/party-totals.csv", encoding="utf-8", newline="") as fh:
        rows = {r["party_id"]: r for r in csv.DictReader(fh)}
    assert (rows["con"]["seats_before"], rows["con"]["seats_change"]) == (str(then["Con"]), "48")
    assert rows["lab"]["seats_change"] == "-60"
    assert float(rows["lab"]["share_change_pts"]) == _round(_share(2019, "Lab") - _share(2017, "Lab"))
    with open(out / "data/results-by-area.csv", encoding="utf-8", newline="") as fh:
        blyth = [r for r in csv.DictReader(fh) if r["area"] == "Blyth Valley"]
    assert {r["party_id"]: r["share_change_pts"] for r in blyth}["brexit"] == ""  # new: nothing to compare
    assert {(r["majority"], r["majority_before"]) for r in blyth} == {("712", "7915")}


def test_the_seats_chart_draws_the_majority_line(out: Path):
    chart = page(out, "index.html").select_one("svg#seats")
    lines = chart.select("line.chart-marker")
    bars = chart.select("rect.chart-bar")
    assert lines and len(lines) == len(bars)
    assert {line["x1"] for line in lines} == {f"{round(326 * 100 / 650, 3)}%"}
    assert "326 seats a majority needs" in chart.desc.get_text()
    region = page(out, "regions/north-east/index.html").select_one("svg#seats")
    assert region is not None and not region.select("line.chart-marker")  # a region elects no government


def test_a_chart_without_a_marker_is_drawn_as_before():
    from generator.charts import Bar, Group, bar_chart

    groups = [Group(None, (Bar("A", 3, "3", "#000000"), Bar("B", 1, "1", "#ffffff")))]
    plain = bar_chart("c", groups, "T", "D", domain_max=4)
    marked = bar_chart("c", groups, "T", "D", domain_max=4, marker=3)
    assert "chart-marker" not in plain
    assert marked.count('class="chart-marker"') == 2 and 'x1="75.0%"' in marked
    assert marked.replace("".join(marked.split("</g>")[-1:]), "") == plain.replace("".join(plain.split("</g>")[-1:]), "")
