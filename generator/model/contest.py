"""Counting one contest: shares, winner, majority and turnout, computed once for every kind of election."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from ..fast_init import fast_init
from ..numbers import percent, round_shares


@fast_init
@dataclass(frozen=True)
class Line:
    """One candidate's line in a count."""

    key: Any        # what was counted: an id, or a candidate
    votes: int
    share: float | None   # None when nobody has a vote (nothing to share out)
    rank: int
    elected: bool


@fast_init
@dataclass(frozen=True)
class Tally:
    """The computed outcome of a set of votes."""

    lines: tuple[Line, ...]
    total: int
    winner: str | None
    tied: tuple[str, ...]
    majority: int | None
    majority_share: float | None

    def line(self, key: str) -> Line:
        return next(line for line in self.lines if line.key == key)

    @property
    def share(self) -> float | None:
        """The total row's share: 100.0, or None before any vote (a share of nothing is shown "–")."""
        return 100.0 if self.total else None

    @property
    def max_votes(self) -> int:
        return max((line.votes for line in self.lines), default=0)


def count(votes: dict[str, int], *, order: list[str] | None = None) -> Tally:
    """Rank candidates by votes (ties keep the given order), share to 100.0, find winner and majority.

    A tie for first place, or a count with no votes at all, has no winner.
    """
    keys = order if order is not None else list(votes)
    return tally_of(keys, [votes[k] for k in keys])


def tally_of(keys: Sequence[Any], votes: Sequence[int]) -> Tally:
    """count() of votes[i] for keys[i], whatever the keys are (ids, or the candidates themselves)."""
    # reverse=True keeps equal counts in the given order, as sorting by -votes does.
    ranked = sorted(range(len(votes)), key=votes.__getitem__, reverse=True)
    ordered = [votes[i] for i in ranked]
    total = sum(ordered)
    shares = round_shares(ordered)
    top = ordered[0] if ordered else 0
    tied = sum(1 for v in ordered if v == top) if total and len(ordered) > 1 else 0
    winner = ranked[0] if total and tied <= 1 else None
    majority = top - (ordered[1] if len(ordered) > 1 else 0) if winner is not None else None
    lines, rank = [], 0
    for pos, i in enumerate(ranked):
        if pos == 0 or ordered[pos] != ordered[pos - 1]:
            rank = pos + 1  # one more than the number of lines with more votes
        lines.append(Line(keys[i], ordered[pos], shares[pos], rank, i == winner))
    return Tally(tuple(lines), total, keys[winner] if winner is not None else None,
                 tuple(keys[i] for i in ranked[:tied]) if tied > 1 else (), majority,
                 percent(majority, total) if majority is not None else None)
