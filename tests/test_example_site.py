"""The shipped example, built from the real files, checked page by page."""
from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .conftest import soup, text


def pages(output: Path) -> list[str]:
    """The site's pages for readers; the chart embeds under /embed/ are tested in test_publishing.py."""
    return sorted("/" + p.parent.relative_to(output).as_posix().replace(".", "").strip("/") + "/"
                  if p.parent != output else "/" for p in output.rglob("index.html")
                  if not p.relative_to(output).as_posix().startswith("embed/"))


def test_every_expected_page_exists(built_example):
    urls = set(pages(built_example))
    expected = {"/", "/result/", "/candidates/", "/candidates/jeremy-corbyn/", "/candidates/owen-smith/",
                "/nominations/", "/nominations/clps/", "/nominations/trade-unions/",
                "/nominations/socialist-societies/", "/nominations/young-labour/", "/nominations/mps-and-meps/",
                "/nominations/regions/", "/nominations/regions/wales/", "/nominations/regions/lothian/",
                "/about/", "/methodology/", "/updates/", "/updates/2016-09-24-corbyn-re-elected/"}
    assert expected <= urls
    regions = [u for u in urls if u.startswith("/nominations/regions/") and u != "/nominations/regions/"]
    assert len(regions) == 13  # every nation/region named in the itemised CLP list


def test_result_page_figures(built_example):
    page = text(soup(built_example, "/result/"))
    for figure in ["313,209", "61.8%", "193,229", "38.2%", "654,006", "77.6%", "506,438", "1,042",
                   "24 September 2016", "Liverpool", "168,216", "116,960", "84,918", "36,599", "60,075", "39,670"]:
        assert figure in page, figure
    assert "Source: LabourList, 24 September 2016" in page


def test_result_table_and_chart_agree(built_example):
    page = soup(built_example, "/result/")
    rows = page.select("#result-table tbody tr")
    cells = [[c.get_text(" ", strip=True) for c in r.find_all(["th", "td"])] for r in rows]
    assert cells[0][0].startswith("Jeremy Corbyn") and "Elected" in cells[0][0]
    assert cells[0][1:] == ["313,209", "61.8%"] and cells[1][1:] == ["193,229", "38.2%"]
    svg = ET.fromstring(str(page.find("svg", id="result")))
    ns = {"s": "http://www.w3.org/2000/svg"}
    widths = [float(r.get("width").rstrip("%")) for r in svg.findall(".//s:rect[@class='chart-bar']", ns)]
    assert widths == [100.0, round(193229 * 100 / 313209, 3)]
    assert "313,209 (61.8%)" in svg.find("s:desc", ns).text
    sections = ET.fromstring(str(page.find("svg", id="sections")))
    assert len(sections.findall(".//s:rect[@class='chart-bar']", ns)) == 6


def test_nomination_figures_on_the_right_pages(built_example):
    clps = text(soup(built_example, "/nominations/clps/"))
    for figure in ["285", "53", "308", "646", "44.1%", "33 bodies are itemised", "338 nominations reported"]:
        assert figure in clps, figure
    assert "Partial list" in clps
    unions = text(soup(built_example, "/nominations/trade-unions/"))
    for union in ["Unite", "UNISON", "ASLEF", "CWU", "FBU", "TSSA", "UCATT", "BFAWU", "GMB", "Usdaw",
                  "Community", "Musicians' Union"]:
        assert union in unions, union
    assert re.search(r"Undeclared 2\b", unions)
    societies = text(soup(built_example, "/nominations/socialist-societies/"))
    assert "Jewish Labour Movement" in societies and "Smith 92%, Corbyn 4%" in societies
    assert "not identified in any source" in societies
    young = text(soup(built_example, "/nominations/young-labour/"))
    assert "Young Labour" in young and "Corbyn 15, Smith 8" in young
    mps = text(soup(built_example, "/nominations/mps-and-meps/"))
    assert "172 of 251 (68.5%)" in mps


def test_candidate_pages(built_example):
    corbyn = text(soup(built_example, "/candidates/jeremy-corbyn/"))
    assert "313,209 votes, 61.8%" in corbyn and "elected" in corbyn
    assert "285 of 646 (44.1%) reported" in corbyn and "8 of 14" in corbyn
    assert "Aberconwy" in corbyn and "Leicester East" not in corbyn  # only his itemised nominations
    smith = text(soup(built_example, "/candidates/owen-smith/"))
    assert "193,229 votes, 38.2%" in smith and "Leicester East" in smith and "172 of 251" in smith


def test_region_pages_list_itemised_nominations(built_example):
    wales = soup(built_example, "/nominations/regions/wales/")
    bodies = [th.get_text(strip=True) for th in wales.select("table.list tbody th")]
    assert "Aberconwy" in bodies and "Blaenau Gwent" in bodies and len(bodies) == 13
    assert "only the nominations found in sources" in text(wales)


def test_home_page_at_a_glance(built_example):
    home = text(soup(built_example, "/"))
    for figure in ["Jeremy Corbyn won with 61.8%", "313,209", "193,229", "285 of 646", "8 of 14",
                   "172 of 251", "Jeremy Corbyn re-elected", "Ballot opens"]:
        assert figure in home, figure


def test_every_page_is_structurally_complete(built_example):
    for url in pages(built_example):
        page = soup(built_example, url)
        assert page.html["lang"] == "en-GB"
        assert page.title and page.title.string.strip().endswith("Labour leadership 2016"), url
        assert len(page.find_all("h1")) == 1, url
        nav = page.find("nav", attrs={"aria-label": "Main"})
        assert nav and len(nav.find_all("a")) >= 6, url
        assert page.find("main", id="main") and page.find("a", class_="skip"), url
        assert page.find(class_="stamp"), url
        if url != "/":
            crumbs = page.find("nav", attrs={"aria-label": "Breadcrumb"})
            assert crumbs and crumbs.find("a").get_text() == "Home", url
        meta = page.find("link", rel="canonical")
        assert meta["href"] == "https://example.org/elections/labour-2016" + url


def test_every_internal_link_resolves_inside_output(built_example):
    root = built_example.resolve()
    for url in pages(built_example):
        page = soup(built_example, url)
        for tag, attr in (("a", "href"), ("link", "href"), ("img", "src")):
            for el in page.find_all(tag):
                href = el.get(attr)
                if not href or urlsplit(href).scheme or href.startswith("#"):
                    continue
                target = urlsplit(href).path
                resolved = (root / url.lstrip("/") / target).resolve()
                assert resolved.is_relative_to(root), (url, href)
                if href.endswith("/") or not Path(target).suffix:
                    resolved = resolved / "index.html"
                assert resolved.is_file(), (url, href)


def test_every_page_is_reachable_from_home(built_example):
    seen, todo = set(), ["/"]
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        for a in soup(built_example, url).find_all("a"):
            href = a.get("href", "")
            if urlsplit(href).scheme or href.startswith("#") or not href:
                continue
            target = posixpath.normpath(posixpath.join(url, urlsplit(href).path))
            if posixpath.splitext(target)[1]:
                continue  # a download (CSV, JSON, the Atom feed), not a page
            todo.append(target.rstrip("/") + "/" if target != "/" else "/")
    assert seen >= set(pages(built_example))


def test_the_stamp_is_the_day_of_the_result(built_example):
    assert "Last updated 24 September 2016 " in text(soup(built_example, "/"))
