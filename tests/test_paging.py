"""Long lists over numbered pages: the pager itself, and a 1,100-area site within the page weight budget."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.general_helpers import number, read_page, read_pages, synthetic_site, table_rows

from generator.build import build
from generator.render.paging import paginate

N = 1100  # more than one A–Z page holds (LINKS_PER_PAGE)
BUDGET = 150 * 1024  # issue 5: no page over 150 KB with its CSS


def test_pages_split_the_list_in_order():
    pages = paginate("/parties/x/", list(range(601)), 250)
    assert [p.urls for p, _ in pages][0] == ("/parties/x/", "/parties/x/page/2/", "/parties/x/page/3/")
    assert [len(rows) for _, rows in pages] == [250, 250, 101]
    assert [r for _, rows in pages for r in rows] == list(range(601))
    second = pages[1][0]
    assert (second.previous, second.next, second.first, second.last, second.total) == \
        ("/parties/x/", "/parties/x/page/3/", 251, 500, 601)
    assert pages[0][0].previous is None and pages[2][0].next is None


def test_empty_and_short_lists_have_one_page():
    assert [(p.count, rows) for p, rows in paginate("/r/", [], 10)] == [(1, ())]
    assert [(p.count, rows) for p, rows in paginate("/r/", [1, 2], 10)] == [(1, (1, 2))]


def test_pager_shows_ends_and_neighbours_with_gaps():
    pages = paginate("/a/", list(range(100)), 5)  # 20 pages
    shown = pages[9][0].shown()
    numbers = [s[0] if s else None for s in shown]
    assert numbers == [1, None, 8, 9, 10, 11, 12, None, 20]
    assert shown[0][1] == "/a/" and shown[-1][1] == "/a/page/20/"
    assert [s[0] if s else None for s in pages[0][0].shown()] == [1, 2, 3, None, 20]


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> Path:
    site = synthetic_site(tmp_path_factory.mktemp("big"), N)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1700000000")
        build(site, site / "output")
    return site / "output"


def test_every_page_of_a_big_site_is_within_the_budget(big):
    css = sum(p.stat().st_size for p in (big / "static").rglob("*.css"))
    heavy = {p.relative_to(big).as_posix(): p.stat().st_size + css for p in big.rglob("*.html")
             if p.stat().st_size + css > BUDGET}
    assert not heavy


def test_a_to_z_splits_by_letter_and_lists_every_area_once(big):
    index = (big / "areas/index.html").read_text("utf-8")
    letters = re.findall(r'<a href="letter/([a-z]+)/">([A-Z#]) <span class="count">\(([\d,]+)\)</span>', index)
    assert letters and sum(number(c) for _, _, c in letters) == N
    listed = []
    for slug, letter, count in letters:
        for page in read_pages(big / f"areas/letter/{slug}/index.html"):
            assert page.h1 == [f"Constituencies: {letter}"]
        text = "".join(p.read_text("utf-8") for p in sorted((big / f"areas/letter/{slug}").rglob("index.html")))
        found = re.findall(r'<li data-name="[^"]*"><a href="\.\./\.\./([^/]+)/"', text)
        assert len(found) == number(count)
        listed += found
    folders = {p.name for p in (big / "areas").iterdir() if p.is_dir() and p.name != "letter"}
    assert sorted(listed) == sorted(folders) and len(folders) == N


def test_party_pages_list_every_candidate_over_their_pages(big):
    parties = read_page(big / "parties/index.html").tables["party-table"][1:-1]
    for row in parties:
        slug = re.sub(r"[^a-z0-9]+", "-", row[0].lower()).strip("-")
        rows = table_rows(big / f"parties/{slug}/index.html", "contested-table")
        assert len(rows) == number(row[6]), row[0]  # every candidate, once
        assert sum(1 for r in rows if r[4] == "1") == number(row[1])  # elected = seats
        assert len({tuple(r) for r in rows}) == len(rows)  # no row repeated across pages


BIG_PAGE_TYPES = ["areas/", "areas/letter/a/", "parties/", "regions/"]


def test_letter_pages_pass_axe_in_both_colour_schemes(browser, big):
    from tests.site_server import serve
    from tests.test_browser import run_axe

    party = sorted(p.parent.relative_to(big).as_posix() for p in big.glob("parties/*/page/2/index.html"))[0]
    context = browser.new_context()
    page = context.new_page()
    failures = {}
    with serve(big, "/big/") as address:
        for rel in BIG_PAGE_TYPES + [party + "/"]:
            for scheme in ("light", "dark"):
                page.emulate_media(color_scheme=scheme)
                page.goto(address + rel)
                if violations := run_axe(page):
                    failures[f"{rel} ({scheme})"] = violations
    context.close()
    assert failures == {}


def test_letter_pages_are_valid_html(big):
    from tests.test_html_valid import vnu_errors

    assert vnu_errors([big / rel / "index.html" for rel in BIG_PAGE_TYPES]) == []
