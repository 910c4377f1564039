"""Seats and votes by party over a set of areas, with what changed since the baseline: the model's figures."""
from __future__ import annotations

from dataclasses import dataclass

from .party import Party


@dataclass(frozen=True)
class PartyTotal:
    party: Party
    seats: int
    votes: int
    share: float | None   # of all valid votes in the declared areas counted; None before any vote
    candidates: int       # areas contested, declared or not
    gains: int
    losses: int
    net: int = 0                    # gains less losses: the net change in seats since the baseline
    seats_before: int = 0           # seats won at the baseline, over the areas that have one
    share_change: float | None = None  # points, over the declared areas with a baseline; None: did not stand then
    votes_compared: int = 0         # votes now in the declared areas with a baseline
    votes_then: int = 0             # votes then in the same areas


@dataclass(frozen=True)
class Swing:
    """The two-party (Butler) swing between the two parties with most votes: half the difference of
    their changes in share, from the unrounded shares, rounded once; `to` is the party it favours."""

    to: Party
    away: Party
    points: float


@dataclass(frozen=True)
class Flow:
    """A party's seats gained, from whom, and lost, to whom, over a set of areas."""

    party: Party
    gained: tuple[tuple[Party, int], ...]   # most seats first
    lost: tuple[tuple[Party, int], ...]


@dataclass(frozen=True)
class Totals:
    """Seats and votes by party over a set of areas; undeclared areas count as awaiting."""

    rows: tuple[PartyTotal, ...]    # parties standing or holding seats, most seats then most votes first
    seats: int                       # areas in the set
    declared: int
    won: int                         # declared seats with a winner (a tie is declared but won by nobody)
    awaiting: int                    # not yet declared, recounts included
    recounts: int
    ties: int
    votes: int                       # valid votes in the declared areas
    turnout: float | None            # over declared areas, when all of them give an electorate
    majority_needed: int             # seats for an overall majority of this set
    majority_party: str | None       # the party id holding a majority of all seats, if any
    majority: int | None = None      # the majority party's seats less all other seats (365 - 285 = 80)
    compared: int = 0                # declared areas with a baseline: the changes are over these
    based: int = 0                   # areas with a baseline, declared or not
    notional: int = 0                # areas whose baseline is notional
    turnout_change: float | None = None  # points, over the compared areas that give both electorates
    swing: Swing | None = None
    flows: tuple[Flow, ...] = ()     # parties with a gain or a loss, in the order of rows
    votes_compared: int = 0          # valid votes now in the compared areas
    votes_then: int = 0              # and then

    @property
    def share(self) -> float | None:
        """The total row's share: 100.0, or None before any vote (a share of nothing is shown "–")."""
        return 100.0 if self.votes else None

    def row(self, party_id: str) -> PartyTotal | None:
        return next((r for r in self.rows if r.party.id == party_id), None)
