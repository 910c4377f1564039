"""The string-built SVG charts are byte-identical to the ElementTree serialisation they replaced."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.charts import (BAR, GROUP_HEAD, GROUP_LINE, INSET, LINE, ROW_GAP, ROW_TEXT, Bar, Group, bar_chart,
                              heading_lines, lay_out, scale)


def text_block(parent: ET.Element | None, x: str, first: int, step: int, cls: str, lines: Sequence[str],
               **extra: str) -> ET.Element:
    """A <text>, its wrapped lines as <tspan>s `step` px apart (a single line as the text itself)."""
    attrs = {"x": x, "y": str(first), "class": cls, **extra}
    text = ET.Element("text", attrs) if parent is None else ET.SubElement(parent, "text", attrs)
    if len(lines) == 1:
        text.text = lines[0]
    for i, line in enumerate(lines if len(lines) > 1 else []):
        ET.SubElement(text, "tspan", {"x": x, "y": str(first + i * step)}).text = line
    return text


def reference_chart(cid: str, groups: list[Group], title: str, description: str, domain_max: int | None = None) -> str:
    """The chart built as an ElementTree, kept here as the oracle (same layout, ElementTree's serialiser).

    Updated on purpose with the wrapped layout: labels wrap to the narrowest chart, and the value goes
    beside the last label line only when both fit there, else on its own line."""
    top = domain_max if domain_max is not None else max((b.value for g in groups for b in g.bars), default=0)
    y = 0
    body: list[ET.Element] = []
    for gi, group in enumerate(groups):
        if group.heading:
            y += 6 if gi else 0
            lines = heading_lines(group.heading)
            body.append(text_block(None, str(INSET), y + 18, GROUP_LINE, "chart-group", lines))
            y += GROUP_HEAD + GROUP_LINE * (len(lines) - 1)
        for bar in group.bars:
            layout = lay_out(bar)
            row = ET.Element("g", {"class": "chart-row"})
            text_block(row, str(INSET), y + 15, LINE, "chart-label", layout.label)
            value_top = y + 15 + LINE * (len(layout.label) - (1 if layout.inline else 0))
            text_block(row, "100%", value_top, LINE, "chart-value", layout.value, **{"text-anchor": "end"})
            bar_top = y + ROW_TEXT + 2 + LINE * (layout.lines - 1)
            ET.SubElement(row, "rect", {"x": "0", "y": str(bar_top), "width": "100%", "height": str(BAR),
                                        "class": "chart-track"})
            ET.SubElement(row, "rect", {"x": "0", "y": str(bar_top), "width": f"{scale(bar.value, top)}%",
                                        "height": str(BAR), "fill": bar.colour, "class": "chart-bar"})
            body.append(row)
            y = bar_top + BAR + ROW_GAP
    svg = ET.Element("svg", {"xmlns": "http://www.w3.org/2000/svg", "class": "chart", "width": "100%",
                             "height": str(max(y - ROW_GAP + 2, 1)), "role": "img",
                             "aria-labelledby": f"{cid}-title {cid}-desc", "id": cid})
    ET.SubElement(svg, "title", {"id": f"{cid}-title"}).text = title
    ET.SubElement(svg, "desc", {"id": f"{cid}-desc"}).text = description
    svg.extend(body)
    return ET.tostring(svg, encoding="unicode", short_empty_elements=True)


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)
# Long names of real-looking words too, so that wrapping onto several lines and values on their own line are tried
WORDS = st.lists(st.sampled_from(["Party", "(Independent)", "Labour", "and", "W" * 40, "<&>", ""]), max_size=14)
LABEL = TEXT | WORDS.map(" ".join)
BARS = st.builds(Bar, LABEL, st.integers(0, 10**7), TEXT, TEXT)
GROUPS = st.lists(st.builds(Group, st.none() | LABEL, st.lists(BARS, max_size=5).map(tuple)), max_size=4)


@settings(max_examples=300, deadline=None)
@given(TEXT, GROUPS, TEXT, TEXT, st.none() | st.integers(0, 10**7))
def test_fast_chart_matches_elementtree(cid, groups, title, description, domain_max):
    assert str(bar_chart(cid, groups, title, description, domain_max=domain_max)) == \
        reference_chart(cid, groups, title, description, domain_max)


def test_escapes_markup_in_labels():
    svg = bar_chart("c", [Group('<b>"&', (Bar("<script>", 5, "5 & more", '"red'),))], "T<", "D>")
    root = ET.fromstring(str(svg))
    assert [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")] == ['<b>"&', "<script>", "5 & more"]
    assert root.find("{http://www.w3.org/2000/svg}g")[3].get("fill") == '"red'
