"""An area's baseline: the previous election's result there (an area file's `baseline:`), and the changes since."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping

from ...errors import Collector
from ...numbers import percent, points
from ...schema import F, Bool, Id, Int, ListOf, Record, Str

if TYPE_CHECKING:
    from .party import Party

BASELINE_CANDIDATE = Record({
    "name": F(Str(max_len=200), required=True),
    "party": F(Id(), required=True, description="a party id from content/parties.yaml"),
    "votes": F(Int(), required=True),
}, title="baseline candidate")
BASELINE_SHAPE = Record({
    "notional": F(Bool(), default=False,
                  description="true when the figures are a notional result on this election's boundaries"),
    "electorate": F(Int(), description="registered voters then, for the change in turnout"),
    "invalid_votes": F(Int(), description="rejected ballot papers then"),
    "candidates": F(ListOf(BASELINE_CANDIDATE, min_items=1), required=True,
                    description="each candidate then, with their party id in this election's parties.yaml"),
}, title="baseline")


@dataclass(frozen=True, slots=True)
class Baseline:
    """The previous result in an area, as the pages compare with it."""

    notional: bool
    electorate: int | None
    valid_votes: int
    votes: tuple[tuple[str, int], ...]   # by party id (a party's candidates summed), most votes first
    winner: str | None                   # the party of the candidate with most votes; None for a tie
    majority: int                        # the winner's votes less the runner-up's
    turnout: float | None                # valid votes over electorate, rounded once

    def votes_of(self, pid: str) -> int | None:
        """The party's votes then, or None when it did not stand."""
        return next((v for p, v in self.votes if p == pid), None)


def read_baseline(raw: Mapping | None, lines: Any, path: str, index: dict[str, Party],
                  out: Collector) -> Baseline | None:
    """The checked `baseline:` of an area file (None when it has none, or after reporting a problem)."""
    if raw is None:
        return None
    items = raw["candidates"]
    ok = True
    item_lines = _part(_part(lines, "baseline"), "candidates")
    by_party: dict[str, int] = {}
    for i, c in enumerate(items):
        if c["party"] not in index:
            line = _line(item_lines, i)
            out.add(path, line, f"the baseline party '{c['party']}' of {c['name']} is not in content/parties.yaml",
                    "add the party (a party that stood only last time is listed too), or correct the id")
            ok = False
            continue
        by_party[c["party"]] = by_party.get(c["party"], 0) + c["votes"]
    total = sum(c["votes"] for c in items)
    if not ok:
        return None
    if total == 0:
        out.add(path, _line(_part(lines, "baseline"), "candidates"),
                "the baseline's candidates have no votes at all", "enter the previous election's votes")
        return None
    electorate = raw["electorate"]
    if electorate is not None and total > electorate:
        out.add(path, _line(_part(lines, "baseline"), "electorate"),
                f"the baseline candidates' votes add up to {total:,}, more than its electorate of {electorate:,}",
                "check the previous election's electorate and votes")
        return None
    ranked = sorted(items, key=lambda c: -c["votes"])
    top, second = ranked[0]["votes"], ranked[1]["votes"] if len(ranked) > 1 else 0
    winner = ranked[0]["party"] if top > second or len(ranked) == 1 else None
    votes = tuple(sorted(by_party.items(), key=lambda kv: (-kv[1], kv[0])))
    return Baseline(bool(raw["notional"]), electorate, total, votes, winner, top - second,
                    percent(total, electorate) if electorate else None)


def share_changes(baseline: Baseline, votes_now: dict[str, int], total_now: int) -> tuple[tuple[str, float | None], ...]:
    """Each party's change in share in points, from the unrounded shares; None for a party that did not stand."""
    changes = []
    for pid, votes in votes_now.items():
        then = baseline.votes_of(pid)
        changes.append((pid, None if then is None else points((votes, total_now), (then, baseline.valid_votes))))
    return tuple(changes)


def turnout_change(baseline: Baseline, valid: int, electorate: int | None) -> float | None:
    """The change in turnout (valid votes over electorate) in points, when both elections give an electorate."""
    if not electorate or not baseline.electorate:
        return None
    return points((valid, electorate), (baseline.valid_votes, baseline.electorate))


def _part(lines: Any, key: str) -> Any:
    try:
        return lines[key]
    except (KeyError, TypeError, IndexError):
        return None


def _line(lines: Any, key: Any) -> int | None:
    line_of = getattr(lines, "line_of", None)
    return line_of(key) if line_of is not None else None
