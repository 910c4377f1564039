"""The pages of a referendum site and the charts on them."""
from __future__ import annotations

from functools import partial

from ...charts import Bar, Group, bar_chart
from ...model import Site
from ...numbers import fmt_int, fmt_pct
from ...render import Deferred, PageSpec
from ...render.figures import Figure, make_figure
from ...render.hexmaps import map_pages, share_card
from ...render.paging import paginate
from ...render.share_images import ShareCard
from ...urls import slugify
from ...words import plural
from . import hexmaps  # the hex map (site.yaml `hexmap:`)
from .count import ELECTORATE, Count
from .model import Area, Referendum, Region

LATEST = 10  # declarations listed on the home page


def _bars(c: Count) -> tuple[Bar, ...]:
    return tuple(Bar(line.answer.label, line.votes, f"{fmt_int(line.votes)} ({fmt_pct(line.share)})",
                     line.answer.colour) for line in c.lines)


def votes_figure(c: Count, title: str, slug: str, page: str) -> Figure:
    """Votes by answer, scaled to all the valid votes so that a bar's length is its share."""
    bars = _bars(c)
    desc = "; ".join(f"{b.label}: {b.value_text}" for b in bars) if c.valid else "no votes counted yet"
    return make_figure(slug, "votes", [Group(None, bars)], title, f"Bar chart of votes by answer. {desc}.",
                       "answer-totals" if page == "/" else "results-by-area", page, domain_max=c.valid or None)


def area_chart(area: Area) -> object:
    bars = _bars(area.count)
    desc = "; ".join(f"{b.label}: {b.value_text}" for b in bars)
    return bar_chart("area-votes", [Group(None, bars)], f"{area.name}: votes by answer",
                     f"Bar chart of votes by answer. {desc}.", domain_max=area.count.valid)


def _region_slug(r: Region) -> str:
    return "region-" + r.url.strip("/").split("/")[-1]


def national_figure(e: Referendum) -> Figure:
    return votes_figure(e.count, "Votes by answer", "votes", "/")


def region_figure(r: Region) -> Figure:
    return votes_figure(r.count, f"{r.name}: votes by answer", f"{_region_slug(r)}-votes", r.url)


def referendum_figures(site: Site) -> list[Figure]:
    """Every chart with an embed page: the national one, then each region's."""
    e: Referendum = site.election  # type: ignore[assignment]
    return [national_figure(e), *(region_figure(r) for r in e.regions)]


def letter_groups(areas: tuple[Area, ...]) -> list[tuple[str, list[Area]]]:
    """Areas under the first letter of their name, accents folded."""
    groups: dict[str, list[Area]] = {}
    for area in areas:
        letter = slugify(area.name)[0].upper()
        groups.setdefault(letter if letter.isalpha() else "#", []).append(area)
    return sorted(groups.items())


def headline(c: Count, where: str = "") -> str:
    """One sentence for a page's description and share image: who won, or who leads so far."""
    place = f"{where}: " if where else ""
    if not c.declared:
        return f"{place}no counting area has declared yet (0 of {fmt_int(c.areas)})"
    if c.leader is None:
        return f"{place}the answers are level after {fmt_int(c.declared)} of {plural(c.areas, 'area')} declared"
    top = c.line(c.leader.id)
    if c.decided and c.threshold is not None and not c.threshold.met:
        return (f"{place}{c.leader.label} had most votes ({fmt_pct(top.share)}) but did not reach the threshold "
                f"of {_threshold_text(c)}")
    verb = "wins" if c.winner else "leads"
    status = "all areas declared" if c.decided else f"{fmt_int(c.declared)} of {plural(c.areas, 'area')} declared"
    return f"{place}{c.leader.label} {verb} with {fmt_pct(top.share)}, a margin of {plural(c.margin, 'vote')} ({status})"


def _threshold_text(c: Count) -> str:
    t = c.threshold.threshold
    return f"{t.percent:g}% of the {'electorate' if t.of == ELECTORATE else 'valid votes'}"


def referendum_pages(site: Site) -> list[PageSpec]:
    """Every page of a referendum site, in a fixed order."""
    e: Referendum = site.election  # type: ignore[assignment]
    home = [("Home", "/")]
    common = {"election": e}
    chart = national_figure(e)
    sentence = headline(e.count)
    home_map = hexmaps.home_map(site)  # None without `hexmap:`
    specs = [PageSpec("/", "ref_home.html", dict(
        common, title=site.config.title, crumbs=[], description=sentence[0].upper() + sentence[1:], count=e.count,
        chart=chart, latest=e.declarations[:LATEST], updates=site.updates[:3],
        threshold_text=_threshold_text(e.count) if e.count.threshold else None,
        hexmap=home_map, share=share_card(home_map, sentence[0].upper() + sentence[1:])
        or ShareCard(sentence[0].upper() + sentence[1:], chart), live=True))]
    specs += map_pages(home_map)
    specs.append(PageSpec("/regions/", "ref_regions.html", dict(
        common, title="Regions", crumbs=home, description="The result in each region")))
    for r in e.regions:
        fig = region_figure(r)
        r_map = hexmaps.region_map(site, r)
        crumbs = home + [("Regions", "/regions/")]
        for pager, areas in paginate(r.url, r.areas):
            first = pager.number == 1
            specs.append(PageSpec(pager.urls[pager.number - 1], "ref_region.html", dict(
                common, title=r.name if first else f"{r.name}: counting areas, page {pager.number} of {pager.count}",
                region=r, count=r.count, areas=areas, pager=pager, chart=fig if first else None,
                hexmap=r_map if first else None,
                crumbs=crumbs if first else crumbs + [(r.name, r.url)], description=headline(r.count, r.name), live=True,
                **({"share": ShareCard(headline(r.count, r.name), fig)} if first else {}))))
    region_of = {r.name: r for r in e.regions}
    for a in e.areas:
        specs.append(PageSpec(a.url, "ref_area.html", dict(
            common, title=a.name, area=a, region=region_of[a.region], national=e.count,
            chart=Deferred(partial(area_chart, a)) if a.declared and a.count.valid else None,
            crumbs=home + [("Counting areas", "/areas/")], description=f"{a.name}: {a.result}",
            updated=a.declared_at if a.declared else None, live=True), a.path))
    specs.append(PageSpec("/areas/", "ref_areas.html", dict(
        common, title="Counting areas A–Z", crumbs=home, groups=letter_groups(e.areas),
        description=f"All {plural(len(e.areas), 'counting area')} from A to Z")))
    specs.append(PageSpec("/results/", "ref_results.html", dict(
        common, title="Biggest and closest results", crumbs=home,
        description="The counting areas with the largest shares for each answer, and the closest results")))
    return specs
