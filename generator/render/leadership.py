"""The pages of a leadership election site and the charts on them."""
from __future__ import annotations

from ..charts import Bar, Group, bar_chart
from ..model import Site
from ..model.leadership import NONE, Ballot, Category, Leadership, Region
from ..numbers import fmt_int, fmt_pct
from . import PageSpec

NONE_COLOUR = "#767676"  # grey that keeps 4.5:1 against white and 3:1 as a bar


def _name(election: Leadership, key: str, category: Category | None = None) -> str:
    if key == NONE:
        return category.none_label if category else "No nomination"
    return election.candidate(key).name


def _colour(election: Leadership, key: str) -> str:
    return NONE_COLOUR if key == NONE else election.candidate(key).colour


def result_chart(election: Leadership, ballot: Ballot, cid: str) -> object:
    bars = tuple(Bar(_name(election, l.key), l.votes, f"{fmt_int(l.votes)} ({fmt_pct(l.share)})",
                     _colour(election, l.key)) for l in ballot.tally.lines)
    desc = "; ".join(f"{b.label}: {b.value_text}" for b in bars)
    return bar_chart(cid, [Group(None, bars)], f"{ballot.title}: votes by candidate",
                     f"Bar chart of votes. {desc}.")


def sections_chart(election: Leadership, ballot: Ballot, cid: str) -> object:
    groups = [Group(s.name, tuple(Bar(_name(election, l.key), l.votes, f"{fmt_int(l.votes)} ({fmt_pct(l.share)})",
                                      _colour(election, l.key)) for l in s.tally.lines))
              for s in ballot.sections]
    desc = " ".join(f"{g.heading}: " + "; ".join(f"{b.label} {b.value_text}" for b in g.bars) + "." for g in groups)
    return bar_chart(cid, groups, "Votes by section", f"Bar chart of votes in each section. {desc}",
                     domain_max=max((b.value for g in groups for b in g.bars), default=0))


def category_bars(election: Leadership, cat: Category) -> tuple[Bar, ...]:
    return tuple(Bar(_name(election, c.key, cat), c.reported,
                     f"{fmt_int(c.reported)}" + (f" of {fmt_int(cat.bodies)} ({fmt_pct(c.share_of_bodies)})"
                                                  if cat.bodies else ""),
                     _colour(election, c.key)) for c in cat.counts)


def category_chart(election: Leadership, cat: Category, cid: str) -> object:
    bars = category_bars(election, cat)
    desc = "; ".join(f"{b.label}: {b.value_text}" for b in bars)
    return bar_chart(cid, [Group(None, bars)], f"{cat.name}: nominations reported",
                     f"Bar chart of reported nominations. {desc}.", domain_max=cat.bodies or None)


def categories_charts(election: Leadership, prefix: str) -> list[tuple[Category, object]]:
    """One chart per category, each scaled to its own number of bodies (bars are shares within it)."""
    return [(c, category_chart(election, c, f"{prefix}-{c.id}")) for c in election.categories]


def regions_chart(election: Leadership, cid: str) -> object:
    groups = [Group(r.name, tuple(Bar(_name(election, k), n, fmt_int(n), _colour(election, k))
                                  for k, n in r.counts if n)) for r in election.regions]
    desc = " ".join(f"{g.heading}: " + "; ".join(f"{b.label} {b.value_text}" for b in g.bars) + "." for g in groups)
    return bar_chart(cid, groups, "Itemised constituency nominations by nation and region",
                     f"Bar chart of the itemised nominations only, not the reported totals. {desc}",
                     domain_max=max((n for r in election.regions for _, n in r.counts), default=0))


def region_chart(election: Leadership, region: Region, cid: str) -> object:
    bars = tuple(Bar(_name(election, k), n, fmt_int(n), _colour(election, k)) for k, n in region.counts)
    desc = "; ".join(f"{b.label}: {b.value_text}" for b in bars)
    return bar_chart(cid, [Group(None, bars)], f"{region.name}: itemised nominations",
                     f"Bar chart of itemised nominations. {desc}.")


