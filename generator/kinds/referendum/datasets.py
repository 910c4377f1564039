"""A referendum's downloads: each answer's votes by counting area, and the national totals."""
from __future__ import annotations

from ...model import Site
from ...render.datasets import Dataset, GroupedRows, Row, share_value
from .model import Area


def referendum_datasets(site: Site) -> list[Dataset]:
    e = site.election
    sources = site.config.sources
    return [
        Dataset("results-by-area", "Results by counting area",
                "Each answer's votes and share in each declared counting area.",
                (("area_id", "the counting area's id"), ("area", "name"), ("region", "region"), ("nation", "nation"),
                 ("answer_id", "the answer's id"), ("answer", "answer"), ("votes", "votes"),
                 ("share_pct", "share of the valid votes, %"), ("electorate", "registered voters"),
                 ("rejected_ballots", "ballot papers rejected"),
                 ("turnout_pct", "ballot papers counted (valid and rejected) over the electorate, %")),
                GroupedRows(e.areas, _area_rows, e.answers, sum(len(e.answers) for a in e.areas if a.declared)),
                sources),
        Dataset("answer-totals", "Votes by answer", "Votes for each answer in the declared counting areas.",
                (("answer_id", "the answer's id"), ("answer", "answer"), ("votes", "votes"),
                 ("share_pct", "share of the valid votes, %")),
                tuple((line.answer.id, line.answer.label, line.votes, share_value(line.share))
                      for line in e.count.lines), sources),
    ]


def _area_rows(a: Area) -> list[Row]:
    if not a.declared:
        return []
    c = a.count
    return [(a.id, a.name, a.region, a.nation, line.answer.id, line.answer.label, line.votes,
             share_value(line.share), a.electorate, a.rejected, share_value(c.turnout)) for line in c.lines]
