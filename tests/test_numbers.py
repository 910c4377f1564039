from hypothesis import given, strategies as st

from generator.model.contest import count
from generator.numbers import fmt_int, fmt_pct, percent, round_shares


def test_result_shares_match_the_declared_ones():
    assert round_shares([313209, 193229]) == [61.8, 38.2]


def test_shares_that_would_round_to_more_than_100_are_corrected():
    # 1/3 each: plain rounding gives 33.3 * 3 = 99.9; largest remainder gives 100.0
    assert round_shares([1, 1, 1]) == [33.4, 33.3, 33.3]
    assert sum(round_shares([2, 2, 2, 1])) * 10 == 1000


def test_all_zero_votes_share_nothing_and_do_not_divide_by_zero():
    assert round_shares([0, 0]) == [None, None]
    assert percent(5, 0) is None


@given(st.lists(st.integers(min_value=0, max_value=10**7), min_size=1, max_size=12))
def test_shares_always_add_to_exactly_100(counts):
    shares = round_shares(counts)
    if not sum(counts):
        assert shares == [None] * len(counts)  # no votes: no share to give
        return
    tenths = [round(s * 10) for s in shares]
    assert sum(tenths) == 1000
    assert all(0 <= t <= 1000 for t in tenths)
    # each share is within one tenth of the exact value
    total = sum(counts)
    if total:
        for c, t in zip(counts, tenths):
            assert abs(t - c * 1000 / total) < 1


def test_formatting():
    assert fmt_int(313209) == "313,209"
    assert fmt_pct(61.8) == "61.8%"
    assert fmt_pct(100.0) == "100.0%"
    assert percent(507480, 654006) == 77.6


def test_count_finds_winner_and_majority():
    t = count({"a": 313209, "b": 193229})
    assert t.winner == "a" and t.majority == 119980 and t.total == 506438
    assert [l.key for l in t.lines] == ["a", "b"] and t.line("a").elected


def test_a_tie_has_no_winner():
    t = count({"a": 10, "b": 10, "c": 3})
    assert t.winner is None and t.tied == ("a", "b") and t.majority is None
    assert [l.rank for l in t.lines] == [1, 1, 3]


def test_no_votes_has_no_winner():
    t = count({"a": 0, "b": 0})
    assert t.winner is None and t.total == 0 and [l.share for l in t.lines] == [None, None]


@given(st.lists(st.integers(min_value=0, max_value=30), max_size=8))
def test_count_ranks_by_votes_keeping_the_given_order_of_equal_counts(votes):
    keys = [f"k{i}" for i in range(len(votes))]
    v = dict(zip(keys, votes))
    t = count(v, order=keys)
    assert [l.key for l in t.lines] == sorted(keys, key=lambda k: -v[k])
    assert [l.share for l in t.lines] == round_shares([l.votes for l in t.lines]) and t.total == sum(votes)
    assert all(l.rank == 1 + sum(1 for k in keys if v[k] > l.votes) for l in t.lines)
    top = max(votes, default=0)
    leaders = [k for k in keys if v[k] == top]
    assert t.winner == (leaders[0] if sum(votes) and len(leaders) == 1 else None)
    assert t.tied == (tuple(leaders) if sum(votes) and len(leaders) > 1 else ())
    assert [l.elected for l in t.lines] == [l.key == t.winner for l in t.lines]
    second = sorted(votes, reverse=True)[1] if len(votes) > 1 else 0
    assert t.majority == (top - second if t.winner else None)
    assert t.majority_share == (percent(t.majority, t.total) if t.winner else None)
