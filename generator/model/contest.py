"""Counting one contest: shares, winner, majority and turnout, computed once for every kind of election."""
from __future__ import annotations

from dataclasses import dataclass

from ..numbers import percent, round_shares


@dataclass(frozen=True)
class Line:
    """One candidate's line in a count."""

    key: str
    votes: int
    share: float
    rank: int
    elected: bool


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
    def max_votes(self) -> int:
        return max((line.votes for line in self.lines), default=0)


def count(votes: dict[str, int], *, order: list[str] | None = None) -> Tally:
    """Rank candidates by votes (ties keep the given order), share to 100.0, find winner and majority.

    A tie for first place, or a count with no votes at all, has no winner.
    """
    keys = order if order is not None else list(votes)
    ranked = sorted(keys, key=lambda k: -votes[k])
    total = sum(votes[k] for k in keys)
    shares = dict(zip(ranked, round_shares([votes[k] for k in ranked])))
    top = votes[ranked[0]] if ranked else 0
    tied = tuple(k for k in ranked if votes[k] == top) if total and len(ranked) > 1 else ()
    winner = ranked[0] if total and len(tied) <= 1 else None
    second = votes[ranked[1]] if len(ranked) > 1 else 0
    majority = top - second if winner else None
    lines = tuple(
        Line(k, votes[k], shares[k], rank=1 + sum(1 for j in ranked if votes[j] > votes[k]), elected=k == winner)
        for k in ranked
    )
    return Tally(lines, total, winner, tied if len(tied) > 1 else (), majority,
                 percent(majority, total) if majority is not None else None)
