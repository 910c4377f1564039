"""A bar's layout takes a shortcut when its label and value each fit on one line: it must lay out as wrapping does."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from generator.chart_glyphs import CHARS
from generator.charts import (_BOLD, _REGULAR, LABEL_SIZE, TEXT_WIDTH, VALUE_GAP, VALUE_SIZE, Bar, RowText,
                              lay_out, text_width)
from tests.test_chart_wrap_fast import _reference


def _reference_layout(bar: Bar) -> RowText:
    """lay_out as it was: both texts wrapped word by word, measured from scratch."""
    label = tuple(_reference(bar.label, dict(_BOLD), LABEL_SIZE))
    value = tuple(_reference(bar.value_text, dict(_REGULAR), VALUE_SIZE))
    inline = len(value) == 1 and (text_width(label[-1], _BOLD, LABEL_SIZE) + VALUE_GAP
                                  + text_width(value[0], _REGULAR, VALUE_SIZE) <= TEXT_WIDTH)
    return RowText(label, value, inline)


# Single spaces, other white space (some of it kept by SVG: U+00A0), unmeasured glyphs, and words long
# enough that a label takes one line, nearly one line or several
WORD = st.text(st.sampled_from(CHARS + "\u00a0\u4e00\u2003\x0b"), max_size=12) | st.sampled_from(["W" * 19, "W" * 40])
TEXT = st.lists(WORD, max_size=8).flatmap(
    lambda words: st.lists(st.sampled_from([" ", "  ", "\t", "\n", " \u00a0"]), min_size=len(words),
                           max_size=len(words)).map(lambda gaps: "".join(w + g for w, g in zip(words, gaps))))
EDGES = st.sampled_from(["", " ", "{}", " {}", "{} ", "{}"])


@settings(max_examples=500, deadline=None)
@given(TEXT, EDGES, TEXT | st.sampled_from(["12,345 (45.6%)", "1 of 650 (+12)", ""]), EDGES)
def test_layout_matches_wrapping_every_text(label, label_edges, value, value_edges):
    bar = Bar(label_edges.format(label) if "{}" in label_edges else label + label_edges, 1,
              value_edges.format(value) if "{}" in value_edges else value + value_edges, "#000000")
    assert lay_out(bar) == _reference_layout(bar)


def test_the_value_goes_inline_only_while_both_fit() -> None:
    assert lay_out(Bar("Ann Lee (Lab)", 1, "12,345 (45.6%)", "#000000")).inline
    long = "Wolfgang Amadeus Mozart (Lab)"
    assert text_width(long, _BOLD, LABEL_SIZE) <= TEXT_WIDTH  # one line for the label, no room for the value
    assert lay_out(Bar(long, 1, "12,345 (45.6%)", "#000000")) == RowText((long,), ("12,345 (45.6%)",), False)
