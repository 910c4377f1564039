"""Area pages written by render/area_fast.py are byte for byte what Jinja renders from the theme's
ge_area.html, ge_layout.html and base.html: every area of examples/ge2019 (under several site
settings) and of small elections with awkward names, ties, labels and missing figures; and the fast
path stands aside for what it does not write (a site's own template, an undeclared area, a rehearsal)."""
from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup, escape

from generator.load import load
from generator.model import make_site
from generator.model.site import Link as NavItem
from generator.pipeline import plan
from generator.render import area_fast, make_env, page_context
from generator.kinds import kind_named
from generator.urls import local_links

from .general_helpers import area_yaml, sources

ROOT = Path(__file__).resolve().parent.parent
GE2019 = ROOT / "examples" / "ge2019"


def _env(site, site_dir: Path):
    return make_env(site_dir, kind_named(site.config.kind).templates)


def _compare(site, site_dir: Path, env=None) -> tuple[int, int]:
    """(pages written by the fast path, pages it left to Jinja); every page it writes equals Jinja's."""
    env = env or _env(site, site_dir)
    assert area_fast.enabled(env)
    specs, _ = plan(site)
    fast = declined = 0
    cache: dict = {}
    for spec in specs:
        if spec.template != "ge_area.html":
            continue
        page = area_fast.area_page(page_context(site, spec), cache)
        if page is None:
            declined += 1
            continue
        assert page == env.get_template("ge_area.html").render(page_context(site, spec)), spec.url
        # render_page skips local_links for these pages (without index_links): it must have nothing to do
        assert local_links(page, spec.url, site.config.index_links) == page, spec.url
        fast += 1
    return fast, declined


@pytest.fixture(scope="module")
def ge2019():
    return make_site(load(GE2019))


def test_the_digests_are_the_theme_templates():
    # Fails when one of the three templates changes: make area_fast.py write what it now renders, then
    # put the new digests in area_fast.TEMPLATES.
    assert area_fast.theme_digests() == area_fast.TEMPLATES


def test_every_ge2019_area_page_is_jinjas(ge2019):
    assert _compare(ge2019, GE2019) == (650, 0)


@pytest.mark.parametrize("change", [
    dict(live_updates=0), dict(index_links=True), dict(publisher="", credits=""),
    dict(title="Votes & \"seats\" <2019>", election_name="A 'quoted' & <odd> election", accent="#123456"),
    dict(base_url="https://example.org/a%20b/", language="cy"),
])
def test_ge2019_under_other_settings(ge2019, change):
    site = replace(ge2019, config=replace(ge2019.config, **change))
    assert _compare(site, GE2019) == (650, 0)


def test_a_navigation_item_that_is_an_area_page_goes_to_jinja(ge2019):
    nav = (*ge2019.config.navigation, NavItem("Aberavon", "/areas/aberavon/"),
           NavItem("Away", "https://example.com/?a=1&b"))
    site = replace(ge2019, config=replace(ge2019.config, navigation=nav))
    assert _compare(site, GE2019) == (649, 1)


def test_a_rehearsal_goes_to_jinja(ge2019):
    site = replace(ge2019, config=replace(ge2019.config, rehearsal=True))
    assert _compare(site, GE2019) == (0, 650)


def test_awkward_areas(tmp_path):
    areas = {
        "amp": area_yaml("amp", "'Tom & Jerry <North> \"East\"'", [("O'Brien & Sons", "red", 500),
                                                                   ("<b>Bold</b>", "blue", 300)],
                         region="'Hills & Dales'", nation="'Land <of> \"Quotes\"'"),
        "tie": area_yaml("tie", "Tie Town", [("A", "red", 400), ("B", "blue", 400), ("C", "green", 3)],
                         electorate=None, previous="green"),
        "same": area_yaml("same", "Same Place", [("X", "red", 10), ("Y", "green", 5)], region="Same Place",
                          nation="Same Place", previous="blue", extra="invalid_votes: 7\n"),
        "wait": area_yaml("wait", "Waiting", [("P", "red", None), ("Q", "blue", None)], status="awaiting"),
    }
    site = make_site(sources(areas, site_extra="publisher: \"Desk & <Co>\"\ncredits: 'It''s ours'\n"))
    (tmp_path / "templates").mkdir()
    assert _compare(site, tmp_path) == (3, 1)  # the undeclared area goes to Jinja


def test_a_sites_own_template_turns_it_off(tmp_path):
    site_dir = tmp_path / "site"
    shutil.copytree(GE2019, site_dir, ignore=shutil.ignore_patterns(".cache", "output"))
    env = _env(make_site(load(site_dir)), site_dir)
    assert area_fast.enabled(env)
    shutil.copy(ROOT / "generator" / "theme" / "templates" / "base.html", site_dir / "templates" / "base.html")
    assert not area_fast.enabled(_env(make_site(load(site_dir)), site_dir))  # the same bytes, but the site's own


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.integers(), st.floats(allow_nan=False), st.none(), st.builds(Markup, st.text())))
def test_escape_is_markupsafes(value):
    assert area_fast.escape(value) == str(escape(value))


def test_the_shared_parts_follow_the_site(ge2019):
    # A dev server renders one site after another with one cache: each page is its own site's.
    env = _env(ge2019, GE2019)
    cache: dict = {}
    for title in ("First & title", "Second <title>", "First & title"):
        site = replace(ge2019, config=replace(ge2019.config, title=title))
        spec = next(s for s in plan(site)[0] if s.template == "ge_area.html")
        page = area_fast.area_page(page_context(site, spec), cache)
        assert page == env.get_template("ge_area.html").render(page_context(site, spec))
        assert len(cache) == 2  # the site, and its area pages' shared parts
