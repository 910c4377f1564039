"""Markdown pages render fenced code blocks and tables, and the code in them is shown, never run."""
from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.build import build

from .conftest import copy_example

PAGE = """\
---
title: Embedding the results
order: 30
---
Paste this where the chart should go:

```html
<script>window.ran = true;</script>
<iframe src="https://example.org/elections/labour-2016/embed/result/" title="Result"></iframe>
```

| Section | Ballots |
|---|---:|
| Party members | 285,176 |
| Registered supporters | 120,974 |
"""

BIO = """\
    bio: |
      Jeremy Corbyn, MP for Islington North.

      ```
      <script>window.bioRan = true;</script>
      ```
"""


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = copy_example(tmp_path_factory.mktemp("markdown") / "site")
    (site / "content/pages/embedding.md").write_text(PAGE, encoding="utf-8")
    candidates = site / "content/candidates.yaml"
    text = candidates.read_text("utf-8")
    start = text.index("    bio: |")
    end = text.index("  - id: owen-smith")
    candidates.write_text(text[:start] + BIO + text[end:], encoding="utf-8")
    build(site, site / "output")
    return site / "output"


def page(output: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((output / url.strip("/") / "index.html").read_text("utf-8"), "html.parser")


def test_a_fenced_block_is_shown_as_code_and_its_script_escaped(output: Path) -> None:
    doc = page(output, "/embedding/")
    code = doc.select("article pre > code")
    assert len(code) == 1
    assert code[0].get_text().startswith("<script>window.ran = true;</script>\n<iframe src=")
    assert code[0]["class"] == ["language-html"]
    assert doc.find("script") is None and doc.find("iframe") is None  # text, not elements
    assert "```" not in doc.get_text()
    raw = (output / "embedding/index.html").read_text("utf-8")
    assert "&lt;script&gt;window.ran = true;&lt;/script&gt;" in raw


def test_a_markdown_table_is_a_table(output: Path) -> None:
    table = page(output, "/embedding/").select_one("article table")
    assert [th.get_text() for th in table.select("thead th")] == ["Section", "Ballots"]
    assert [[td.get_text() for td in tr.find_all("td")] for tr in table.select("tbody tr")] == [
        ["Party members", "285,176"], ["Registered supporters", "120,974"]]
    assert table.select("tbody td")[1]["style"] == "text-align: right;"
    assert "|---" not in page(output, "/embedding/").get_text()


def test_a_fenced_block_in_a_data_field_is_escaped_too(output: Path) -> None:
    doc = page(output, "/candidates/jeremy-corbyn/")
    code = doc.select("pre > code")
    assert [c.get_text() for c in code] == ["<script>window.bioRan = true;</script>\n"]
    assert doc.find("script") is None


def test_in_a_browser_the_code_is_text_and_the_page_fits_320_px(output: Path, browser) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 640})
    try:
        tab = context.new_page()
        for url, flag in (("embedding/index.html", "ran"), ("candidates/jeremy-corbyn/index.html", "bioRan")):
            tab.goto((output / url).as_uri())
            assert tab.evaluate(f"window.{flag} === undefined")
            assert "<script>" in tab.locator("pre code").first.inner_text()
            assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), url
        assert tab.locator("article table td").first.evaluate("e => getComputedStyle(e).borderBottomStyle") == "solid"
    finally:
        context.close()
