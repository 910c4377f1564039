"""The example sites at phone, tablet and desktop widths in Chromium: chart text never collides or leaves
its chart, no page scrolls sideways, and no text is cut off outside a labelled scroll region (issue 12).

The sample is chosen from the built output, so it follows the sites: for every page type (a URL shape
such as /areas/*/) the first page, the one with the longest chart label, the longest heading and the
most text. One browser page visits each URL once and runs tests/phone_layout.js at each width.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from generator.build import build

from .conftest import EPOCH, REPO
from .site_server import serve

WIDTHS = (320, 360, 768, 1280)
CHECK = (Path(__file__).parent / "phone_layout.js").read_text("utf-8")
SITES = {"leadership": REPO, "ge2019": REPO / "examples" / "ge2019", "euref2016": REPO / "examples" / "eu-ref-2016"}
# Pages the issue names, besides the sample: Burnley's long "Charlie Briggs (Burnley and Padiham ...)" label
NAMED = {"ge2019": ("/areas/burnley/",), "euref2016": ("/areas/gibraltar/", "/areas/northern-ireland/", "/areas/boston/")}
_CHART_TEXT = re.compile(r"<text\b[^>]*>(.*?)</text>", re.S)  # a label, its wrapped lines together
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S)
_TAGS = re.compile(r"<[^>]+>")


def page_type(url: str) -> str:
    """A URL's shape: '/areas/burnley/' -> '/areas/*/', '/parties/labour/page/2/' -> '/parties/*/page/*/'."""
    parts = url.strip("/").split("/") if url.strip("/") else []
    return "/" + "".join(f"{p if i == 0 or p == 'page' else '*'}/" for i, p in enumerate(parts))


def longest(pattern: re.Pattern[str], html: str) -> int:
    """The length of the longest text that the pattern finds in the page, tags left out."""
    return max((len(_TAGS.sub("", m)) for m in pattern.findall(html)), default=0)


def sample(output: Path) -> list[str]:
    """Site URLs covering every page type and the longest names, in a fixed order."""
    by_type: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for file in sorted(output.rglob("index.html")):
        url = "/" + "".join(f"{p}/" for p in file.parent.relative_to(output).parts)
        by_type[page_type(url)].append((url, file.read_text("utf-8")))
    chosen: set[str] = {"/no-such-page/"}  # the 404 page, as the server sends it
    for pages in by_type.values():
        chosen.add(pages[0][0])
        chosen.add(max(pages, key=lambda p: longest(_CHART_TEXT, p[1]))[0])
        chosen.add(max(pages, key=lambda p: longest(_H1, p[1]))[0])
        chosen.add(max(pages, key=lambda p: len(_TAGS.sub("", p[1])))[0])
    return sorted(chosen)


def check_page(page, width: int) -> list[dict]:
    page.set_viewport_size({"width": width, "height": 900})
    return page.evaluate(CHECK)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Both example sites, built once for this module with a fixed "last updated" stamp."""
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
    built = {name: tmp_path_factory.mktemp(name) / "output" for name in SITES}
    for name, root in SITES.items():
        build(root, built[name])
    mp.undo()
    return built


@pytest.fixture(scope="module")
def problems(browser, outputs: dict[str, Path]) -> list[dict]:
    """Every problem on every sampled page of both sites at every width, each with its URL and width."""
    found: list[dict] = []
    page = browser.new_page()
    for name, output in outputs.items():
        with serve(output, "/site/") as base:
            urls = sample(output)
            for url in urls + [u for u in NAMED.get(name, ()) if u not in urls]:
                page.goto(base + url.lstrip("/"))
                for width in WIDTHS:
                    found += [{**p, "url": f"{name}:{url}", "width": width} for p in check_page(page, width)]
    page.close()
    return found


def report(found: list[dict]) -> str:
    return "\n".join(f"{p['url']} at {p['width']} px: {p['kind']}: {' | '.join(p['texts'])}" for p in found)


def test_the_sample_covers_every_page_type_and_the_longest_names(outputs: dict[str, Path]):
    urls = sample(outputs["ge2019"])
    assert {page_type(u) for u in urls} >= {"/", "/areas/", "/areas/*/", "/parties/", "/parties/*/",
                                            "/parties/*/page/*/", "/regions/", "/regions/*/", "/data/",
                                            "/updates/", "/about/"}
    # The longest candidate label: "Donald Boyd (Christian Party, Proclaiming Christ's Lordship)"
    assert "/areas/ross-skye-and-lochaber/" in urls
    assert {page_type(u) for u in sample(outputs["leadership"])} >= {
        "/", "/result/", "/candidates/", "/candidates/*/", "/nominations/", "/nominations/*/", "/nominations/*/*/",
        "/embed/*/", "/updates/", "/updates/*/", "/data/", "/about/", "/methodology/", "/no-such-page/"}
    assert {page_type(u) for u in sample(outputs["euref2016"])} >= {
        "/", "/areas/", "/areas/*/", "/regions/", "/regions/*/", "/results/", "/embed/*/", "/data/", "/about/"}


