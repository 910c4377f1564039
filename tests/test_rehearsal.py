"""build --rehearsal: TEST DATA on every page, embed, share image, feed entry and download; noindex everywhere;
output-rehearsal/ by default (never output/); a normal build afterwards keeps none of it."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from generator.scaffold import create_site
from tests import test_browser as browser_checks
from tests import test_html_valid as nu
from tests.conftest import REPO
from tests.site_server import serve
from tests.sitecopy import copy_example, run_cli

BANNER = "TEST DATA – NOT REAL RESULTS"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def rehearsed(tmp_path_factory) -> Path:
    """The sample general election built with `build --rehearsal` (no --output); returns the site folder."""
    site = tmp_path_factory.mktemp("rehearsal") / "site"
    create_site(site, "general-election")
    result = run_cli("build", "--site", str(site), "--rehearsal")
    assert result.exit_code == 0, result.output
    return site


def test_the_rehearsal_goes_to_output_rehearsal_never_output(rehearsed: Path) -> None:
    assert (rehearsed / "output-rehearsal/index.html").is_file()
    assert not (rehearsed / "output").exists()
    assert "/output-rehearsal/" in (rehearsed / ".gitignore").read_text("utf-8")


def test_every_page_and_embed_says_test_data_and_asks_not_to_be_indexed(rehearsed: Path) -> None:
    out = rehearsed / "output-rehearsal"
    pages = sorted(out.rglob("*.html"))
    assert len(pages) >= 20 and any("embed/" in p.as_posix() for p in pages)
    for file in pages:
        doc = BeautifulSoup(file.read_text("utf-8"), "html.parser")
        banner = doc.find(class_="rehearsal-banner")
        assert banner is not None and banner.get_text() == BANNER, file
        assert banner.find_parent(["header", "main"]) is not None, file  # inside a landmark
        assert doc.title.get_text().startswith("TEST DATA – "), file
        robots = doc.find_all("meta", attrs={"name": "robots"})
        assert [m["content"] for m in robots] == ["noindex"], file
    assert (out / "robots.txt").read_text("ascii") == "User-agent: *\nDisallow: /\n"


def test_every_feed_entry_and_download_says_test_data(rehearsed: Path) -> None:
    out = rehearsed / "output-rehearsal"
    feed = ET.parse(out / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert entries and feed.find(f"{ATOM}title").text.startswith(BANNER)
    for entry in entries:
        assert entry.find(f"{ATOM}title").text.startswith(f"{BANNER}: ")
        assert entry.find(f"{ATOM}summary").text.startswith(f"{BANNER}: ")
    csvs = sorted((out / "data").glob("*.csv"))
    assert len(csvs) >= 2
    for file in csvs:
        rows = list(csv.DictReader(io.StringIO(file.read_text("utf-8"))))
        assert rows and all(r["test_data"] == BANNER for r in rows), file
        assert next(csv.reader(io.StringIO(file.read_text("utf-8"))))[0] == "test_data"
        doc = json.loads(file.with_suffix(".json").read_text("utf-8"))
        assert doc["title"].startswith(f"{BANNER}: ") and doc["columns"][0]["name"] == "test_data"
        assert all(r["test_data"] == BANNER for r in doc["rows"])


def test_every_share_image_carries_the_band(rehearsed: Path) -> None:
    images = sorted((rehearsed / "output-rehearsal").rglob("share.png"))
    assert images
    for file in images:
        image = Image.open(file).convert("RGB")
        assert image.getpixel((5, 5)) == (0x8B, 0, 0), file
        # the band has white text in it
        assert (255, 255, 255) in {image.getpixel((x, 20)) for x in range(image.width // 3, 2 * image.width // 3)}


def test_a_normal_build_after_a_rehearsal_keeps_nothing_of_it(tmp_path: Path) -> None:
    """The same output folder both times: the state of the rehearsal build is never reused."""
    site = copy_example(tmp_path / "site")
    out = tmp_path / "out"
    assert run_cli("build", "--site", str(site), "--output", str(out), "--rehearsal").exit_code == 0
    assert "rehearsal-banner" in (out / "index.html").read_text("utf-8")
    result = run_cli("build", "--site", str(site), "--output", str(out))
    assert result.exit_code == 0, result.output
    for file in out.rglob("*"):
        if file.is_file() and file.suffix in {".html", ".xml", ".csv", ".json", ".txt"}:
            assert "TEST DATA" not in file.read_text("utf-8"), file
    assert "Allow: /" in (out / "robots.txt").read_text("ascii")


def test_serve_has_the_rehearsal_flag() -> None:
    result = run_cli("serve", "--help")
    assert "--rehearsal" in result.output and "output-rehearsal" in result.output


def test_rehearsal_pages_are_valid_html(rehearsed: Path) -> None:
    out = rehearsed / "output-rehearsal"
    pages = [p for p in sorted(out.rglob("*.html")) if p.name != "404.html"]  # 404's inline CSS: test_html_valid
    assert nu.vnu_errors(pages, out) == []


def test_the_banner_passes_axe_in_both_colour_schemes(rehearsed: Path, browser) -> None:
    out = rehearsed / "output-rehearsal"
    with serve(out, "/elections/new/") as address:
        page = browser.new_page()
        failures = {}
        for rel in ("", "areas/east-bay-sample/", "embed/seats/", "data/"):
            for scheme in ("light", "dark"):
                page.emulate_media(color_scheme=scheme)
                page.goto(address + rel)
                violations = browser_checks.run_axe(page)
                if violations:
                    failures[f"{rel} ({scheme})"] = violations
        page.close()
    assert failures == {}, json.dumps(failures, indent=1)


def test_the_leadership_example_rehearses_too(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("build", "--site", str(REPO), "--output", str(out), "--rehearsal")
    assert result.exit_code == 0, result.output
    for file in out.rglob("*.html"):
        assert BANNER in file.read_text("utf-8"), file
