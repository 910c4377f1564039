""""Last updated" is when the results last changed (the newest declaration), never the time of the build."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from generator.builder import Builder
from generator.cli import main
from generator.render import paging

from .conftest import REPO, copy_example


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def stamp(output: Path, url: str) -> str | None:
    """The footer's "Last updated" time of the page at a site URL (its datetime), or None without one."""
    page = BeautifulSoup((output / url.strip("/") / "index.html").read_text("utf-8"), "html.parser")
    found = page.select("footer .stamp")
    if not found:
        return None
    assert len(found) == 1 and found[0].get_text(" ", strip=True).startswith("Last updated "), url
    return found[0].find("time")["datetime"]


def test_a_2016_archive_says_2016_whenever_it_is_built(tmp_path: Path, monkeypatch) -> None:
    site = copy_example(tmp_path / "site")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)  # the real clock
    Builder(site, tmp_path / "today", jobs=1).build()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1893456000")  # 2030
    Builder(site, tmp_path / "later", jobs=1).build()
    today = tree(tmp_path / "today")
    assert today == tree(tmp_path / "later")  # pages carry no build time at all
    pages = [p for p in today if p.endswith(".html")]
    assert len(pages) == 54
    readers = [p for p in pages if p != "404.html" and not p.startswith("embed/")]  # embeds have no footer
    assert len(readers) == 32
    stamps = {stamp(tmp_path / "today", "/" + p.removesuffix("index.html")) for p in readers}
    assert stamps == {"2016-09-24"}  # content/results.yaml: declared_at: 2016-09-24
    home = BeautifulSoup(today["index.html"], "html.parser")
    assert home.select_one("footer .stamp").get_text(" ", strip=True) == "Last updated 24 September 2016"


@pytest.fixture
def general(tmp_path: Path) -> Path:
    """The `new` general election: North Town declared 02:30, South Vale 03:10, East Bay awaiting."""
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert CliRunner().invoke(main, ["new", "ge", "--kind", "general-election"]).exit_code == 0
    finally:
        os.chdir(cwd)
    return tmp_path / "ge"


def test_each_page_gives_the_newest_declaration_it_shows(general: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    Builder(general, out, jobs=1).build()
    assert stamp(out, "/") == "2024-01-02T03:10+00:00"  # the latest declaration of all
    assert stamp(out, "/areas/north-town-sample/") == "2024-01-02T02:30+00:00"  # its own
    assert stamp(out, "/areas/east-bay-sample/") is None  # nothing declared there yet
    assert stamp(out, "/regions/sample-region/") == "2024-01-02T03:10+00:00"
    assert stamp(out, "/about/") == "2024-01-02T03:10+00:00"
    home = BeautifulSoup((out / "index.html").read_text("utf-8"), "html.parser")
    assert home.select_one("footer .stamp").get_text(" ", strip=True) == "Last updated 2 January 2024, 03:10"


def test_a_later_declaration_moves_the_stamps_and_a_rebuild_equals_a_cold_build(general: Path, tmp_path: Path,
                                                                               monkeypatch) -> None:
    # One area per page of a list, so that the region's first page shows East Bay only but gives the
    # region's newest declaration: an edit of South Vale's time must render it again (render/deps.py).
    monkeypatch.setattr(paging, "ROWS_PER_PAGE", 1)
    out = tmp_path / "out"
    builder = Builder(general, out, jobs=1)
    builder.build()
    assert stamp(out, "/regions/sample-region/") == "2024-01-02T03:10+00:00"
    area = general / "content/areas/south-vale.yaml"
    area.write_text(area.read_text("utf-8").replace("declared_at: 2024-01-02 03:10", "declared_at: 2024-01-02 04:45"),
                    "utf-8")
    report = builder.build()
    assert report.rendered < report.pages
    for url in ("/", "/regions/sample-region/", "/areas/south-vale-sample/", "/about/"):
        assert stamp(out, url) == "2024-01-02T04:45+00:00", url
    assert stamp(out, "/areas/north-town-sample/") == "2024-01-02T02:30+00:00"
    Builder(general, tmp_path / "cold", jobs=1).build()
    assert tree(out) == tree(tmp_path / "cold")
