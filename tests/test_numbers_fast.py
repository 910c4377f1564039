"""The integer arithmetic in numbers.py gives exactly what the Fraction arithmetic it replaced gave."""
from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.numbers import percent, round_shares


def reference_round_shares(counts, places=1):
    total = sum(counts)
    if total == 0:
        return [None for _ in counts]
    unit = 10 ** places
    exact = [Fraction(c * 100 * unit, total) for c in counts]
    floors = [int(x) for x in exact]
    left = 100 * unit - sum(floors)
    order = sorted(range(len(counts)), key=lambda i: (-(exact[i] - floors[i]), -counts[i], i))
    for i in order[:left]:
        floors[i] += 1
    return [f / unit for f in floors]


def reference_percent(part, whole, places=1):
    if whole == 0:
        return None
    unit = 10 ** places
    return int(Fraction(part * 100 * unit, whole) + Fraction(1, 2)) / unit


@settings(max_examples=500, deadline=None)
@given(st.lists(st.integers(0, 10**7), max_size=12), st.integers(0, 3))
def test_round_shares_matches_fractions(counts, places):
    assert round_shares(counts, places) == reference_round_shares(counts, places)


@settings(max_examples=500, deadline=None)
@given(st.integers(-10**7, 10**7), st.integers(-10**7, 10**7), st.integers(0, 3))
def test_percent_matches_fractions(part, whole, places):
    assert percent(part, whole, places) == reference_percent(part, whole, places)
