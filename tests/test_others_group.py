"""Summary pages of a general election show the parties with seats or enough votes, and fold the rest
into one "Others (N parties)" row, with the full list in a <details> below; the data keeps every party.

The expected figures are counted here from examples/ge2019/data/ge2019.csv with the csv module."""
from __future__ import annotations

import csv
import math
import shutil
from collections import Counter
from fractions import Fraction
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build import build
from generator.errors import Collector
from generator.kinds.general.model import make_general, summarise
from tests.general_helpers import area_yaml, sources
from tests.sitecopy import copy_example, refused_build_output

REPO = Path(__file__).resolve().parents[1]
SITE = REPO / "examples/ge2019"
WITH_SEATS = {"con": 365, "lab": 202, "snp": 48, "ld": 11, "dup": 8, "sf": 7, "pc": 4, "sdlp": 2, "green": 1,
              "alliance": 1, "spk": 1}


def counted(region: str | None = None) -> tuple[Counter, Counter]:
    """Votes and seats by party id, from the CSV the example was imported from (one row a candidate)."""
    votes: Counter = Counter()
    by_area: dict[str, list[tuple[int, str]]] = {}
    with open(SITE / "data/ge2019.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if region is not None and row["region"] != region:
                continue
            votes[row["party_id"]] += int(row["votes"])
            by_area.setdefault(row["area_id"], []).append((int(row["votes"]), row["party_id"]))
    seats = Counter(max(lines)[1] for lines in by_area.values())
    return votes, seats


def expected(votes: Counter, seats: Counter, below_pct: float) -> tuple[set[str], set[str]]:
    """The party ids shown one by one and those grouped as others."""
    total = sum(votes.values())
    shown = {p for p in votes if seats[p] or Fraction(votes[p] * 100, total) >= Fraction(str(below_pct))}
    return shown, set(votes) - shown


def built(target: Path, site: Path = SITE) -> Path:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1576213200")
        build(site, target)
    return target


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory.mktemp("ge2019-others") / "output")


def page(out: Path, rel: str) -> BeautifulSoup:
    return BeautifulSoup((out / rel).read_text(encoding="utf-8"), "html.parser")


def shown_ids(doc: BeautifulSoup, table: str = "party-table") -> list[str]:
    return [tr["data-party"] for tr in doc.select(f"#{table} tbody tr[data-party]")]


def number(text: str) -> int:
    return int(text.replace(",", ""))


def test_the_home_page_shows_the_parties_with_seats_and_groups_the_rest(out: Path):
    votes, seats = counted()
    assert {p: n for p, n in seats.items()} == WITH_SEATS  # the CSV agrees with the published seats
    shown, others = expected(votes, seats, 1.0)
    doc = page(out, "index.html")
    ids = shown_ids(doc)
    assert set(ids) == shown and set(WITH_SEATS) <= set(ids)
    assert ids[:len(WITH_SEATS)] == sorted(WITH_SEATS, key=lambda p: (-WITH_SEATS[p], -votes[p]))
    row = doc.select_one("#party-table-others")
    cells = [c.get_text(" ", strip=True) for c in row.find_all(["th", "td"])]
    assert cells[0] == f"Others ({len(others)} parties)"
    assert number(cells[1]) == 0 and number(cells[4]) == sum(votes[p] for p in others)
    exact = Fraction(sum(votes[p] for p in others) * 1000, sum(votes.values()))  # in tenths of a percent
    assert round(float(cells[5].rstrip("%")) * 10) in (math.floor(exact), math.ceil(exact))  # rounded once
    details = doc.select_one("details#party-table-others-list")
    assert details.summary.get_text(strip=True) == f"The {len(others)} other parties"
    assert set(shown_ids(doc, "party-table-others-table")) == others
    listed = sum(number(tr.find_all("td")[3].get_text()) for tr in details.select("tbody tr"))
    assert listed == sum(votes[p] for p in others)


