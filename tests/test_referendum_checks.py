"""Every page type of the EU referendum example passes the checks the other kinds' pages pass: axe-core
(WCAG 2.2 A and AA, best practices) in light and dark mode, and the Nu HTML Checker with 0 errors;
plus screenshots at phone and desktop widths, kept under test-artifacts/ to look at."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.referendum_helpers import EXAMPLE

from generator.build import build

from .site_server import serve
from .test_browser import ARTIFACTS, run_axe
from .test_html_valid import vnu_css_errors, vnu_errors

PAGE_TYPES = ["", "areas/", "areas/boston/", "areas/gibraltar/", "areas/northern-ireland/", "regions/",
              "regions/south-west/", "results/", "data/", "embed/votes/", "embed/region-london-votes/", "about/",
              "updates/", "404.html"]


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("euref-checks") / "output"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1466740800")
        build(EXAMPLE, target)
    return target


@pytest.fixture(scope="module")
def address(out: Path):
    with serve(out, "/elections/eu-ref-2016/") as found:
        yield found


def test_axe_finds_no_violations_on_any_page_type_in_either_colour_scheme(browser, address):
    page = browser.new_page()
    failures, checked = {}, 0
    for rel in PAGE_TYPES:
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            page.goto(address + rel)
            violations = run_axe(page)
            checked += 1
            if violations:
                failures[f"/{rel} ({scheme})"] = violations
    page.close()
    assert failures == {}, json.dumps(failures, indent=1)
    assert checked == 2 * len(PAGE_TYPES)


def test_every_page_type_is_valid_html(out: Path, tmp_path: Path):
    pages = [out / (rel + "index.html" if not rel.endswith(".html") else rel) for rel in PAGE_TYPES]
    assert all(p.is_file() for p in pages)
    errors = vnu_errors(pages, out)
    # 404.html inlines static/style.css, whose newer properties the checker's CSS validator does not know:
    # only the messages it gives for the stylesheet itself are let through, there (as tests/test_html_valid.py).
    known = vnu_css_errors(out / "static/style.css")
    assert [e for e in errors if not (e.split(":", 1)[0].endswith("404.html") and e.split(": ", 1)[1] in known)] == []


@pytest.mark.parametrize("width", [360, 1280])
def test_screenshots(browser, address, width):
    shots = ARTIFACTS / "eu-ref-2016"
    shots.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": width, "height": 900})
    for name, rel in (("home", ""), ("region", "regions/south-west/"), ("area", "areas/boston/")):
        page.goto(address + rel)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        page.screenshot(path=str(shots / f"{name}-{width}.png"), full_page=True)
    page.close()
