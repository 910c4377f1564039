"""Publishing: any host (sub-path, root, disk), link check, feed, sitemap, data, embeds, sharing, weight."""
from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from PIL import Image

from generator.build import build
from generator.cli import main

from .conftest import EPOCH, REPO, copy_example
from .site_server import crawl, serve

BASE = "https://example.org/elections/labour-2016/"
ATOM = "{http://www.w3.org/2005/Atom}"


def html_files(output: Path) -> list[Path]:
    return sorted(output.rglob("*.html"))


def page(output: Path, rel: str) -> BeautifulSoup:
    return BeautifulSoup((output / rel).read_text("utf-8"), "html.parser")


@pytest.fixture(scope="session")
def disk_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example site with `index_links: true`, for browsing straight from disk."""
    site = copy_example(tmp_path_factory.mktemp("disk") / "site")
    with open(site / "site.yaml", "a", encoding="utf-8") as fh:
        fh.write("index_links: true\n")
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
    build(site, site / "output")
    mp.undo()
    return site / "output"


# --- any static host -------------------------------------------------------------------------------

@pytest.mark.parametrize("prefix", ["/elections/labour-2016/", "/"])
def test_crawl_served_under_a_sub_path_and_at_the_root(built_example, prefix):
    with serve(built_example, prefix) as start:
        visited, problems = crawl(start)
    assert problems == []
    pages = [p for p in html_files(built_example) if p.name == "index.html"]
    assert len(visited) == len(pages) == 53  # 32 reader pages and 21 embeds, all reached by links


def test_404_page_works_at_any_address(built_example):
    with serve(built_example, "/elections/labour-2016/") as start:
        visited, problems = crawl(start + "no/such/page/")
    assert problems == [f"(start) -> {start}no/such/page/: HTTP 404"]
    with serve(built_example, "/elections/labour-2016/") as start:
        missing = start + "deep/er/missing.html"
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(missing)
        body = BeautifulSoup(info.value.read(), "html.parser")
        assert body.find("link", rel="stylesheet") is None  # inlined: tests/test_404_anywhere.py
        home = body.find("a", string=lambda s: s and s.startswith("Home page"))["href"]
        assert home == "/elections/labour-2016/"
        assert urllib.request.urlopen(start.split("/elections")[0] + home).status == 200
        assert body.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_crawl_from_disk_with_index_links(disk_build):
    visited, problems = crawl((disk_build / "index.html").as_uri())
    assert problems == []
    assert len(visited) == 53
    home = page(disk_build, "index.html")
    nav = [a["href"] for a in home.find("nav", attrs={"aria-label": "Main"}).find_all("a")]
    assert nav[:2] == ["result/index.html", "candidates/index.html"]
    assert home.find("link", rel="canonical")["href"] == BASE  # canonical addresses stay clean


def test_no_request_leaves_the_site(built_example):
    for file in html_files(built_example):
        doc = page(built_example, file.relative_to(built_example).as_posix())
        # complete without JavaScript, and no trackers: the one script is the live pages' own file, deferred
        assert all(s.get("src", "").endswith("static/live.js") and s.has_attr("defer") and not s.string
                   for s in doc.find_all("script")), file
        for el in doc.find_all(["link", "script", "img", "iframe", "source", "video", "audio"]):
            ref = el.get("src") or el.get("href")
            if el.name == "link" and el.get("rel") in (["canonical"],):
                continue
            parts = urlsplit(ref)
            assert not parts.scheme and not parts.netloc, (file, ref)
            if file.name != "404.html":
                assert not ref.startswith("/"), (file, ref)  # relative, so any host and sub-path works
        for style in doc.find_all("style"):
            assert "url(" not in style.text and "@import" not in style.text, file
    css = (built_example / "static/style.css").read_text("utf-8")
    assert "@import" not in css and "url(" not in css and "@font-face" not in css


def test_robots_sitemap_and_favicon(built_example):
    robots = (built_example / "robots.txt").read_text()
    assert f"Sitemap: {BASE}sitemap.xml" in robots
    sitemap = ET.parse(built_example / "sitemap.xml").getroot()
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [loc.text for loc in sitemap.findall("s:url/s:loc", ns)]
    assert len(locs) == 32 and locs[0] == BASE and f"{BASE}result/" in locs and f"{BASE}data/" in locs
    assert not any("/embed/" in loc or "404" in loc for loc in locs)
    for loc in locs:
        rel = loc.removeprefix(BASE)
        assert (built_example / rel / "index.html").is_file(), loc
    favicon = ET.parse(built_example / "static/favicon.svg").getroot()
    assert favicon.tag == "{http://www.w3.org/2000/svg}svg"
    assert page(built_example, "index.html").find("link", rel="icon")["href"] == "static/favicon.svg"


def test_atom_feed_is_valid_with_absolute_addresses(built_example):
    raw = (built_example / "feed.xml").read_bytes()
    feed = ET.fromstring(raw)
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{required}") is not None, required
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == BASE + "feed.xml"
    assert feed.find(f"{ATOM}updated").text == "2016-09-24T00:00:00+01:00"  # newest update, not build time
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == [
        "Jeremy Corbyn re-elected", "The ballot opens", "Nominations close"]
    first = entries[0]
    assert first.find(f"{ATOM}id").text == BASE + "updates/2016-09-24-corbyn-re-elected/"
    assert first.find(f"{ATOM}link").get("href") == first.find(f"{ATOM}id").text
    assert first.get("{http://www.w3.org/XML/1998/namespace}base") == first.find(f"{ATOM}id").text
    content = BeautifulSoup(first.find(f"{ATOM}content").text, "html.parser")
    assert "313,209" in content.get_text()
    assert content.find("a")["href"] == BASE + "result/"  # absolute, for readers that ignore xml:base
    for e in entries:
        assert urlsplit(e.find(f"{ATOM}id").text).scheme == "https"
        for child in ("title", "id", "updated", "link"):
            assert e.find(f"{ATOM}{child}") is not None
    home = page(built_example, "index.html")
    assert home.find("link", rel="alternate", type="application/atom+xml")["href"] == "feed.xml"


# --- the link check in every build ------------------------------------------------------------------

def _build_errors(site: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["build", "--site", str(site)])
    return result.exit_code, result.output


def test_broken_markdown_link_names_the_md_line_and_leaves_output_alone(example_site):
    assert _build_errors(example_site)[0] == 0
    before = {p: p.read_bytes() for p in (example_site / "output").rglob("*") if p.is_file()}
    about = example_site / "content/pages/about.md"
    about.write_text(about.read_text().replace("(../methodology/)", "(../methodolgy/)"))
    update = example_site / "content/updates/2016-09-24-corbyn-re-elected.md"
    update.write_text(update.read_text().replace("(../../result/)", "(../../result/#turnot)"))
    code, output = _build_errors(example_site)
    assert code == 1
    assert output.splitlines() == [
        "Error 1/2: content/pages/about.md:14: the link to /methodolgy/ (on the page /about/) goes to a page that "
        "does not exist",
        "  hint: check the spelling of the address; the site's pages end in /, like /result/",
        "Error 2/2: content/updates/2016-09-24-corbyn-re-elected.md:8: the link to /result/#turnot (on the page "
        "/updates/2016-09-24-corbyn-re-elected/) goes to #turnot, which is not on that page",
        "  hint: did you mean #turnout?"]
    after = {p: p.read_bytes() for p in (example_site / "output").rglob("*") if p.is_file()}
    assert after == before


def test_broken_template_link_names_the_template(example_site):
    (example_site / "templates").mkdir()
    page_html = (REPO / "templates/page.html").read_text()
    (example_site / "templates/page.html").write_text(
        page_html.replace("{{ doc.html | safe }}", "{{ doc.html | safe }}<p><a href=\"{{ link('/results/') }}\">x</a></p>"))
    code, output = _build_errors(example_site)
    assert code == 1
    assert output.splitlines()[0] == ("Error: templates/page.html: the link to /results/ (on the page /about/) goes "
                                      "to a page that does not exist")


def test_site_paths_in_markdown_become_relative_links(example_site):
    about = example_site / "content/pages/about.md"
    about.write_text(about.read_text().replace("(../methodology/)", "(/result/#turnout)"))
    assert _build_errors(example_site)[0] == 0
    link = page(example_site / "output", "about/index.html").find("a", string="methodology")
    assert link["href"] == "../result/#turnout"  # works under any sub-path and from disk
    about.write_text(about.read_text().replace("(/result/#turnout)", "(/result/#turnot)"))
    code, output = _build_errors(example_site)
    assert code == 1 and output.splitlines()[0] == (
        "Error: content/pages/about.md:14: the link to /result/#turnot (on the page /about/) goes to "
        "#turnot, which is not on that page")


# --- data downloads and embeds -----------------------------------------------------------------------

def _csv(output: Path, name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((output / "data" / name).read_text("utf-8"))))


def test_data_downloads_agree_with_the_pages(built_example):
    results = _csv(built_example, "results.csv")
    assert [(r["candidate"], r["votes"], r["share_pct"], r["elected"]) for r in results] == [
        ("Jeremy Corbyn", "313209", "61.8", "true"), ("Owen Smith", "193229", "38.2", "false")]
    sections = _csv(built_example, "results-by-section.csv")
    assert len(sections) == 6 and sum(int(r["votes"]) for r in sections) == 313209 + 193229
    totals = {(r["category_id"], r["nominee_id"]): r for r in _csv(built_example, "nominations-totals.csv")}
    assert totals[("clps", "jeremy-corbyn")]["reported"] == "285"
    assert totals[("clps", "jeremy-corbyn")]["share_of_bodies_pct"] == "44.1"
    assert totals[("mps-and-meps", "owen-smith")]["reported"] == "172"
    itemised = _csv(built_example, "nominations-itemised.csv")
    clps = page(built_example, "nominations/clps/index.html")
    bodies = [th.get_text(strip=True) for th in clps.select("table.list tbody th")]
    assert [r["body"] for r in itemised if r["category_id"] == "clps"] == bodies
    for name in ("results", "results-by-section", "nominations-totals", "nominations-itemised"):
        doc = json.loads((built_example / "data" / f"{name}.json").read_text("utf-8"))
        rows = _csv(built_example, f"{name}.csv")
        assert len(doc["rows"]) == len(rows) and doc["url"] == f"{BASE}data/{name}.json"
        assert [c["name"] for c in doc["columns"]] == list(rows[0])
    assert json.loads((built_example / "data/results.json").read_text())["rows"][0]["share_pct"] == 61.8
    data_page = page(built_example, "data/index.html")
    links = {a["href"] for a in data_page.select("a[download]")}
    assert {"results.csv", "results.json", "nominations-itemised.csv"} <= links


def test_every_chart_links_its_data_and_embed(built_example):
    for file in html_files(built_example):
        rel = file.relative_to(built_example).as_posix()
        if rel.startswith("embed/"):
            continue
        for svg in page(built_example, rel).select("figure svg.chart"):
            figure = svg.find_parent("figure")
            tools = figure.find(class_="chart-tools")
            assert tools, (rel, svg["id"])
            assert tools.find("a", string="Download the data")["href"].split("#")[0].endswith("data/")
            code = tools.find("details").find("summary").get_text() == "Embed this chart"
            assert code
            snippet = BeautifulSoup(tools.find("pre").get_text(), "html.parser").find("iframe")
            assert snippet["src"].startswith(BASE + "embed/") and snippet["title"]
            embed = snippet["src"].removeprefix(BASE)
            assert (built_example / embed / "index.html").is_file(), embed


def test_embed_pages_are_small_and_credit_the_site(built_example):
    embeds = sorted((built_example / "embed").glob("*/index.html"))
    assert len(embeds) == 21  # result, sections, 5 categories, all regions, 13 regions
    doc = page(built_example, "embed/result/index.html")
    assert doc.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    svg = doc.find("svg")
    assert svg["width"] == "100%" and "313,209 (61.8%)" in svg.find("desc").get_text()
    source, back = doc.find_all(class_="credit")
    assert source.get_text() == "Source: LabourList, 24 September 2016"
    credit = back.find("a")
    assert credit["href"] == "../../result/" and credit["target"] == "_top"
    assert not doc.find("nav") and not doc.find("script")
    assert all(p.stat().st_size < 12_000 for p in embeds)


# --- sharing ---------------------------------------------------------------------------------------

def test_every_page_has_sharing_metadata_with_its_own_result(built_example):
    for file in html_files(built_example):
        rel = file.relative_to(built_example).as_posix()
        if rel.startswith("embed/"):
            continue
        doc = page(built_example, rel)
        meta = {m.get("property") or m.get("name"): m.get("content") for m in doc.find_all("meta")}
        for key in ("description", "og:title", "og:description", "og:url", "og:image", "og:type",
                    "twitter:card", "twitter:title", "twitter:image"):
            assert meta.get(key), (rel, key)
        image = meta["og:image"].removeprefix(BASE)
        assert (built_example / image).is_file(), (rel, image)
        assert meta["twitter:card"] == "summary_large_image"
    result = page(built_example, "result/index.html")
    og = {m["property"]: m["content"] for m in result.find_all("meta", property=True)}
    assert og["og:title"] == "Jeremy Corbyn re-elected with 61.8%"
    assert og["og:image"] == BASE + "result/share.png" and og["og:url"] == BASE + "result/"
    assert "313,209 votes" in og["og:description"]
    smith = {m["property"]: m["content"] for m in page(built_example, "candidates/owen-smith/index.html")
             .find_all("meta", property=True)}
    assert smith["og:title"] == "Owen Smith: 38.2% of the vote (193,229 votes)"
    clps = {m["property"]: m["content"] for m in page(built_example, "nominations/clps/index.html")
            .find_all("meta", property=True)}
    assert clps["og:title"].startswith("Constituency Labour parties: Jeremy Corbyn 285, Owen Smith 53")


def test_share_images_are_1200_by_630_pngs_and_reproducible(built_example, tmp_path, monkeypatch):
    images = sorted(built_example.rglob("share.png"))
    rels = {p.relative_to(built_example).as_posix() for p in images}
    assert {"share.png", "result/share.png", "candidates/jeremy-corbyn/share.png",
            "nominations/clps/share.png", "nominations/mps-and-meps/share.png"} <= rels
    assert len(images) == 1 + 1 + 2 + 5
    for p in images:
        with Image.open(p) as im:
            assert im.format == "PNG" and im.size == (1200, 630)
    with Image.open(built_example / "result/share.png") as im:
        rgb = im.convert("RGB")
        # The winner's bar is drawn in his colour across the full width, the loser's to 61.7% of it.
        red = (0xb0, 0x17, 0x2b)
        y = next(y for y in range(20, 630) if rgb.getpixel((600, y)) == red)
        row = [rgb.getpixel((x, y + 5)) for x in range(0, 1200)]
        corbyn = sum(1 for px in row if px == red)
        assert 1070 <= corbyn <= 1080
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    again = tmp_path / "again"
    build(REPO, again)
    for p in images:
        assert (again / p.relative_to(built_example)).read_bytes() == p.read_bytes(), p


# --- weight ----------------------------------------------------------------------------------------

def test_weight_budget(built_example):
    css = (built_example / "static/style.css").stat().st_size
    home = (built_example / "index.html").stat().st_size
    assert home + css <= 60 * 1024, (home, css)
    front = page(built_example, "index.html")
    assert [l["href"] for l in front.find_all("link", rel="stylesheet")] == ["static/style.css"]
    assert not front.find_all(["img", "iframe", "object", "embed"])  # nothing else to fetch
    assert [s["src"] for s in front.find_all("script")] == ["static/live.js"]  # but the live page's script
    for file in html_files(built_example):
        doc = page(built_example, file.relative_to(built_example).as_posix())
        total = file.stat().st_size
        for el in doc.find_all(["link", "img", "script"]):
            rel = el.get("rel") or []
            ref = el.get("src") or (el.get("href") if "stylesheet" in rel or "icon" in rel else None)
            if ref:
                target = (file.parent / ref) if not ref.startswith("/") else built_example / ref.split("/", 3)[-1]
                total += target.resolve().stat().st_size
        assert total <= 150 * 1024, (file, total)


# --- a general election site gets the same publishing files --------------------------------------------

def test_general_election_downloads_agree_with_the_source_data(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1576213200")
    out = tmp_path / "output"
    build(REPO / "examples/ge2019", out)
    source = list(csv.DictReader(io.StringIO((REPO / "examples/ge2019/data/ge2019.csv").read_text("utf-8"))))
    rows = _csv(out, "results-by-area.csv")
    assert len(rows) == len(source) == 3320
    assert sum(int(r["votes"]) for r in rows) == sum(int(r["votes"]) for r in source)
    assert sum(1 for r in rows if r["elected"] == "true") == 650
    seats = {r["party_id"]: int(r["seats"]) for r in _csv(out, "party-totals.csv")}
    assert seats["con"] == 365 and seats["lab"] == 202 and sum(seats.values()) == 650
    feed = ET.parse(out / "feed.xml").getroot()
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == "https://example.org/elections/ge2019/feed.xml"
    assert (out / "404.html").is_file() and (out / "share.png").is_file()
    pages = [p for p in out.rglob("index.html") if p.relative_to(out).parts[0] != "embed"]  # embeds are not listed
    assert len(ET.parse(out / "sitemap.xml").getroot()) == len(pages)
