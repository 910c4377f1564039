"""Horizontal SVG bar charts built at build time: no JavaScript, readable at any width and in print."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Sequence

from markupsafe import Markup

from .chart_glyphs import BOLD, CHARS, REGULAR
from .fast_init import fast_init

ROW_TEXT = 20     # px from a row's top to its bar, for one line of text
LINE = 18         # px between the baselines of a label's wrapped lines
BAR = 22          # px bar thickness
ROW_GAP = 12      # px between rows
GROUP_HEAD = 26   # px for a one-line group heading
GROUP_LINE = 19   # px between the baselines of a wrapped group heading

# Text must fit the narrowest chart: 270 px, in a home-page card at 320 px (a page at 320 px less its
# padding is 296 px, an embed's 300 px column less its own 280 px). Labels start INSET px in, as some
# glyphs (J, Y) reach a pixel left of their origin; widths are the theme's glyphs measured in Chromium
# (generator/chart_glyphs.py), 4 px spare for rounding. tests/test_phone_layout.py checks all of it.
NARROWEST = 270
INSET = 2
TEXT_WIDTH = NARROWEST - INSET - 4
VALUE_GAP = 12    # px at least between a label and a value on the same line
LABEL_SIZE, VALUE_SIZE, GROUP_SIZE = 14, 14, 15   # px, as in style.css (svg.chart)
UNMEASURED = 1250  # thousandths of an em for a glyph not in the table: wider than any measured one

_SPACES = re.compile(r"[ \t\n\r\f]+")  # the white space SVG text collapses (not U+00A0)


class _Glyphs(dict):
    """Glyph widths by character; a character not in the table is UNMEASURED wide."""

    def __missing__(self, ch: str) -> int:
        return UNMEASURED


_BOLD = _Glyphs(zip(CHARS, BOLD))
_REGULAR = _Glyphs(zip(CHARS, REGULAR))
_BOLD_UNITS, _REGULAR_UNITS = _BOLD.__getitem__, _REGULAR.__getitem__


@fast_init
@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    value_text: str
    colour: str


@fast_init
@dataclass(frozen=True)
class Group:
    heading: str | None
    bars: tuple[Bar, ...]


def scale(value: int, domain_max: int) -> float:
    """A value's bar length as a percentage of the chart width; bars start at zero."""
    if domain_max <= 0 or value <= 0:
        return 0.0
    return round(min(value, domain_max) * 100.0 / domain_max, 3)


def luminance(hex_colour: str) -> float:
    """WCAG relative luminance of #rrggbb."""
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio between two #rrggbb colours."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_width(text: str, glyphs: dict[str, int], size: int) -> float:
    """The px width of one line of chart text, from the measured glyph widths."""
    return _units(text, glyphs) * size / 1000


def _units(text: str, glyphs: dict[str, int]) -> int:
    """The width of a line in thousandths of an em: whole numbers, so a line's is the sum of its words'."""
    if type(glyphs) is _Glyphs:
        return sum(map(glyphs.__getitem__, text))  # 3 x faster than a generator; lay_out runs per bar
    return sum(glyphs.get(ch, UNMEASURED) for ch in text)


def _fitting_prefix(word: str, glyphs: dict[str, int], size: int, width: float) -> int:
    """How many of the word's first characters fit in `width` px (at least one)."""
    cut = 1
    while cut < len(word) and text_width(word[:cut + 1], glyphs, size) <= width:
        cut += 1
    return cut


def _single_spaced(text: str) -> bool:
    """Whether the text's only white space is single spaces between words, so that SVG shows it as it is.

    str.split also splits at white space SVG keeps (U+00A0): such text is merely not single-spaced."""
    return " ".join(text.split()) == text


def wrap(text: str, glyphs: dict[str, int], size: int, width: float = TEXT_WIDTH) -> list[str]:
    """Lines of at most `width` px, broken at spaces (a word too long for a line is broken inside it)."""
    # Almost every label and value fits on one line: measured once, without splitting it into words
    # (if the whole line fits, every word and every run of words in it does)
    if _single_spaced(text) and _units(text, glyphs) * size / 1000 <= width:
        return [text]
    lines: list[str] = []
    line = ""
    line_units = 0
    space = _units(" ", glyphs)
    for word in _SPACES.split(text):
        if not word:
            continue
        word_units = _units(word, glyphs)
        while len(word) > 1 and word_units * size / 1000 > width:
            cut = _fitting_prefix(word, glyphs, size, width)
            lines += [line, word[:cut]] if line else [word[:cut]]
            line, line_units, word = "", 0, word[cut:]
            word_units = _units(word, glyphs)
        # widths add up (whole thousandths), so the joined line's is the line's + a space's + the word's
        joined, joined_units = (f"{line} {word}", line_units + space + word_units) if line else (word, word_units)
        if line and joined_units * size / 1000 > width:
            lines.append(line)
            joined, joined_units = word, word_units
        line, line_units = joined, joined_units
    return [*lines, line]


@dataclass(frozen=True)
class RowText:
    """Where a bar's text goes: its label's lines, its value's lines, and whether the value shares the last line."""

    label: tuple[str, ...]
    value: tuple[str, ...]
    inline: bool

    @property
    def lines(self) -> int:
        return len(self.label) + (0 if self.inline else len(self.value))


def lay_out(bar: Bar) -> RowText:
    """The label wrapped to the narrowest chart; the value beside its last line only if both fit there."""
    label, value, inline = _lay_out(bar.label, bar.value_text)
    return RowText(tuple(label), tuple(value), inline)


