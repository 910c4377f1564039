"""new --zero: a site as it stands before the first declaration builds, and its pages say so."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import soup, text
from tests.sitecopy import run_cli


def made(tmp_path: Path, kind: str) -> tuple[Path, Path]:
    site = tmp_path / "site"
    result = run_cli("new", str(site), "--kind", kind, "--zero")
    assert result.exit_code == 0, result.output
    built = run_cli("build", "--site", str(site))
    assert built.exit_code == 0, built.output
    return site, site / "output"


def test_a_zero_general_election_has_every_area_awaiting_and_no_votes(tmp_path: Path) -> None:
    site, out = made(tmp_path, "general-election")
    areas = sorted((site / "content/areas").glob("*.yaml"))
    assert len(areas) == 3
    for file in areas:
        data = yaml.safe_load(file.read_text("utf-8"))
        assert data["status"] == "awaiting" and "declared_at" not in data
        assert all("votes" not in c for c in data["candidates"]) and len(data["candidates"]) >= 2
    home = text(soup(out, "/"))
    assert "0 of 3 seats declared; 3 awaiting declaration." in home
    assert "No seat has been declared yet." in home and "won a majority" not in home
    pages = sorted(p.parent.name for p in (out / "areas").glob("*/index.html"))
    assert len(pages) == 3
    for slug in pages:
        page = soup(out, f"/areas/{slug}/")
        assert page.find(id="status").get_text() == "Awaiting declaration"
        assert page.find(id="result") is None and page.find(class_="badge") is None  # no winner
        assert len(page.find(id="candidates-table").find("tbody").find_all("tr")) >= 2
    region = text(soup(out, "/regions/sample-region/"))
    assert "0 of 3" in region
    rows = list(csv.DictReader(io.StringIO((out / "data/results-by-area.csv").read_text("utf-8"))))
    assert all(r["elected"] != "true" for r in rows)
    for file in out.rglob("index.html"):
        words = " ".join(words_of(file))
        assert not re.search(r"\b(nan|inf)\b|NaN|Infinity", words), file


def words_of(file: Path) -> list[str]:
    from bs4 import BeautifulSoup

    return BeautifulSoup(file.read_text("utf-8"), "html.parser").get_text(" ").split()


def test_a_zero_leadership_site_awaits_its_result(tmp_path: Path) -> None:
    site, out = made(tmp_path, "leadership")
    assert yaml.safe_load((site / "content/results.yaml").read_text("utf-8"))["ballot"]["status"] == "awaiting"
    result = text(soup(out, "/result/"))
    assert "Awaiting the result" in result and "elected" not in result.lower()
    for file in out.rglob("index.html"):
        assert not re.search(r"\b(nan|inf)\b|NaN|Infinity", " ".join(words_of(file))), file


@pytest.mark.parametrize("kind", ["general-election", "leadership"])
def test_without_zero_the_sample_has_results(tmp_path: Path, kind: str) -> None:
    site = tmp_path / "site"
    assert run_cli("new", str(site), "--kind", kind).exit_code == 0
    texts = " ".join(p.read_text("utf-8") for p in (site / "content").rglob("*.yaml"))
    assert "status: declared" in texts
