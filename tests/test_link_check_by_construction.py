"""The link check reads one area page per frame: the others' links come from the model (render/area_fast.py).

pipeline.link_problems with the Jinja environment the pages were rendered with skips the pages area_fast
wrote once one page of the same frame (head, navigation, footer) has been read, as long as every site
address the page's own part links to is a page of the build. These tests compare it with the check of
every page, on examples/ge2019 as built and with files taken away, and count the pages it reads.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import check
from generator.kinds import kind_named
from generator.pipeline import link_problems, plan
from generator.render import OutputFile, make_env
from generator.render.area_fast import enabled

GE2019 = Path(__file__).resolve().parents[1] / "examples" / "ge2019"


@pytest.fixture(scope="module")
def built():
    site, files = check(GE2019)
    specs, _ = plan(site)
    env = make_env(GE2019, kind_named(site.config.kind).templates)
    assert enabled(env)
    return site, specs, files, env


class Counted:
    """An output file that counts how often the link check reads it."""

    reads = 0

    def __init__(self, file: OutputFile) -> None:
        self.path, self._data = file.path, file.data

    @property
    def data(self) -> bytes:
        Counted.reads += 1
        return self._data


def messages(problems) -> list[tuple]:
    return [(p.path, p.line, p.message) for p in problems]


def test_a_clean_site_reads_one_area_page_per_frame(built):
    site, specs, files, env = built
    areas = [s for s in specs if s.template == "ge_area.html"]
    assert len(areas) == 650
    Counted.reads = 0
    assert link_problems(site, GE2019, specs, [Counted(f) for f in files], env) == []
    with_model = Counted.reads
    Counted.reads = 0
    assert link_problems(site, GE2019, specs, [Counted(f) for f in files]) == []
    every_page = Counted.reads
    assert every_page - with_model >= len(areas) - 2  # all but the first area page of each frame
    assert with_model < every_page


@pytest.mark.parametrize("gone", ["a party page", "a region page", "the stylesheet", "the feed"])
def test_a_missing_target_is_reported_as_the_full_check_reports_it(built, gone):
    site, specs, files, env = built
    area = next(s for s in specs if s.template == "ge_area.html" and s.context["area"].declared)
    target = {"a party page": area.context["party"](area.context["area"].winner.candidate.party).url,
              "a region page": area.context["region"].url,
              "the stylesheet": "/static/style.css", "the feed": "/feed.xml"}[gone]
    path = target.lstrip("/") + ("index.html" if target.endswith("/") else "")
    kept = [f for f in files if f.path != path]
    assert len(kept) == len(files) - 1
    full = messages(link_problems(site, GE2019, specs, kept))
    assert full, f"taking away {path} breaks links"
    assert messages(link_problems(site, GE2019, specs, kept, env)) == full


def test_a_page_of_a_read_frame_is_read_when_an_address_it_links_to_is_not_a_page(tmp_path):
    from generator.errors import Collector
    from generator.links import check_links
    from generator.render import PageSpec

    page = '<a href="../../">Home</a> <a href="../../{}/">There</a>'
    specs = [PageSpec(f"/areas/{n}/", "ge_area.html", {}) for n in ("a", "b", "c")]
    files = [OutputFile("index.html", b"home"), OutputFile("here/index.html", b"here"),
             OutputFile("areas/a/index.html", page.format("here").encode()),
             OutputFile("areas/b/index.html", page.format("here").encode()),
             OutputFile("areas/c/index.html", page.format("gone").encode())]
    made = {"/areas/a/": ("frame", ["/here/"]), "/areas/b/": ("frame", ["/here/"]),
            "/areas/c/": ("frame", ["/gone/"])}
    out = Collector()
    check_links(tmp_path, specs, files, out, made=lambda spec: made[spec.url])
    assert len(out.problems) == 1 and "/gone/" in out.problems[0].message
    out = Collector()  # a page whose addresses are all pages is not read once its frame has been
    files[3] = OutputFile("areas/b/index.html", page.format("also-gone").encode())
    check_links(tmp_path, specs[:2], files, out, made=lambda spec: made[spec.url])
    assert out.problems == []
