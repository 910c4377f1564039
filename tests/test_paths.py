"""No id, slug or name can put a file outside output/; slugs of non-ASCII names are stable and readable."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from generator.urls import RESERVED_NAMES, output_file, page_url, safe_join, segment_problem, slugify
from tests.sitecopy import replace_in, run_cli


@pytest.mark.parametrize("name, slug", [
    ("Ynys Môn", "ynys-mon"), ("Bakers, Food & Allied Workers", "bakers-food-and-allied-workers"),
    ("Dwyfor Meirionnydd", "dwyfor-meirionnydd"), ("Gŵyr", "gwyr"), ("Na h-Eileanan an Iar", "na-h-eileanan-an-iar"),
    ("Straße", "strasse"), ("Ærø", "aero"), ("Łódź", "lodz"), ("", "item"), ("東京", "item")])
def test_slugs_are_readable(name: str, slug: str) -> None:
    assert slugify(name) == slug


@pytest.mark.parametrize("segment", ["..", ".", "", "a/b", "..\\x", "C:", "a\x00b", "con", "NUL.txt", "lpt1", "a\nb"])
def test_unsafe_segments_are_named(segment: str) -> None:
    assert segment_problem(segment)
    with pytest.raises(ValueError):
        page_url("candidates", segment)


@pytest.mark.parametrize("relpath", ["../x.html", "/etc/passwd", "a/../../x", "a/\x00", "a/./../../b"])
def test_safe_join_refuses_to_leave_the_folder(tmp_path: Path, relpath: str) -> None:
    with pytest.raises(ValueError):
        safe_join(tmp_path / "output", relpath)


def test_safe_join_refuses_a_symlink_out(tmp_path: Path) -> None:
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "link").symlink_to(tmp_path)
    with pytest.raises(ValueError):
        safe_join(tmp_path / "output", "link/escape.html")


@given(st.text())
def test_any_name_gives_a_safe_stable_slug(name: str) -> None:
    slug = slugify(name)
    assert slug == slugify(name) == slugify(slug)
    if segment_problem(slug):  # only Windows device names, which the model reports (see the next test)
        assert slug in RESERVED_NAMES
        return
    assert all(c in "abcdefghijklmnopqrstuvwxyz0123456789-" for c in slug)
    root = Path("/srv/site/output")
    assert safe_join(root, output_file(page_url("nominations", "regions", slug))).is_relative_to(root)


def test_a_welsh_region_gets_a_readable_address_and_keeps_its_name(site: Path) -> None:
    replace_in(site, "content/nominations/clps.yaml", "  region: Wales\n  nation: Wales", "  region: Ynys Môn\n  nation: Wales")
    result = run_cli("build", "--site", str(site))
    assert result.exit_code == 0, result.output
    page = (site / "output/nominations/regions/ynys-mon/index.html").read_text(encoding="utf-8")
    assert "<h1>Ynys Môn</h1>" in page


def test_a_region_whose_address_would_be_a_device_name_is_an_error(site: Path) -> None:
    replace_in(site, "content/nominations/clps.yaml", "  region: Wales\n", "  region: Con\n")
    result = run_cli("check", "--site", str(site))
    assert result.exit_code == 1
    assert result.output == (
        "Error: content/nominations/clps.yaml:23: the region 'Con' gives the address segment 'con', which cannot "
        "be used: `con` is a reserved device name on Windows, so it cannot be a folder name\n"
        "  hint: change the name a little (for example add a word)\n")


def test_links_are_found_in_either_quotes_and_resolved_from_the_page() -> None:
    from generator.links import internal_target, link_targets
    html = """<a href="../result/">x</a><img src='/static/a%20b.png' alt=""><a href="?a=1&amp;b=2">"""
    assert link_targets(html) == ["../result/", "/static/a%20b.png", "?a=1&b=2"]
    assert internal_target("/candidates/owen-smith/", "../../result/") == "/result/"
    assert internal_target("/about/", "/static/a%20b.png") == "/static/a b.png"
    assert internal_target("/about/", "https://example.org/") is None
    assert internal_target("/about/", "#top") is None
