"""The data downloads, sitemap and share images a Builder reuses between builds are never stale:
every rebuild gives the bytes of a cold build, and only the edited areas are serialised again."""
from __future__ import annotations

import csv
import io
import json
import shutil
import weakref
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.builder import Builder
from generator.errors import SiteError
from generator.model.site import Source
from generator.kinds.general import datasets as datasets_module
from generator.render.datasets import Dataset, GroupedRows, TextCache, downloads
from generator.render.publish import SITEMAP, PublishCache, _xml, sitemap

from .general_helpers import PARTIES, SITE, area_yaml

COLUMNS = (("id", "the id"), ("name", "name"), ("votes", "votes"), ("share_pct", "share, %"), ("elected", "flag"))


# --- a real site, rebuilt by one Builder after each edit and compared with a cold build ----------

def write_site(site: Path, areas: dict[str, str]) -> None:
    (site / "content" / "areas").mkdir(parents=True)
    (site / "site.yaml").write_text(SITE.format(extra=""), "utf-8")
    (site / "content" / "parties.yaml").write_text(PARTIES, "utf-8")
    for aid, text in areas.items():
        (site / "content" / "areas" / f"{aid}.yaml").write_text(text, "utf-8")


def published(output: Path) -> dict[str, bytes]:
    """The files publishing_files makes: data downloads, sitemap, feed, robots and share images."""
    return {p.relative_to(output).as_posix(): p.read_bytes() for p in sorted(output.rglob("*"))
            if p.is_file() and (p.parts[-2] == "data" and p.suffix in (".csv", ".json")
                                or p.name in ("sitemap.xml", "feed.xml", "robots.txt", "share.png"))}


def cold(site: Path, tmp_path: Path) -> dict[str, bytes]:
    out = tmp_path / "cold"
    shutil.rmtree(out, ignore_errors=True)
    Builder(site, out, jobs=1).build()
    return published(out)


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """Eight areas, with names out of file order, accents and a first area (by name) still awaiting."""
    site = tmp_path / "site"
    areas = {f"a{i}": area_yaml(f"a{i}", name, [("Ann Ó Briain", "red", 400 + i), ("Bo", "blue", 300 + 7 * i),
                                                ("Cy & Co", "green", 100)], region=region)
             for i, (name, region) in enumerate([("Zeal", "North"), ("Ynys Môn", "Wales"), ("Kent", "South"),
                                                 ("Bath", "South"), ("Leeds", "North"), ("Yarm", "North"),
                                                 ("Crewe", "North")])}
    areas["a7"] = area_yaml("a7", "Acton", [("Di", "red", None), ("Ed", "blue", None)], status="awaiting")
    write_site(site, areas)
    return site


def edit(site: Path, aid: str, old: str, new: str) -> None:
    path = site / "content" / "areas" / f"{aid}.yaml"
    text = path.read_text("utf-8")
    assert old in text, (old, text)
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_every_rebuild_publishes_the_bytes_of_a_cold_build(site, tmp_path, monkeypatch):
    made: list[str] = []
    area_rows = datasets_module._area_rows
    monkeypatch.setattr(datasets_module, "_area_rows", lambda e, a: made.append(a.id) or area_rows(e, a))
    out = tmp_path / "output"
    b = Builder(site, out, jobs=1)
    b.build()
    assert sorted(made) == [f"a{i}" for i in range(8)] and published(out) == cold(site, tmp_path)
    data = published(out)
    rows = list(csv.DictReader(io.StringIO(data["data/results-by-area.csv"].decode("utf-8"))))
    assert len(rows) == 7 * 3 and {r["area"] for r in rows} >= {"Ynys Môn", "Zeal"}
    assert len(json.loads(data["data/results-by-area.json"])["rows"]) == 21

    def declare_acton() -> None:  # the first area by name, with no rows until now
        edit(site, "a7", "status: awaiting", "status: declared")
        edit(site, "a7", "party: red", "party: red\n    votes: 12")
        edit(site, "a7", "party: blue", "party: blue\n    votes: 7")

    steps = [
        (lambda: edit(site, "a2", "votes: 402", "votes: 502"), {"a2"}),         # a result changes
        (lambda: edit(site, "a4", "name: Leeds", "name: Aberdeen"), {"a4"}),    # a name, and the order
        (declare_acton, {"a7"}),
        (lambda: edit(site, "a0", "status: declared", "status: recount"), {"a0"}),  # the last one undeclares
        (lambda: (site / "content" / "areas" / "a5.yaml").unlink(), set()),     # an area goes...
        (lambda: (site / "content" / "areas" / "a9.yaml").write_text(          # ...another comes
            area_yaml("a9", "Ely", [("Flo", "green", 50), ("Gus", "red", 40)], region="East"), "utf-8"), {"a9"}),
    ]
    for step, expected in steps:
        made.clear()
        step()
        b.build()
        assert set(made) == expected  # only the edited area's rows were made again
        assert published(out) == cold(site, tmp_path)
    data = published(out)
    document = json.loads(data["data/results-by-area.json"])
    assert [r["area"] for r in document["rows"]][:3] == ["Aberdeen"] * 3 and document["rows"][3]["area"] == "Acton"


