"""A share of no votes is no share: before any vote, every kind's pages, charts and downloads show "–" (an empty
cell in the data), never "0.0%" per line or "100.0%" for the total."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.sitecopy import run_cli


@pytest.mark.parametrize("kind", ["general-election", "leadership", "referendum"])
def test_the_zero_sample_shows_no_share_of_nothing(tmp_path: Path, kind: str) -> None:
    site = tmp_path / "site"
    assert run_cli("new", str(site), "--kind", kind, "--zero").exit_code == 0
    built = run_cli("build", "--site", str(site))
    assert built.exit_code == 0, built.output
    out = site / "output"
    pages = sorted(out.rglob("*.html"))
    dashes = 0
    for file in pages:
        doc = BeautifulSoup(file.read_text("utf-8"), "html.parser")
        words = " ".join(doc.get_text(" ").split())
        assert not re.search(r"100\.0%|\b0\.0%|\b(nan|inf)\b|NaN|Infinity", words), file
        # the charts' value texts (drawn bars' labels and the description read out)
        for value in doc.select(".chart-value"):
            assert "%" not in value.get_text(), (file, value.get_text())
        dashes += len(re.findall(r"\b0 \(–\)", words))
    assert dashes >= 2  # "0 (–)": the votes, and no share
    shares = 0
    for file in sorted((out / "data").glob("*.csv")):
        for row in csv.DictReader(io.StringIO(file.read_text("utf-8"))):
            if "share_pct" in row:
                assert row["share_pct"] == "", (file, row)
                shares += 1
    assert shares >= 2


def test_a_general_election_before_any_vote_has_no_total_share(tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert run_cli("new", str(site), "--kind", "general-election", "--zero").exit_code == 0
    assert run_cli("build", "--site", str(site)).exit_code == 0
    doc = BeautifulSoup((site / "output/index.html").read_text("utf-8"), "html.parser")
    total = doc.find("tfoot").find("td", attrs={"data-label": "Share"})
    assert total.get_text() == "–"
    cells = [td.get_text() for td in doc.find("tbody").find_all("td", attrs={"data-label": "Share"})]
    assert cells and set(cells) == {"–"}


def test_a_declared_general_election_keeps_its_total_share(tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert run_cli("new", str(site), "--kind", "general-election").exit_code == 0
    assert run_cli("build", "--site", str(site)).exit_code == 0
    doc = BeautifulSoup((site / "output/index.html").read_text("utf-8"), "html.parser")
    assert doc.find("tfoot").find("td", attrs={"data-label": "Share"}).get_text() == "100.0%"