def _lay_out(label_text: str, value_text: str) -> tuple[list[str], list[str], bool]:
    """lay_out's answer as plain values, for bar_chart (which runs it for every bar of 5,000 area pages)."""
    # wrap's one-line case for both texts, inlined: the usual row, both texts measured once
    if _single_spaced(label_text) and _single_spaced(value_text):
        label_px = sum(map(_BOLD_UNITS, label_text)) * LABEL_SIZE / 1000
        value_px = sum(map(_REGULAR_UNITS, value_text)) * VALUE_SIZE / 1000
        if label_px <= TEXT_WIDTH and value_px <= TEXT_WIDTH:
            return [label_text], [value_text], label_px + VALUE_GAP + value_px <= TEXT_WIDTH
    label = wrap(label_text, _BOLD, LABEL_SIZE)
    value = wrap(value_text, _REGULAR, VALUE_SIZE)
    inline = len(value) == 1 and (text_width(label[-1], _BOLD, LABEL_SIZE) + VALUE_GAP
                                  + text_width(value[0], _REGULAR, VALUE_SIZE) <= TEXT_WIDTH)
    return label, value, inline


def heading_lines(heading: str) -> list[str]:
    """A group heading wrapped to the narrowest chart."""
    return wrap(heading, _BOLD, GROUP_SIZE)


# ElementTree's own escaping functions: the XML machinery's rules, without building a tree per chart.
_attr = ET._escape_attrib  # type: ignore[attr-defined]
_text = ET._escape_cdata  # type: ignore[attr-defined]
_INSET = str(INSET)


def _element(tag: str, attrs: str, text: str | None) -> str:
    """One childless element as ElementTree writes it: attrs already escaped, empty ones self-closed."""
    return f"<{tag}{attrs}>{_text(text)}</{tag}>" if text else f"<{tag}{attrs} />"


def _text_block(x: str, first: int, step: int, cls: str, lines: Sequence[str], anchor: str = "") -> str:
    """One <text>: a single line as its own text, wrapped lines as a <tspan> each, `step` px apart."""
    attrs = f' x="{x}" y="{first}" class="{cls}"{anchor}'
    if len(lines) == 1:
        return _element("text", attrs, lines[0])
    spans = "".join(_element("tspan", f' x="{x}" y="{first + i * step}"', line)
                    for i, line in enumerate(lines))
    return f"<text{attrs}>{spans}</text>"


def bar_chart(chart_id: str, groups: list[Group], title: str, description: str, *,
              domain_max: int | None = None, marker: int | None = None) -> Markup:
    """An inline SVG: each bar has its label, then its formatted value, on the lines above it.

    Widths are percentages, so the chart fills its container at any width while text keeps its size;
    text is wrapped to fit the narrowest chart, so a label never meets its value nor leaves the chart.
    Written element by element with ElementTree's escaping rules (byte-identical to ET.tostring, which
    took 90% of the page-list time at 5,000 areas; tests/test_charts_fast.py compares the two).
    `marker`, a value on the same scale (a majority), draws a dashed line across every bar at it; the
    description must say what it marks.
    """
    cid = _attr(chart_id)
    top = domain_max if domain_max is not None else max((b.value for g in groups for b in g.bars), default=0)
    y = 0
    body: list[str] = []
    tops: list[int] = []
    for gi, group in enumerate(groups):
        if group.heading:
            y += 6 if gi else 0
            lines = heading_lines(group.heading)
            body.append(_text_block(_INSET, y + 18, GROUP_LINE, "chart-group", lines))
            y += GROUP_HEAD + GROUP_LINE * (len(lines) - 1)
        for bar in group.bars:
            label, value, inline = _lay_out(bar.label, bar.value_text)
            bar_top = y + ROW_TEXT + 2 + LINE * (len(label) - 1 + (0 if inline else len(value)))
            rects = (f'<rect x="0" y="{bar_top}" width="100%" height="{BAR}" class="chart-track" />'
                     f'<rect x="0" y="{bar_top}" width="{scale(bar.value, top)}%" height="{BAR}" '
                     f'fill="{_attr(bar.colour)}" class="chart-bar" /></g>')
            if len(label) == 1 and len(value) == 1 and label[0] and value[0]:  # the usual row, as _text_block writes it
                body.append(f'<g class="chart-row"><text x="{INSET}" y="{y + 15}" class="chart-label">'
                            f'{_text(label[0])}</text><text x="100%" y="{y + 15 if inline else y + 15 + LINE}" '
                            f'class="chart-value" text-anchor="end">{_text(value[0])}</text>{rects}')
            else:
                value_top = y + 15 + LINE * (len(label) - (1 if inline else 0))
                body.append('<g class="chart-row">'
                            + _text_block(_INSET, y + 15, LINE, "chart-label", label)
                            + _text_block("100%", value_top, LINE, "chart-value", value, ' text-anchor="end"')
                            + rects)
            tops.append(bar_top)
            y = bar_top + BAR + ROW_GAP
    height = max(y - ROW_GAP + 2, 1)
    if marker is not None and tops:
        at = scale(marker, top)  # across each bar only: a line through the labels would strike them out
        body += [f'<line x1="{at}%" x2="{at}%" y1="{t - 4}" y2="{t + BAR + 4}" stroke-width="2" '
                 'class="chart-marker" />' for t in tops]
    return Markup(f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="100%" height="{height}" '
                  f'role="img" aria-labelledby="{cid}-title {cid}-desc" id="{cid}">'
                  + _element("title", f' id="{cid}-title"', title)
                  + _element("desc", f' id="{cid}-desc"', description) + "".join(body) + "</svg>")
