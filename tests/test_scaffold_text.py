"""What `new` writes reads as finished text on the built pages: no literal Markdown backticks."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from generator.cli import main
from generator.scaffold import KINDS


def shown_text(html: str) -> list[str]:
    """What a reader or a share preview sees of a page: its text, title and descriptions."""
    page = BeautifulSoup(html, "html.parser")
    found = [page.get_text(" ")]
    found += [m["content"] for m in page.find_all("meta") if m.get("content")
              and (m.get("name") or m.get("property") or "").endswith(("description", "title", "alt"))]
    found += [el["aria-label"] for el in page.find_all(attrs={"aria-label": True})]
    return found


@pytest.mark.parametrize("kind", KINDS)
def test_no_page_of_a_new_site_shows_a_backtick(tmp_path: Path, kind: str) -> None:
    runner = CliRunner()
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert runner.invoke(main, ["new", "mysite", "--kind", kind]).exit_code == 0
        built = runner.invoke(main, ["build", "--site", "mysite"])
    finally:
        os.chdir(cwd)
    assert built.exit_code == 0, built.output
    pages = sorted((tmp_path / "mysite/output").rglob("*.html"))
    assert len(pages) > 10
    found = {}
    for page in pages:
        texts = [" ".join(t.split()) for t in shown_text(page.read_text("utf-8"))]
        snippets = [t[max(0, i - 30):i + 30] for t in texts for i, ch in enumerate(t) if ch == "`"]
        if snippets:
            found[page.relative_to(tmp_path / "mysite/output").as_posix()] = snippets
    assert found == {}
    about = BeautifulSoup((tmp_path / "mysite/output/about/index.html").read_text("utf-8"), "html.parser")
    assert "python -m generator new" in [c.get_text() for c in about.find_all("code")]  # Markdown code, shown as code
