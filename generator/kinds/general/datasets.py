"""A general election's downloads: each candidate's result by area, and the parties' totals."""
from __future__ import annotations

from ...model import Site
from ...render.datasets import Dataset, GroupedRows, Row, share_value
from .model import Area, GeneralElection


def general_datasets(site: Site) -> list[Dataset]:
    """Every dataset of a general election site: each candidate's result, and the parties' totals."""
    e = site.election
    sources = site.config.sources
    return [
        Dataset("results-by-area", "Results by constituency",
                "Each candidate's votes and share in each declared constituency, and the winner.",
                (("area_id", "the constituency's id"), ("area", "name"), ("region", "region"), ("nation", "nation"),
                 ("candidate", "name"), ("party_id", "the party's id"), ("party", "party"), ("votes", "votes"),
                 ("share_pct", "share of the valid vote, %"), ("elected", "true for the winner"),
                 ("result", "the constituency's result, like 'Lab hold'"),
                 ("share_change_pts", "change in the party's share since the previous election, in points; empty "
                                      "where it did not stand then or the constituency has no baseline"),
                 ("majority", "the winner's majority"),
                 ("majority_before", "the majority at the previous election; empty without a baseline"),
                 ("turnout_change_pts", "change in turnout (valid votes over electorate), in points")),
                GroupedRows(e.areas, lambda a: _area_rows(e, a), e.parties, sum(len(a.standings) for a in e.areas)),
                sources),
        Dataset("party-totals", "Seats and votes by party", "Seats won and votes in the declared constituencies.",
                (("party_id", "the party's id"), ("party", "name"), ("seats", "seats won"), ("votes", "votes"),
                 ("share_pct", "share of the valid vote, %"), ("candidates", "constituencies contested"),
                 ("gains", "seats gained"), ("losses", "seats lost"),
                 ("seats_before", "seats won at the previous election"), ("seats_change", "gains less losses"),
                 ("share_change_pts", "change in share since the previous election, in points, over the "
                                      "constituencies with a baseline; empty where the party did not stand then")),
                tuple((r.party.id, r.party.name, r.seats, r.votes, share_value(r.share), r.candidates, r.gains, r.losses,
                       r.seats_before, r.net, share_value(r.share_change))
                      for r in e.totals.rows), sources),
    ]


def _area_rows(e: GeneralElection, a: Area) -> list[Row]:
    """One area's rows of results-by-area: made from the area and the parties' names only (TextCache)."""
    return [(a.id, a.name, a.region, a.nation, s.candidate.name, s.candidate.party,
             e.party(s.candidate.party).name, s.votes, share_value(s.share), s.elected, a.result_short,
             share_value(a.change_of(s.candidate.party)), a.majority,
             a.baseline.majority if a.baseline else None, share_value(a.turnout_change)) for s in a.standings]
