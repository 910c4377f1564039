"""The chart text wrapper sums whole glyph widths per word: it must wrap exactly as measuring every line does."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from generator.chart_glyphs import CHARS
from generator.charts import _BOLD, _REGULAR, TEXT_WIDTH, UNMEASURED, _SPACES, text_width, wrap


def _width(text: str, glyphs: dict[str, int], size: int) -> float:
    return sum(glyphs.get(ch, UNMEASURED) for ch in text) * size / 1000


def _reference(text: str, glyphs: dict[str, int], size: int, width: float = TEXT_WIDTH) -> list[str]:
    """The wrapper as it was: every candidate line measured from scratch."""
    lines: list[str] = []
    line = ""
    for word in _SPACES.split(text):
        if not word:
            continue
        while len(word) > 1 and _width(word, glyphs, size) > width:
            cut = 1
            while cut < len(word) and _width(word[:cut + 1], glyphs, size) <= width:
                cut += 1
            lines += [line, word[:cut]] if line else [word[:cut]]
            line, word = "", word[cut:]
        joined = f"{line} {word}" if line else word
        if line and _width(joined, glyphs, size) > width:
            lines.append(line)
            joined = word
        line = joined
    return [*lines, line]


TEXT = st.text(st.sampled_from(CHARS + "   \t\n\u00a0\u4e00W"), max_size=90)


@settings(max_examples=400, deadline=None)
@given(TEXT, st.sampled_from([14, 15]), st.sampled_from([TEXT_WIDTH, 120.0, 40.5]))
def test_wrap_matches_measuring_every_line(text: str, size: int, width: float) -> None:
    for glyphs in (_BOLD, _REGULAR):
        assert wrap(text, glyphs, size, width) == _reference(text, dict(glyphs), size, width)
        assert text_width(text, glyphs, size) == _width(text, dict(glyphs), size)


def test_an_unmeasured_glyph_is_wide_and_a_long_name_breaks() -> None:
    assert text_width("\u4e00", _BOLD, 14) == UNMEASURED * 14 / 1000
    lines = wrap("Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch and Anglesey", _BOLD, 14)
    assert len(lines) >= 2 and all(text_width(line, _BOLD, 14) <= TEXT_WIDTH for line in lines)
