"""Build examples/ge2019 and check the built HTML against the House of Commons Library's published totals."""
from __future__ import annotations

import csv
import filecmp
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from tests.general_helpers import number, read_page, read_pages, table_rows

from generator.build import build
from generator.kinds.general.importer import import_results

REPO = Path(__file__).resolve().parents[1]
SITE = REPO / "examples/ge2019"
LIBRARY = SITE / "data/library"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("ge2019") / "output"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1576213200")
        report = build(SITE, target)
    assert report.warnings == ()
    return target


@pytest.fixture(scope="module")
def seats() -> dict[str, dict[str, str]]:
    with open(LIBRARY / "ge2019_constituencies.csv", encoding="utf-8", newline="") as fh:
        return {row["ons_id"].lower(): row for row in csv.DictReader(fh)}


def party_rows(page) -> dict[str, list[str]]:
    return {r[0]: r for r in page.tables["party-table"][1:-1]}


def test_national_totals_match_the_published_figures(out: Path):
    home = read_page(out / "index.html")
    rows = party_rows(home)
    assert (number(rows["Conservative"][1]), number(rows["Conservative"][4])) == (365, 13_966_454)
    assert (number(rows["Labour"][1]), number(rows["Labour"][4])) == (202, 10_269_051)
    assert (number(rows["Scottish National Party"][1]), number(rows["Liberal Democrat"][1])) == (48, 11)
    assert sum(number(r[1]) for r in rows.values()) == 650
    assert home.tables["party-table"][-1][0] == "Total (650 of 650 declared)"
    text = " ".join("".join(home.text).split())
    assert "650 of 650 seats declared." in text and "326 seats are needed for a majority." in text


def test_labour_and_co_operative_count_as_labour(out: Path, seats):
    pages = read_pages(out / "parties/labour/index.html")
    assert len(pages) == 3 and [len(p.tables["contested-table"]) - 1 for p in pages] == [250, 250, 131]
    contested = table_rows(out / "parties/labour/index.html", "contested-table")
    co_op = [r for r in contested if "(Labour and Co-operative)" in r[1]]
    assert len(contested) == 631 and len(co_op) == 50
    won = [r for r in contested if r[4] == "1"]
    assert len(won) == 202 and len([r for r in won if r in co_op]) == 26
    assert all(r[1].endswith("Elected") == (r[4] == "1") for r in contested)
    regions = {r[0]: r for r in pages[0].tables["region-table"][1:]}
    assert len(regions) == 11 and "Northern Ireland" not in regions  # Labour stands in Great Britain only
    assert sum(number(r[1]) for r in regions.values()) == 202
    assert number(regions["Wales"][1]) == 22 and sum(number(r[2]) for r in regions.values()) == 10_269_051
    assert sum(number(r[2]) for r in contested) == 10_269_051


def test_every_seat_adds_up_to_its_valid_votes(out: Path, seats):
    areas = read_page(out / "areas/index.html")
    links = [p for p in (out / "areas").iterdir() if p.is_dir()]
    assert len(links) == 650
    by_name = {row["constituency"]: row for row in seats.values()}
    for folder in links:
        page = read_page(folder / "index.html")
        table = page.tables["result-table"]
        votes = [number(r[2]) for r in table[1:-1]]
        assert sum(votes) == number(table[-1][1]) == int(by_name[page.h1[0]]["valid_votes"]), page.h1
        turnout = {r[0]: r[1] for r in page.tables["turnout-table"]}
        assert number(turnout["Majority"]) == int(by_name[page.h1[0]]["majority"]), page.h1
    assert len([t for t in areas.text if t.strip()]) > 650


def test_result_labels_match_the_library(out: Path, seats):
    parties = yaml.safe_load((SITE / "content/parties.yaml").read_text(encoding="utf-8"))["parties"]
    names = {p["short_name"]: p["name"] for p in parties if p.get("short_name")}
    for ons_id in ("w07000041", "e14000811", "e14000631"):
        seat = seats[ons_id]
        page = read_page(next(p for p in (out / "areas").glob("*/index.html")
                              if read_page(p).h1 == [seat["constituency"]]))
        label = seat["result"].replace(" Lab Coop", " Lab")
        # The page says it with the parties' full names ("Con gain from Lab" -> "Conservative gain from Labour").
        full = " ".join(names.get(word, word) for word in label.split(" "))
        assert " ".join("".join(page.text).split()).count(f"{full}:") == 1, seat["constituency"]


def test_welsh_and_irish_names_keep_their_accents(out: Path):
    page = read_page(out / "areas/ynys-mon/index.html")
    assert page.h1 == ["Ynys Môn"]
    raw = (out / "areas/index.html").read_text(encoding="utf-8")
    assert ">Ynys Môn<" in raw and "YnysÂ" not in raw and "MÃ´n" not in raw
    cardiff = "".join(read_page(out / "areas/cardiff-central/index.html").text)
    assert "Siân Caiach" in cardiff
    assert read_page(out / "parties/aontu/index.html").h1 == ["Aontú"]


def test_about_page_carries_the_licence(out: Path):
    about = " ".join("".join(read_page(out / "about/index.html").text).split())
    assert "Contains Parliamentary information licensed under the Open Parliament Licence v3.0" in about
    assert "CBP-8749" in about


def test_the_build_is_reproducible(out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1576213200")
    again = tmp_path / "again"
    build(SITE, again)
    files = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    match, mismatch, errors = filecmp.cmpfiles(out, again, [str(f) for f in files], shallow=False)
    assert (mismatch, errors) == ([], [])


def test_the_committed_csv_and_content_come_from_the_library_files(tmp_path: Path):
    csv_out = tmp_path / "ge2019.csv"
    subprocess.run([sys.executable, str(REPO / "scripts/ge2019_to_csv.py"), "--source", str(LIBRARY),
                    "--output", str(csv_out)], check=True, capture_output=True)
    assert csv_out.read_bytes() == (SITE / "data/ge2019.csv").read_bytes()
    copy = tmp_path / "site"
    shutil.copytree(SITE / "content", copy / "content")
    shutil.copyfile(SITE / "site.yaml", copy / "site.yaml")
    before = {p.relative_to(copy): p.read_bytes() for p in copy.rglob("*") if p.is_file()}
    report = import_results(csv_out, copy, replace=True)
    assert (report.written, report.removed) == (0, 0)
    assert {p.relative_to(copy): p.read_bytes() for p in copy.rglob("*") if p.is_file()} == before


HEX_MAP = re.compile(rb'<svg[^>]*class="hexmap[ "].*?</svg>', re.S)


def test_every_page_is_within_the_weight_budget(out: Path):
    """Issue 5's budget, no page over 150 KB with its CSS, on the 650-seat example (party lists are
    paginated); a page with the hex map may carry the map on top, which itself is at most 100 KB
    (issue 15: the budget of the pages that show the map is raised by the map's share, no more)."""
    css = sum(p.stat().st_size for p in (out / "static").rglob("*.css"))
    sizes, maps = {}, {}
    for p in out.rglob("*.html"):
        page = p.read_bytes()
        drawn = sum(len(m) for m in HEX_MAP.findall(page))
        sizes[p.relative_to(out).as_posix()] = len(page) - drawn + css
        maps[p.relative_to(out).as_posix()] = drawn
    assert len(sizes) > 650 and max(sizes.values()) <= 150 * 1024, max(sizes.items(), key=lambda kv: kv[1])
    assert maps["index.html"] > 50_000 and max(maps.values()) <= 100 * 1024, max(maps.items(), key=lambda kv: kv[1])
