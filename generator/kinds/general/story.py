"""The headline of a general election: what the night's figures say, in one sentence, at every stage."""
from __future__ import annotations

import re
from typing import Iterable

from ...numbers import fmt_int
from ...words import plural
from .totals import Totals

# "Polling day, 7am to 10pm" or "Polls close at 22:00": the closing time a key date's label gives.
_CLOSE = re.compile(r"(?:to|until|at|close[sd]?(?: at)?)\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b", re.I)


def polls_close(labels: Iterable[str]) -> str | None:
    """The time polls close (22:00), from the first key date about polling that gives one."""
    for label in labels:
        if "poll" not in label.lower():
            continue
        found = list(_CLOSE.finditer(label))
        if not found:
            continue
        hour, minute, half = found[-1].groups()
        h = int(hour) % 12 + (12 if (half or "").lower() == "pm" else 0) if half else int(hour)
        if 0 <= h < 24 and int(minute or 0) < 60:
            return f"{h:02d}:{int(minute or 0):02d}"
    return None


def headline(t: Totals, closed_at: str | None = None) -> str:
    """One sentence for the whole election. A majority is the winner's seats less all other seats
    (365 − 285 = 80), the Speaker's seat counted among the others; while counting, the seats still to
    declare count among the others, so it can only grow ("at least"). The party's name as the data gives
    it ("Conservative", "Plaid Cymru", "Green Party") comes first, as a noun before "majority" or
    "largest party": no plural or article to guess."""
    if t.declared == 0:
        return f"Polls closed at {closed_at}; no seats declared yet" if closed_at else "No seats declared yet"
    lead = t.rows[0]
    name, seats, needed = lead.party.name, lead.seats, t.majority_needed
    level = len(t.rows) > 1 and t.rows[1].seats == seats
    so_far = f", with {fmt_int(t.declared)} of {fmt_int(t.seats)} declared" if t.awaiting else ""
    if t.majority is not None and not t.awaiting:
        return f"{name} majority of {fmt_int(t.majority)}: {fmt_int(seats)} of {plural(t.seats, 'seat')}"
    if t.majority is not None:
        return f"{name} majority of at least {fmt_int(t.majority)}: {plural(seats, 'seat')}{so_far}"
    short = needed - seats
    if not t.awaiting or seats + t.awaiting < needed:
        if level:
            return (f"Hung parliament: {name} and {t.rows[1].party.name} level on {fmt_int(seats)} seats, "
                    f"{fmt_int(short)} short of a majority{so_far}")
        return f"Hung parliament: {name} largest party, {fmt_int(short)} short of a majority{so_far}"
    return f"{name} {plural(seats, 'seat')}, {fmt_int(short)} short of a majority{so_far}"
