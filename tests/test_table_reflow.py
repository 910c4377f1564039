"""Tables on phones: no table text is cut off unless it sits in a labelled scroll region that says so.

The examples are built and every page type holding a table is measured in Chromium at 320 and 360 px
(and at 768 and 1280 px): each visible piece of table text must lie inside its cell, and inside the
viewport unless a labelled, focusable scroll region holds it; the page never scrolls sideways; a
region that does scroll shows its "Scroll sideways" line, and one that does not, hides it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import build

from .conftest import REPO
from .site_server import serve

WIDTHS = (320, 360, 768, 1280)
FRAMES = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"

# Everything measured in one pass over the page, so that a page costs one round trip.
MEASURE = """() => {
  const vw = document.documentElement.clientWidth, out = [];
  const where = el => (el.closest('table') && el.closest('table').querySelector('caption')
                       ? el.closest('table').querySelector('caption').textContent.trim() : 'table');
  const isRegion = el => el && el.matches('[role=region][aria-label]:not([aria-label=""])[tabindex="0"]')
                         && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
  const hidden = (node, table) => {
    for (let el = node.parentElement; el && el !== table.parentElement; el = el.parentElement) {
      const s = getComputedStyle(el);
      if (s.clipPath !== 'none' || s.visibility === 'hidden' || s.display === 'none') return true;
    }
    return false;
  };
  for (const table of document.querySelectorAll('table')) {
    const region = table.parentElement.closest('[role=region]');
    const scrolls = isRegion(region);
    if (scrolls) {
      const r = region.getBoundingClientRect();
      if (r.left < -0.5 || r.right > vw + 0.5) out.push(`${where(table)}: its scroll region is ${Math.round(r.width)} px wide`);
    }
    const walk = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
      if (!node.textContent.trim() || hidden(node, table)) continue;
      const cell = node.parentElement.closest('th, td, caption');
      const box = cell.getBoundingClientRect(), range = document.createRange();
      range.selectNodeContents(node);
      const lines = new Set([...range.getClientRects()].filter(t => t.width > 0).map(t => Math.round(t.top)));
      if (/^[-+−]?[\d,.]+%?$/.test(node.textContent.trim()) && lines.size > 1)
        out.push(`${where(table)}: the number "${node.textContent.trim()}" is broken over ${lines.size} lines`);
      for (const t of range.getClientRects()) {
        if (t.width === 0) continue;
        const text = node.textContent.trim().slice(0, 40);
        if (t.left < box.left - 1 || t.right > box.right + 1)
          out.push(`${where(table)}: "${text}" runs out of its cell`);
        else if (!scrolls && (t.left < -0.5 || t.right > vw + 0.5))
          out.push(`${where(table)}: "${text}" is cut off at the edge, outside a labelled scroll region`);
      }
    }
  }
  for (const region of document.querySelectorAll('.table-scroll')) {
    const overflows = region.scrollWidth > region.clientWidth + 1;
    const hint = getComputedStyle(region, '::before');
    const shown = hint.visibility === 'visible' && parseFloat(hint.height) > 0;
    if (overflows && !isRegion(region)) out.push(`${region.getAttribute('aria-label')}: scrolls but is not a labelled, focusable region`);
    if (overflows !== shown) out.push(`${region.getAttribute('aria-label')}: overflows ${overflows}, hint shown ${shown}`);
  }
  const page = document.documentElement.scrollWidth;
  if (page > vw) out.push(`the page scrolls sideways: ${page} px wide`);
  return out;
}"""


def with_tables(output: Path, files) -> list[str]:
    """Site paths ('', 'result/', ...) of those index.html files that hold a table."""
    return [("" if f.parent == output else f.parent.relative_to(output).as_posix() + "/")
            for f in sorted(files) if "<table" in f.read_text("utf-8")]


def ge_pages(output: Path) -> list[str]:
    """Every general-election page with a table except the 650 areas and 79 parties, of which: Burnley,
    the three with the most rows and the longest name (areas), Labour's page 2 and the three largest
    (parties)."""
    areas = sorted(p.parent.name for p in (output / "areas").glob("*/index.html"))
    size = lambda folder: lambda name: (-(output / folder / name / "index.html").stat().st_size, name)
    parties = sorted(p.parent.name for p in (output / "parties").glob("*/index.html"))
    sample = ["areas/burnley/", *(f"areas/{a}/" for a in sorted(areas, key=size("areas"))[:3]),
              "areas/" + max(areas, key=lambda a: (len(a), a)) + "/", "parties/labour/page/2/",
              *(f"parties/{p}/" for p in sorted(parties, key=size("parties"))[:3])]
    rest = [f for f in output.rglob("index.html") if f.parent.parent.name not in ("areas", "parties", "page")]
    pages = with_tables(output, rest) + list(dict.fromkeys(sample))
    assert all("<table" in (output / rel / "index.html").read_text("utf-8") for rel in sample)
    return pages


def ref_pages(output: Path) -> list[str]:
    """Every referendum page with a table except the 382 areas, of which: the three the issue names,
    the longest name and the three largest pages."""
    areas = sorted(p.parent.name for p in (output / "areas").glob("*/index.html"))
    size = lambda name: (-(output / "areas" / name / "index.html").stat().st_size, name)
    sample = ["areas/boston/", "areas/gibraltar/", "areas/northern-ireland/",
              "areas/" + max(areas, key=lambda a: (len(a), a)) + "/", *(f"areas/{a}/" for a in sorted(areas, key=size)[:3])]
    rest = [f for f in output.rglob("index.html") if f.parent.parent.name != "areas"]
    pages = with_tables(output, rest) + list(dict.fromkeys(sample))
    assert all("<table" in (output / rel / "index.html").read_text("utf-8") for rel in sample)
    return pages


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """The examples built and served; yields {name: (address, pages)}."""
    out = tmp_path_factory.mktemp("reflow")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1576213200")
        build(REPO, out / "root")
        build(REPO / "examples/ge2019", out / "ge")
        build(REPO / "examples/eu-ref-2016", out / "ref")
    with serve(out / "root", "/labour/") as root, serve(out / "ge", "/ge2019/") as ge, \
            serve(out / "ref", "/euref2016/") as ref:
        yield {"root": (root, with_tables(out / "root", (out / "root").rglob("index.html"))),
               "ge2019": (ge, ge_pages(out / "ge")), "euref2016": (ref, ref_pages(out / "ref"))}


@pytest.mark.parametrize("width", WIDTHS)
def test_no_table_text_is_cut_off(browser, sites, width):
    """And at phone widths every wide table is stacked rather than left to scroll: the reader sees the
    Share column without having to find out that the table scrolls."""
    page = browser.new_page(viewport={"width": width, "height": 800})
    problems, scrolling, seen, stacked = {}, {}, 0, 0
    for name, (address, rels) in sites.items():
        for rel in rels:
            page.goto(address + rel)
            page.evaluate(FRAMES)
            found, wide, tables, grids = page.evaluate(
                "measure => [eval(measure)(),"
                " [...document.querySelectorAll('.table-scroll')].filter(r => r.scrollWidth > r.clientWidth + 1)"
                "   .map(r => r.getAttribute('aria-label')),"
                " document.querySelectorAll('table').length,"
                " [...document.querySelectorAll('table.stack > tbody > tr:first-child')]"
                "   .filter(r => getComputedStyle(r).display === 'grid').length]", MEASURE)
            seen, stacked = seen + tables, stacked + grids
            if found:
                problems[f"{name}:/{rel}"] = found
            if wide:
                scrolling[f"{name}:/{rel}"] = wide
    page.close()
    assert seen > 60  # the pages hold tables, so the check had something to look at
    assert problems == {}
    if width <= 360:
        assert scrolling == {}
        assert stacked > 30
    else:
        assert stacked == 0  # from tablet width up every table is a grid of columns


def test_the_check_finds_cut_off_text_and_an_unlabelled_scroller(browser, sites):
    """The measurement can fail: a table too wide for a phone outside a region, a region whose table
    scrolls (hint shown, allowed), and the same region without its label (caught)."""
    address, _ = sites["ge2019"]
    page = browser.new_page(viewport={"width": 360, "height": 800})
    page.goto(address + "areas/burnley/")
    assert page.evaluate(MEASURE) == []
    wide_row = "<tr>" + "".join(f"<td style='white-space:nowrap'>Column number {i}</td>" for i in range(8)) + "</tr>"
    page.evaluate("""row => {
      const t = document.createElement('table');
      t.innerHTML = '<caption>Injected</caption>' + row;
      document.querySelector('main').append(t);
    }""", wide_row)
    found = page.evaluate(MEASURE)
    assert any('Injected: "Column number 7" is cut off at the edge' in f for f in found), found
    assert any("the page scrolls sideways" in f for f in found), found
    page.evaluate("""() => {
      const t = document.createElement('table');
      t.innerHTML = '<caption>Narrow</caption><tr><td style="display:block;width:40px;overflow-wrap:anywhere">32,014,110</td></tr>';
      document.querySelector('main').append(t);
    }""")
    found = page.evaluate(MEASURE)
    assert any('Narrow: the number "32,014,110" is broken over' in f for f in found), found
    page.evaluate("document.querySelector('main > table:last-child').remove()")
    page.evaluate("""() => {
      const t = document.querySelector('main > table:last-child'), region = document.querySelector('.table-scroll');
      region.append(t);
    }""")
    page.evaluate(FRAMES)  # scroll timelines catch up with a change on the next frames
    assert page.evaluate(MEASURE) == []  # inside the labelled region it may scroll, and its hint shows
    assert page.evaluate("getComputedStyle(document.querySelector('.table-scroll'), '::before').visibility") == "visible"
    page.evaluate("document.querySelector('.table-scroll').removeAttribute('aria-label')")
    page.evaluate(FRAMES)
    found = page.evaluate(MEASURE)
    assert any("cut off at the edge, outside a labelled scroll region" in f for f in found), found
    assert any("scrolls but is not a labelled, focusable region" in f for f in found), found
    page.close()


@pytest.mark.parametrize("site, rel, table", [("ge2019", "areas/burnley/", "#result-table"),
                                              ("root", "result/", "#sections-table"),
                                              ("euref2016", "regions/london/", "#areas-table")])
def test_a_stacked_table_stays_a_table_to_screen_readers(browser, sites, site, rel, table):
    """Chromium's own accessibility tree at 360 px, with the rows shown as grids: still a table with its
    column headers, and each cell named by its value alone (the visible label is not read twice)."""
    page = browser.new_page(viewport={"width": 360, "height": 800})
    page.goto(sites[site][0] + rel)
    assert page.evaluate(f"getComputedStyle(document.querySelector('{table} tbody tr')).display") == "grid"
    headers = page.evaluate(f"[...document.querySelectorAll('{table} thead th')].map(th => th.textContent.trim())")
    values = page.evaluate(f"[...document.querySelectorAll('{table} tbody td')].map(td => td.textContent.trim())")
    cdp = page.context.new_cdp_session(page)
    nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    named = lambda role: [n.get("name", {}).get("value", "") for n in nodes if n.get("role", {}).get("value") == role]
    page.close()
    assert len(headers) >= 4 and len(values) >= 6
    caption = {"ge2019": "Votes by candidate", "root": "Votes by section", "euref2016": "Counting areas in London"}[site]
    assert caption in named("table")
    assert all(h in named("columnheader") for h in headers)
    assert all(v in named("cell") for v in values)
