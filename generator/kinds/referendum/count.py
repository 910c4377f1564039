"""Counting a referendum over a set of counting areas: each answer's votes and share, the lead, turnout
and the threshold, from whole numbers, each figure rounded once (numbers.percent, numbers.round_shares)."""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Sequence

from ...numbers import percent, round_shares

VALID, ELECTORATE = "valid_votes", "electorate"  # what a threshold is a share of


@dataclass(frozen=True)
class Answer:
    id: str
    label: str
    colour: str


@dataclass(frozen=True)
class Threshold:
    """The leading answer must have at least `percent` % of the valid votes, or of the electorate."""

    percent: float
    of: str                       # VALID or ELECTORATE


@dataclass(frozen=True)
class Line:
    answer: Answer
    votes: int
    share: float | None           # of the valid votes counted, % (the lines add up to 100.0); None before any vote


@dataclass(frozen=True)
class ThresholdCheck:
    threshold: Threshold
    share: float | None           # the leading answer's votes over the threshold's base, %; None when unknown
    met: bool | None              # compared unrounded; None without a leader or without the base


@dataclass(frozen=True)
class Count:
    """A referendum counted over a set of counting areas (the nation, a region or one area)."""

    areas: int
    declared: int
    awaiting: int                 # not declared yet, recounts included
    recounts: int
    lines: tuple[Line, ...]       # by answer, in the order of content/referendum.yaml
    valid: int                    # valid votes in the declared areas
    rejected: int | None          # rejected ballots in the declared areas that give them; None when none does
    electorate: int | None        # of the declared areas; None when one of them gives none
    turnout: float | None         # ballots counted (valid + rejected) over the electorate, %
    leader: Answer | None         # the answer with most votes; None before any vote or in a tie
    tied: bool
    margin: int | None            # the leader's votes less the next answer's
    margin_share: float | None    # the margin over the valid votes, % (points)
    threshold: ThresholdCheck | None
    winner: Answer | None         # only once every area has declared, and the threshold (if any) is met

    @property
    def decided(self) -> bool:
        return self.areas > 0 and self.declared == self.areas

    def line(self, answer_id: str) -> Line:
        return next(line for line in self.lines if line.answer.id == answer_id)

    @property
    def share(self) -> float | None:
        """The total row's share: 100.0, or None before any vote (a share of nothing is shown "–")."""
        return 100.0 if self.valid else None

    @property
    def ranked(self) -> tuple[Line, ...]:
        """The lines by votes, most first (equal votes keep the answers' order)."""
        return tuple(sorted(self.lines, key=lambda line: -line.votes))


def count_up(answers: Sequence[Answer], votes: Sequence[int], *, areas: int, declared: int, recounts: int,
             rejected: int | None, electorate: int | None, threshold: Threshold | None) -> Count:
    """A Count of `votes[i]` for `answers[i]` over `declared` of `areas` counting areas."""
    valid = sum(votes)
    lines = tuple(Line(a, v, s) for a, v, s in zip(answers, votes, round_shares(list(votes))))
    ordered = sorted(range(len(votes)), key=lambda i: -votes[i])
    top = votes[ordered[0]] if votes else 0
    second = votes[ordered[1]] if len(votes) > 1 else 0
    tied = valid > 0 and len(votes) > 1 and top == second
    leader = answers[ordered[0]] if valid and not tied else None
    margin = top - second if leader else None
    ballots = valid + (rejected or 0)
    turnout = percent(ballots, electorate) if declared and electorate else None
    check = None
    if threshold is not None:
        base = valid if threshold.of == VALID else electorate if declared else None
        share = percent(top, base) if leader and base else None
        met = Fraction(top * 100, base) >= Fraction(threshold.percent).limit_denominator(10**6) \
            if leader and base else None
        check = ThresholdCheck(threshold, share, met)
    decided = areas > 0 and declared == areas
    winner = leader if decided and (check is None or check.met) else None
    return Count(areas, declared, areas - declared, recounts, lines, valid, rejected, electorate, turnout, leader,
                 tied, margin, percent(margin, valid) if margin is not None else None, check, winner)


def points(votes: int, valid: int, other_votes: int, other_valid: int) -> float | None:
    """votes/valid less other_votes/other_valid, in percentage points, from the whole numbers, rounded once
    (half away from zero, so that +2.25 and -2.25 round alike)."""
    if not valid or not other_valid:
        return None
    num = votes * other_valid - other_votes * valid
    size = percent(abs(num), valid * other_valid)
    return -size if num < 0 else size
