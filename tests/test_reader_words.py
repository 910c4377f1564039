"""Words a reader understands, on every page of both examples and of both `new` scaffolds: results in
full party names (short names only in tables, with the full name in <abbr>), counts with the right
plural, and no heading without content under it."""
from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from click.testing import CliRunner

from generator.build import build
from generator.cli import main
from generator.words import noun, plural, plural_of

REPO = Path(__file__).resolve().parents[1]
GE = REPO / "examples/ge2019"

# A count of 1 with a plural noun, or any other count with a singular one ("1 seats", "3 nomination").
NOUNS = ("seat", "vote", "nomination", "candidate", "party", "constituency", "body", "row", "society", "update")
ONE_MANY = re.compile(r"(?<![\d,.\-–])1 (?:reported |itemised |other )?(" + "|".join(plural_of(n) for n in NOUNS) + r")\b")
MANY_ONE = re.compile(r"(?<![\d,.\-–])(0|[2-9]|\d{2,}|\d{1,3}(?:,\d{3})+) (?:reported |itemised |other )?(" + "|".join(NOUNS)
                      + r")\b(?! Labour)")  # "285 constituency Labour parties"


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """output/ of the leadership example (the repo root), of ge2019 and of each `new` scaffold."""
    base = tmp_path_factory.mktemp("words")
    out = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1576213200")
        for name, site in (("leadership", REPO), ("ge2019", GE)):
            build(site, base / name)
            out[name] = base / name
        for kind in ("leadership", "general-election"):
            with contextlib.chdir(base):
                made = CliRunner().invoke(main, ["new", f"new-{kind}", "--kind", kind])
                assert made.exit_code == 0, made.output
            build(base / f"new-{kind}", base / f"new-{kind}-out")
            out[f"new-{kind}"] = base / f"new-{kind}-out"
    return out


_PARSED: dict[Path, list[tuple[str, BeautifulSoup]]] = {}


def pages(output: Path) -> list[tuple[str, BeautifulSoup]]:
    """Every page under output/, parsed once for the module (1,600 pages take a while)."""
    if output not in _PARSED:
        _PARSED[output] = [(p.relative_to(output).as_posix(), BeautifulSoup(p.read_text("utf-8"), "html.parser"))
                           for p in sorted(output.rglob("*.html"))]
    return _PARSED[output]


def words(tag) -> str:
    return " ".join(tag.get_text(" ").split())


def short_names() -> dict[str, str]:
    """ge2019's short names that differ from the full name: {"Spk": "Speaker", "Lab": "Labour", ...}."""
    parties = yaml.safe_load((GE / "content/parties.yaml").read_text(encoding="utf-8"))["parties"]
    return {p["short_name"]: p["name"] for p in parties if p.get("short_name") and p["short_name"] != p["name"]}


def test_plural_helper():
    assert plural(1, "nomination") == "1 nomination" and plural(0, "nomination") == "0 nominations"
    assert plural(3, "society") == "3 societies" and plural(1, "society") == "1 society"
    assert plural(1, "body") == "1 body" and plural(2, "body") == "2 bodies"
    assert plural(1200, "seat") == "1,200 seats" and plural(2, "day") == "2 days" and plural(2, "box") == "2 boxes"
    assert plural(2, "other party", "other parties") == "2 other parties"
    assert (noun(1, "is"), noun(2, "is"), noun(0, "was")) == ("is", "are", "were")


def test_chorley_says_speaker_gain_from_labour_in_full(sites):
    out = sites["ge2019"]
    area = BeautifulSoup((out / "areas/chorley/index.html").read_text("utf-8"), "html.parser")
    assert words(area.select_one("#result .result-label")) == "Speaker gain from Labour"
    assert area.find("meta", attrs={"name": "description"})["content"] == "Chorley: Speaker gain from Labour"
    # The chart's bars keep the short name (room is short); its description, read out, has the full one.
    chart = area.find("svg", id="area-votes")
    assert [t.get_text() for t in chart.select("text.chart-label")][0] == "Lindsay Hoyle (Spk)"
    assert chart.find("desc").get_text().startswith("Bar chart of votes. Lindsay Hoyle (Speaker): 26,831 (67.3%)")
    az = BeautifulSoup((out / "areas/index.html").read_text("utf-8"), "html.parser")
    item = next(li for li in az.select(".area-list li") if li.a.get_text() == "Chorley")
    assert words(item.select_one(".note")) == "Speaker gain from Labour"
    # In the region's table the short form stays, with the full one a tap (or a hover) away.
    region = BeautifulSoup((out / "regions/north-west/index.html").read_text("utf-8"), "html.parser")
    row = next(tr for tr in region.select("tbody tr") if tr.th and tr.th.get_text() == "Chorley")
    abbrs = [(a.get_text(), a["title"]) for a in row.find_all("abbr")]
    assert abbrs == [("Spk gain from Lab", "Speaker gain from Labour"), ("Spk", "Speaker")]


def test_no_short_party_name_in_the_result_sentences(sites):
    """The headline of every area page, the home page's latest declarations and the A-Z list."""
    shorts = short_names()
    assert {"Spk", "Lab", "Con", "LD", "SNP", "DUP"} <= set(shorts)
    token = re.compile(r"\b(" + "|".join(re.escape(s) for s in sorted(shorts, key=len, reverse=True)) + r")\b")
    out = sites["ge2019"]
    sentences = []
    for rel, page in pages(out):
        if not rel.startswith("areas/"):
            continue
        sentences += [words(t) for t in page.select("#result .result-label, .area-list .note")]
        if (d := page.find("meta", attrs={"name": "description"})) and rel.count("/") == 2:
            sentences.append(d["content"].split(": ", 1)[-1])
    home = BeautifulSoup((out / "index.html").read_text("utf-8"), "html.parser")
    latest = home.find(id="latest-h").find_next("ol")
    sentences += [words(li).split(": ", 1)[1] for li in latest.find_all("li")]
    sentences.append(home.find("meta", attrs={"name": "description"})["content"])
    assert len(sentences) > 650 * 2
    found = sorted({s for s in sentences if token.search(s)})
    assert found == []


