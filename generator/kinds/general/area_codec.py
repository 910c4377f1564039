"""An area file's model as plain data and back, for the item store (generator/item_store.py).

encode() turns what kinds/general/model.py makes of one area file (the line of its name, its Area and
its warnings) into tuples of str, int, float, bool and None; decode() rebuilds equal objects, and
raises ValueError for anything that is not in that shape (a damaged or planted store is a miss, never a
page with a wrong type in it). Only a file modelled without problems other than warnings is kept.
"""
from __future__ import annotations

import datetime as dt
from sys import intern  # the words many areas share (party ids, regions, results) once, as the parser shares them
from typing import Any

from ...errors import Problem
from .area import Area, Candidate, Standing
from .baseline import Baseline

# The exact types marshal gives back (a bool is not a number here, as the model never stores one as such).
_INT_OR_NONE = frozenset((int, type(None)))
_NUM_OR_NONE = frozenset((int, float, type(None)))
_STR_OR_NONE = frozenset((str, type(None)))
_BOOL_OR_NONE = frozenset((bool, type(None)))


def encode(name_line: int | None, area: Area, problems: tuple[Problem, ...]) -> tuple:
    """The model of one area file as plain data."""
    candidates = area.candidates
    at = {id(c): i for i, c in enumerate(candidates)}
    standings = area.standings
    rank = {id(s): i for i, s in enumerate(standings)}
    when = area.declared_at
    b = area.baseline
    return (name_line, (
        area.id, area.name, area.region, area.nation, area.electorate, area.status,
        None if when is None else (when.isoformat(), type(when) is dt.datetime),
        tuple((c.name, c.party, c.label, c.votes) for c in candidates),
        tuple((at[id(s.candidate)], s.votes, s.share, s.rank, s.elected) for s in standings),
        None if area.winner is None else rank[id(area.winner)],
        area.tied, area.majority, area.majority_share, area.valid_votes, area.invalid_votes, area.turnout,
        area.previous_party, area.gain, area.result, area.result_short, area.path, area.url,
        tuple(None if s is None else rank[id(s)] for _, s in area.ballot),
        None if b is None else (b.notional, b.electorate, b.valid_votes, b.votes, b.winner, b.majority, b.turnout),
        area.previous_from_baseline, area.share_change, area.turnout_change),
        tuple((p.path, p.line, p.message, p.hint, p.warning) for p in problems))


def decode(data: Any) -> tuple[int | None, Area, tuple[Problem, ...]]:
    """encode()'s input again, from its output; ValueError when `data` is not in its shape."""
    try:
        name_line, fields, problems = data
        (id_, name, region, nation, electorate, status, when, candidates, standings, winner, tied, majority,
         majority_share, valid, invalid, turnout, previous, gain, result, short, path, url, ballot, baseline,
         from_baseline, share_change, turnout_moved) = fields
        if not (type(id_) is type(name) is type(region) is type(nation) is type(status) is type(result)
                is type(short) is type(path) is type(url) is str) or type(name_line) not in _INT_OR_NONE \
                or type(electorate) not in _INT_OR_NONE or type(majority) not in _INT_OR_NONE \
                or type(valid) not in _INT_OR_NONE or type(invalid) not in _INT_OR_NONE \
                or type(majority_share) not in _NUM_OR_NONE or type(turnout) not in _NUM_OR_NONE \
                or type(turnout_moved) not in _NUM_OR_NONE or type(previous) not in _STR_OR_NONE \
                or type(gain) not in _BOOL_OR_NONE or type(tied) is not bool or type(from_baseline) is not bool:
            raise ValueError("a field of the wrong type")
        region, nation, status, result, short = (intern(region), intern(nation), intern(status), intern(result),
                                                 intern(short))
        if previous is not None:
            previous = intern(previous)
        if when is not None:
            text, timed = when
            when = dt.datetime.fromisoformat(text) if timed is True else dt.date.fromisoformat(text)
        made = []
        for c_name, party, label, votes in candidates:
            if type(c_name) is not str or type(party) is not str or type(label) not in _STR_OR_NONE \
                    or type(votes) not in _INT_OR_NONE:
                raise ValueError("candidate")
            made.append(Candidate(c_name, intern(party), label if label is None else intern(label), votes))
        cs = tuple(made)
        lines = []
        for i, votes, share, place, elected in standings:
            if type(votes) is not int or type(place) is not int or type(elected) is not bool or type(i) is not int \
                    or i < 0 or type(share) not in _NUM_OR_NONE:
                raise ValueError("standing")
            lines.append(Standing(cs[i], votes, share, place, elected))
        ss = tuple(lines)
        if len(ballot) != len(cs) or type(share_change) is not tuple:
            raise ValueError("ballot")
        for pid, change in share_change:
            if type(pid) is not str or type(change) not in _NUM_OR_NONE:
                raise ValueError("share change")
        area = Area(id_, name, region, nation, electorate, status, when, cs, ss,
                    None if winner is None else ss[_index(winner)], tied, majority, majority_share, valid, invalid,
                    turnout, previous, gain, result, short, path, url,
                    tuple([(c, None if k is None else ss[_index(k)]) for c, k in zip(cs, ballot)]),
                    None if baseline is None else _baseline(baseline), from_baseline, share_change, turnout_moved)
        found = []
        for p_path, line, message, hint, warning in problems:
            if type(p_path) is not str or type(message) is not str or type(hint) is not str \
                    or type(line) not in _INT_OR_NONE or warning is not True:
                raise ValueError("only warnings are kept")
            found.append(Problem(p_path, line, message, hint, True))
        return name_line, area, tuple(found)
    except (TypeError, IndexError, ValueError) as exc:  # a tuple of the wrong length, a bad index or date...
        raise ValueError(f"not an area's model: {exc}") from None


def _baseline(data: Any) -> Baseline:
    notional, electorate, valid, votes, winner, majority, turnout = data
    if type(notional) is not bool or type(valid) is not int or type(majority) is not int or type(votes) is not tuple \
            or type(electorate) not in _INT_OR_NONE or type(winner) not in _STR_OR_NONE \
            or type(turnout) not in _NUM_OR_NONE:
        raise ValueError("baseline")
    for pid, count in votes:
        if type(pid) is not str or type(count) is not int:
            raise ValueError("baseline votes")
    return Baseline(notional, electorate, valid, votes, winner, majority, turnout)


def _index(value: Any) -> int:
    if type(value) is not int or value < 0:
        raise ValueError("index")
    return value
