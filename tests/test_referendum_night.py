"""A referendum on election night: `new --zero` gives every counting area awaiting and no votes, and its pages
say so; `build --rehearsal` stamps every page, feed entry and download of a referendum site."""
from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from generator.scaffold import create_site
from tests.conftest import soup, text
from tests.sitecopy import run_cli

BANNER = "TEST DATA – NOT REAL RESULTS"
ATOM = "{http://www.w3.org/2005/Atom}"


def test_a_zero_referendum_has_every_area_awaiting_and_no_votes(tmp_path: Path) -> None:
    site = tmp_path / "site"
    made = run_cli("new", str(site), "--kind", "referendum", "--zero")
    assert made.exit_code == 0, made.output
    built = run_cli("build", "--site", str(site))
    assert built.exit_code == 0, built.output
    out = site / "output"
    areas = sorted((site / "content/areas").glob("*.yaml"))
    assert len(areas) == 3
    for file in areas:
        data = yaml.safe_load(file.read_text("utf-8"))
        assert data["status"] == "awaiting" and "declared_at" not in data and "results" not in data, file
        assert "rejected_ballots" not in data and data["electorate"] > 0
    assert "question" in yaml.safe_load((site / "content/referendum.yaml").read_text("utf-8"))
    home = text(soup(out, "/"))
    assert "0 of 3 counting areas declared; 3 awaiting declaration." in home
    assert "No counting area has declared yet." in home
    assert not re.search(r"\b(wins|leads)\b", home)
    for slug in ("north-town-sample", "south-vale-sample", "east-bay-sample"):
        page = soup(out, f"/areas/{slug}/")
        assert page.find(id="status").get_text() == "Awaiting declaration"
        assert page.find(id="result") is None
    assert "0 of 3" in text(soup(out, "/regions/sample-region/"))
    rows = list(csv.DictReader(io.StringIO((out / "data/answer-totals.csv").read_text("utf-8"))))
    assert [(r["votes"], r["share_pct"]) for r in rows] == [("0", ""), ("0", "")]
    for file in out.rglob("*.html"):
        words = " ".join(BeautifulSoup(file.read_text("utf-8"), "html.parser").get_text(" ").split())
        assert not re.search(r"\b(nan|inf)\b|NaN|Infinity|100\.0%|\b0\.0%", words), file


def test_a_referendum_rehearsal_is_stamped_everywhere(tmp_path: Path) -> None:
    site = tmp_path / "site"
    create_site(site, "referendum")
    result = run_cli("build", "--site", str(site), "--rehearsal")
    assert result.exit_code == 0, result.output
    out = site / "output-rehearsal"
    assert not (site / "output").exists()
    pages = sorted(out.rglob("*.html"))
    assert len(pages) >= 15 and any("embed/" in p.as_posix() for p in pages)
    for file in pages:
        doc = BeautifulSoup(file.read_text("utf-8"), "html.parser")
        banner = doc.find(class_="rehearsal-banner")
        assert banner is not None and banner.get_text() == BANNER, file
        assert doc.title.get_text().startswith("TEST DATA – "), file
        assert [m["content"] for m in doc.find_all("meta", attrs={"name": "robots"})] == ["noindex"], file
    feed = ET.parse(out / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert entries and all(e.find(f"{ATOM}title").text.startswith(f"{BANNER}: ") for e in entries)
    csvs = sorted((out / "data").glob("*.csv"))
    assert len(csvs) >= 2
    for file in csvs:
        rows = list(csv.DictReader(io.StringIO(file.read_text("utf-8"))))
        assert rows and all(r["test_data"] == BANNER for r in rows), file
        doc = json.loads(file.with_suffix(".json").read_text("utf-8"))
        assert doc["title"].startswith(f"{BANNER}: ") and all(r["test_data"] == BANNER for r in doc["rows"])
    # the live pages' JSON: its summary (what an update announces) says it too; the rest comes from the page
    live = json.loads((out / "areas/north-town-sample/live.json").read_text("ascii"))
    assert live["summary"].startswith(f"{BANNER}: ")
