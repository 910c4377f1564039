"""Party colours as the press prints them, contrast from outlines, grey for parties no table knows.

The colours are checked in the built ge2019 example (the bars and swatches it publishes) and, in a
real browser, the outline of every coloured mark against what lies behind it in light and dark mode.
"""
from __future__ import annotations

import colorsys
import json
import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from generator.build import build
from generator.charts import contrast
from generator.colours import NEUTRAL, UK_PARTY_COLOURS, builtin_colour, text_on

from .site_server import serve

REPO = Path(__file__).resolve().parents[1]
GE = REPO / "examples/ge2019"


def hls(colour: str) -> tuple[float, float, float]:
    """Hue in degrees, lightness and saturation (0-1) of #rrggbb."""
    h, l, s = colorsys.rgb_to_hls(*(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)))
    return h * 360, l, s


@pytest.fixture(scope="module")
def ge(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("colours") / "output"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1576213200")
        build(GE, out)
    return out


def bar_fills(page: Path, chart_id: str) -> dict[str, str]:
    """{label: fill} of a chart's bars."""
    svg = BeautifulSoup(page.read_text("utf-8"), "html.parser").find("svg", id=chart_id)
    return {row.find("text", class_="chart-label").get_text(): row.find("rect", class_="chart-bar")["fill"]
            for row in svg.find_all("g", class_="chart-row")}


def swatches(page: Path) -> dict[str, str]:
    """{party id: swatch colour} of the rows of a page's party tables."""
    doc = BeautifulSoup(page.read_text("utf-8"), "html.parser")
    return {tr["data-party"]: re.search(r"background: (#[0-9a-f]{6})", tr.find(class_="swatch")["style"]).group(1)
            for tr in doc.select("tr[data-party]")}


@pytest.mark.parametrize("party, hues, lightest", [
    ("snp", (48, 62), 0.6),        # yellow, not the olive (#8f7d00, lightness 0.28) of a darkened yellow
    ("ld", (30, 45), 0.5),         # amber-orange
    ("alliance", (42, 52), 0.5),   # gold
])
def test_light_party_colours_keep_their_own_hue_and_lightness(party, hues, lightest):
    hue, light, sat = hls(UK_PARTY_COLOURS[party])
    assert hues[0] <= hue <= hues[1] and light >= lightest and sat > 0.8, (party, hue, light, sat)


def test_the_published_bars_and_swatches_use_the_faithful_colours(ge: Path):
    seats = bar_fills(ge / "index.html", "seats")
    assert seats["Scottish National Party"] == UK_PARTY_COLOURS["snp"] == "#fdf38e"
    assert seats["Liberal Democrat"] == "#faa61a" and seats["Alliance"] == "#f6cb2f"
    assert seats["Conservative"] == "#0087dc" and seats["Labour"] == "#e4003b"
    assert seats["Plaid Cymru"] == "#005b54" and seats["Democratic Unionist Party"] == "#d46a4c"
    swatch = swatches(ge / "parties/index.html")
    assert swatch["snp"] == "#fdf38e" and swatch["brexit"] == "#12b6cf" and swatch["green"] == "#02a95b"


def test_parties_no_table_knows_are_grey(ge: Path):
    parties = yaml.safe_load((GE / "content/parties.yaml").read_text(encoding="utf-8"))["parties"]
    swatch = swatches(ge / "parties/index.html")
    # parties.yaml also names the 32 parties that stood only in 2017 (the baseline); /parties/ lists
    # the 70 that stood in 2019
    standing = [p for p in parties if p["id"] in swatch]
    assert len(swatch) == len(standing) == 70 and len(parties) == 102
    unknown = [p["id"] for p in standing if builtin_colour(p["id"], p.get("short_name"), p["name"]) is None]
    assert len(unknown) > 50 and {"the-yorkshire-party", "aontu", "spk", "ind", "mrlp"} <= set(unknown)
    assert {swatch[pid] for pid in unknown} == {NEUTRAL}
    assert hls(NEUTRAL)[2] == 0  # no hue at all: it cannot read as any party's colour
    # and no known party is given the grey
    assert NEUTRAL not in {swatch[p["id"]] for p in standing if p["id"] not in unknown}


def test_text_on_a_colour_is_black_or_white_at_4_5_to_1():
    for colour in {*UK_PARTY_COLOURS.values(), NEUTRAL, "#b0172b", "#27304f", "#767676", "#777777"}:
        assert contrast(text_on(colour), colour) >= 4.5, colour
    assert text_on("#fdf38e") == "#000000" and text_on("#27304f") == "#ffffff"


def test_a_light_accent_gets_dark_masthead_text(site: Path):
    """An editor who picks the SNP's yellow as the accent gets black masthead text, not white."""
    yaml_path = site / "site.yaml"
    text = yaml_path.read_text(encoding="utf-8")
    text = re.sub(r"accent: \"#[0-9a-fA-F]{6}\"", 'accent: "#fdf38e"', text) if "accent:" in text \
        else text + 'theme:\n  accent: "#fdf38e"\n'
    yaml_path.write_text(text, encoding="utf-8")
    build(site, site / "output")
    style = BeautifulSoup((site / "output/index.html").read_text("utf-8"), "html.parser").find("head").find("style")
    assert "--accent: #fdf38e; --accent-ink: #000000;" in style.get_text()


# Every coloured mark on the page: its outline colour and width, and the colour behind it (the first
# ancestor with a background; for a bar, the chart's track it lies on).
OUTLINES_JS = """() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).slice(0, 4).map(Number);
  const bg = el => { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3); } return [255, 255, 255]; };
  const marks = [];
  for (const r of document.querySelectorAll('svg.chart rect.chart-bar')) {
    const s = getComputedStyle(r), track = r.previousElementSibling;
    marks.push({what: 'bar', fill: s.fill, outline: rgb(s.stroke), width: parseFloat(s.strokeWidth),
                behind: [bg(r.closest('svg').parentElement), rgb(getComputedStyle(track).fill)]});
  }
  for (const w of document.querySelectorAll('.swatch')) {
    const s = getComputedStyle(w);
    marks.push({what: 'swatch', fill: s.backgroundColor, outline: rgb(s.borderTopColor),
                width: parseFloat(s.borderTopWidth), behind: [bg(w.parentElement)]});
  }
  return marks;
}"""


def _hex(c: list[float]) -> str:
    return "#" + "".join(f"{round(v):02x}" for v in c[:3])


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_coloured_mark_has_an_outline_of_3_to_1(browser, ge: Path, scheme: str):
    """WCAG 1.4.11: the outline of each bar and swatch keeps 3:1 against the page, the card and the
    bar's track behind it, whatever the party's colour (the SNP's yellow is 1.1:1 on white itself)."""
    with serve(ge, "/elections/ge2019/") as address:
        page = browser.new_page(color_scheme=scheme, viewport={"width": 360, "height": 800})
        seen, low, fills = 0, [], set()
        for rel in ("", "regions/scotland/", "areas/chorley/", "areas/belfast-north/", "parties/", "parties/scottish-national-party/"):
            page.goto(address + rel)
            for mark in page.evaluate(OUTLINES_JS):
                seen += 1
                fills.add(mark["fill"])
                if len(mark["outline"]) < 3:  # no outline at all ("none")
                    low.append((rel, mark["what"], mark["fill"], 0, 0))
                    continue
                for behind in mark["behind"]:
                    ratio = contrast(_hex(mark["outline"]), _hex(behind))
                    if mark["width"] < 1 or ratio < 3:
                        low.append((rel, mark["what"], mark["fill"], round(ratio, 2), mark["width"]))
        page.close()
    assert seen > 100 and "rgb(253, 243, 142)" in fills  # the SNP's yellow is among the marks checked
    assert low == [], json.dumps(low[:10])


def test_share_image_bars_have_an_ink_outline():
    """The Pillow share card: a yellow bar on white paper is framed by 2 px of ink (3:1 and more)."""
    import io

    from PIL import Image

    from generator.charts import Bar, Group
    from generator.render.figures import Figure
    from generator.render.share_images import INK, PAPER, ShareCard, draw_card

    bars = (Bar("Scottish National Party", 48, "48 of 59", "#fdf38e"), Bar("Labour", 1, "1 of 59", "#e4003b"))
    figure = Figure("s", "Seats", "", (Group(None, bars),), "", 0, "d", "/", domain_max=59)
    png = draw_card(ShareCard("Scotland", figure), "Test", "example.org", "#27304f")
    with Image.open(io.BytesIO(png)) as im:
        rgb = im.convert("RGB")
    yellow = (0xfd, 0xf3, 0x8e)
    x, y = next((x, y) for y in range(630) for x in range(0, 1200, 4) if rgb.getpixel((x, y)) == yellow)
    ink = tuple(int(INK[i:i + 2], 16) for i in (1, 3, 5))
    assert rgb.getpixel((x, y - 1)) == rgb.getpixel((x, y - 2)) == ink  # two rows of ink above the fill
    assert contrast(INK, PAPER) >= 3 and contrast(INK, "#e9e7e2") >= 3  # against the paper and the track
