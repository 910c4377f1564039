"""Rebuilds reuse what did not change and still give, byte for byte, what a cold single-process build gives."""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from tests.general_helpers import synthetic_site

from generator import builder as builder_module
from generator.build import build
from generator.builder import Builder
from generator.errors import SiteError

REPO = Path(__file__).resolve().parents[1]
N = 60


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    """A general election site of N synthetic areas made as an editor makes one: `new`, then `import`."""
    return synthetic_site(tmp_path_factory.mktemp("imported"), N)


@pytest.fixture
def site(imported, tmp_path) -> Path:
    copy = tmp_path / "site"
    shutil.copytree(imported, copy)
    return copy


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every file's bytes and every folder (None) under `folder`, by relative path."""
    return {p.relative_to(folder).as_posix(): (p.read_bytes() if p.is_file() else None)
            for p in sorted(folder.rglob("*"))}


def mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def cold(site: Path, tmp_path: Path) -> dict[str, bytes | None]:
    """The reference: a fresh single-process build with no state."""
    out = tmp_path / "cold-output"
    shutil.rmtree(out, ignore_errors=True)
    Builder(site, out, jobs=1).build()
    return tree(out)


def first_area(site: Path) -> Path:
    return sorted((site / "content" / "areas").glob("*.yaml"))[0]


def add_votes(area: Path, extra: int) -> None:
    text = area.read_text("utf-8")
    area.write_text(re.sub(r"votes: (\d+)", lambda m: f"votes: {int(m.group(1)) + extra}", text, count=1), "utf-8")


def test_parallel_build_is_byte_identical(site, tmp_path, monkeypatch):
    monkeypatch.setattr(builder_module, "PARALLEL_MIN", 1)
    report = Builder(site, tmp_path / "parallel", jobs=2).build()
    assert report.pages > N and report.write.written == report.files
    assert tree(tmp_path / "parallel") == cold(site, tmp_path)


def test_edit_rewrites_only_the_pages_showing_the_area(site, tmp_path):
    out = site / "output"
    b = Builder(site, out, jobs=1)
    first = b.build()
    before = mtimes(out)
    area = first_area(site)
    add_votes(area, 5000)  # enough to change shares and totals
    report = b.build()
    after = mtimes(out)
    rewritten = {p for p in after if after[p] != before.get(p)}
    slug = re.search(r"^name: (.*)$", area.read_text("utf-8"), re.M).group(1).lower().replace(" ", "-")
    assert f"areas/{slug}/index.html" in rewritten
    allowed = re.compile(r"(index\.html|areas/index\.html|regions/.*index\.html|parties/.*index\.html|"
                         rf"areas/{re.escape(slug)}/index\.html|data/.*|feed\.xml|sitemap\.xml|"
                         r"embed/(seats|votes|region-.*)/index\.html|(regions/[^/]+/)?share\.png|"  # the charts' embeds and share images
                         rf"(regions/.*|areas/{re.escape(slug)}/)?live\.json)$")  # and the live pages' JSON
    assert all(allowed.match(p) for p in rewritten), sorted(rewritten)
    assert report.write.written == len(rewritten) and report.write.removed == 0
    assert report.rendered < first.pages // 2
    assert tree(out) == cold(site, tmp_path)


def test_noop_rebuild_reads_renders_and_writes_nothing(site):
    out = site / "output"
    b = Builder(site, out, jobs=1)
    b.build()
    before = mtimes(out)
    report = b.build()
    assert (report.rendered, report.write.written, report.write.removed) == (0, 0, 0)
    assert mtimes(out) == before


def test_cli_build_keeps_its_state_between_processes(site, tmp_path):
    out = site / "output"
    first = build(site, out)
    assert first.rendered == first.pages
    again = build(site, out)
    assert (again.rendered, again.write.written) == (0, 0)
    add_votes(first_area(site), 7)
    edited = build(site, out)
    assert 0 < edited.rendered < edited.pages // 2
    assert tree(out) == cold(site, tmp_path)
    assert (site / ".cache" / "build-state.marshal").is_file()


def test_failed_rebuild_leaves_output_untouched(site, tmp_path):
    out = site / "output"
    b = Builder(site, out, jobs=1)
    b.build()
    before, before_mtimes = tree(out), mtimes(out)
    area = first_area(site)
    good = area.read_text("utf-8")
    area.write_text(good.replace("votes: ", "votes: -", 1), "utf-8")
    with pytest.raises(SiteError) as caught:
        b.build()
    assert f"content/areas/{area.name}:" in str(caught.value)
    assert tree(out) == before and mtimes(out) == before_mtimes
    assert not [p for p in site.iterdir() if p.name.startswith(".output")]
    area.write_text(good, "utf-8")
    add_votes(area, 3)
    b.build()
    assert tree(out) == cold(site, tmp_path)


def test_removed_area_removes_its_page_and_folder(site, tmp_path):
    out = site / "output"
    b = Builder(site, out, jobs=1)
    b.build()
    area = first_area(site)
    area.unlink()
    report = b.build()
    assert report.write.removed == 2  # its page and the page's live.json
    assert tree(out) == cold(site, tmp_path)


