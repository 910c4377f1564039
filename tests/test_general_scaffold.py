"""`new` makes a site that builds at once, for both kinds; the leadership example still builds."""
from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.general_helpers import read_page

from generator.build import build
from generator.cli import main

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("kind, pages", [
    ("leadership", {"index.html", "result/index.html", "candidates/candidate-a/index.html", "about/index.html"}),
    ("general-election", {"index.html", "areas/index.html", "areas/north-town-sample/index.html",
                          "regions/sample-region/index.html", "parties/party-a-sample/index.html", "about/index.html"}),
])
def test_new_site_builds_at_once(tmp_path: Path, kind: str, pages: set[str]):
    with contextlib.chdir(tmp_path):
        created = CliRunner().invoke(main, ["new", "mysite", "--kind", kind])
        assert created.exit_code == 0, created.output
        built = CliRunner().invoke(main, ["build", "--site", "mysite"])
        assert built.exit_code == 0, built.output
    out = tmp_path / "mysite/output"
    assert pages <= {p.relative_to(out).as_posix() for p in out.rglob("*.html")}
    assert not (tmp_path / "mysite/templates/base.html").exists()  # the built-in theme is used, not copied
    about = "".join(read_page(out / "about/index.html").text)
    assert "placeholder sample data" in about


def test_new_general_election_home_shows_the_sample_totals(tmp_path: Path):
    with contextlib.chdir(tmp_path):
        assert CliRunner().invoke(main, ["new", "ge", "--kind", "general-election"]).exit_code == 0
    build(tmp_path / "ge", tmp_path / "out")
    home = read_page(tmp_path / "out/index.html")
    assert "2 of 3 seats declared; 1 awaiting declaration." in " ".join("".join(home.text).split())
    rows = {r[0]: r for r in home.tables["party-table"][1:-1]}
    assert rows["Party B (sample)"][1:] == ["1", "0", "1", "42,500", "51.4%", "2"]
    assert rows["Party A (sample)"][1:] == ["1", "1", "0", "36,000", "43.5%", "3"]


def test_new_copies_templates_only_when_asked(tmp_path: Path):
    with contextlib.chdir(tmp_path):
        assert CliRunner().invoke(main, ["new", "s", "--kind", "general-election", "--copy-templates"]).exit_code == 0
    assert (tmp_path / "s/templates/ge_area.html").read_bytes() == (REPO / "templates/ge_area.html").read_bytes()
    build(tmp_path / "s", tmp_path / "out")


def test_new_refuses_a_folder_that_is_not_empty(tmp_path: Path):
    (tmp_path / "s").mkdir()
    (tmp_path / "s/keep.txt").write_text("x")
    with contextlib.chdir(tmp_path):
        result = CliRunner().invoke(main, ["new", "s", "--kind", "leadership"])
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == "Error: s: this folder already exists and is not empty"


def test_the_leadership_example_still_builds(tmp_path: Path):
    report = build(REPO, tmp_path / "out")
    assert report.pages == 54  # 32 reader pages, 21 chart embeds and 404.html
    assert read_page(tmp_path / "out/index.html").h1 == ["2016 Labour Party leadership election"]
