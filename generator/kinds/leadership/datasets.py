"""A leadership site's downloads: the result, by section, and the nominations."""
from __future__ import annotations

from ...model import Site
from ...render.datasets import Dataset, share_value, unique_sources
from .model import NONE, Leadership


def _nominee(e: Leadership, key: str) -> str:
    return "" if key == NONE else e.candidate(key).name


def leadership_datasets(site: Site) -> list[Dataset]:
    """Every dataset of a leadership site, in the order of the data page."""
    e, ballot = site.election, site.election.ballot
    found: list[Dataset] = []
    if ballot:
        found.append(Dataset(
            "results", "Result by candidate", f"{ballot.title}: votes and shares of the valid vote.",
            (("candidate_id", "the candidate's id"), ("candidate", "name"), ("votes", "votes"),
             ("share_pct", "share of the valid vote, %"), ("elected", "true for the winner")),
            tuple((l.key, e.candidate(l.key).name, l.votes, share_value(l.share), l.elected) for l in ballot.tally.lines),
            (ballot.source,)))
        if ballot.sections:
            found.append(Dataset(
                "results-by-section", "Result by section", "Votes and shares in each section of the electorate.",
                (("section_id", "the section's id"), ("section", "name"), ("candidate_id", "the candidate's id"),
                 ("candidate", "name"), ("votes", "votes"), ("share_pct", "share of the section's valid vote, %")),
                tuple((s.id, s.name, l.key, e.candidate(l.key).name, l.votes, share_value(l.share))
                      for s in ballot.sections for l in s.tally.lines),
                (ballot.source,)))
    if e.categories:
        found.append(Dataset(
            "nominations-totals", "Nominations: reported totals",
            "Nominations reported in each category of nominating bodies, and how many of them are itemised.",
            (("category_id", "the category's id"), ("category", "name"),
             ("nominee_id", "candidate id, or none for bodies that nominated nobody"),
             ("nominee", "candidate name, or the category's label for no nomination"),
             ("reported", "nominations reported"), ("bodies", "bodies that could nominate (blank if unknown)"),
             ("share_of_bodies_pct", "reported over bodies, %"), ("itemised", "nominations itemised on this site")),
            tuple((cat.id, cat.name, c.key, cat.none_label if c.key == NONE else e.candidate(c.key).name, c.reported,
                   cat.bodies, share_value(c.share_of_bodies), c.itemised) for cat in e.categories for c in cat.counts),
            unique_sources(cat.source for cat in e.categories)))
        found.append(Dataset(
            "nominations-itemised", "Nominations: itemised",
            "Each nomination found in a source, with the body, its nation or region and the meeting's vote "
            "where known. A partial list: compare it with the reported totals.",
            (("category_id", "the category's id"), ("body", "the nominating body"), ("region", "region"),
             ("nation", "nation"), ("nominee_id", "candidate id, or none"), ("nominee", "candidate name"),
             ("date", "date of the nomination, YYYY-MM-DD"),
             ("meeting_vote", "votes at the nominating meeting, as id=votes separated by ;"),
             ("detail", "detail"), ("source_url", "where the nomination is reported")),
            tuple((n.category, n.body, n.region, n.nation, n.nominee, _nominee(e, n.nominee),
                   n.date.isoformat() if n.date else None, ";".join(f"{k}={v}" for k, v in n.meeting_vote),
                   n.detail, n.source_url) for cat in e.categories for n in cat.itemised),
            unique_sources(cat.source for cat in e.categories)))
    return found