def test_stray_file_in_output_means_a_full_build(site, tmp_path):
    out = site / "output"
    b = Builder(site, out, jobs=1)
    b.build()
    (out / "areas" / "stray.html").write_text("left by hand")
    report = b.build()
    assert report.rendered == report.pages and report.write.removed == 1
    assert tree(out) == cold(site, tmp_path)


def test_template_edit_renders_every_page(site, tmp_path):
    out = site / "output"
    b = Builder(site, out, jobs=1)
    b.build()
    (site / "templates").mkdir(exist_ok=True)
    theme = (REPO / "templates" / "ge_area.html").read_text("utf-8")
    (site / "templates" / "ge_area.html").write_text(theme.replace("<h1>", "<h1 class='edited'>", 1), "utf-8")
    data_before = {p: t for p, t in mtimes(out).items() if p.startswith("data/results-by-area.")}
    report = b.build()
    assert report.rendered == report.pages and report.write.written >= N
    # the downloads, streamed into the new tree, are the same bytes: they keep their files and mtimes
    assert len(data_before) == 2 and {p: mtimes(out)[p] for p in data_before} == data_before
    assert tree(out) == cold(site, tmp_path)
    area_pages = [v for k, v in tree(out).items() if re.fullmatch(r"areas/[^/]+/index\.html", k)]
    assert len(area_pages) == N and all(b"<h1 class='edited'>" in v for v in area_pages)


def test_contested_in_one_pass_matches_a_pass_per_party(imported):
    from generator.load import load
    from generator.model import make_site
    from generator.kinds.general.pages import _contested_by_party

    e = make_site(load(imported)).election
    by_party = _contested_by_party(e)
    def contested(pid: str) -> tuple:  # the slow way: a pass over the areas per party
        return tuple((a, c, next((s for s in a.standings if s.candidate is c), None))
                     for a in e.areas for c in a.candidates if c.party == pid)

    assert by_party and all(by_party.get(p.id, ()) == contested(p.id) for p in e.parties)


def test_theme_location_agrees_with_render():
    from generator.render import THEME

    assert builder_module.THEME == THEME


def test_read_only_cache_folder_still_builds(site, tmp_path):
    (site / ".cache").mkdir()
    (site / ".cache").chmod(0o555)
    try:
        if os.access(site / ".cache", os.W_OK):  # root ignores the mode: make .cache a file instead
            (site / ".cache").chmod(0o755)
            (site / ".cache").rmdir()
            (site / ".cache").write_text("not a folder")
        report = build(site, tmp_path / "out")
        assert report.rendered == report.pages and tree(tmp_path / "out") == cold(site, tmp_path)
    finally:
        if (site / ".cache").is_dir():
            (site / ".cache").chmod(0o755)


@pytest.fixture
def small_pages(monkeypatch):
    """Pages of 2 rows and of 10 A–Z links, so that 60 areas make paginated lists of every kind."""
    from generator.render import paging

    monkeypatch.setattr(paging, "ROWS_PER_PAGE", 2)
    monkeypatch.setattr(paging, "LINKS_PER_PAGE", 10)


def rename(area: Path, name: str) -> None:
    text = area.read_text("utf-8")
    area.write_text(re.sub(r"^name: .*$", f"name: {name}", text, count=1, flags=re.M), "utf-8")


@pytest.mark.parametrize("edit", ["votes", "rename", "remove", "undeclare"])
def test_paginated_lists_rebuild_like_a_cold_build(site, tmp_path, small_pages, edit):
    out = site / "output"
    b = Builder(site, out, jobs=1)
    first = b.build()
    assert (out / "areas/letter").is_dir() and list(out.glob("parties/*/page/2/index.html"))
    assert list(out.glob("regions/*/page/2/index.html"))
    areas = sorted((site / "content" / "areas").glob("*.yaml"))
    for k, area in enumerate((areas[0], areas[len(areas) // 2])):  # on the first page of its lists, and further on
        if edit == "votes":
            add_votes(area, 4000)
        elif edit == "rename":
            rename(area, f"Zzyzx Moor {k}")  # moves to the end of the A–Z and of every list it is on
        elif edit == "remove":
            area.unlink()
        else:
            area.write_text(area.read_text("utf-8").replace("status: declared", "status: awaiting"), "utf-8")
        report = b.build()
        assert report.rendered < first.pages or edit == "remove"
        assert tree(out) == cold(site, tmp_path)


def test_a_rewritten_file_moves_to_a_later_second(tmp_path):
    """Two builds within one second that change a file but not its size: its mtime still moves to a later
    second, or a host that validates by Last-Modified (whole seconds) answers every poll 304."""
    from generator.render import OutputFile
    from generator.write import Stage, patch_output

    output = tmp_path / "output"
    stage = Stage(output)
    stage.put("live.json", b'{"v": 1}')
    stage.commit({"live.json"})
    first = os.stat(output / "live.json").st_mtime_ns
    [written] = patch_output(output, [OutputFile("live.json", b'{"v": 2}')], [])
    second = os.stat(output / "live.json").st_mtime_ns
    assert written.changed and second // 10**9 > first // 10**9 and written.mtime_ns == second
    stage = Stage(output)
    made = stage.put("live.json", b'{"v": 3}')
    stage.commit({"live.json"})
    third = os.stat(output / "live.json").st_mtime_ns
    assert third // 10**9 > second // 10**9 and made.mtime_ns == third
