"""No id, slug or name can put a file outside output/; slugs of non-ASCII names are stable and readable."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from generator.urls import output_file, page_url, safe_join, segment_problem, slugify
from sitecopy import replace_in, run_cli


@pytest.mark.parametrize("name, slug", [
    ("Ynys Môn", "ynys-mon"), ("Bakers, Food & Allied Workers", "bakers-food-and-allied-workers"),
    ("Dwyfor Meirionnydd", "dwyfor-meirionnydd"), ("Gŵyr", "gwyr"), ("Na h-Eileanan an Iar", "na-h-eileanan-an-iar"),
    ("Straße", "strasse"), ("Ærø", "aero"), ("Łódź", "lodz"), ("Con", "con-1"), ("", "item"), ("東京", "item")])
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
    assert segment_problem(slug) is None
    assert all(c in "abcdefghijklmnopqrstuvwxyz0123456789-" for c in slug)
    root = Path("/srv/site/output")
    assert safe_join(root, output_file(page_url("nominations", "regions", slug))).is_relative_to(root)


def test_a_welsh_region_gets_a_readable_address_and_keeps_its_name(site: Path) -> None:
    replace_in(site, "content/nominations/clps.yaml", "  region: Wales\n  nation: Wales", "  region: Ynys Môn\n  nation: Wales")
    result = run_cli("build", "--site", str(site))
    assert result.exit_code == 0, result.output
    page = (site / "output/nominations/regions/ynys-mon/index.html").read_text(encoding="utf-8")
    assert "<h1>Ynys Môn</h1>" in page
