"""The quick start as written: `make build`, then open output/index.html from disk and follow the navigation."""
from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

from .conftest import EPOCH, REPO, copy_example


def make_build_args() -> list[str]:
    """The arguments `make build` gives `python -m generator` (the recipe in the Makefile)."""
    recipe = re.search(r"^build:.*\n\t(.+)$", (REPO / "Makefile").read_text("utf-8"), re.M)[1]
    words = shlex.split(recipe)
    return words[words.index("generator") + 1:]


def run_in(folder: Path, args: list[str]) -> None:
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        result = CliRunner().invoke(main, args)
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
    site = copy_example(tmp_path_factory.mktemp("quick-start") / "site")
    run_in(site, make_build_args())  # as `make build` runs in the repository root
    mp.undo()
    return site


def landed_on_a_page(tab) -> bool:
    """A built page (a file ending in .html with the site's masthead), not Chromium's folder listing."""
    return tab.url.endswith(".html") and tab.evaluate(
        "document.querySelectorAll('header.masthead').length === 1 && document.querySelectorAll('main h1').length === 1")


def nav_links(tab) -> list[str]:
    return tab.locator("header nav a").evaluate_all("links => links.map(a => a.textContent.trim())")


def click(tab, selector: str, name: str | None = None) -> None:
    (tab.locator(selector, has_text=name) if name else tab.locator(selector)).first.click()
    tab.wait_for_load_state()


def test_make_build_makes_links_for_browsing_from_disk() -> None:
    assert make_build_args() == ["build", "--index-links"]


def test_every_navigation_link_from_disk_reaches_a_page(site: Path, browser) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    home = (site / "output/index.html").as_uri()
    try:
        tab.goto(home)
        names = nav_links(tab)
        assert len(names) >= 6 and "Result" in names and "About this site" in names
        reached = set()
        for name in names:  # from the home page to each page of the navigation, and back by the site's name
            click(tab, "header nav a", name)
            assert landed_on_a_page(tab), (name, tab.url)
            reached.add(tab.url)
            click(tab, "header a.brand")
            assert tab.url == home
        assert len(reached) == len(names)
        deep = (site / "output/nominations/clps/index.html").as_uri()
        tab.goto(deep)
        click(tab, "nav.crumbs a", "Nominations")  # a link in the page, two folders down
        assert landed_on_a_page(tab), tab.url
        for name in names:  # and from a page two folders down to each of them
            tab.goto(deep)
            click(tab, "header nav a", name)
            assert landed_on_a_page(tab) and tab.url in reached, (name, tab.url)
    finally:
        context.close()


def test_without_index_links_the_same_click_shows_a_folder_listing(tmp_path: Path, browser, monkeypatch) -> None:
    """Why `make build` asks for index links: a tidy link such as result/ opens a folder from disk."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    site = copy_example(tmp_path / "site")
    run_in(site, ["build"])
    context = browser.new_context()
    tab = context.new_page()
    try:
        tab.goto((site / "output/index.html").as_uri())
        tab.locator("header nav a", has_text="Result").click()
        tab.wait_for_load_state()
        assert tab.url.endswith("/result/") and not landed_on_a_page(tab)
    finally:
        context.close()


def test_a_build_without_the_flag_after_one_with_it_has_tidy_links_again(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    site = copy_example(tmp_path / "site")
    home = site / "output/index.html"
    for args, link in ((["build", "--index-links"], 'href="result/index.html"'), (["build"], 'href="result/"'),
                       (["build", "--index-links"], 'href="result/index.html"')):
        run_in(site, args)
        assert link in home.read_text("utf-8"), args
