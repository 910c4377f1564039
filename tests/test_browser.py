"""What only a browser shows: axe-core accessibility, contrast of chart labels, layout at 320 px, screenshots.

One headless Chromium serves the whole module; pages are loaded from a local server under a sub-path.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build import build

from .conftest import REPO
from .site_server import serve

AXE = Path(__file__).parent / "vendor/axe-core/axe.min.js"
ARTIFACTS = REPO / "test-artifacts" / "screenshots"
PREFIX = "/elections/labour-2016/"
BASE = "https://example.org" + PREFIX
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]  # WCAG 2.2 A and AA, and
# axe's best practices (heading order, unique landmarks, one main), which screen-reader users rely on too
PAGE_TYPES = {
    "home": "", "result": "result/", "candidates": "candidates/", "candidate": "candidates/jeremy-corbyn/",
    "nominations": "nominations/", "category": "nominations/clps/", "regions": "nominations/regions/",
    "region": "nominations/regions/wales/", "page": "about/", "updates": "updates/",
    "update": "updates/2016-09-24-corbyn-re-elected/", "data": "data/", "embed": "embed/sections/",
    "404": "404.html",
}
@pytest.fixture(scope="module")
def site_address(built_example):
    with serve(built_example, PREFIX) as address:
        yield address


GE_PAGE_TYPES = ["", "areas/", "areas/ynys-mon/", "areas/belfast-north/", "regions/", "regions/wales/", "parties/",
                 "parties/labour/", "parties/labour/page/2/", "data/", "about/", "404.html"]


@pytest.fixture(scope="module")
def ge_address(tmp_path_factory):
    """The general election example, built and served the same way."""
    out = tmp_path_factory.mktemp("ge-browser") / "output"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1576213200")
        build(REPO / "examples/ge2019", out)
    with serve(out, "/elections/ge2019/") as address:
        yield address


def all_pages(output: Path) -> list[str]:
    """Every HTML file as a path under the site root: '', 'result/', ..., '404.html'."""
    found = []
    for file in sorted(output.rglob("*.html")):
        rel = file.relative_to(output).as_posix()
        found.append(rel.removesuffix("index.html"))
    return found


def run_axe(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
                           AXE_TAGS)
    return [{"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]]


def test_axe_finds_no_violations_on_any_page_in_either_colour_scheme(browser, site_address, built_example, ge_address):
    """Every page in light mode; every page type again in dark mode (its colours differ, its markup not);
    and each kind of page of the general election example in both."""
    context = browser.new_context(java_script_enabled=True)
    page = context.new_page()
    checked, failures = 0, {}
    runs = [(site_address + rel, "light") for rel in all_pages(built_example)] \
        + [(site_address + rel, "dark") for rel in PAGE_TYPES.values()] \
        + [(ge_address + rel, scheme) for rel in GE_PAGE_TYPES for scheme in ("light", "dark")]
    for url, scheme in runs:
        rel = url.split("/elections/", 1)[1]
        page.emulate_media(color_scheme=scheme)
        page.goto(url)
        violations = run_axe(page)
        checked += 1
        if violations:
            failures[f"{rel or '/'} ({scheme})"] = violations
    context.close()
    assert failures == {}, json.dumps(failures, indent=1)
    assert checked == len(all_pages(built_example)) + len(PAGE_TYPES) + 2 * len(GE_PAGE_TYPES) == 92


CONTRAST_JS = """() => {
  const rgb = s => s.match(/[\\d.]+/g).slice(0, 4).map(Number);
  const bg = el => { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor);
    if (c.length < 4 || c[3] > 0) return c.slice(0, 3); } return [255, 255, 255]; };
  const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  return [...document.querySelectorAll('svg.chart text')].map(t => {
    const a = lum(rgb(getComputedStyle(t).fill)), b = lum(bg(t.closest('svg').parentElement));
    return [t.textContent, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)]; });
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_chart_labels_keep_their_contrast(browser, site_address, scheme):
    page = browser.new_page(color_scheme=scheme)
    for rel in ("", "result/", "embed/regions/"):
        page.goto(site_address + rel)
        labels = page.evaluate(CONTRAST_JS)
        assert labels, rel
        low = [(text, round(ratio, 2)) for text, ratio in labels if ratio < 4.5]
        assert low == [], (rel, scheme)
    page.close()


def test_no_page_scrolls_sideways_at_320_px(browser, site_address, built_example):
    page = browser.new_page(viewport={"width": 320, "height": 640})
    wide = {}
    for rel in all_pages(built_example):
        page.goto(site_address + rel)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            wide[rel] = width
    page.close()
    assert wide == {}


@pytest.mark.parametrize("column", [300, 720])
def test_embed_code_fits_its_column_without_scrolling(browser, site_address, built_example, column):
    """Paste each chart's "Embed this chart" code into a page column; the chart fills it and is not cut off."""
    codes = []
    for rel in ("result/index.html", "nominations/index.html", "nominations/regions/index.html"):
        doc = BeautifulSoup((built_example / rel).read_text("utf-8"), "html.parser")
        codes += [pre.get_text() for pre in doc.select(".chart-tools pre")]
    assert len(codes) == 2 + 5 + 1
    host = "".join(f'<div style="width:{column}px">{code.replace(BASE, site_address)}</div>' for code in codes)
    page = browser.new_page(viewport={"width": 1000, "height": 800})
    page.set_content(f"<!doctype html><title>host</title><body>{host}</body>", wait_until="load")
    frames = [f for f in page.frames if f != page.main_frame]
    assert len(frames) == len(codes)
    for frame in frames:
        frame.frame_element().scroll_into_view_if_needed()  # the code asks for lazy loading
        frame.wait_for_load_state("load")
        box = frame.frame_element().bounding_box()
        size = frame.evaluate("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
        svg = frame.evaluate("document.querySelector('svg.chart').getBoundingClientRect().width")
        assert size[0] <= box["width"] and size[1] <= box["height"], (frame.url, size, box)
        assert svg >= column - 30, frame.url  # the chart takes the column's width
    page.close()


def test_screenshots_of_every_page_type(browser, site_address):
    """Saved under test-artifacts/screenshots/ (git-ignored) for a person to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    taken = 0
    for scheme in ("light", "dark"):
        for width in (360, 1280):
            context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme,
                                          java_script_enabled=False)
            page = context.new_page()
            for name, rel in PAGE_TYPES.items():
                page.goto(site_address + rel)
                shot = ARTIFACTS / f"{name}-{width}-{scheme}.png"
                page.screenshot(path=str(shot), full_page=True)
                assert shot.stat().st_size > 5000
                taken += 1
            context.close()
    page = browser.new_page(viewport={"width": 800, "height": 1000}, color_scheme="dark")
    page.emulate_media(media="print")  # black on white whatever the reader's setting
    page.goto(site_address + "result/")
    page.screenshot(path=str(ARTIFACTS / "result-print.png"), full_page=True)
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
    assert page.evaluate("getComputedStyle(document.querySelector('.chart-bar')).fill") == "rgb(119, 119, 119)"
    page.close()
    assert taken == len(PAGE_TYPES) * 4
