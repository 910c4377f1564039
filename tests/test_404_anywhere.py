"""The 404 page is styled wherever it is served: under base_url's sub-path, at a domain root, and from disk."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import build

from .conftest import EPOCH, copy_example
from .site_server import serve

ACCENT = "rgb(176, 23, 43)"  # theme.accent in the example's site.yaml, #b0172b


@pytest.fixture(scope="module")
def at_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example built for a domain root (base_url without a path)."""
    site = copy_example(tmp_path_factory.mktemp("root") / "site")
    yaml = site / "site.yaml"
    yaml.write_text(yaml.read_text("utf-8").replace("https://example.org/elections/labour-2016/",
                                                    "https://results.example.org/"), "utf-8")
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
    build(site, site / "output")
    mp.undo()
    return site / "output"


def styles(tab) -> dict[str, str]:
    """What the stylesheet decides on the page: the masthead's colours, the width of the text column."""
    return tab.evaluate("""() => {
        const head = getComputedStyle(document.querySelector('header.masthead'));
        const brand = getComputedStyle(document.querySelector('.masthead a.brand'));
        return {background: head.backgroundColor, border: head.borderBottomStyle, brand: brand.color,
                underline: brand.textDecorationLine, wrap: getComputedStyle(document.querySelector('main.wrap')).maxWidth};
    }""")


def expect_styled(tab) -> None:
    found = styles(tab)
    assert found["background"] == ACCENT and found["brand"] == "rgb(255, 255, 255)", found
    assert found["border"] == "solid" and found["underline"] == "none" and found["wrap"] != "none", found
    assert tab.locator("h1").inner_text() == "Page not found"


@pytest.fixture
def tab(browser):
    context = browser.new_context(viewport={"width": 360, "height": 720})
    try:
        yield context.new_page()
    finally:
        context.close()


def test_styled_for_a_deep_missing_address_under_the_sub_path(built_example: Path, tab) -> None:
    with serve(built_example, "/elections/labour-2016/") as start:
        response = tab.goto(start + "candidates/no-such-person/photos/2016/")
        assert response.status == 404
        expect_styled(tab)
        tab.locator("main a", has_text="Home page").click()
        tab.wait_for_load_state()
        assert tab.url == start and tab.locator("h1").count() == 1
        assert styles(tab)["background"] == ACCENT  # the home page, with its own linked stylesheet


def test_styled_for_a_deep_missing_address_at_a_domain_root(at_root: Path, tab) -> None:
    with serve(at_root, "/") as start:
        response = tab.goto(start + "a/b/c/d.html")
        assert response.status == 404
        expect_styled(tab)
        tab.locator("main a", has_text="Result").click()
        tab.wait_for_load_state()
        assert tab.url == start + "result/" and styles(tab)["background"] == ACCENT


def test_styled_when_served_elsewhere_than_base_url_says(built_example: Path, tab) -> None:
    with serve(built_example, "/") as start:  # a preview: `python -m http.server` in output/
        assert tab.goto(start + "no/such/page/").status == 404
        expect_styled(tab)


def test_styled_when_opened_from_disk(built_example: Path, tab) -> None:
    tab.goto((built_example / "404.html").as_uri())
    expect_styled(tab)


def test_the_404_page_carries_the_published_stylesheet(built_example: Path) -> None:
    html = (built_example / "404.html").read_text("utf-8")
    css = (built_example / "static/style.css").read_text("utf-8")
    assert f"<style>{css}</style>" in html and 'rel="stylesheet"' not in html
    assert 'rel="stylesheet"' in (built_example / "index.html").read_text("utf-8")  # other pages link to it


def test_a_sites_own_stylesheet_is_the_one_inlined(example_site: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    (example_site / "static").mkdir()
    (example_site / "static/style.css").write_text(".masthead { background: teal; } /* </style> */\n", "utf-8")
    build(example_site, example_site / "output")
    html = (example_site / "output/404.html").read_text("utf-8")
    assert "<style>.masthead { background: teal; } /* <\\/style> */\n</style>" in html
