"""Property tests of general election totals: shares add up, every seat is won once or awaited."""
from __future__ import annotations

from tests.general_helpers import area_yaml, sources
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.model import make_site

PARTY_IDS = ["red", "blue", "green"]
candidate_votes = st.lists(st.tuples(st.sampled_from(PARTY_IDS), st.integers(0, 50_000)), min_size=1, max_size=5)
area_spec = st.tuples(candidate_votes, st.sampled_from(["declared", "awaiting", "recount"]),
                      st.sampled_from([None, *PARTY_IDS]))


@settings(max_examples=60, deadline=None)
@given(st.lists(area_spec, min_size=1, max_size=8))
def test_totals_add_up(specs):
    areas = {}
    for i, (cands, status, previous) in enumerate(specs):
        votes = [(f"C{i}-{j}", party, v if status == "declared" else None) for j, (party, v) in enumerate(cands)]
        if status == "declared" and sum(v for _, _, v in votes) == 0:
            status = "awaiting"
            votes = [(n, p, None) for n, p, _ in votes]
        areas[f"a{i}"] = area_yaml(f"a{i}", f"Area {i}", votes, status=status, previous=previous, electorate=None)
    e = make_site(sources(areas)).election
    t = e.totals
    assert t.seats == len(specs) and t.declared + t.awaiting == t.seats
    assert sum(r.seats for r in t.rows) == t.won == t.declared - t.ties
    assert sum(r.votes for r in t.rows) == t.votes == sum(a.valid_votes or 0 for a in e.areas)
    if t.votes:
        assert round(sum(r.share for r in t.rows), 1) == 100.0
    assert sum(r.gains for r in t.rows) == sum(r.losses for r in t.rows)
    for a in e.areas:
        if a.declared:
            assert round(sum(s.share for s in a.standings), 1) == 100.0
            assert a.winner is None or a.majority == a.standings[0].votes - a.standings[1].votes \
                if len(a.standings) > 1 else a.majority == a.standings[0].votes
    assert sum(r.totals.seats for r in e.regions) == t.seats


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(area_spec, st.sampled_from(["North", "South", "East"]), st.sampled_from([None, 10**6])),
                min_size=1, max_size=8), st.integers(0, 7), st.integers(1, 900))
def test_national_totals_added_from_regions_are_those_of_all_areas_and_kept_totals_those_of_a_cold_build(
        specs, edited, extra):
    """The national totals are the sum of the regions' counts, and a Builder's memo (regions whose areas
    are unchanged keep their totals) gives what a model made from nothing gives."""
    from generator.kinds.general.model import total_up

    def texts(bonus: int) -> dict[str, str]:
        areas = {}
        for i, ((cands, status, previous), region, electorate) in enumerate(specs):
            more = bonus if i == edited % len(specs) else 0
            votes = [(f"C{i}-{j}", party, v + more * (j == 0) if status == "declared" else None)
                     for j, (party, v) in enumerate(cands)]
            if status == "declared" and sum(v for _, _, v in votes) == 0:
                status, votes = "awaiting", [(n, p, None) for n, p, _ in votes]
            areas[f"a{i}"] = area_yaml(f"a{i}", f"Area {i}", votes, status=status, previous=previous,
                                       electorate=electorate, region=region)
        return areas

    memo: dict = {}
    first = sources(texts(0))
    make_site(type(first)(**{**first.__dict__, "memo": memo}))
    again = sources(texts(extra))
    kept = {p: d for p, d in first.data.items() if d.data == again.data[p].data}  # unchanged files as a Builder keeps them
    again = type(again)(**{**again.__dict__, "data": {**again.data, **kept}, "memo": memo})
    e = make_site(again).election
    cold = make_site(sources(texts(extra))).election
    assert e == cold
    assert e.totals == total_up(e.areas, e.parties)
    assert all(r.totals == total_up(r.areas, e.parties) for r in e.regions)
