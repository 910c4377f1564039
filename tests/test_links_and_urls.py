"""Unit tests, in memory: relative and rooted links, index links, and the link check's resolution."""
from __future__ import annotations

import posixpath

from hypothesis import given, strategies as st

from generator.errors import Collector
from generator.links import check_links, link_targets, page_ids
from generator.render import OutputFile, PageSpec
from generator.urls import absolute_links, local_links, relative, rooted

segment = st.from_regex(r"[a-z0-9][a-z0-9-]{0,8}", fullmatch=True)
site_url = st.lists(segment, max_size=3).map(lambda parts: "/" + "".join(f"{p}/" for p in parts))


@given(site_url, site_url)
def test_relative_links_land_on_the_target_from_any_page(a, b):
    link = relative(a, b)
    assert posixpath.normpath(posixpath.join(a, link)).rstrip("/") == b.rstrip("/") or (link == "./" and a == b)
    indexed = relative(a, b, index_links=True)
    assert indexed.endswith("index.html")
    assert posixpath.normpath(posixpath.join(a, indexed)) == b + "index.html"


def test_index_links_and_rooted_links():
    assert relative("/candidates/x/", "/result/#turnout", index_links=True) == "../../result/index.html#turnout"
    assert relative("/", "/static/style.css", index_links=True) == "static/style.css"
    assert relative("/a/", "/a/#x", index_links=True) == "#x"
    assert rooted("https://example.org/elections/x/", "/result/") == "/elections/x/result/"
    assert rooted("https://example.org/", "/static/style.css") == "/static/style.css"
    html = ('<a href="../methodology/">m</a> <a href="../r/#t">r</a> <a href="https://x.org/">x</a> <a href="#a">a</a>'
            '<img src="/static/x.png" alt=""> <a href="/result/#turnout">t</a> <a href="//cdn.example/">c</a>')
    assert local_links(html, "/about/", index_links=True) == (
        '<a href="../methodology/index.html">m</a> <a href="../r/index.html#t">r</a> <a href="https://x.org/">x</a> '
        '<a href="#a">a</a><img src="../static/x.png" alt=""> <a href="../result/index.html#turnout">t</a> '
        '<a href="//cdn.example/">c</a>')
    assert local_links(html, "/about/") == html.replace('"/static/x.png"', '"../static/x.png"').replace(
        '"/result/#turnout"', '"../result/#turnout"')
    assert absolute_links('<a href="../../result/">r</a><img src="a.png">', "https://e.org/s/updates/u/") == \
        '<a href="https://e.org/s/result/">r</a><img src="https://e.org/s/updates/u/a.png">'


def test_links_and_anchors_are_found_in_a_page():
    page = """<a href='single/' id=bare>one</a> <a name="old-anchor" href="q/?a=1&amp;b=2">two</a>
<img alt="" src="pic.png"><p data-href="ignored/" id="top">x</p>"""
    assert link_targets(page) == ["single/", "q/?a=1&b=2", "pic.png"]
    assert page_ids(page) == {"old-anchor", "top"}  # an unquoted id is not a form our templates write


def _spec(url: str, template: str, source: str = "", **kw) -> PageSpec:
    return PageSpec(url, template, {}, source, **kw)


def test_check_links_in_memory(tmp_path):
    (tmp_path / "content/pages").mkdir(parents=True)
    (tmp_path / "content/pages/a.md").write_text("---\ntitle: A\n---\nIntro\n\nSee [b](../b/).\n\n[m](../#mian)\n")
    files = [OutputFile("index.html", b'<main id="main"><a href="a/">a</a><a href="a/#top">t</a></main>'),
             OutputFile("a/index.html", b'<h1 id="top">A</h1>\n<p><a href="../b/">b</a>\n<a href="../#mian">m</a>'
                                        b'<img src="../static/x.png" alt=""><a href="../../up/">u</a></p>'),
             OutputFile("404.html", b'<a href="/site/a/#top">a</a><a href="/site/a/#tpo">n</a>')]
    specs = [_spec("/", "home.html"), _spec("/a/", "page.html", "content/pages/a.md"),
             _spec("/404.html", "404.html", root_links=True)]
    out = Collector()
    check_links(tmp_path, specs, files, out, base_path="/site/")
    assert [str(p) for p in out.errors] == [
        "content/pages/a.md:6: the link to /b/ (on the page /a/) goes to a page that does not exist\n"
        "  hint: check the spelling of the address; the site's pages end in /, like /result/",
        "content/pages/a.md:8: the link to /#mian (on the page /a/) goes to #mian, which is not on that page\n"
        "  hint: did you mean #main?",
        "templates/page.html: the link to /static/x.png (on the page /a/) goes to a file that does not exist\n"
        "  hint: put the file in static/x.png, or correct the path",
        "templates/page.html: the link to ../../up/ (on the page /a/) leads outside the site's folder\n"
        "  hint: write links between pages relative to the page (like ../result/) or as site paths (like /result/)",
        "templates/404.html: the link to /a/#tpo (on the page /404.html) goes to #tpo, which is not on that page\n"
        "  hint: did you mean #top?",
    ]


def test_page_ids_agree_with_an_html_parser_on_every_built_page(built_example):
    from bs4 import BeautifulSoup

    for file in built_example.rglob("*.html"):
        text = file.read_text("utf-8")
        soup = BeautifulSoup(text, "html.parser")
        ids = {el["id"] for el in soup.find_all(id=True)} | {a["name"] for a in soup.find_all("a", attrs={"name": True})}
        links = [el.get("href") or el.get("src") for el in soup.find_all(["a", "link", "img", "script", "iframe"])
                 if el.get("href") or el.get("src")]
        assert page_ids(text) == ids, file
        assert link_targets(text) == list(dict.fromkeys(links)), file
