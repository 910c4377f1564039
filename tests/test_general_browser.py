"""The A–Z list of areas in a real browser: complete without JavaScript, filtered with it (accents folded)."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import build

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def areas_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("ge-browser") / "output"
    build(REPO / "examples/ge2019", out)
    return (out / "areas/index.html").as_uri()


def test_without_javascript_every_area_is_listed_and_the_filter_stays_hidden(browser, areas_page: str):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(areas_page)
    assert page.locator(".area-list li:visible").count() == 650
    assert not page.locator("#area-filter").is_visible()
    page.click("nav.letters >> text=Y")
    assert page.evaluate("location.hash") == "#letter-Y"
    context.close()


def test_with_javascript_the_filter_narrows_the_list_ignoring_accents(browser, areas_page: str):
    page = browser.new_page()
    page.goto(areas_page)
    page.fill("#area-filter", "ynys mon")
    assert page.locator(".area-list li:visible a").all_inner_texts() == ["Ynys Môn"]
    assert page.locator("#area-filter-count").inner_text() == "1 found"
    assert page.locator(".letter-group:visible h2").all_inner_texts() == ["Y"]
    page.fill("#area-filter", "")
    assert page.locator(".area-list li:visible").count() == 650
    page.close()
