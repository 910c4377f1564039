"""Build examples/eu-ref-2016 and check the built pages against the Electoral Commission's file; a partial
night and a missed threshold as the pages say them; the page weight budget."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from tests.general_helpers import number, read_page
from tests.referendum_helpers import EXAMPLE, QUESTION, area, commission_rows, write_site

from generator.build import build


def text_of(path: Path) -> str:
    return " ".join("".join(read_page(path).text).split())


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("euref") / "output"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1466740800")
        report = build(EXAMPLE, target)
    assert report.warnings == ()
    return target


@pytest.fixture(scope="module")
def commission() -> dict[str, dict[str, str]]:
    return {r["Area"]: r for r in commission_rows()}


def test_the_national_page_gives_the_commissions_result(out: Path, commission):
    rows = list(commission.values())
    leave, remain = sum(int(r["Leave"]) for r in rows), sum(int(r["Remain"]) for r in rows)
    page = read_page(out / "index.html")
    answers = {r[0]: r for r in page.tables["answer-table"][1:-1]}
    assert (number(answers["Leave"][1]), answers["Leave"][2]) == (leave, "51.9%")
    assert (number(answers["Remain"][1]), answers["Remain"][2]) == (remain, "48.1%")
    ballots = dict(page.tables["turnout-table"])
    assert number(ballots["Rejected ballots"]) == sum(int(r["Rejected_Ballots"]) for r in rows) == 25_359
    assert ballots["Turnout (ballot papers counted over the electorate)"] == "72.2%"
    text = text_of(out / "index.html")
    assert f"{len(rows)} of {len(rows)} counting areas declared." in text and len(rows) == 382
    assert f"Leave wins with 17,410,742 votes (51.9%), a margin of {leave - remain:,} votes (3.8% of the valid votes)." \
        in text
    assert "The results give no declaration times" in text  # none is invented


@pytest.mark.parametrize("name, slug", [("Gibraltar", "gibraltar"), ("Northern Ireland", "northern-ireland"),
                                        ("Boston", "boston")])
def test_area_pages_match_the_commission(out: Path, commission, name: str, slug: str):
    row = commission[name]
    page = read_page(out / f"areas/{slug}/index.html")
    assert page.h1 == [name]
    result = {r[0]: r for r in page.tables["result-table"][1:-1]}
    assert number(result["Remain"][1]) == int(row["Remain"]) and number(result["Leave"][1]) == int(row["Leave"])
    assert result["Remain"][2] == f"{float(row['Pct_Remain']):.1f}%"
    ballots = dict(page.tables["turnout-table"])
    assert number(ballots["Electorate"]) == int(row["Electorate"])
    assert ballots["Turnout (ballot papers counted over the electorate)"] == f"{float(row['Pct_Turnout']):.1f}%"
    versus = {r[0]: r for r in page.tables["versus-table"][1:]}
    assert versus["Leave"][2] == "51.9%"
    assert "the results give no declaration time" in text_of(out / f"areas/{slug}/index.html")


def test_boston_is_far_above_the_national_leave_share(out: Path):
    versus = {r[0]: r for r in read_page(out / "areas/boston/index.html").tables["versus-table"][1:]}
    assert versus["Leave"][1:] == ["75.6%", "51.9%", "+23.7"] and versus["Remain"][3] == "−23.7"


def test_regions_and_a_to_z(out: Path, commission):
    regions = read_page(out / "regions/index.html").tables["regions-table"][1:]
    assert len(regions) == 12 and sum(number(r[1].split(" of ")[1]) for r in regions) == 382
    london = read_page(out / "regions/london/index.html")
    assert len(london.tables["areas-table"]) - 1 == sum(1 for r in commission.values() if r["Region"] == "London")
    az = (out / "areas/index.html").read_text(encoding="utf-8")
    assert az.count('<li><a href="') >= 382


def test_biggest_and_closest_page(out: Path):
    page = read_page(out / "results/index.html")
    assert page.tables["biggest-leave-table"][1][0] == "Boston"
    assert page.tables["biggest-remain-table"][1][0] == "Gibraltar"
    assert len(page.tables["closest-table"]) - 1 == 20


def test_downloads_embeds_and_share_images(out: Path, commission):
    with open(out / "data/results-by-area.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 2 * 382 and sum(int(r["votes"]) for r in rows if r["answer_id"] == "leave") == 17_410_742
    totals = json.loads((out / "data/answer-totals.json").read_text(encoding="utf-8"))
    assert "17410742" in json.dumps(totals)
    assert (out / "embed/votes/index.html").is_file() and (out / "embed/region-london-votes/index.html").is_file()
    assert (out / "share.png").is_file() and (out / "regions/scotland/share.png").is_file()


def test_every_page_is_within_the_weight_budget(out: Path):
    css = (out / "static/style.css").stat().st_size
    sizes = {p.relative_to(out).as_posix(): p.stat().st_size + css for p in out.rglob("*.html")}
    assert len(sizes) > 382 and max(sizes.values()) <= 150 * 1024, max(sizes.items(), key=lambda kv: kv[1])


def test_a_partial_night_says_leads_and_n_of_m(tmp_path: Path):
    site = write_site(tmp_path / "site", {"a": area("a", "Alpha", 600, 300),
                                          "b": area("b", "Beta", None, None, status="awaiting"),
                                          "c": area("c", "Gamma", None, None, status="recount")})
    build(site, tmp_path / "out")
    text = text_of(tmp_path / "out/index.html")
    assert "1 of 3 counting areas declared; 2 awaiting declaration (1 at a recount)." in text
    assert "Yes leads with 600 votes (66.7%), a margin of 300 votes, so far: no result is called" in text
    assert "wins" not in text
    assert "Awaiting declaration" in text_of(tmp_path / "out/areas/beta/index.html")


def test_a_missed_threshold_is_said(tmp_path: Path):
    q = QUESTION + "threshold:\n  percent: 40\n  of: electorate\n"
    site = write_site(tmp_path / "site", {"a": area("a", "Alpha", 400, 200, electorate=2000)}, q)
    build(site, tmp_path / "out")
    text = text_of(tmp_path / "out/index.html")
    assert "Threshold: the leading answer needs at least 40% of the electorate. Yes has 20.0%: the threshold is " \
           "not met." in text
    assert "does not reach the threshold: the result does not stand" in text and "wins" not in text
