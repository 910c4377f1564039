"""The general election's charts as embeds: every embed page and the pages offering them pass the Nu
checker and axe in both colour schemes, fit 320 px, and their embed code fits a column without scrolling."""
from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from generator.build import build

from .conftest import REPO
from .site_server import serve
from .test_browser import run_axe
from .test_html_valid import vnu_errors

PREFIX = "/elections/ge2019/"
BASE = "https://example.org" + PREFIX
OFFERING = ["index.html", "regions/wales/index.html"]  # the pages with "Embed this chart" boxes


@pytest.fixture(scope="module")
def ge_output(tmp_path_factory):
    out = tmp_path_factory.mktemp("ge-embeds") / "output"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1576213200")
        build(REPO / "examples/ge2019", out)
    return out


@pytest.fixture(scope="module")
def ge_address(ge_output):
    with serve(ge_output, PREFIX) as address:
        yield address


def _embeds(out) -> list[str]:
    return sorted(p.parent.relative_to(out).as_posix() + "/" for p in (out / "embed").glob("*/index.html"))


def test_every_chart_of_the_home_and_region_pages_has_an_embed(ge_output):
    embeds = _embeds(ge_output)
    regions = [p.name for p in (ge_output / "regions").iterdir() if (p / "share.png").is_file()]
    assert len(regions) == 12
    assert embeds == sorted(["embed/seats/", "embed/votes/", "embed/map/"]  # the hex map has its embed too
                            + [f"embed/region-{r}-{c}/" for r in regions for c in ("seats", "votes")])


def test_embed_pages_and_the_pages_offering_them_are_valid_html(ge_output, tmp_path):
    pages = [ge_output / e / "index.html" for e in _embeds(ge_output)] + [ge_output / p for p in OFFERING]
    assert vnu_errors(pages, ge_output) == []


def test_axe_finds_no_violations_on_embeds_and_their_pages(browser, ge_output, ge_address):
    context = browser.new_context(java_script_enabled=True)
    page = context.new_page()
    failures = {}
    rels = ["", "regions/wales/", "embed/seats/", "embed/region-wales-votes/"]
    for rel in rels:
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            page.goto(ge_address + rel)
            violations = run_axe(page)
            if violations:
                failures[f"{rel or '/'} ({scheme})"] = violations
    context.close()
    assert failures == {}, json.dumps(failures, indent=1)


def test_embeds_do_not_scroll_sideways_at_320_px(browser, ge_output, ge_address):
    page = browser.new_page(viewport={"width": 320, "height": 640})
    wide = {}
    for rel in _embeds(ge_output) + ["", "regions/wales/"]:
        page.goto(ge_address + rel)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            wide[rel] = width
    page.close()
    assert wide == {}


@pytest.mark.parametrize("column", [300, 720])
def test_embed_code_fits_its_column_without_scrolling(browser, ge_output, ge_address, column):
    codes = []
    for rel in OFFERING:
        doc = BeautifulSoup((ge_output / rel).read_text("utf-8"), "html.parser")
        codes += [pre.get_text() for pre in doc.select(".chart-tools pre")]
    assert len(codes) == 4
    host = "".join(f'<div style="width:{column}px">{code.replace(BASE, ge_address)}</div>' for code in codes)
    page = browser.new_page(viewport={"width": 1000, "height": 800})
    page.set_content(f"<!doctype html><title>host</title><body>{host}</body>", wait_until="load")
    frames = [f for f in page.frames if f != page.main_frame]
    assert len(frames) == len(codes)
    for frame in frames:
        frame.frame_element().scroll_into_view_if_needed()
        frame.wait_for_load_state("load")
        box = frame.frame_element().bounding_box()
        size = frame.evaluate("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
        assert size[0] <= box["width"] and size[1] <= box["height"], (frame.url, size, box)
    page.close()
