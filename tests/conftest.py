"""Shared fixtures: the real example site, copied or built into a temporary folder."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build import build

REPO = Path(__file__).resolve().parents[1]
EPOCH = "1474718400"  # 24 September 2016 12:00 UTC, so the "last updated" stamp is fixed


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium, one per test module (never a downloaded browser).

    Module scope, as playwright's sync API holds an event loop in this thread while it is open."""
    from playwright.sync_api import sync_playwright

    from .devserver import CHROMIUM_ARGS

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def copy_example(dest: Path) -> Path:
    """A copy of the example site (site.yaml and content/) that a test may change."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "site.yaml", dest / "site.yaml")
    shutil.copytree(REPO / "content", dest / "content")
    return dest


@pytest.fixture
def example_site(tmp_path: Path) -> Path:
    return copy_example(tmp_path / "site")


@pytest.fixture(scope="session")
def built_example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repo's example site built once for the session; returns output/."""
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
    out = tmp_path_factory.mktemp("example") / "output"
    build(REPO, out)
    mp.undo()
    return out


def soup(output: Path, url: str) -> BeautifulSoup:
    """Parse the built page at a site URL such as /result/."""
    return BeautifulSoup((output / url.lstrip("/") / "index.html").read_text("utf-8"), "html.parser")


def text(page: BeautifulSoup) -> str:
    return " ".join(page.get_text(" ").split())


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the example site to mutate, built with a fixed "last updated" stamp."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return copy_example(tmp_path / "site")
