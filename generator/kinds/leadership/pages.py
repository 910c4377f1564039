"""The pages of a leadership election site and the charts on them."""
from __future__ import annotations

from ...charts import Bar, Group
from ...model import Site
from ...numbers import fmt_int, fmt_pct
from ...render import PageSpec
from ...render.figures import Figure, make_figure
from ...render.share_images import ShareCard
from ...words import plural
from .model import NONE, Ballot, Category, Leadership, Region

NONE_COLOUR = "#767676"  # grey that keeps 4.5:1 against white and 3:1 as a bar


def _name(election: Leadership, key: str, category: Category | None = None) -> str:
    if key == NONE:
        return category.none_label if category else "No nomination"
    return election.candidate(key).name


def _colour(election: Leadership, key: str) -> str:
    return NONE_COLOUR if key == NONE else election.candidate(key).colour


def result_chart(election: Leadership, ballot: Ballot, cid: str) -> Figure:
    bars = tuple(Bar(_name(election, l.key), l.votes, f"{fmt_int(l.votes)} ({fmt_pct(l.share)})",
                     _colour(election, l.key)) for l in ballot.tally.lines)
    desc = "; ".join(f"{b.label}: {b.value_text}" for b in bars)
    return make_figure("result", cid, [Group(None, bars)], f"{ballot.title}: votes by candidate",
                       f"Bar chart of votes. {desc}.", "results", ballot.url, source=ballot.source)


def sections_chart(election: Leadership, ballot: Ballot, cid: str) -> Figure:
    groups = [Group(s.name, tuple(Bar(_name(election, l.key), l.votes, f"{fmt_int(l.votes)} ({fmt_pct(l.share)})",
                                      _colour(election, l.key)) for l in s.tally.lines))
              for s in ballot.sections]
    desc = " ".join(f"{g.heading}: " + "; ".join(f"{b.label} {b.value_text}" for b in g.bars) + "." for g in groups)
    return make_figure("sections", cid, groups, "Votes by section", f"Bar chart of votes in each section. {desc}",
                       "results-by-section", ballot.url + "#by-section",
                       domain_max=max((b.value for g in groups for b in g.bars), default=0), source=ballot.source)


def category_bars(election: Leadership, cat: Category) -> tuple[Bar, ...]:
    return tuple(Bar(_name(election, c.key, cat), c.reported,
                     f"{fmt_int(c.reported)}" + (f" of {fmt_int(cat.bodies)} ({fmt_pct(c.share_of_bodies)})"
                                                  if cat.bodies else ""),
                     _colour(election, c.key)) for c in cat.counts)


def category_chart(election: Leadership, cat: Category, cid: str) -> Figure:
    bars = category_bars(election, cat)
    desc = "; ".join(f"{b.label}: {b.value_text}" for b in bars)
    return make_figure(f"nominations-{cat.id}", cid, [Group(None, bars)], f"{cat.name}: nominations reported",
                       f"Bar chart of reported nominations. {desc}.", "nominations-totals", cat.url,
                       domain_max=cat.bodies or None, source=cat.source)


def categories_charts(election: Leadership, prefix: str) -> list[tuple[Category, Figure]]:
    """One chart per category, each scaled to its own number of bodies (bars are shares within it)."""
    return [(c, category_chart(election, c, f"{prefix}-{c.id}")) for c in election.categories]


def regions_chart(election: Leadership, cid: str) -> Figure:
    groups = [Group(r.name, tuple(Bar(_name(election, k), n, fmt_int(n), _colour(election, k))
                                  for k, n in r.counts if n)) for r in election.regions]
    desc = " ".join(f"{g.heading}: " + "; ".join(f"{b.label} {b.value_text}" for b in g.bars) + "." for g in groups)
    return make_figure("regions", cid, groups, "Itemised constituency nominations by nation and region",
                       f"Bar chart of the itemised nominations only, not the reported totals. {desc}",
                       "nominations-itemised", "/nominations/regions/",
                       domain_max=max((n for r in election.regions for _, n in r.counts), default=0))


def region_chart(election: Leadership, region: Region, cid: str) -> Figure:
    bars = tuple(Bar(_name(election, k), n, fmt_int(n), _colour(election, k)) for k, n in region.counts)
    desc = "; ".join(f"{b.label}: {b.value_text}" for b in bars)
    return make_figure(f"region-{region.slug}", cid, [Group(None, bars)], f"{region.name}: itemised nominations",
                       f"Bar chart of itemised nominations. {desc}.", "nominations-itemised", region.url)


def leadership_figures(site: Site) -> list[Figure]:
    """Every chart of the site once, under its embed name."""
    e, ballot = site.election, site.election.ballot
    figures = []
    if ballot:
        figures.append(result_chart(e, ballot, "chart"))
        if ballot.sections:
            figures.append(sections_chart(e, ballot, "chart"))
    figures += [fig for _, fig in categories_charts(e, "chart")]
    if e.regions:
        figures.append(regions_chart(e, "chart"))
    figures += [region_chart(e, r, "chart") for r in e.regions]
    return figures


