"""Shares that add up to 100.0, and the one way figures are formatted."""
from __future__ import annotations

from fractions import Fraction
from typing import Sequence


def round_shares(counts: Sequence[int], places: int = 1) -> list[float]:
    """Percent shares rounded to `places` decimals by largest remainder, so they sum to exactly 100.

    Ties in the remainder go to the larger count, then to the earlier item, so the result is stable.
    All-zero input gives all zeros (nothing to share out), never a division by zero.
    """
    total = sum(counts)
    if total == 0:
        return [0.0 for _ in counts]
    unit = 10 ** places
    exact = [Fraction(c * 100 * unit, total) for c in counts]
    floors = [int(x) for x in exact]
    left = 100 * unit - sum(floors)
    order = sorted(range(len(counts)), key=lambda i: (-(exact[i] - floors[i]), -counts[i], i))
    for i in order[:left]:
        floors[i] += 1
    return [f / unit for f in floors]


def percent(part: int, whole: int, places: int = 1) -> float | None:
    """part/whole as a percentage rounded half-up to `places`; None when whole is 0."""
    if whole == 0:
        return None
    unit = 10 ** places
    scaled = Fraction(part * 100 * unit, whole)
    return int(scaled + Fraction(1, 2)) / unit


def fmt_int(n: int | None) -> str:
    """1234567 -> '1,234,567'."""
    return "–" if n is None else f"{n:,}"


def fmt_pct(p: float | None, places: int = 1) -> str:
    """61.8 -> '61.8%'."""
    return "–" if p is None else f"{p:.{places}f}%"