def test_a_party_has_one_share_on_every_page_and_in_the_data(out: Path):
    """The home page's shares are the parties' shares in the data download; the Others line is its own
    figure, rounded half up from the CSV's votes, and the lines add up to 100.0 within their rounding."""
    with open(out / "data/party-totals.csv", encoding="utf-8", newline="") as fh:
        in_data = {row["party_id"]: row["share_pct"] for row in csv.DictReader(fh)}
    doc = page(out, "index.html")
    rows = doc.select("#party-table tbody tr[data-party]")
    assert rows and all(tr.find_all("td")[4].get_text().rstrip("%") == in_data[tr["data-party"]] for tr in rows)
    votes, seats = counted()
    _, others = expected(votes, seats, 1.0)
    tenths = Fraction(sum(votes[p] for p in others) * 1000, sum(votes.values()))
    others_cell = doc.select_one("#party-table-others").find_all(["th", "td"])[5].get_text().rstrip("%")
    assert round(float(others_cell) * 10) == math.floor(tenths + Fraction(1, 2))
    shares = [tr.find_all("td")[4].get_text() for tr in doc.select("#party-table tbody tr")]
    assert abs(sum(round(float(s.rstrip("%")) * 10) for s in shares) - 1000) <= len(shares) // 2


def test_the_votes_chart_has_the_shown_parties_and_an_others_bar(out: Path):
    votes, seats = counted()
    shown, others = expected(votes, seats, 1.0)
    chart = page(out, "index.html").select_one("#votes")
    text = chart.get_text(" ", strip=True) if chart else ""
    assert f"Others ({len(others)} parties): {sum(votes[p] for p in others):,}" in text
    assert "Monster Raving Loony" not in text


def test_a_region_page_groups_its_own_others(out: Path):
    votes, seats = counted("Scotland")
    shown, others = expected(votes, seats, 1.0)
    doc = page(out, "regions/scotland/index.html")
    assert set(shown_ids(doc)) == shown
    cells = [c.get_text(" ", strip=True) for c in doc.select_one("#party-table-others").find_all(["th", "td"])]
    assert cells[0] == f"Others ({len(others)} parties)" and number(cells[4]) == sum(votes[p] for p in others)
    assert set(shown_ids(doc, "party-table-others-table")) == others


def test_the_data_downloads_and_parties_page_keep_every_party(out: Path):
    votes, _ = counted()
    with open(out / "data/party-totals.csv", encoding="utf-8", newline="") as fh:
        assert {row["party_id"] for row in csv.DictReader(fh)} == set(votes)
    assert set(shown_ids(page(out, "parties/index.html"))) == set(votes)


def test_the_threshold_in_site_yaml_changes_what_is_shown(tmp_path: Path):
    site = tmp_path / "ge2019"
    shutil.copytree(SITE, site, ignore=shutil.ignore_patterns("library"))
    yaml = site / "site.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8") + "others_below_pct: 2.5\n", encoding="utf-8")
    votes, seats = counted()
    shown, others = expected(votes, seats, 2.5)
    assert "brexit" in others  # 2.0 % of the votes and no seat
    doc = page(built(tmp_path / "output", site), "index.html")
    assert set(shown_ids(doc)) == shown
    assert doc.select_one("#party-table-others th").get_text(strip=True) == f"Others ({len(others)} parties)"


def test_the_group_needs_two_parties_and_a_threshold_of_0_shows_every_party():
    # Red wins with 900 votes; Blue 60 (6 %), Green 40 (4 %): a 5 % threshold leaves one party below it,
    # shown as itself rather than as "Others (1 parties)"; 4.5 % the same; 10 % groups Blue and Green.
    area = area_yaml("a1", "Alpha", [("Ann", "red", 900), ("Bob", "blue", 60), ("Cy", "green", 40)])
    e = make_general(sources({"a1": area}), {}, Collector(), Collector())
    assert summarise(e.totals, 5.0).others is None and summarise(e.totals, 0).others is None
    grouped = summarise(e.totals, 10.0)
    assert [r.party.id for r in grouped.shown] == ["red"]
    o = grouped.others
    assert ([r.party.id for r in o.rows], o.votes, o.share, o.seats, o.candidates) == (["blue", "green"], 100, 10.0, 0, 2)
    assert [r.party.id for r in summarise(e.totals, 0).shown] == ["red", "blue", "green"]


def test_an_out_of_range_threshold_is_refused(tmp_path: Path):
    site = copy_example(tmp_path / "site")

    def mutate(s: Path) -> None:
        (s / "site.yaml").write_text((s / "site.yaml").read_text(encoding="utf-8") + "others_below_pct: 150\n",
                                     encoding="utf-8")
    printed = refused_build_output(site, mutate)
    line = len((site / "site.yaml").read_text(encoding="utf-8").splitlines())
    assert f"site.yaml:{line}: others_below_pct must be at least 0 and at most 100 (got 150)" in printed
    assert "hint: check the figure against the source" in printed