def test_counts_have_the_right_plural_on_every_page(sites):
    checked, wrong = 0, []
    for name, out in sites.items():
        for rel, page in pages(out):
            main_ = page.find("main") or page
            texts = [words(main_)]
            if d := page.find("meta", attrs={"name": "description"}):
                texts.append(d["content"])
            for t in texts:
                checked += 1
                wrong += [(name, rel, m.group(0)) for m in (*ONE_MANY.finditer(t), *MANY_ONE.finditer(t))]
    assert checked > 1500 and wrong == []


def test_the_ones_read_as_one(sites):
    lead = sites["leadership"]
    young = words(BeautifulSoup((lead / "nominations/young-labour/index.html").read_text("utf-8"), "html.parser"))
    assert "The one reported nomination is itemised." in young and "All 1 " not in young
    societies = words(BeautifulSoup((lead / "nominations/socialist-societies/index.html").read_text("utf-8"),
                                    "html.parser"))
    assert "3 nominations are itemised, against 4 nominations reported" in societies
    assert "Societies are itemised" not in societies
    speaker = BeautifulSoup((sites["ge2019"] / "parties/speaker/index.html").read_text("utf-8"), "html.parser")
    assert speaker.find("meta", attrs={"name": "description"})["content"].startswith("Speaker: 1 seat, 26,831 votes")
    corbyn = BeautifulSoup((lead / "candidates/jeremy-corbyn/index.html").read_text("utf-8"), "html.parser")
    assert corbyn.find("meta", attrs={"name": "description"})["content"].endswith(
        "; nominations: CLPs 285, Unions 8, Societies 1, Young Labour 1.")


def _empty_headings(page: BeautifulSoup) -> list[str]:
    """Headings in <main> with nothing but another heading (of the same or a higher level) or the end
    of their section after them, and lists with no items."""
    main_ = page.find("main")
    found = []
    for h in main_.find_all(["h2", "h3"]):
        level = int(h.name[1])
        content = False
        for sib in h.next_siblings:
            name = getattr(sib, "name", None)
            if name in ("h1", "h2", "h3") and int(name[1]) <= level:
                break
            if (name and (sib.get_text(strip=True) or sib.find(["svg", "table", "img"]) or name in ("svg", "table"))) \
                    or (not name and str(sib).strip()):
                content = True
                break
        if not content:
            found.append(words(h))
    found += [f"empty <{l.name}> after {words(l.find_previous(['h1', 'h2', 'h3']))!r}"
              for l in main_.find_all(["ul", "ol", "dl"]) if not l.find(["li", "dt"])]
    return found


def test_no_heading_without_content_under_it(sites):
    empty = {(name, rel): e for name, out in sites.items() for rel, page in pages(out)
             if page.find("main") and (e := _empty_headings(page))}
    assert empty == {}


def test_no_empty_sections_on_a_finished_election(sites):
    """ge2019 has no updates: no heading promises them. (Its charts now have embeds, so its data page
    rightly lists them; a site without charts to embed has no such heading: the scaffold's data page
    is checked by test_no_heading_without_content_under_it.)"""
    ge = sites["ge2019"]
    home = BeautifulSoup((ge / "index.html").read_text("utf-8"), "html.parser")
    assert "No updates yet" not in words(home) and home.find(id="updates-h") is None
    data = BeautifulSoup((ge / "data/index.html").read_text("utf-8"), "html.parser")
    embeds = data.find(id="embeds")
    assert embeds is not None and embeds.find_next("ul").find("a")  # a heading, and the list it heads
    # Every seat is declared: the regions table says "Most seats", not "Most seats so far" (the
    # scaffold, with a seat still to declare, keeps "so far").
    heads = [words(th) for th in BeautifulSoup((ge / "regions/index.html").read_text("utf-8"), "html.parser")
             .select("#regions-table thead th")]
    assert heads[-1] == "Most seats"
    scaffold = BeautifulSoup((sites["new-general-election"] / "regions/index.html").read_text("utf-8"), "html.parser")
    assert words(scaffold.select("#regions-table thead th")[-1]) == "Most seats so far"
    # The leadership example has both, so both headings stay there.
    lead = sites["leadership"]
    assert BeautifulSoup((lead / "index.html").read_text("utf-8"), "html.parser").find(id="updates-h")
    lead_data = BeautifulSoup((lead / "data/index.html").read_text("utf-8"), "html.parser")
    assert lead_data.find(id="embeds").find_next("ul").find_all("li")
    # The leadership scaffold has no nominations: its candidates get no "Nominations received" heading.
    cand = BeautifulSoup((sites["new-leadership"] / "candidates/candidate-a/index.html").read_text("utf-8"),
                         "html.parser")
    assert "Nominations received" not in words(cand) and cand.select("p.lede") == []


def test_an_error_message_counts_right_too(example_site: Path):
    from generator.errors import SiteError
    path = example_site / "content/nominations/young-labour.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("jeremy-corbyn: 1", "jeremy-corbyn: 0", 1),
                    encoding="utf-8")
    with pytest.raises(SiteError) as info:
        build(example_site, example_site / "output")
    assert any("1 nomination for jeremy-corbyn is itemised, more than the reported total of 0" in str(p)
               for p in info.value.problems)
