"""The string-built SVG charts are byte-identical to the ElementTree serialisation they replaced."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.charts import BAR, GROUP_HEAD, ROW_GAP, ROW_TEXT, Bar, Group, bar_chart, scale


def reference_chart(cid: str, groups: list[Group], title: str, description: str, domain_max: int | None = None) -> str:
    """The ElementTree implementation the fast one replaced, kept here as the oracle."""
    top = domain_max if domain_max is not None else max((b.value for g in groups for b in g.bars), default=0)
    y = 0
    body: list[ET.Element] = []
    for gi, group in enumerate(groups):
        if group.heading:
            y += 6 if gi else 0
            head = ET.Element("text", {"x": "0", "y": str(y + 18), "class": "chart-group"})
            head.text = group.heading
            body.append(head)
            y += GROUP_HEAD
        for bar in group.bars:
            row = ET.Element("g", {"class": "chart-row"})
            label = ET.SubElement(row, "text", {"x": "0", "y": str(y + 15), "class": "chart-label"})
            label.text = bar.label
            value = ET.SubElement(row, "text", {"x": "100%", "y": str(y + 15), "class": "chart-value",
                                                "text-anchor": "end"})
            value.text = bar.value_text
            ET.SubElement(row, "rect", {"x": "0", "y": str(y + ROW_TEXT + 2), "width": "100%", "height": str(BAR),
                                        "class": "chart-track"})
            ET.SubElement(row, "rect", {"x": "0", "y": str(y + ROW_TEXT + 2), "width": f"{scale(bar.value, top)}%",
                                        "height": str(BAR), "fill": bar.colour, "class": "chart-bar"})
            body.append(row)
            y += ROW_TEXT + 2 + BAR + ROW_GAP
    svg = ET.Element("svg", {"xmlns": "http://www.w3.org/2000/svg", "class": "chart", "width": "100%",
                             "height": str(max(y - ROW_GAP + 2, 1)), "role": "img",
                             "aria-labelledby": f"{cid}-title {cid}-desc", "id": cid})
    ET.SubElement(svg, "title", {"id": f"{cid}-title"}).text = title
    ET.SubElement(svg, "desc", {"id": f"{cid}-desc"}).text = description
    svg.extend(body)
    return ET.tostring(svg, encoding="unicode", short_empty_elements=True)


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)
BARS = st.builds(Bar, TEXT, st.integers(0, 10**7), TEXT, TEXT)
GROUPS = st.lists(st.builds(Group, st.none() | TEXT, st.lists(BARS, max_size=5).map(tuple)), max_size=4)


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
