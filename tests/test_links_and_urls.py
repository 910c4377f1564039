"""Unit tests, in memory: relative and rooted links, index links, and the link check's resolution."""
from __future__ import annotations

import posixpath

from hypothesis import given, strategies as st

from generator.errors import Collector
from generator.linkcheck import check_links, parse_page, resolve
from generator.load import MarkdownDoc, Sources
from generator.render import OutputFile, PageSpec
from generator.urls import absolute_links, relative, rooted, with_index_links
from generator.yamlsource import YMap

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
    html = '<a href="../methodology/">m</a> <a href="../r/#t">r</a> <a href="https://x.org/">x</a> <a href="#a">a</a>'
    assert with_index_links(html) == ('<a href="../methodology/index.html">m</a> <a href="../r/index.html#t">r</a> '
                                      '<a href="https://x.org/">x</a> <a href="#a">a</a>')
    assert absolute_links('<a href="../../result/">r</a><img src="a.png">', "https://e.org/s/updates/u/") == \
        '<a href="https://e.org/s/result/">r</a><img src="https://e.org/s/updates/u/a.png">'


def test_resolve():
    assert resolve("result/index.html", "../candidates/", None) == ("candidates/index.html", "")
    assert resolve("result/index.html", "#turnout", None) == ("result/index.html", "turnout")
    assert resolve("index.html", "static/style.css", None) == ("static/style.css", "")
    assert resolve("index.html", "/result/", None) == ("", "")  # from the server root: only on 404.html
    assert resolve("404.html", "/x/result/", "/x/") == ("result/index.html", "")
    assert resolve("404.html", "/elsewhere/", "/x/") == ("", "")
    assert resolve("index.html", "../../etc/", "/x/") == ("", "")
    assert resolve("index.html", "https://example.org/", "/x/") is None


def _sources(body: str) -> Sources:
    meta = YMap()
    return Sources(root=None, site=None, data={},  # type: ignore[arg-type]
                   pages=(MarkdownDoc("content/pages/a.md", meta, body, 5),), updates=())


def test_a_link_from_the_server_root_is_refused_in_markdown():
    files = [OutputFile("a/index.html", b'<p><a href="/result/">r</a></p>'), OutputFile("result/index.html", b"")]
    out = Collector()
    check_links(files, [PageSpec("/a/", "page.html", {}, "content/pages/a.md")], _sources("[r](/result/)"), "/", out)
    assert [str(p) for p in out.errors] == [
        "content/pages/a.md:5: the link to '/result/' leads outside the site's folder, so it breaks when the site "
        "is published under a sub-path or opened from disk (on the page /a/)\n"
        "  hint: write links between pages relative to the page, like ../result/"]


def test_check_links_in_memory():
    files = [OutputFile("index.html", b'<main id="main"><a href="a/">a</a><a href="a/#top">t</a></main>'),
             OutputFile("a/index.html", b'<h1 id="top">A</h1>\n<p><a href="../b/">b</a>\n<a href="../#mian">m</a>'
                                        b'<img src="../static/x.png" alt=""></p>')]
    specs = [PageSpec("/", "home.html", {}), PageSpec("/a/", "page.html", {}, "content/pages/a.md")]
    out = Collector()
    check_links(files, specs, _sources("Intro\n\nSee [b](../b/).\n\n[m](../#mian)"), "/", out)
    problems = [str(p) for p in out.errors]
    assert problems == [
        "content/pages/a.md:7: the link to '../b/' goes nowhere: the build makes no b/index.html (on the page /a/)\n"
        "  hint: check the address; pages end in / (like ../result/), and a file in static/ is linked as static/NAME",
        "content/pages/a.md:9: the link to '../#mian' points to #mian, which is not on that page (on the page /a/)\n"
        "  hint: did you mean #main?",
        "templates/page.html: the link to '/static/x.png' goes nowhere: the build makes no static/x.png "
        "(on the page /a/, line 3 of the built HTML)\n"
        "  hint: check the address; pages end in / (like ../result/), and a file in static/ is linked as static/NAME",
    ]


def test_parse_page_finds_links_ids_and_lines():
    page = parse_page(b"""<!doctype html>
<html><head><link rel="stylesheet" href="static/style.css"><script src="app.js"></script>
<script>var s = '<a href="not-a-link/">';</script><style>a::after { content: '<img src="x.png">'; }</style></head>
<body id="top"><!-- <a href="commented/"> -->
<a href='single/' id=bare>one</a> <a name="old-anchor" href="q/?a=1&amp;b=2">two</a>
<img alt="" src="pic.png"><p data-href="ignored/">x</p></body></html>""")
    assert page.links == [("static/style.css", 2), ("app.js", 2), ("single/", 5), ("q/?a=1&b=2", 5), ("pic.png", 6)]
    assert page.ids == {"top", "bare", "old-anchor"}


def test_parse_page_agrees_with_an_html_parser_on_every_built_page(built_example):
    from bs4 import BeautifulSoup

    for file in built_example.rglob("*.html"):
        data = file.read_bytes()
        soup = BeautifulSoup(data, "html.parser")
        ids = {el["id"] for el in soup.find_all(id=True)} | {a["name"] for a in soup.find_all("a", attrs={"name": True})}
        links = [el.get("href") or el.get("src") for el in soup.find_all(["a", "link", "img", "script", "iframe"])
                 if el.get("href") or el.get("src")]
        page = parse_page(data)
        assert page.ids == ids, file
        assert [href for href, _ in page.links] == links, file