def test_a_party_renamed_renames_it_in_every_row(site, tmp_path):
    out = tmp_path / "output"
    b = Builder(site, out, jobs=1)
    b.build()
    (site / "content" / "parties.yaml").write_text(PARTIES.replace("name: Blue Party", "name: Azure Party"), "utf-8")
    b.build()
    data = published(out)
    assert data == cold(site, tmp_path)
    rows = list(csv.DictReader(io.StringIO(data["data/results-by-area.csv"].decode("utf-8"))))
    assert {r["party"] for r in rows if r["party_id"] == "blue"} == {"Azure Party"}


def test_a_failed_rebuild_leaves_no_stale_bytes_behind(site, tmp_path):
    out = tmp_path / "output"
    b = Builder(site, out, jobs=1)
    b.build()
    edit(site, "a3", "votes: 403", "votes: -403")
    with pytest.raises(SiteError):
        b.build()
    edit(site, "a3", "votes: -403", "votes: 503")
    b.build()
    assert published(out) == cold(site, tmp_path)


# --- the serialisers: grouped rows give the bytes of the same rows in one tuple ------------------

VALUE = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False),
                  st.text(max_size=8))
GROUPS = st.lists(st.lists(st.tuples(*[VALUE] * len(COLUMNS)), max_size=3), max_size=5)


def grouped(groups: list[list[tuple]], context: object = "ctx") -> Dataset:
    """A dataset whose groups are the (new, distinct) lists themselves, as areas are in the model."""
    rows = GroupedRows(tuple(groups), tuple, context, sum(map(len, groups)))
    return Dataset("d", "D", "Rows.", COLUMNS, rows, (Source("S", "https://example.org/s"),))


def flat(dataset: Dataset) -> Dataset:
    return Dataset(dataset.id, dataset.title, dataset.description, dataset.columns, tuple(dataset.rows),
                   dataset.sources)


@settings(max_examples=150, deadline=None)
@given(GROUPS, GROUPS)
def test_grouped_rows_serialise_like_one_tuple_with_or_without_the_cache(first, second):
    cache = TextCache()
    one = grouped(first)
    assert downloads(one, "u") == downloads(flat(one), "u") == downloads(one, "u", cache) \
        == downloads(one, "u", cache)  # the second time from the cache
    two = grouped(list(one.rows.groups[:2]) + second)  # two groups kept, the rest new
    assert downloads(two, "u", cache) == downloads(flat(two), "u")
    assert len(json.loads(downloads(two, "u")[1])["rows"]) == len(two.rows)


class Group:
    """A stand-in for an Area: compared by identity, and weakly referable to see it freed."""

    def __init__(self, name: str) -> None:
        self.name = name


def test_the_cache_makes_a_group_again_when_the_context_changes_and_forgets_old_groups():
    made: list[str] = []
    cache = TextCache()

    def make(group: Group) -> tuple[bytes]:
        made.append(group.name)
        return (f"{group.name}{len(made)}".encode(),)

    kept, dropped = Group("k"), Group("d")
    gone = weakref.ref(dropped)
    assert list(cache.pieces("x", 1, [kept, dropped], make)) == [(b"k1",), (b"d2",)]
    del dropped
    assert list(cache.pieces("x", 1, [kept], make)) == [(b"k1",)]
    assert gone() is None  # a group no longer in the dataset is not kept alive
    assert list(cache.pieces("x", 2, [kept], make)) == [(b"k3",)]  # another context
    assert list(cache.pieces("y", 2, [kept], make)) == [(b"k4",)]  # another dataset
    assert list(cache.pieces("x", 2, [Group("k")], make)) == [(b"k5",)]  # alike, but another object
    assert made == ["k", "d", "k", "k", "k"]


def test_share_images_are_drawn_once_per_card():
    cache = PublishCache()
    drawn: list[tuple] = []
    draw = lambda key: drawn.append(key) or repr(key).encode()  # noqa: E731
    assert cache.cards([("a",), ("b",)], draw) == [b"('a',)", b"('b',)"]
    assert cache.cards([("b",), ("c",)], draw) == [b"('b',)", b"('c',)"]
    assert cache.cards([("a",)], draw) == [b"('a',)"]
    assert drawn == [("a",), ("b",), ("c",), ("a",)]


# --- the sitemap: the bytes ElementTree writes ---------------------------------------------------

def sitemap_by_elementtree(base_url: str, urls: list[str]) -> bytes:
    """The ElementTree implementation the line-by-line writer replaced, kept as the oracle."""
    root = ET.Element("urlset", {"xmlns": SITEMAP})
    for url in urls:
        ET.SubElement(ET.SubElement(root, "url"), "loc").text = base_url.rstrip("/") + "/" + url.lstrip("/")
    return _xml(root)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["https://example.org/", "https://example.org/a&b/<x>/", "http://h"]),
       st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=10).map(lambda t: f"/{t}/"),
                max_size=6))
def test_sitemap_matches_elementtree(base_url, urls):
    assert sitemap(base_url, urls) == sitemap_by_elementtree(base_url, urls)
