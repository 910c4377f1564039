"""The fast parser for the block-style YAML subset gives what the full loader gives, or declines."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.yamldump import dump
from generator import fastyaml
from generator.fastyaml import DECLINED, parse_subset
from generator.yamlsource import YList, YMap, parse_yaml


def full_parse(text: str, path: str = "f.yaml"):
    """The full loader alone, as parse_yaml runs it when the fast parser declines."""
    original = fastyaml.parse_subset
    fastyaml.parse_subset = lambda t, p: DECLINED
    try:
        return parse_yaml(text, path)
    finally:
        fastyaml.parse_subset = original


def same(a, b) -> bool:
    """Equal values, types and line numbers all the way down."""
    if type(a) is not type(b):
        return False
    if isinstance(a, YMap):
        return (a.path, a.line, a.key_lines) == (b.path, b.line, b.key_lines) and list(a) == list(b) \
            and all(same(a[k], b[k]) for k in a)
    if isinstance(a, YList):
        return (a.path, a.line, a.item_lines) == (b.path, b.line, b.item_lines) and len(a) == len(b) \
            and all(same(x, y) for x, y in zip(a, b))
    return a == b


AREA = """# Written by `python -m generator import`
id: ynys-mon
name: Ynys Môn
region: Wales
nation: Wales
electorate: 51925
status: declared
declared_at: 2019-12-13 03:12
candidates:
  - name: Virginia Crosbie
    party: con
    votes: 12959
  - name: "Mary Roberts"
    party: 'lab'
    label: Labour and Co-operative
    votes: 10991

  - name: Aled ap Dafydd
    party: pc
    votes: 0123
"""


def test_area_file_is_read_fast_and_identically():
    fast = parse_subset(AREA, "content/areas/ynys-mon.yaml")
    assert fast is not DECLINED
    assert same(fast, full_parse(AREA, "content/areas/ynys-mon.yaml"))
    assert fast["candidates"].line_of(2) == 18 and fast["candidates"][2].line_of("votes") == 20
    assert fast["declared_at"] == "2019-12-13 03:12"  # YAML 1.1 needs seconds for a timestamp
    assert fast["candidates"][2]["votes"] == 83  # 0123 is octal in YAML 1.1, as PyYAML reads it


def test_declines_what_it_does_not_read():
    for text in ["a: [1, 2]\n", "a: |\n  text\n", "a: b # comment\n", "a: &x 1\nb: *x\n", "a: 1\na: 2\n",
                 "a: b\n  c\n", "- a\n- b: c\n  d: e\n   f: g\n", "a:\tb\n", "a: 'it''s\n", '"a": 1\n',
                 "a: \"x\\ty\"\n", "---\na: 1\n", "yes: 1\n", "a: !!str 1\n", "? a\n: b\n", "a: 1\r\nb: 2\n", ""]:
        result = parse_subset(text, "f.yaml")
        assert result is DECLINED or same(result, full_parse(text)), text


KEYS = st.from_regex(r"[a-z_][a-z0-9_-]{0,8}", fullmatch=True)
SCALARS = st.one_of(st.integers(-10**9, 10**9), st.booleans(), st.none(), st.floats(allow_nan=False),
                    st.text(max_size=20), st.dates(), st.sampled_from(["yes", "No", "~", "0x1f", "1_000", "12:30",
                                                                      "2019-12-13 03:12", "- a", "a: b", "#x"]))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(KEYS, inner, max_size=4)), max_leaves=12)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(KEYS, VALUES, min_size=1, max_size=5), st.sampled_from([2, 4]), st.booleans())
def test_dumped_documents_read_the_same(data, indent, unicode):
    text = dump(data, sort_keys=False, default_flow_style=False, indent=indent, allow_unicode=unicode,
                          width=10**6)
    fast = parse_subset(text, "f.yaml")
    if fast is not DECLINED:
        assert same(fast, full_parse(text)), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab:- #'\"\n\t1[]{}&*!|>?%@`~.,", max_size=40))
def test_any_text_is_read_the_same_or_declined(text):
    fast = parse_subset(text, "f.yaml")
    if fast is DECLINED:
        return
    try:
        expected = full_parse(text)
    except Exception as exc:  # the full loader rejects it: the fast parser must not have accepted it
        raise AssertionError(f"accepted invalid YAML {text!r}: {exc}") from None
    assert same(fast, expected), text


def test_full_or_empty_caches_read_the_same(monkeypatch):
    """The caches of repeated lines and values only save work: full ones, or none, give the same documents."""
    warm = parse_subset(AREA, "a.yaml")
    caches = (fastyaml._lines, fastyaml._values, fastyaml._words)
    saved = [dict(c) for c in caches]
    try:
        for size in (0, 3):
            for cache in caches:
                cache.clear()
            monkeypatch.setattr(fastyaml, "CACHE_SIZE", size)
            assert same(parse_subset(AREA, "a.yaml"), warm) and same(parse_subset(AREA, "a.yaml"), warm)
    finally:
        for cache, entries in zip(caches, saved):
            cache.clear()
            cache.update(entries)