def leadership_pages(site: Site) -> list[PageSpec]:
    """Every page of the site, in a fixed order."""
    e = site.election
    ballot = e.ballot
    crumbs_home = [("Home", "/")]
    common = {"election": e, "none_key": NONE, "name_of": lambda k, c=None: _name(e, k, c)}
    specs = []
    result_charts = {}
    if ballot:
        result_charts = {"result_chart": result_chart(e, ballot, "result"),
                         "sections_chart": sections_chart(e, ballot, "sections") if ballot.sections else None}
    specs.append(PageSpec("/", "home.html", dict(common, title=site.config.title, crumbs=[],
                                                    description=site.config.description, ballot=ballot,
                                                    updates=site.updates[:3],
                                                    category_charts=categories_charts(e, "home-noms"),
                                                    **result_charts)))
    if ballot:
        specs.append(PageSpec(ballot.url, "result.html", dict(common, title="Result", ballot=ballot,
                                                               crumbs=crumbs_home, **result_charts,
                                                               description=_result_sentence(e, ballot)),
                              "content/results.yaml"))
    specs.append(PageSpec("/candidates/", "candidates.html", dict(common, title="Candidates", crumbs=crumbs_home,
                                                                  description="The candidates", ballot=ballot)))
    for c in e.candidates:
        line = ballot.tally.line(c.id) if ballot else None
        noms = [(cat, cat.count_for(c.id), [n for n in cat.itemised if n.nominee == c.id]) for cat in e.categories]
        specs.append(PageSpec(c.url, "candidate.html", dict(
            common, title=c.name, candidate=c, line=line, ballot=ballot, nominations=noms,
            crumbs=crumbs_home + [("Candidates", "/candidates/")],
            description=f"{c.name}: " + (f"{fmt_int(line.votes)} votes ({fmt_pct(line.share)})" if line else "candidate")),
            "content/candidates.yaml"))
    specs.append(PageSpec("/nominations/", "nominations.html", dict(
        common, title="Nominations", crumbs=crumbs_home, category_charts=categories_charts(e, "noms"),
        regions_chart=regions_chart(e, "regions") if e.regions else None,
        description="Nominations by constituency parties, unions, societies and MPs")))
    for cat in e.categories:
        specs.append(PageSpec(cat.url, "category.html", dict(
            common, title=cat.name, category=cat, chart=category_chart(e, cat, f"cat-{cat.id}"),
            crumbs=crumbs_home + [("Nominations", "/nominations/")],
            description=f"{cat.name}: " + ", ".join(f"{_name(e, c.key, cat)} {fmt_int(c.reported)}" for c in cat.counts)),
            cat.path, cat.line))
    if e.regions:
        specs.append(PageSpec("/nominations/regions/", "regions.html", dict(
            common, title="Nations and regions", crumbs=crumbs_home + [("Nominations", "/nominations/")],
            chart=regions_chart(e, "regions-all"), description="Itemised nominations by nation and region")))
    for r in e.regions:
        specs.append(PageSpec(r.url, "region.html", dict(
            common, title=r.name, region=r, chart=region_chart(e, r, f"region-{r.slug}"),
            crumbs=crumbs_home + [("Nominations", "/nominations/"), ("Nations and regions", "/nominations/regions/")],
            description=f"Itemised nominations in {r.name}")))
    for p in site.pages:
        specs.append(PageSpec(p.url, "page.html", dict(common, title=p.title, doc=p, crumbs=crumbs_home,
                                                       description=p.description or p.title), p.path, p.line))
    specs.append(PageSpec("/updates/", "updates.html", dict(common, title="Updates", crumbs=crumbs_home,
                                                           updates=site.updates, description="Latest updates")))
    for u in site.updates:
        specs.append(PageSpec(u.url, "update.html", dict(common, title=u.title, update=u,
                                                         crumbs=crumbs_home + [("Updates", "/updates/")],
                                                         description=u.summary or u.title), u.path, u.line))
    return specs


def _result_sentence(e: Leadership, ballot: Ballot) -> str:
    if ballot.status != "declared" or not ballot.tally.winner:
        return f"{ballot.title}: {ballot.status}"
    w = ballot.tally.line(ballot.tally.winner)
    return f"{e.candidate(w.key).name} elected with {fmt_pct(w.share)} of the vote ({fmt_int(w.votes)} votes)"
