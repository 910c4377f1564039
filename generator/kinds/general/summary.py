"""A summary page's party list: the parties shown one by one, and the small ones folded into "Others"."""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ...numbers import percent, points
from .totals import PartyTotal, Totals


@dataclass(frozen=True)
class Others:
    """The parties a summary page folds into one "Others" row: none with a seat, each under the threshold."""

    rows: tuple[PartyTotal, ...]    # in the order of Totals.rows
    votes: int
    share: float | None             # rounded once from its votes, with the shown parties' (see summarise)
    seats: int
    gains: int
    losses: int
    candidates: int
    net: int = 0
    share_change: float | None = None   # from the group's summed votes, then and now; None: none stood then


@dataclass(frozen=True)
class Summary:
    """A summary page's party list: the parties shown one by one, and the others as one group."""

    shown: tuple[PartyTotal, ...]   # their shares shared out with the group's (see summarise)
    others: Others | None           # None when every party is shown


def summarise(totals: Totals, below_pct: float) -> Summary:
    """Show each party with a seat or at least `below_pct` % of the valid votes (compared unrounded), and
    group the rest when they are two or more. A shown party keeps its one share (the same on every page and
    in the data files); the group's share is its summed votes over the valid votes, rounded once (the 58
    small parties of 2019 hold 1.5 %, though their own rounded shares add up to 1.3), so the lines of the
    table may add up to 100.0 give or take a tenth or two, as rounded figures do."""
    limit = Fraction(below_pct).limit_denominator(10 ** 6)
    shown, rest = [], []
    for r in totals.rows:
        big = below_pct <= 0 or r.seats > 0 or (totals.votes > 0 and Fraction(r.votes * 100, totals.votes) >= limit)
        (shown if big else rest).append(r)
    if len(rest) < 2:  # one party is shown as itself, not as a group of one
        return Summary(totals.rows, None)
    votes = sum(r.votes for r in rest)
    then = sum(r.votes_then for r in rest)
    change = (points((sum(r.votes_compared for r in rest), totals.votes_compared), (then, totals.votes_then))
              if totals.compared and any(r.share_change is not None for r in rest) else None)
    return Summary(tuple(shown),
                   Others(tuple(rest), votes, percent(votes, totals.votes), sum(r.seats for r in rest),
                          sum(r.gains for r in rest), sum(r.losses for r in rest), sum(r.candidates for r in rest),
                          sum(r.net for r in rest), change))