def test_chart_texts_never_overlap(problems):
    bad = [p for p in problems if p["kind"] == "chart-overlap"]
    assert not bad, report(bad)


def test_chart_texts_stay_inside_their_chart(problems):
    bad = [p for p in problems if p["kind"] == "chart-outside"]
    assert not bad, report(bad)


def test_no_page_scrolls_sideways(problems):
    bad = [p for p in problems if p["kind"] == "page-scroll"]
    assert not bad, report(bad)


def test_no_text_is_cut_off(problems):
    bad = [p for p in problems if p["kind"] == "cut-off" and not p["table"]]
    assert not bad, report(bad)


def test_no_table_is_cut_off(problems):
    bad = [p for p in problems if p["kind"] == "cut-off" and p["table"]]
    assert not bad, report(bad)


BROKEN = """<!doctype html><html lang="en"><title>t</title><body style="margin:0">
<svg class="chart" width="200" height="40"><text x="0" y="15">Social Democratic and Labour Party</text>
<text x="100%" y="15" text-anchor="end">2 of 650</text><text x="190" y="35">far outside</text></svg>
<div style="width:2000px">wider than the page</div>
<p style="width:100px;overflow:hidden;white-space:nowrap">a sentence much too long for its box</p>
</body></html>"""

FINE = """<!doctype html><html lang="en"><title>t</title><body style="margin:0">
<div role="region" aria-label="Votes" tabindex="0" style="overflow-x:auto;width:200px">
<table><tr><td style="white-space:nowrap">a row much wider than its scroll region, on purpose</td></tr></table></div>
<svg class="chart" width="200" height="40"><text x="0" y="15">Alliance</text>
<text x="100%" y="15" text-anchor="end">1 of 650</text></svg></body></html>"""


def test_the_checker_finds_each_kind_of_problem(browser):
    page = browser.new_page()
    page.set_content(BROKEN)
    found = check_page(page, 360)
    kinds = {p["kind"] for p in found}
    assert kinds == {"chart-overlap", "chart-outside", "page-scroll", "cut-off"}, report(found)
    assert any("a sentence much too long" in t for p in found if p["kind"] == "cut-off" for t in p["texts"])
    page.set_content(FINE)
    assert check_page(page, 360) == []
    page.close()


WORST = ["W" * 60, " ".join(["WWWW"] * 20), "Mmmmmmmmmmm Wwwwwwwwwwww Mmmmmmmmmmm Wwwwwwwwwwww", "0" * 50,
         "東京都 北海道 大阪府 " * 4, "Social Democratic and Labour Party", "Ą" * 12 + " " + "Ŵ" * 30, "—" * 40]


def test_the_worst_names_fit_the_narrowest_chart(browser):
    # Names of the widest glyphs, measured or not, with the widest values, in a chart of NARROWEST px
    from generator.charts import NARROWEST, Bar, Group, bar_chart

    style = (REPO / "generator" / "theme" / "static" / "style.css").read_text("utf-8")
    bars = tuple(Bar(name, 10**6, value, "#767676")
                 for name in WORST for value in ("1,234,567 (100.0%)", "650 of 650", "8"))
    chart = bar_chart("w", [Group(" ".join(["Wwwwwwww"] * 8), bars)], "T", "D")
    page = browser.new_page()
    page.set_content(f'<!doctype html><html lang="en"><title>t</title><style>{style}</style>'
                     f'<body><div style="width:{NARROWEST}px">{chart}</div></body></html>')
    found = check_page(page, 320)
    page.close()
    assert not found, report([{**p, "url": "worst names", "width": 320} for p in found])
