"""The pages of a general election site and the charts on them."""
from __future__ import annotations

from functools import partial

from ...charts import Bar, Group, bar_chart
from ...model import Site
from ...model.stamp import newest
from ...numbers import fmt_int, fmt_net, fmt_pct
from ...render import Deferred, PageSpec
from ...render import paging
from ...render.figures import Figure, make_figure
from ...render.paging import Pager, paginate
from ...render.share_images import ShareCard
from ...render.hexmaps import map_pages, share_card
from . import hexmaps  # the hex map (site.yaml `hexmap:`)
from .rows import area_rows, contested_rows
from ...urls import slugify
from ...words import plural
from .model import Area, GeneralElection, Party, Region, Summary, Totals, summarise

LATEST = 10  # declarations listed on the home page
OTHERS_COLOUR = "#767676"  # the Others bar: a neutral grey, 4.5:1 on white


def area_chart(e: GeneralElection, area: Area, cid: str) -> object:
    # The bars keep the short party names (room is short); the description read out gives them in full.
    # One pass over the standings, each party looked up once: this runs for every area page.
    bars: list[Bar] = []
    read_out: list[str] = []
    for s in area.standings:
        name, party, value = s.candidate.name, e.party(s.candidate.party), f"{fmt_int(s.votes)} ({fmt_pct(s.share)})"
        bars.append(Bar(f"{name} ({party.short_name})", s.votes, value, party.colour))
        read_out.append(f"{name} ({party.name}): {value}")
    return bar_chart(cid, [Group(None, tuple(bars))], f"{area.name}: votes by candidate",
                     f"Bar chart of votes. {'; '.join(read_out)}.")


def seats_chart(totals: Totals, title: str, slug: str, page: str, cid: str, majority_line: bool = False) -> Figure:
    """Seats won by party, scaled to all seats so that a bar's length is its share of the seats; the national
    one with a line at the seats a majority needs (a region elects no government)."""
    changed = bool(totals.compared)
    bars = tuple(Bar(r.party.name, r.seats, f"{fmt_int(r.seats)} of {fmt_int(totals.seats)}"
                     + (f" ({fmt_net(r.net)})" if changed else ""), r.party.colour)
                 for r in totals.rows if r.seats)
    desc = "; ".join(f"{b.label}: {b.value_text}" for b in bars) or "no seats declared yet"
    line = (f" The line across the bars marks the {fmt_int(totals.majority_needed)} seats a majority needs."
            if majority_line else "")
    return make_figure(slug, cid, [Group(None, bars)], title, f"Bar chart of seats won. {desc}.{line}",
                       "party-totals", page, domain_max=totals.seats,
                       marker=totals.majority_needed if majority_line else None)


def votes_chart(summary: Summary, title: str, slug: str, page: str, cid: str) -> Figure:
    """Vote shares of the parties a summary page shows, and one bar for the others (as its table groups them)."""
    bars = [Bar(r.party.name, r.votes, f"{fmt_int(r.votes)} ({fmt_pct(r.share)})", r.party.colour)
            for r in sorted((r for r in summary.shown if r.votes), key=lambda r: -r.votes)]
    o = summary.others
    if o is not None and o.votes:
        bars.append(Bar(f"Others ({plural(len(o.rows), 'party')})", o.votes, f"{fmt_int(o.votes)} ({fmt_pct(o.share)})",
                        OTHERS_COLOUR))
    desc = "; ".join(f"{b.label}: {b.value_text}" for b in bars) or "no votes counted yet"
    return make_figure(slug, cid, [Group(None, tuple(bars))], title, f"Bar chart of votes. {desc}.",
                       "party-totals" if page == "/" else "results-by-area", page)


def _region_slug(region: Region) -> str:
    return "region-" + region.url.strip("/").split("/")[-1]


def national_charts(site: Site) -> tuple[Figure, Figure]:
    """The home page's seats and votes charts."""
    e: GeneralElection = site.election  # type: ignore[assignment]
    summary = summarise(e.totals, site.config.others_below_pct)
    return (seats_chart(e.totals, "Seats won by party", "seats", "/", "seats", majority_line=True),
            votes_chart(summary, "Votes by party", "votes", "/", "votes"))


def region_charts(site: Site, r: Region) -> tuple[Figure, Figure]:
    """A region's seats and votes charts, on the first page of its list."""
    slug, summary = _region_slug(r), summarise(r.totals, site.config.others_below_pct)
    return (seats_chart(r.totals, f"{r.name}: seats won", f"{slug}-seats", r.url, "seats"),
            votes_chart(summary, f"{r.name}: votes", f"{slug}-votes", r.url, "votes"))


