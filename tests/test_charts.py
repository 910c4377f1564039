import xml.etree.ElementTree as ET

from hypothesis import given, strategies as st

from generator.charts import Bar, Group, bar_chart, contrast, scale

NS = {"s": "http://www.w3.org/2000/svg"}


def parse(markup) -> ET.Element:
    return ET.fromstring(str(markup))


def bars(svg):
    return svg.findall(".//s:rect[@class='chart-bar']", NS)


def test_bars_are_proportional_and_start_at_zero():
    svg = parse(bar_chart("c", [Group(None, (Bar("A", 300, "300", "#aa0000"), Bar("B", 150, "150", "#0000aa"),
                                              Bar("C", 0, "0", "#00aa00")))], "T", "D"))
    rects = bars(svg)
    assert len(rects) == 3
    widths = [float(r.get("width").rstrip("%")) for r in rects]
    assert widths == [100.0, 50.0, 0.0]
    assert all(r.get("x") == "0" for r in rects)
    assert [r.get("fill") for r in rects] == ["#aa0000", "#0000aa", "#00aa00"]


def test_accessible_name_and_description():
    svg = parse(bar_chart("res", [Group(None, (Bar("Jeremy Corbyn", 313209, "313,209 (61.8%)", "#b0172b"),))],
                          "Votes by candidate", "Jeremy Corbyn: 313,209 (61.8%)"))
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "res-title res-desc"
    assert svg.find("s:title", NS).text == "Votes by candidate"
    assert svg.find("s:desc", NS).get("id") == "res-desc"
    labels = [t.text for t in svg.findall(".//s:text", NS)]
    assert labels == ["Jeremy Corbyn", "313,209 (61.8%)"]


def test_labels_are_escaped():
    svg_text = str(bar_chart("x", [Group("</svg><script>", (Bar("<b>&", 1, "]]>", "#000000"),))], "<t>", "\"d\""))
    assert "<script>" not in svg_text and "</svg><" not in svg_text[:-6]
    svg = parse(svg_text)
    assert [t.text for t in svg.findall(".//s:text", NS)] == ["</svg><script>", "<b>&", "]]>"]


def test_domain_max_scales_against_a_whole():
    svg = parse(bar_chart("c", [Group(None, (Bar("A", 285, "285", "#aa0000"),))], "T", "D", domain_max=646))
    assert float(bars(svg)[0].get("width").rstrip("%")) == round(285 * 100 / 646, 3)


@given(st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=10))
def test_bars_stay_inside_the_chart(values):
    top = max(values)
    widths = [scale(v, top) for v in values]
    assert all(0 <= w <= 100 for w in widths)
    if top:
        assert max(widths) == 100.0


def test_theme_colours_are_visible_bars():
    # Non-text contrast (WCAG 1.4.11): candidate bars against the white page
    for colour in ("#b0172b", "#44546a", "#767676"):
        assert contrast(colour, "#ffffff") >= 3
