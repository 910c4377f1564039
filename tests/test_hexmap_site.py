"""The 2019 example's hex maps, built from the real layout and results: links, colours, region and party
maps, ids that do not match, size, and (in Chromium) axe, keyboard and phone widths, and the Nu checker."""
from __future__ import annotations

import csv
import gzip
import re
import shutil
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from generator.build import build
from generator.cli import main
from tests.site_server import serve
from tests.test_browser import run_axe
from tests.test_html_valid import vnu_errors

REPO = Path(__file__).resolve().parents[1]
SITE = REPO / "examples/ge2019"
SHARED = Path("/work/shared/data/ge2019")
LIBRARY = SHARED if SHARED.is_dir() else SITE / "data/library"  # the same House of Commons Library files
MAP_PAGES = ["", "regions/london/", "parties/labour/", "embed/map/"]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("hexmap") / "output"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1576213200")
        report = build(SITE, target)
    assert report.warnings == ()  # every hex has its area and every area its hex
    return target


@pytest.fixture(scope="module")
def winners() -> dict[str, str]:
    """Each seat's winning party from the candidates' votes (Labour and Co-operative counts as Labour)."""
    best: dict[str, tuple[int, str]] = {}
    with open(LIBRARY / "ge2019_candidates.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            votes = int(row["votes"])
            if row["ons_id"] not in best or votes > best[row["ons_id"]][0]:
                best[row["ons_id"]] = (votes, row["party"].replace("Labour and Co-operative", "Labour"))
    return {ons: party for ons, (_, party) in best.items()}


@pytest.fixture(scope="module")
def seats() -> dict[str, dict[str, str]]:
    with open(LIBRARY / "ge2019_constituencies.csv", encoding="utf-8", newline="") as fh:
        return {row["constituency"]: row for row in csv.DictReader(fh)}


def hexes(out: Path, url: str) -> list[dict]:
    """Each hexagon link on a page: its area page (as a site path), name, fill, and whether it has a gain ring."""
    page = BeautifulSoup((out / url / "index.html").read_text(encoding="utf-8"), "html.parser")
    svg = page.select_one("svg.hexmap")
    if svg is None:
        return []
    rings = {(u["x"], u["y"]) for u in svg.select("g.hexmap-rings use")}
    found = []
    for a in svg.select("a"):
        use = a.find("use")
        target = urljoin("https://x.test/" + url, a["href"]).removeprefix("https://x.test/")
        found.append({"href": target, "name": a.find("title").get_text(), "fill": a.parent["fill"],
                      "ring": (use["x"], use["y"]) in rings, "target": a.get("target")})
    return found


def legend_fills(out: Path, url: str) -> dict[str, str]:
    page = BeautifulSoup((out / url / "index.html").read_text(encoding="utf-8"), "html.parser")
    return {li.get_text(): li.find("path")["fill"] for li in page.select(".hexmap-legend li")}


def test_the_home_page_has_a_hexagon_linking_to_each_of_the_650_areas(out: Path):
    found = hexes(out, "")
    assert len(found) == 650
    pages = {h["href"] for h in found}
    assert len(pages) == 650 and all((out / p / "index.html").is_file() and p.startswith("areas/") for p in pages)
    names = {h["name"].split(":")[0]: h["href"] for h in found}
    assert names["Ynys Môn"] == "areas/ynys-mon/" and names["Belfast North"] == "areas/belfast-north/"


def test_each_hexagon_is_coloured_by_the_winner_and_ringed_when_a_gain(out: Path, winners, seats):
    ons = {row["constituency"]: row["ons_id"] for row in seats.values()}
    fills = legend_fills(out, "")
    found = hexes(out, "")
    for h in found:
        name, _, result = h["name"].partition(": ")
        party = winners[ons[name]]
        assert result.startswith(party) and h["fill"] == fills[party], h
        assert h["ring"] == ("gain" in seats[name]["result"]), h
    by_name = {h["name"].split(":")[0]: h for h in found}
    assert by_name["Blyth Valley"]["name"] == "Blyth Valley: Conservative gain from Labour"
    assert by_name["Aldershot"]["name"] == "Aldershot: Conservative hold"
    assert fills["Conservative"] == "#0087dc" and by_name["Blyth Valley"]["fill"] == "#0087dc"
    assert sum(h["ring"] for h in found) == 81  # the Library's 81 seats that changed hands
    assert "Gain: a white ring" in fills and "Not declared yet" not in fills


def test_the_map_puts_scotland_at_the_top_and_northern_ireland_to_the_west(out: Path):
    page = BeautifulSoup((out / "index.html").read_text(encoding="utf-8"), "html.parser")
    at = {a.find("title").get_text().split(":")[0]: (float(a.use["x"]), float(a.use["y"]))
          for a in page.select("svg.hexmap a")}
    assert at["Orkney and Shetland"][1] < at["Edinburgh East"][1] < at["Leeds Central"][1] < at["Brighton, Pavilion"][1]
    assert at["Belfast North"][0] < at["Liverpool, Walton"][0] < at["Islington North"][0]
    london = [xy for name, xy in at.items() if name in {"Hackney North and Stoke Newington", "Croydon Central",
                                                         "Ealing North", "Bexleyheath and Crayford"}]
    assert max(x for x, _ in london) - min(x for x, _ in london) < 100  # a compact cluster, 10 units a hexagon


def test_the_region_page_shows_its_own_areas_only(out: Path, seats):
    found = hexes(out, "regions/london/")
    london = {n for n, row in seats.items() if row["region"] == "London"}
    assert len(found) == len(london) == 73
    assert {h["name"].split(":")[0] for h in found} == london


def test_the_party_page_highlights_the_seats_it_won(out: Path, winners):
    found = hexes(out, "parties/labour/")
    assert len(found) == 202 and all(h["name"].split(": ")[1].startswith("Labour") for h in found)
    assert {h["fill"] for h in found} == {legend_fills(out, "parties/labour/")["Labour"]}
    page = BeautifulSoup((out / "parties/labour/index.html").read_text(encoding="utf-8"), "html.parser")
    assert len(page.select("svg.hexmap g.hexmap-faint > use")) == 650 - 202  # the rest, faint and not links
    assert hexes(out, "parties/brexit-party/") == []  # no seat, no map
    assert hexes(out, "parties/labour/page/2/") == []  # the map is on the first page of the list only


def test_the_embed_page_has_the_whole_map_opening_links_in_the_top_window(out: Path):
    found = hexes(out, "embed/map/")
    assert len(found) == 650 and {h["target"] for h in found} == {"_top"}


def test_the_map_adds_at_most_100_kb_to_the_home_page(out: Path):
    html = (out / "index.html").read_text(encoding="utf-8")
    section = re.search(r'<section class="card hexmap-card".*?</section>', html, re.S).group(0).encode()
    assert len(section) <= 100 * 1024 and len(gzip.compress(section)) <= 25 * 1024, len(section)


def test_ids_without_a_match_are_warnings_at_their_lines_and_the_map_keeps_the_rest(tmp_path: Path):
    site = tmp_path / "ge2019"
    shutil.copytree(SITE, site, ignore=shutil.ignore_patterns("output", ".cache"))
    layout = site / "maps/constituencies.hexjson"
    text = layout.read_text(encoding="utf-8")
    line = text[:text.index('"E14000530"')].count("\n") + 1
    layout.write_text(text.replace('"E14000530"', '"E99999999"'), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--site", str(site)])
    assert result.exit_code == 0, result.output
    assert f"maps/constituencies.hexjson:{line}: the hex 'E99999999' has no area with that id" in result.output
    area = (site / "content/areas/e14000530.yaml").read_text(encoding="utf-8").split("\n")
    id_line = next(i for i, t in enumerate(area, 1) if t.startswith("id:"))
    assert f"content/areas/e14000530.yaml:{id_line}: the area 'e14000530' has no hex in " \
           "maps/constituencies.hexjson" in result.output
    strict = CliRunner().invoke(main, ["check", "--site", str(site), "--strict"])
    assert strict.exit_code == 1
    build(site, tmp_path / "out")
    assert len(hexes(tmp_path / "out", "")) == 649


def test_a_hexmap_outside_maps_is_refused_at_its_line(tmp_path: Path):
    site = tmp_path / "ge2019"
    shutil.copytree(SITE, site, ignore=shutil.ignore_patterns("output", ".cache"))
    conf = site / "site.yaml"
    lines = conf.read_text(encoding="utf-8").replace("hexmap: maps/constituencies.hexjson",
                                                      "hexmap: maps/../../etc/passwd").split("\n")
    conf.write_text("\n".join(lines), encoding="utf-8")
    line = next(i for i, t in enumerate(lines, 1) if t.startswith("hexmap:"))
    result = CliRunner().invoke(main, ["build", "--site", str(site), "--output", str(tmp_path / "out")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"site.yaml:{line}: `hexmap` must name a file in the site's maps/ folder" in result.output
    assert not (tmp_path / "out").exists()


@pytest.fixture(scope="module")
def address(out: Path):
    with serve(out, "/elections/ge2019/") as addr:
        yield addr


@pytest.mark.parametrize("url", MAP_PAGES)
def test_map_pages_pass_axe_and_every_hexagon_takes_the_keyboard(browser, address, url):
    for scheme in ("light", "dark"):
        page = browser.new_page(color_scheme=scheme)
        page.goto(address + url)
        assert run_axe(page) == [], (url, scheme)
        page.close()
    page = browser.new_page()
    page.goto(address + url)
    focusable = page.evaluate("""() => [...document.querySelectorAll('svg.hexmap a')].map(a => {
        a.focus(); return document.activeElement === a && a.tabIndex >= 0; })""")
    assert focusable and all(focusable)
    # Tab from the element before the map lands on its first hexagon, which shows a focus ring
    page.evaluate("() => { const a = document.querySelector('svg.hexmap a'); a.focus(); a.blur(); }")
    first = page.evaluate("() => document.querySelector('svg.hexmap a').getAttribute('href')")
    page.focus("svg.hexmap a")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.getAttribute('href')") == first
    ring = page.evaluate("() => getComputedStyle(document.activeElement.querySelector('use')).strokeWidth")
    assert float(ring.removesuffix("px")) >= 2  # a thick edge on the focused hexagon (style.css)
    page.close()


@pytest.mark.parametrize("width", [320, 360])
def test_map_pages_fit_a_phone_without_sideways_scrolling(browser, address, width):
    page = browser.new_page(viewport={"width": width, "height": 700})
    for url in MAP_PAGES:
        page.goto(address + url)
        assert page.evaluate("() => document.documentElement.scrollWidth") <= width, url
        box = page.locator("svg.hexmap").bounding_box()
        assert box["width"] <= width and box["height"] > 100, url
    page.close()


def test_map_pages_are_valid_html(out: Path, tmp_path: Path):
    assert vnu_errors([out / u / "index.html" for u in MAP_PAGES], out) == []


def test_an_edited_layout_is_noticed_by_a_rebuild(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """maps/ is an input: moving a hexagon redraws the map, as a cold build of the same files would."""
    from generator.builder import Builder

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1576213200")
    site = tmp_path / "ge2019"
    shutil.copytree(SITE, site, ignore=shutil.ignore_patterns("output", ".cache"))
    builder = Builder(site, tmp_path / "out", jobs=1)
    builder.build()
    before = (tmp_path / "out/index.html").read_bytes()
    layout = site / "maps/constituencies.hexjson"
    layout.write_text(layout.read_text(encoding="utf-8").replace(
        '"E14000530":{"n":"Aldershot","q":-3,"r":-11', '"E14000530":{"n":"Aldershot","q":-3,"r":-40'), encoding="utf-8")
    assert builder.build().rendered > 0
    after = (tmp_path / "out/index.html").read_bytes()
    build(site, tmp_path / "cold")
    assert after != before and after == (tmp_path / "cold/index.html").read_bytes()


def test_the_home_page_share_image_is_the_map(out: Path):
    from PIL import Image

    page = BeautifulSoup((out / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert page.find("meta", property="og:image")["content"].endswith("/elections/ge2019/share.png")
    image = Image.open(out / "share.png").convert("RGB")
    assert image.size == (1200, 630)
    from generator.colours import UK_PARTY_COLOURS

    rgb = {name: tuple(int(UK_PARTY_COLOURS[pid][i:i + 2], 16) for i in (1, 3, 5))
           for pid, name in (("con", "Conservative"), ("lab", "Labour"), ("snp", "SNP"))}
    colours = {c: name for name, c in rgb.items()}
    right = {c for c in image.crop((640, 40, 1140, 560)).getdata() if c in colours}
    left = {c for c in image.crop((0, 40, 600, 560)).getdata() if c in colours}
    assert right == set(colours) and left == set()


def test_a_leadership_site_naming_a_map_is_warned_that_it_has_none(example_site: Path):
    (example_site / "maps").mkdir()
    shutil.copy(SITE / "maps/constituencies.hexjson", example_site / "maps/constituencies.hexjson")
    conf = example_site / "site.yaml"
    conf.write_text(conf.read_text(encoding="utf-8") + "hexmap: maps/constituencies.hexjson\n", encoding="utf-8")
    line = conf.read_text(encoding="utf-8").count("\n")
    result = CliRunner().invoke(main, ["check", "--site", str(example_site)])
    assert result.exit_code == 0
    assert f"site.yaml:{line}: a leadership site has no hex map, so `hexmap` is not used" in result.output