def general_figures(site: Site) -> list[Figure]:
    """Every chart of the site that has an embed page: the national ones, then each region's."""
    e: GeneralElection = site.election  # type: ignore[assignment]
    return [*national_charts(site), *(fig for r in e.regions for fig in region_charts(site, r))]


AREAS_URL = "/areas/"


def letter_groups(areas: tuple[Area, ...]) -> list[tuple[str, list[Area]]]:
    """Areas under the first letter of their name, accents folded (Ynys Môn under Y)."""
    groups: dict[str, list[Area]] = {}
    for area in areas:  # an area's address is /areas/SLUG/, SLUG = slugify(its name) (area.address)
        slug = area.url[len(AREAS_URL):] if area.url.startswith(AREAS_URL) else slugify(area.name)
        letter = slug[0].upper()
        groups.setdefault(letter if letter.isalpha() else "#", []).append(area)
    return sorted(groups.items())


def general_pages(site: Site) -> list[PageSpec]:
    """Every page of a general election site, in a fixed order."""
    e: GeneralElection = site.election  # type: ignore[assignment]
    home = [("Home", "/")]
    common = {"election": e, "party": e.party, "area_rows": area_rows}  # area_rows: ge_macros.html's areas_table
    t = e.totals
    below = site.config.others_below_pct
    summary = summarise(t, below)
    seats, votes = national_charts(site)
    home_map = hexmaps.home_map(site)  # the hex map: None without `hexmap:`
    sentence = e.headline
    specs = [PageSpec("/", "ge_home.html", dict(
        common, title=site.config.title, crumbs=[], description=sentence,
        totals=t, summary=summary, seats_chart=seats, votes_chart=votes, latest=e.declarations[:LATEST],
        updates=site.updates[:3], hexmap=home_map, live=True,
        share=share_card(home_map, sentence) or ShareCard(sentence, seats)))]
    specs += map_pages(home_map)
    specs += areas_pages(e, common, home)
    region_of = {r.name: r for r in e.regions}
    compared = t.based > 0  # the site has a baseline: an area without one is a "new seat"
    for area in e.areas:
        specs.append(PageSpec(area.url, "ge_area.html", dict(
            common, title=area.name, area=area, region=region_of[area.region],
            chart=Deferred(partial(area_chart, e, area, "area-votes")) if area.standings else None,
            crumbs=home + [("Constituencies", "/areas/")], description=f"{area.name}: {area.result}", live=True,
            updated=declared(area), compared=compared), area.path, shows=(area.path,), figures=f"{compared}"))
    specs.append(PageSpec("/regions/", "ge_regions.html", dict(
        common, title="Nations and regions", crumbs=home, description="Seats and votes by nation and region")))
    for r in e.regions:
        crumbs = home + [("Nations and regions", "/regions/")]
        r_summary = summarise(r.totals, below)
        r_updated = declared(*r.areas)
        r_seats, r_votes = region_charts(site, r)
        r_map = hexmaps.region_map(site, r)
        for pager, areas in paginate(r.url, r.areas):
            first = pager.number == 1
            shown_map = r_map if first else None
            specs.append(PageSpec(pager.urls[pager.number - 1], "ge_region.html", dict(
                common, title=r.name if first else f"{r.name}: constituencies, page {pager.number} of {pager.count}",
                region=r, totals=r.totals, summary=r_summary, areas=areas, pager=pager, hexmap=shown_map, live=True,
                seats_chart=r_seats if first else None, votes_chart=r_votes if first else None,
                **({"share": ShareCard(_summary_sentence(e, r.totals, r.name), r_seats)} if first else {}),
                crumbs=crumbs if first else crumbs + [(r.name, r.url)],
                description=_summary_sentence(e, r.totals, r.name) if first else _rows_sentence(r.name, pager),
                updated=r_updated if first else declared(*areas)),
                shows=tuple(a.path for a in areas),
                figures=_pager_key(pager) + (repr((r.totals, below)) if first else "")
                + (shown_map.digest if shown_map else "")))
    specs.append(PageSpec("/parties/", "ge_parties.html", dict(
        common, title="Parties", crumbs=home, totals=t, description="Seats and votes of every party")))
    by_party = _contested_by_party(e)
    for p in e.parties:
        row = t.row(p.id)
        if row is None:
            continue
        by_region = [(r, found) for r in e.regions if (found := r.totals.row(p.id))]
        crumbs = home + [("Parties", "/parties/")]
        p_updated = declared(*(line[0] for line in by_party.get(p.id, ())))
        p_map = hexmaps.party_map(site, p) if row.seats else None
        for pager, contested in paginate(p.url, by_party.get(p.id, ())):
            first = pager.number == 1
            shown_map = p_map if first else None
            specs.append(PageSpec(pager.urls[pager.number - 1], "ge_party.html", dict(
                common, title=p.name if first else f"{p.name}: candidates, page {pager.number} of {pager.count}",
                p=p, row=row, by_region=by_region, contested=contested, pager=pager, hexmap=shown_map,
                contested_rows=partial(contested_rows, contested, p),
                crumbs=crumbs if first else crumbs + [(p.name, p.url)],
                description=_party_sentence(p, row.seats, row.votes, row.share) if first
                else _rows_sentence(f"{p.name} candidates", pager),
                updated=p_updated if first else declared(*(line[0] for line in contested))), "content/parties.yaml",
                shows=tuple([line[0].path for line in contested]),
                figures=_pager_key(pager) + (repr((row, [(r.name, found) for r, found in by_region])) if first else "")
                + (shown_map.digest if shown_map else "")))
    return specs


