"""Every kind of election from its one definition: pages every kind has behave the same for each,
general-election charts have embeds and share images, and `check` is a build that writes nothing."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from generator.build import build, check
from generator.cli import main
from generator.kinds import KINDS
from generator.scaffold import create_site

METHODS = """\
---
title: Methods
slug: about
---
How the figures are gathered.
"""


@pytest.fixture(autouse=True)
def _fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1474718400")


def _new(tmp_path: Path, kind: str) -> Path:
    site = tmp_path / kind
    create_site(site, kind)
    return site


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_page_clash_is_reported_at_the_slug_line_for_every_kind(tmp_path, kind):
    site = _new(tmp_path, kind)
    (site / "content/pages/methods.md").write_text(METHODS, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--site", str(site)])
    assert result.exit_code == 1
    clash = [line for line in result.output.splitlines() if "same address" in line]
    # about.md decides /about/ by its file name (line 1); methods.md by its slug on line 3
    assert clash == ["Error: content/pages/methods.md:3: this page would have the same address /about/ as "
                     "content/pages/about.md:1"] or \
        clash == ["Error: content/pages/about.md:1: this page would have the same address /about/ as "
                  "content/pages/methods.md:3"]
    assert not (site / "output").exists()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_has_the_pages_every_site_has(tmp_path, kind):
    site = _new(tmp_path, kind)
    build(site, site / "output")
    out = site / "output"
    for rel in ("about/index.html", "updates/index.html", "updates/2024-01-01-site-created/index.html", "data/index.html",
                "404.html", "sitemap.xml", "feed.xml", "robots.txt", "share.png"):
        assert (out / rel).is_file(), rel


def test_general_election_charts_have_embeds_and_share_images(tmp_path):
    site = _new(tmp_path, "general-election")
    build(site, site / "output")
    out = site / "output"
    home = BeautifulSoup((out / "index.html").read_text(encoding="utf-8"), "html.parser")
    embeds = [a["href"] for a in home.select(".chart-tools a") if "embed/" in a["href"]]
    assert embeds == ["embed/seats/", "embed/votes/"]
    for href in embeds:
        page = BeautifulSoup((out / href / "index.html").read_text(encoding="utf-8"), "html.parser")
        assert len(page.select("svg.chart")) == 1
    region = next(p for p in (out / "regions").iterdir() if p.is_dir())
    html = BeautifulSoup((region / "index.html").read_text(encoding="utf-8"), "html.parser")
    image = html.find("meta", property="og:image")["content"]
    assert image.endswith(f"/regions/{region.name}/share.png")
    shared = (region / "share.png").read_bytes()
    assert shared.startswith(b"\x89PNG") and shared != (out / "share.png").read_bytes()
    data = BeautifulSoup((out / "data/index.html").read_text(encoding="utf-8"), "html.parser")
    listed = {a["href"] for a in data.find_all("a") if "embed/" in a["href"]}
    assert {"../embed/seats/", "../embed/votes/", f"../embed/region-{region.name}-seats/"} <= listed


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_check_makes_the_bytes_a_build_writes_and_writes_nothing(tmp_path, kind):
    site = _new(tmp_path, kind)
    before = sorted(p.relative_to(site).as_posix() for p in site.rglob("*"))
    _, files = check(site)
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*")) == before  # no output/, no .cache/
    build(site, tmp_path / "built")
    written = {p.relative_to(tmp_path / "built").as_posix(): p.read_bytes() for p in (tmp_path / "built").rglob("*")
               if p.is_file() and p.name != ".election-site-output"}  # the writer's mark on its folders
    assert {f.path: f.data for f in files} == written


def test_each_kind_names_its_own_folder_and_schemas():
    for kind in KINDS.values():
        assert (kind.folder / "__init__.py").is_file()
        assert kind.folder.parent.name == "kinds"
        for name, shape, files in kind.schema_files():
            assert name.endswith(".schema.json") and files.startswith("content/")
    assert os.path.commonpath([str(k.folder) for k in KINDS.values()]).endswith("kinds")


def test_the_readme_lists_the_import_columns_each_kind_reads():
    """README's CSV table names exactly the columns the kind's importer reads (Kind.import_columns)."""
    import re

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    listed = {c for row in re.findall(r"^\| (`[^|]+`) \| (?:yes|no) \|", readme, re.M) for c in re.findall(r"`(\w+)`", row)}
    importing = [k for k in KINDS.values() if k.import_results]
    assert importing and all(set(k.import_columns) <= listed for k in importing)
    assert listed == {c for k in importing for c in k.import_columns}
