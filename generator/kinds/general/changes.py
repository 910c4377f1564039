"""What changed since the baseline over a set of areas: shares, the two-party swing, and seats changing hands."""
from __future__ import annotations

from collections import Counter

from ...numbers import points, round_points, share_of
from .totals import Flow, PartyTotal, Swing


def share_change(compared: int, votes_now: dict[str, int], votes_then: dict[str, int], pid: str, now_total: int,
                 then_total: int) -> float | None:
    """A party's change in share over the compared areas; None when it stood in none of them last time."""
    if not compared or pid not in votes_then:
        return None
    return points((votes_now.get(pid, 0), now_total), (votes_then[pid], then_total))


def swing_of(rows: list[PartyTotal], now_total: int, then_total: int) -> Swing | None:
    """The Butler swing between the two parties with most votes now in the compared areas."""
    top = sorted((r for r in rows if r.votes_compared and r.votes_then), key=lambda r: (-r.votes_compared, r.party.name))[:2]
    if len(top) < 2 or not now_total or not then_total:
        return None
    a, b = top
    exact = ((share_of(a.votes_compared, now_total) - share_of(a.votes_then, then_total))
             - (share_of(b.votes_compared, now_total) - share_of(b.votes_then, then_total))) / 2
    return Swing(a.party, b.party, round_points(exact)) if exact >= 0 else Swing(b.party, a.party, round_points(-exact))


def flows_of(flows: Counter, rows: list[PartyTotal]) -> tuple[Flow, ...]:
    """Each party's gains by the party they came from, and losses by the party that took them."""
    index = {r.party.id: r.party for r in rows}
    found = []
    for r in rows:
        pid = r.party.id
        gained = sorted(((index[b], n) for (a, b), n in flows.items() if a == pid and n and b in index),
                        key=lambda x: (-x[1], x[0].name))
        lost = sorted(((index[a], n) for (a, b), n in flows.items() if b == pid and n and a in index),
                      key=lambda x: (-x[1], x[0].name))
        if gained or lost:
            found.append(Flow(r.party, tuple(gained), tuple(lost)))
    return tuple(found)