def areas_pages(e: GeneralElection, common: dict, home: list) -> list[PageSpec]:
    """The A–Z list: one page while it is short, else an index of letters and a page (or pages) per letter."""
    description = f"All {plural(len(e.areas), 'constituency')} from A to Z"
    groups = letter_groups(e.areas)
    if len(e.areas) <= paging.LINKS_PER_PAGE:
        return [PageSpec("/areas/", "ge_areas.html", dict(
            common, title="Constituencies A–Z", crumbs=home, groups=groups, letters=None, pager=None,
            description=description, updated=e.updated), shows=tuple(a.path for a in e.areas))]
    letters = [(letter, f"/areas/letter/{letter.lower() if letter != '#' else 'other'}/", len(areas))
               for letter, areas in groups]
    specs = [PageSpec("/areas/", "ge_areas.html", dict(
        common, title="Constituencies A–Z", crumbs=home, groups=[], letters=letters, pager=None,
        description=description), shows=(), figures=repr(letters))]
    crumbs = home + [("Constituencies A–Z", "/areas/")]
    nav = repr([url for _, url, _ in letters])  # each letter page links to every letter
    for (letter, areas), (_, url, _) in zip(groups, letters):
        for pager, part in paginate(url, areas, paging.LINKS_PER_PAGE):
            specs.append(PageSpec(pager.urls[pager.number - 1], "ge_areas.html", dict(
                common, title=f"Constituencies: {letter}" + (f", page {pager.number} of {pager.count}"
                                                             if pager.count > 1 else ""),
                crumbs=crumbs, groups=[(letter, part)], letters=letters, pager=pager,
                description=f"Constituencies under {letter}", updated=declared(*part)),
                shows=tuple(a.path for a in part), figures=_pager_key(pager) + nav))
    return specs


def declared(*areas: Area):
    """The newest declaration among `areas` (a page's "Last updated"), or None before any."""
    if len(areas) == 1:  # an area's page: the plan asks for each of them
        return areas[0].declared_at if areas[0].declared else None
    return newest(a.declared_at for a in areas if a.declared)


def _pager_key(pager: Pager) -> str:
    """What a page's pager shows, for render/deps.py: another page count changes every page's links."""
    return f"{pager.number}/{pager.count}/{pager.total} "


def _contested_by_party(e: GeneralElection) -> dict[str, tuple]:
    """Every area where each party stood, with its candidate and (once declared) their line, in one
    pass over the areas (a pass per party was slow with many parties)."""
    found: dict[str, list] = {p.id: [] for p in e.parties}
    for area in e.areas:
        for c, line in area.ballot:
            found[c.party].append((area, c, line))
    return {pid: tuple(items) for pid, items in found.items() if items}


def _summary_sentence(e: GeneralElection, t: Totals, where: str = "") -> str:
    lead = ", ".join(f"{r.party.name} {fmt_int(r.seats)}" + (f" ({fmt_net(r.net)})" if t.compared else "")
                     for r in t.rows if r.seats)
    place = f"{where}: " if where else ""
    return f"{place}{fmt_int(t.declared)} of {plural(t.seats, 'seat')} declared" + (f". {lead}" if lead else "")


def _rows_sentence(what: str, pager: Pager) -> str:
    return f"{what}: {fmt_int(pager.first)}–{fmt_int(pager.last)} of {fmt_int(pager.total)}"


def _party_sentence(p: Party, seats: int, votes: int, share: float) -> str:
    return f"{p.name}: {plural(seats, 'seat')}, {plural(votes, 'vote')} ({fmt_pct(share)})"