def leadership_pages(site: Site) -> list[PageSpec]:
    """Every page of the site, in a fixed order."""
    e = site.election
    ballot = e.ballot
    crumbs_home = [("Home", "/")]
    common = {"election": e, "none_key": NONE, "name_of": lambda k, c=None: _name(e, k, c)}
    specs = []
    result_charts = {}
    home_charts = categories_charts(e, "home-noms")
    home_card = ShareCard(site.config.title, home_charts[0][1] if home_charts else None)
    if ballot:
        result_charts = {"result_chart": result_chart(e, ballot, "result"),
                         "sections_chart": sections_chart(e, ballot, "sections") if ballot.sections else None}
        home_card = ShareCard(_headline(e, ballot), result_charts["result_chart"])
    specs.append(PageSpec("/", "home.html", dict(common, title=site.config.title, crumbs=[],
                                                    description=(_result_sentence(e, ballot) + ". " if ballot else "")
                                                    + site.config.description, ballot=ballot,
                                                    updates=site.updates[:3], share=home_card, live=True,
                                                    headline=home_card.headline,
                                                    category_charts=home_charts,
                                                    **result_charts)))
    if ballot:
        specs.append(PageSpec(ballot.url, "result.html", dict(common, title="Result", ballot=ballot, live=True,
                                                               crumbs=crumbs_home, **result_charts,
                                                               headline=_headline(e, ballot),
                                                               share=ShareCard(_headline(e, ballot),
                                                                               result_charts["result_chart"]),
                                                               description=_result_sentence(e, ballot) + "."),
                              "content/results.yaml"))
    specs.append(PageSpec("/candidates/", "candidates.html", dict(common, title="Candidates", crumbs=crumbs_home,
                                                                  description="The candidates", ballot=ballot)))
    for c in e.candidates:
        line = ballot.tally.line(c.id) if ballot else None
        noms = [(cat, cat.count_for(c.id), [n for n in cat.itemised if n.nominee == c.id]) for cat in e.categories]
        headline = _candidate_headline(e, ballot, c.id) if ballot else c.name
        specs.append(PageSpec(c.url, "candidate.html", dict(
            common, title=c.name, candidate=c, line=line, ballot=ballot, nominations=noms, headline=headline,
            share=ShareCard(headline, result_charts["result_chart"] if ballot else None, c.name),
            crumbs=crumbs_home + [("Candidates", "/candidates/")],
            description=f"{c.name}: " + (f"{plural(line.votes, 'vote')} ({fmt_pct(line.share)})"
                                         + (", elected" if line.elected else "") if line else "candidate")
            + _nominations_phrase(noms) + "."),
            "content/candidates.yaml"))
    specs.append(PageSpec("/nominations/", "nominations.html", dict(
        common, title="Nominations", crumbs=crumbs_home, category_charts=categories_charts(e, "noms"),
        regions_chart=regions_chart(e, "regions") if e.regions else None,
        description="Nominations by constituency parties, unions, societies and MPs")))
    for cat in e.categories:
        chart = category_chart(e, cat, f"cat-{cat.id}")
        summary = f"{cat.name}: " + ", ".join(f"{_name(e, c.key, cat)} {fmt_int(c.reported)}" for c in cat.counts)
        specs.append(PageSpec(cat.url, "category.html", dict(
            common, title=cat.name, category=cat, chart=chart, headline=summary,
            share=ShareCard(summary, chart), crumbs=crumbs_home + [("Nominations", "/nominations/")],
            description=summary + (f" (of {fmt_int(cat.bodies)})" if cat.bodies else "") + "."),
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
    return specs


def _result_sentence(e: Leadership, ballot: Ballot) -> str:
    if ballot.status != "declared" or not ballot.tally.winner:
        return f"{ballot.title}: {ballot.status}"
    w = ballot.tally.line(ballot.tally.winner)
    return f"{_headline(e, ballot)} of the vote ({plural(w.votes, 'vote')}), a majority of {fmt_int(ballot.tally.majority)}"


def _headline(e: Leadership, ballot: Ballot) -> str:
    """The result in a few words, for titles of shared links: 'Jeremy Corbyn re-elected with 61.8%'."""
    if not ballot.tally.winner or ballot.status == "awaiting":
        return f"{ballot.title}: awaiting the result"
    w = ballot.tally.line(ballot.tally.winner)
    winner = e.candidate(w.key)
    if ballot.status == "provisional":
        return f"Provisional result: {winner.name} ahead with {fmt_pct(w.share)}"
    verb = "re-elected" if (winner.status or "").lower() == "incumbent" else "elected"
    return f"{winner.name} {verb} with {fmt_pct(w.share)}"


def _candidate_headline(e: Leadership, ballot: Ballot, key: str) -> str:
    line = ballot.tally.line(key)
    if line.elected and ballot.status == "declared":
        return _headline(e, ballot)
    return f"{e.candidate(key).name}: {fmt_pct(line.share)} of the vote ({plural(line.votes, 'vote')})"


def _nominations_phrase(noms: list) -> str:
    """'; nominations: CLPs 53, Unions 4': a category's short name is a label, not a noun to count with."""
    parts = [f"{cat.short_name} {fmt_int(n.reported)}" for cat, n, _ in noms if n]
    return "; nominations: " + ", ".join(parts) if parts else ""
