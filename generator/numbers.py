"""Shares that add up to 100.0, and the one way figures are formatted."""
from __future__ import annotations

from fractions import Fraction
from typing import Sequence


def round_shares(counts: Sequence[int], places: int = 1) -> list[float | None]:
    """Percent shares rounded to `places` decimals by largest remainder, so they sum to exactly 100.

    Ties in the remainder go to the larger count, then to the earlier item, so the result is stable.
    All-zero input gives None for each (a share of nothing is no share, shown "–"), never a division by zero.
    """
    total = sum(counts)
    if total == 0:
        return [None for _ in counts]
    unit = 10 ** places
    # Integer floor and remainder over the common denominator `total`: the same order as comparing
    # Fractions, without building them (a third of the model time at 5,000 areas).
    floors, remainders = zip(*(divmod(c * 100 * unit, total) for c in counts)) if counts else ((), ())
    floors = list(floors)
    left = 100 * unit - sum(floors)
    order = sorted(range(len(counts)), key=lambda i: (-remainders[i], -counts[i], i))
    for i in order[:left]:
        floors[i] += 1
    return [f / unit for f in floors]


def percent(part: int, whole: int, places: int = 1) -> float | None:
    """part/whole as a percentage rounded half-up to `places`; None when whole is 0."""
    if whole == 0:
        return None
    unit = 10 ** places
    # int(Fraction(part * 100 * unit, whole) + 1/2) in integers: truncate (2 * part * 100 * unit + whole) / (2 * whole).
    num, den = 2 * part * 100 * unit + whole, 2 * whole
    if den < 0:
        num, den = -num, -den
    return (num // den if num >= 0 else -(-num // den)) / unit


def fmt_int(n: int | None) -> str:
    """1234567 -> '1,234,567'."""
    return "–" if n is None else f"{n:,}"


def fmt_pct(p: float | None, places: int = 1) -> str:
    """61.8 -> '61.8%'."""
    return "–" if p is None else f"{p:.{places}f}%"


def round_points(exact: Fraction, places: int = 1) -> float:
    """An exact change in points rounded once, half away from zero (so -0.05 and +0.05 round alike)."""
    rounded = int(abs(exact) * 10 ** places + Fraction(1, 2))
    return (rounded if exact >= 0 else -rounded) / 10 ** places


def share_of(part: int, whole: int) -> Fraction:
    """part/whole in percent, exactly."""
    return Fraction(100 * part, whole)


def points(now: tuple[int, int], then: tuple[int, int], places: int = 1) -> float | None:
    """The change in percentage points from then = (part, whole) to now = (part, whole), from the exact
    fractions, rounded once; None when either whole is 0."""
    if now[1] == 0 or then[1] == 0:
        return None
    return round_points(share_of(*now) - share_of(*then), places)


def fmt_change(p: float | None, places: int = 1) -> str:
    """+5.4, −15.0 (a minus sign, not a hyphen), 0.0; '–' when there is nothing to compare."""
    if p is None:
        return "–"
    if p == 0:
        return f"{0:.{places}f}"
    return f"+{p:.{places}f}" if p > 0 else f"\u2212{-p:.{places}f}"


def fmt_net(n: int | None) -> str:
    """A net change of a count: +48, −60, 0."""
    if n is None:
        return "–"
    return f"+{n:,}" if n > 0 else f"\u2212{-n:,}" if n < 0 else "0"
