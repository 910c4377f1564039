"""The fast check of area files gives what the schema gives, or declines; areas and problems are the same."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.general_helpers import PARTIES, area_yaml

from tests.yamldump import dump
from generator.errors import Collector
from generator.kinds.general import area as area_module
from generator.kinds.general.area import AREA_SHAPE, quick_values, read_area
from generator.kinds.general.model import Party
from generator.schema import validate
from generator.yamlsource import parse_yaml

INDEX = {pid: Party(pid, pid.title(), pid[:3].title(), "#000000", f"/parties/{pid}/") for pid in ("red", "blue", "green")}
PATH = "content/areas/a1.yaml"


def generic(data, path: str = PATH):
    """read_area with the fast check turned off: the schema checks every file."""
    original = area_module.quick_values
    area_module.quick_values = lambda data: None
    try:
        out = Collector()
        lines, area = read_area(data, path, INDEX, out)
        return lines, area, out.problems
    finally:
        area_module.quick_values = original


def test_the_usual_files_take_the_fast_check_and_give_the_same_areas():
    texts = [area_yaml("a1", "Ynys Môn", [("Ann", "red", 500), ("Bob", "blue", 300)], previous="blue",
                       extra="declared_at: 2019-12-13 03:12\ninvalid_votes: 12\nvalid_votes: 800\n"),
             area_yaml("a1", "Alpha", [("Ann", "red", None), ("Bob", "blue", None)], status="awaiting")]
    for text in texts:
        data = parse_yaml(text, PATH)
        assert quick_values(data) is not None
        out = Collector()
        name_line, area = read_area(data, PATH, INDEX, out)
        assert area is not None and not out.problems
        assert generic(data) == (name_line, area, [])


def test_unusual_or_wrong_files_are_left_to_the_schema():
    base = area_yaml("a1", "Alpha", [("Ann", "red", 5), ("Bob", "blue", 3)])
    for old, new in [("id: a1", "id: A1"), ("name: Alpha", "name: ''"), ("status: declared", "status: Declared"),
                     ("electorate: 1000", "electorate: -1"), ("electorate: 1000", "electorate: 1.5"),
                     ("votes: 5", "votes: '5'"), ("party: red", "party: red\n    colour: red"),
                     ("name: Alpha", "name: Alpha\nnotes: x"), ("name: Alpha", "name: Alpha\ndeclared_at: 2019-02-30 01:00")]:
        data = parse_yaml(base.replace(old, new, 1), PATH)
        out = Collector()
        validate(data, AREA_SHAPE, PATH, out)
        assert quick_values(data) is None and out.problems, new


def test_the_fast_check_knows_everything_the_shapes_check():
    """quick_values checks ids by _ID_RE, texts by length, counts as whole numbers of 0 or more: a field
    added to the shapes, or a pattern, choice or minimum given to one, must be taught to it too."""
    from generator.kinds.general.area import CANDIDATE, _AREA_FIELDS, _CANDIDATE_FIELDS, _STATUSES
    from generator.schema import _ID_RE, DateTime, Int, ListOf, Record, Segment, Str

    # `baseline:` (the previous election) is a Record the fast check never reads: a file with one declines it.
    assert quick_values(parse_yaml("id: a1\nname: A\nregion: N\nnation: T\nbaseline: {}\n", PATH)) is None
    kinds = {"baseline": Record, "id": Segment, "previous_party": Segment, "party": Segment, "name": Str, "region": Str, "nation": Str,
             "label": Str, "status": Str, "electorate": Int, "valid_votes": Int, "invalid_votes": Int, "votes": Int,
             "declared_at": DateTime, "candidates": ListOf}
    fields = {**AREA_SHAPE.fields, **{f"candidate {k}": f for k, f in CANDIDATE.fields.items()}}
    assert set(AREA_SHAPE.fields) == _AREA_FIELDS and set(CANDIDATE.fields) == _CANDIDATE_FIELDS
    for key, spec in fields.items():
        shape = spec.shape
        assert type(shape) is kinds[key.removeprefix("candidate ")], key
        if isinstance(shape, Segment):
            assert shape.pattern == _ID_RE and not shape.refuse_device_names and not shape.choices, key
        elif type(shape) is Str:
            assert shape.pattern is None and (not shape.choices or set(shape.choices) == _STATUSES), key
        elif type(shape) is Int:
            assert shape.minimum == 0, key
    assert AREA_SHAPE.fields["candidates"].shape.item is CANDIDATE and AREA_SHAPE.fields["candidates"].shape.min_items == 0
    assert [k for k, f in fields.items() if f.required] == ["id", "name", "region", "nation", "candidate name",
                                                             "candidate party"]
    assert {k: f.default for k, f in AREA_SHAPE.fields.items() if f.default is not None} == \
        {"status": "awaiting", "candidates": ()}


IDS = st.sampled_from(["a1", "red", "blue", "green", "reed", "A1", " a1", "a1 ", "-a", "con", "", "a" * 81, "x y"])
TEXTS = st.one_of(st.sampled_from(["Alpha", " Alpha ", "", " ", "Ynys Môn", "a" * 201, "yes", "Con", "?"]),
                  st.text(max_size=12))
ODD = st.sampled_from([None, True, 12, -1, 1.5, "12", [], {}, dt.date(2019, 12, 13), ...])  # ...: leave it out
WRONG = st.one_of(IDS, TEXTS, ODD, st.sampled_from(["2019-12-13 03:12", "2019-02-30 01:00", "13 Dec", "declard"]))
PARTY_IDS = st.sampled_from(["red", "blue", "green"])


def mutated(valid: st.SearchStrategy, fields: list[str]) -> st.SearchStrategy:
    """Valid records with up to two fields given another value, or left out (...)."""
    def apply(pair):
        record, changes = pair
        record.update(changes)
        return {k: v for k, v in record.items() if v is not ...}
    return st.tuples(valid, st.dictionaries(st.sampled_from(fields), WRONG, max_size=2)).map(apply)


CANDIDATE = mutated(st.fixed_dictionaries(
    {"name": st.sampled_from(["Ann", "Bob", "Cy", "Di"]), "party": PARTY_IDS},
    optional={"label": st.sampled_from(["Red and Allies", " Co-op "]), "votes": st.integers(0, 3000)}),
    ["name", "party", "label", "votes", "colour"])
AREA = mutated(st.fixed_dictionaries(
    {"id": st.just("a1"), "name": st.sampled_from(["Alpha", "Ynys Môn", " Beta "]), "region": st.just("North"),
     "nation": st.just("Testland")},
    optional={"electorate": st.integers(0, 20000), "status": st.sampled_from(["declared", "awaiting", "recount"]),
              "declared_at": st.one_of(st.sampled_from(["2019-12-13 03:12", "2019-12-13"]), st.datetimes()),
              "valid_votes": st.integers(0, 3000), "invalid_votes": st.integers(0, 30),
              "previous_party": PARTY_IDS, "candidates": st.lists(CANDIDATE, max_size=4)}),
    [*AREA_SHAPE.fields, "notes"])


@settings(max_examples=800, deadline=None)
@given(AREA)
def test_any_area_file_gives_the_same_area_and_problems_either_way(fields):
    text = dump(fields, sort_keys=False, allow_unicode=True, default_flow_style=False)
    data = parse_yaml(text, PATH)
    expected = generic(data)
    out = Collector()
    assert (*read_area(data, PATH, INDEX, out), out.problems) == expected, text
    if quick_values(data) is not None:  # its values are the schema's, and so are the lines of the file
        checked = validate(data, AREA_SHAPE, PATH, Collector())
        assert checked is not None and dict(checked) == quick_values(data), text
        assert all(data.line_of(k) == checked.line_of(k) for k in AREA_SHAPE.fields), text
        items = data.get("candidates") or ()
        assert [items.line_of(i) for i in range(len(items))] == \
            [checked["candidates"].line_of(i) for i in range(len(items))], text
