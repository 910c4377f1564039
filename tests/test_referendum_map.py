"""A referendum site's hex map, on a small site made with `new --kind referendum` plus areas in a second
region and a hand-made layout (test data: no layout of the real counting areas exists): links, the
winning answer's colour, the shade by share, hatching, the region's crop, ids that do not match, and in
Chromium axe, the 320 px width and the Nu checker."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from bs4 import BeautifulSoup
from click.testing import CliRunner

from generator.build import build
from generator.cli import main
from generator.kinds.referendum.hexmaps import BOUNDS, STRENGTHS, shade
from tests.referendum_helpers import area
from tests.site_server import serve
from tests.test_browser import run_axe
from tests.test_html_valid import vnu_errors

# Two areas of a second region: exactly 65% (a lower bound belongs to its step) and 61%.
EXTRA = {
    "west-fen": area("west-fen", "West Fen", 13000, 7000, region="Other Region", electorate=30000),
    "river-side": area("river-side", "River Side", 3900, 6100, region="Other Region", electorate=15000),
}
LAYOUT = """{"layout": "odd-r", "hexes": {
  "NORTH-TOWN": {"q": 0, "r": 1, "n": "North Town"},
  "south-vale": {"q": 1, "r": 1},
  "east-bay": {"q": 2, "r": 1},
  "west-fen": {"q": 0, "r": 0},
  "river-side": {"q": 1, "r": 0}
}}
"""
MAP_PAGES = ["", "regions/sample-region/", "regions/other-region/", "embed/map/"]


def make_site(root: Path, layout: str | None = LAYOUT) -> Path:
    result = CliRunner().invoke(main, ["new", str(root), "--kind", "referendum"])
    assert result.exit_code == 0, result.output
    for aid, text in EXTRA.items():
        (root / f"content/areas/{aid}.yaml").write_text(text, encoding="utf-8")
    if layout is not None:
        (root / "maps").mkdir()
        (root / "maps/areas.hexjson").write_text(layout, encoding="utf-8")
        conf = root / "site.yaml"
        conf.write_text(conf.read_text(encoding="utf-8") + "hexmap: maps/areas.hexjson\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_site(tmp_path_factory.mktemp("refmap") / "site")


@pytest.fixture(scope="module")
def out(site: Path) -> Path:
    report = build(site, site.parent / "output")
    assert report.warnings == ()  # every hex has its area and every area its hex
    return site.parent / "output"


def votes(site: Path) -> dict[str, tuple[str, dict[str, int], str]]:
    """Each area's name, its votes by answer (declared areas only) and its page, read from its file."""
    found = {}
    for path in sorted((site / "content/areas").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        counted = {r["answer"]: r["votes"] for r in data.get("results") or ()} if data["status"] == "declared" else {}
        found[data["name"]] = (data["region"], counted, path.stem)
    return found


def hexes(out: Path, url: str) -> list[dict]:
    page = BeautifulSoup((out / url / "index.html").read_text(encoding="utf-8"), "html.parser")
    svg = page.select_one("svg.hexmap")
    if svg is None:
        return []
    return [{"href": urljoin("https://x.test/" + url, a["href"]).removeprefix("https://x.test/"),
             "name": a.find("title").get_text(), "fill": a.parent["fill"], "target": a.get("target")}
            for a in svg.select("a")]


def legend(out: Path, url: str) -> dict[str, str]:
    page = BeautifulSoup((out / url / "index.html").read_text(encoding="utf-8"), "html.parser")
    return {li.get_text(): li.find("path")["fill"] for li in page.select(".hexmap-legend li")}


def test_each_hexagon_links_to_its_area_page_named_by_the_winner_and_share(out: Path, site: Path):
    found = {h["name"].split(":")[0]: h for h in hexes(out, "")}
    assert len(found) == 5
    assert found["North Town (sample)"]["name"] == "North Town (sample): Yes 55.3%"  # 26000 of 47000
    assert found["West Fen"]["name"] == "West Fen: Yes 65.0%"
    assert found["East Bay (sample)"]["name"] == "East Bay (sample): Awaiting declaration"
    page = BeautifulSoup((out / "index.html").read_text(encoding="utf-8"), "html.parser")
    for name, h in found.items():
        target = out / h["href"] / "index.html"
        assert target.is_file() and h["href"].startswith("areas/")
        title = BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser").h1.get_text()
        assert title == name
    assert page.select_one("section.hexmap-card h2").get_text() == "Map"


def test_colour_follows_the_winning_answer_and_the_shade_its_share(out: Path, site: Path):
    key = legend(out, "")
    answers = {"yes": ("Yes", "#1f77b4"), "no": ("No", "#f2c500")}
    for name, (_, counted, _) in votes(site).items():
        if not counted:
            continue
        winner = max(counted, key=counted.get)
        share = counted[winner] / sum(counted.values()) * 100
        n = sum(share >= b for b in BOUNDS)
        label, colour = answers[winner]
        h = next(h for h in hexes(out, "") if h["name"].startswith(name + ":"))
        assert h["fill"] == shade(colour, n) == key[f"{label} {['under 55%', '55–60%', '60–65%', '65% or more'][n]}"], name
    # the steps hand-checked: 55.3% and 56.3% are the second shade, 61% the third, exactly 65% the last
    by = {h["name"].split(":")[0]: h["fill"] for h in hexes(out, "")}
    assert by["North Town (sample)"] == shade("#1f77b4", 1) and by["South Vale (sample)"] == shade("#f2c500", 1)
    assert by["River Side"] == shade("#f2c500", 2) and by["West Fen"] == "#1f77b4"
    assert shade("#1f77b4", 0) == "#a5c9e1" and len(STRENGTHS) == len(BOUNDS) + 1
    # the key lists every step of each answer that won somewhere, one row (list) per answer, outlined
    page = BeautifulSoup((out / "index.html").read_text(encoding="utf-8"), "html.parser")
    rows = page.select("ul.hexmap-legend")
    assert [r["aria-label"] for r in rows] == ["Key to the map: Yes", "Key to the map: No", "Key to the map"]
    assert [li.get_text() for li in rows[0].select("li")] == ["Yes under 55%", "Yes 55–60%", "Yes 60–65%",
                                                              "Yes 65% or more"]
    assert {p["stroke"] for p in page.select("ul.hexmap-legend path")} == {"currentColor"}


def test_undeclared_areas_are_hatched_grey(out: Path):
    h = next(h for h in hexes(out, "") if h["name"].startswith("East Bay"))
    assert h["fill"] == "url(#map-hatch)"
    assert legend(out, "")["Not declared yet"] == "url(#map-hatch)"


def test_a_region_map_has_only_its_own_areas(out: Path, site: Path):
    areas = votes(site)
    for url, region in (("regions/sample-region/", "Sample Region"), ("regions/other-region/", "Other Region")):
        names = {h["name"].split(":")[0] for h in hexes(out, url)}
        assert names == {n for n, (r, _, _) in areas.items() if r == region}, url
    assert "Not declared yet" not in legend(out, "regions/other-region/")
    assert list(legend(out, "regions/other-region/")) == ["Yes under 55%", "Yes 55–60%", "Yes 60–65%",
                                                          "Yes 65% or more", "No under 55%", "No 55–60%",
                                                          "No 60–65%", "No 65% or more"]


def test_the_embed_page_and_share_image_show_the_map(out: Path):
    from PIL import Image

    found = hexes(out, "embed/map/")
    assert len(found) == 5 and {h["target"] for h in found} == {"_top"}
    image = Image.open(out / "share.png").convert("RGB")
    colours = {c for _, c in image.crop((640, 40, 1140, 560)).getcolors(1 << 20)}
    assert (0x1f, 0x77, 0xb4) in colours and (0xa5, 0xc9, 0xe1) not in colours  # no palest Yes is shown
    assert tuple(int(shade("#f2c500", 1)[i:i + 2], 16) for i in (1, 3, 5)) in colours


def test_a_site_without_a_layout_says_nothing_of_a_map(tmp_path: Path):
    site = make_site(tmp_path / "site", layout=None)
    report = build(site, tmp_path / "out")
    assert report.warnings == ()
    for url in ("", "regions/sample-region/"):
        html = (tmp_path / "out" / url / "index.html").read_text(encoding="utf-8")
        assert "hexmap" not in html and ">Map<" not in html
    assert not (tmp_path / "out/embed/map").exists()


def test_ids_that_do_not_match_are_warned_at_their_lines(tmp_path: Path):
    layout = LAYOUT.replace('"river-side": {"q": 1, "r": 0}', '"ghost-town": {"q": 1, "r": 0}')
    site = make_site(tmp_path / "site", layout)
    line = layout[:layout.index('"ghost-town"')].count("\n") + 1
    result = CliRunner().invoke(main, ["check", "--site", str(site)])
    assert result.exit_code == 0, result.output
    assert f"maps/areas.hexjson:{line}: the hex 'ghost-town' has no area with that id" in result.output
    id_line = EXTRA["river-side"].split("\n").index("id: river-side") + 1
    assert f"content/areas/river-side.yaml:{id_line}: the area 'river-side' has no hex in maps/areas.hexjson" \
           in result.output
    assert CliRunner().invoke(main, ["check", "--site", str(site), "--strict"]).exit_code == 1
    build(site, tmp_path / "out")
    assert len(hexes(tmp_path / "out", "")) == 4


@pytest.fixture(scope="module")
def address(out: Path):
    with serve(out, "/elections/new/") as addr:
        yield addr


@pytest.mark.parametrize("url", MAP_PAGES)
def test_map_pages_pass_axe_and_fit_320_px(browser, address, url):
    for scheme in ("light", "dark"):
        page = browser.new_page(color_scheme=scheme, viewport={"width": 320, "height": 700})
        page.goto(address + url)
        assert run_axe(page) == [], (url, scheme)
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 320, url
        box = page.locator("svg.hexmap").bounding_box()
        assert 50 < box["width"] <= 320, url
        page.close()


def test_map_pages_are_valid_html(out: Path):
    assert vnu_errors([out / u / "index.html" for u in MAP_PAGES], out) == []
