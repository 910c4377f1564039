"""The link check's fast paths against the slow definitions they stand for.

The reference here is the check as it was written first, link by link: urlsplit, unquote and normpath
for every link (internal_target, _escapes), _LINK_RE and _ID_RE for every page. The fast check must
resolve every link to the same target, fragment and escape verdict, find the same links and ids,
and report the same problems in the same order, on generated pages and on a real site's.
"""
from __future__ import annotations

from html import unescape
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import check
from generator.errors import Collector
from generator.links import (_ID_RE, _LINK_RE, _escapes, _folder, _names, _problem, _report, check_links,
                             has_id, internal_target, link_targets, page_ids, resolve)
from generator.render import OutputFile, PageSpec
from generator.urls import output_file

REPO = Path(__file__).resolve().parents[1]


def reference_resolve(page_url: str, href: str) -> tuple[str, str, bool] | None:
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    return (internal_target(page_url, href) if parts.path else page_url), parts.fragment, _escapes(page_url, href)


def reference_link_targets(html: str) -> list[str]:
    return list(dict.fromkeys(unescape(m[1] if m[1] is not None else m[2]) for m in _LINK_RE.finditer(html)))


def reference_page_ids(html: str) -> set[str]:
    return {unescape(m[1] if m[1] is not None else m[2]) for m in _ID_RE.finditer(html)} - {""}


class ReferenceAnchors:
    def __init__(self, pages: dict[str, str]) -> None:
        self.pages = pages

    def of(self, file: str) -> set[str]:
        return reference_page_ids(self.pages.get(file) or "")

    def has(self, file: str, name: str) -> bool:
        return name in self.of(file)


def reference_check(site_dir: Path, specs: list[PageSpec], files: list[OutputFile], base_path: str) -> list[str]:
    """check_links as first written: every link of every page resolved and judged on its own."""
    exists = {f.path for f in files}
    pages = {f.path: f.data.decode("utf-8") for f in files if f.path.endswith(".html")}
    anchors, out = ReferenceAnchors(pages), Collector()
    texts: dict[str, str] = {}
    reported: set = set()
    for spec in specs:
        page = pages.get(output_file(spec.url))
        for href in reference_link_targets(page) if page is not None else []:
            found = reference_resolve(spec.url, href)
            if found is None:
                continue
            target, fragment, escapes = found
            if spec.root_links and target.startswith(base_path):
                target = "/" + target[len(base_path):]
            problem = _problem(spec, href, target, fragment, escapes, exists, anchors)
            if problem:
                _report(site_dir, spec, (*problem, target + "#" + fragment), texts, reported, out)
    return [str(p) for p in out.problems]


def fast_check(site_dir: Path, specs: list[PageSpec], files: list[OutputFile], base_path: str) -> list[str]:
    out = Collector()
    check_links(site_dir, specs, files, out, base_path=base_path)
    return [str(p) for p in out.problems]


# --- resolving one link --------------------------------------------------------------------------

PAGE_URLS = ["/", "/a/", "/a/b/", "/c/b/", "/a/b/c/", "/x.html", "/a/y.html", "/404.html", "/..x/", "/.h/",
             "/a//b/", "/a/./b/", "/a/../b/", "//a/", "/a/b"]
HREF_PARTS = ["../", "./", "..", ".", "/", "//", "a", "b/", "areas/x/", "x.html", "index.html", "..x/", "...",
              ".h/", "%2e%2e/", "%2E", "%2f", "%20", "?q", "?", "#", "#f", "#main", "?a=1&b=2", "mailto:",
              "https:", "HTTP:", "a+b.c-d:", "1a:", ":", "a:", " ", "\t", "\n", "\r", "\x00", "\x0b", "é", "~",
              "static/s.css", "[", "]", "//[", "\uff03", "\u2100"]
hrefs = st.lists(st.sampled_from(HREF_PARTS), max_size=7).map("".join)


@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(PAGE_URLS), hrefs)
def test_resolve_agrees_with_urlsplit_and_normpath(page_url, href):
    try:
        expected = reference_resolve(page_url, href)
    except ValueError:  # urlsplit refuses "//[" and some non-ASCII hosts: so must the fast path
        with pytest.raises(ValueError):
            resolve(page_url, _names(_folder(page_url)), href)
        return
    assert resolve(page_url, _names(_folder(page_url)), href) == expected


@pytest.mark.parametrize("href", ["https://[x", "http:/\t/[x", "https://\uff03x/", "//[x"])
def test_resolve_refuses_what_urlsplit_refuses(href):
    with pytest.raises(ValueError):
        reference_resolve("/a/", href)
    with pytest.raises(ValueError):
        resolve("/a/", ("a",), href)


@pytest.mark.parametrize(("page_url", "href", "expected"), [
    ("/areas/x/", "../../areas/y/", ("/areas/y/", "", False)),
    ("/areas/x/", "../", ("/areas/", "", False)),
    ("/areas/x/", "./", ("/areas/x/", "", False)),
    ("/areas/x/", "..", ("/areas", "", False)),  # no slash: a file, as normpath reads it
    ("/areas/x/", "../../../up/", ("/up/", "", True)),  # climbs out of the site's folder
    ("/areas/x/", "%2e%2e/%2e%2e/y/", ("/y/", "", False)),  # decoded for the target, not for the escape test
    ("/areas/x/", "../../data/?q=1#t", ("/data/", "t", False)),
    ("/areas/x/", "#main", ("/areas/x/", "main", False)),
    ("/areas/x/", "?page=2", ("/areas/x/", "", False)),
    ("/areas/x/", "/static/style.css", ("/static/style.css", "", False)),
    ("/areas/x/", "/../x/", ("/x/", "", False)),  # a site path never escapes: / has no parent
    ("/areas/x/", "index.html", ("/areas/x/index.html", "", False)),
    ("/areas/x/", "//cdn.example/x.js", None),
    ("/areas/x/", "mailto:press@example.org", None),
    ("/areas/x/", "https://example.org/", None),
    ("/areas/x/", "https://example.org/[x", None),  # not refused: the host is example.org
    ("/", "..x/", ("/..x/", "", True)),  # normpath's reading: a name that starts with ".." is taken for a climb
    ("/404.html", "areas/x/", ("//areas/x/", "", False)),  # dirname("/404.html") + "/" is "//"
    ("/404.html", "/elections/x/areas/y/", ("/elections/x/areas/y/", "", False)),
    ("/a/b.html", "", ("/a/b.html", "", False)),
])
def test_resolve_table(page_url, href, expected):
    assert resolve(page_url, _names(_folder(page_url)), href) == expected == reference_resolve(page_url, href)


# --- finding links and ids ------------------------------------------------------------------------

HTML_PARTS = [" ", "\n", "\t", "\xa0", "\x1c", "\u2003", "href", "src", "id", "name", "data-", "=", " = ", '"', "'",
              "<a", "<a ", "<a\n", "<li ", "<meta ", ">", "x", "main", "&amp;", "&#39;", "#main", ' id="main"',
              ' href="', ' src="', ' src = "', "\nhref='", ' name="', "é", "–", "&"]
html_text = st.lists(st.sampled_from(HTML_PARTS), max_size=40).map("".join)


@settings(max_examples=3000, deadline=None)
@given(html_text, st.sampled_from(["main", "x", "", "a b", 'x"y', "&amp;"]))
def test_link_and_id_scans_agree_with_the_defining_expressions(html, name):
    assert link_targets(html) == reference_link_targets(html)
    assert page_ids(html) == reference_page_ids(html)
    assert has_id(html, name) == (name in reference_page_ids(html))


@pytest.mark.parametrize("html", [
    '<a id="main" name="old">',  # the <a name=...> match swallows the id: _ID_RE never sees it
    '<p title=\' id="main"\'> id="other"',  # an id inside another attribute's value
    '<main\nid="main">',
    '<a href="x/" title=\' src="y"\'> <img src="z">',  # a src inside an href's neighbour, and one of its own
    '<img src=" href=\'q\'"> <a href="r">',
    '<li data-name="a"><a href="#main">x</a></li> <main id="main">',
    '<img src = "a.png"> <a href="b/">',
])
def test_odd_pages_fall_back_to_the_defining_expressions(html):
    assert link_targets(html) == reference_link_targets(html)
    assert page_ids(html) == reference_page_ids(html)
    assert has_id(html, "main") == ("main" in reference_page_ids(html))


# --- the whole check -------------------------------------------------------------------------------

SITE_URLS = ["/", "/a/", "/a/b/", "/c/b/", "/a/b/c/", "/c/d/e/", "/x.html", "/a/y.html", "/..x/", "/a//b/"]
LINKS = ["../", "../../", "../../../", "../b/", "../../a/b/", "../../c/b/", "b/", "c/", "a/b/", "../x.html",
         "/a/b/", "/a/", "/nope/", "#main", "#top", "#nope", "../#top", "../../#top", "/a/b/#top", "?q",
         "static/s.css", "../static/s.css", "/static/s.css", "https://e.org/", "mailto:x@e.org", "%2e%2e/",
         "./", "y.html", "../y.html#main", "..x/", "../..x/", "..b/", ".b/", "../.b/", "/site/a/", "/site/a/#top",
         "/site/nope/"]


@st.composite
def sites(draw) -> tuple[list[PageSpec], list[OutputFile]]:
    """Pages in folders of every depth, each with its own template, linking to each other and to nothing."""
    urls = draw(st.lists(st.sampled_from(SITE_URLS), min_size=1, max_size=8, unique=True))
    specs, files = [], [OutputFile("static/s.css", b"body{}")]
    for i, url in enumerate(urls):
        links = draw(st.lists(st.sampled_from(LINKS), max_size=10))
        ids = draw(st.lists(st.sampled_from(["main", "top"]), max_size=2))
        html = "".join(f'<a href="{link}">l</a>' for link in links) + "".join(f' <p id="{i}">' for i in ids)
        specs.append(PageSpec(url, f"t{i}.html", {}))
        files.append(OutputFile(output_file(url), html.encode()))
    if draw(st.booleans()):  # served from the server root, anywhere in the page order
        links = draw(st.lists(st.sampled_from(LINKS), max_size=6))
        specs.insert(draw(st.integers(0, len(specs))), PageSpec("/404.html", "404.html", {}, root_links=True))
        files.append(OutputFile("404.html", "".join(f'<a href="{link}">l</a>' for link in links).encode()))
    return specs, files


@settings(max_examples=500, deadline=None)
@given(sites(), st.sampled_from(["/", "/site/"]))
def test_check_links_reports_as_the_link_by_link_check(tmp_path_factory, site, base_path):
    specs, files = site
    site_dir = tmp_path_factory.getbasetemp()
    assert fast_check(site_dir, specs, files, base_path) == reference_check(site_dir, specs, files, base_path)


def test_a_link_known_good_in_one_folder_is_judged_again_in_another(tmp_path):
    # "../b/" is fine from /a/x/ (to /a/b/) and broken from /c/x/ (to /c/b/), both two deep; the same
    # with a #fragment or ?query, which the check resolves in full rather than as a plain path.
    links = b'<a href="../b/">b</a><a href="../b/#top">t</a><a href="../b/?q">q</a><a href="../../a/b/">b</a>'
    specs = [PageSpec("/a/x/", "a.html", {}), PageSpec("/c/x/", "c.html", {}), PageSpec("/a/x/y/", "y.html", {})]
    files = [OutputFile("a/x/index.html", links), OutputFile("c/x/index.html", links),
             OutputFile("a/x/y/index.html", links.replace(b"../b/", b"../../b/")),
             OutputFile("a/b/index.html", b'<h1 id="top">')]
    missing = "goes to a page that does not exist\n  hint: check the spelling of the address; the site's " \
        "pages end in /, like /result/"
    assert fast_check(tmp_path, specs, files, "/") == reference_check(tmp_path, specs, files, "/") == [
        f"templates/c.html: the link to /c/b/ (on the page /c/x/) {missing}",  # ../b/ and ../b/?q
        f"templates/c.html: the link to /c/b/ (on the page /c/x/) {missing}",  # ../b/#top
        f"templates/y.html: the link to /a/a/b/ (on the page /a/x/y/) {missing}"]


def test_links_to_a_page_itself_are_judged_page_by_page(tmp_path):
    # /a/ and /a/y.html share a folder, but "#top" and "?q#top" on each go to the page itself.
    links = b'<a href="#top">t</a><a href="?q#top">q</a><a href="">e</a>'
    specs = [PageSpec("/a/", "a.html", {}), PageSpec("/a/y.html", "y.html", {})]
    files = [OutputFile("a/index.html", links + b'<h1 id="top">'), OutputFile("a/y.html", links + b'<h1 id="tip">')]
    assert fast_check(tmp_path, specs, files, "/") == reference_check(tmp_path, specs, files, "/") == [
        "templates/y.html: the link to /a/y.html#top (on the page /a/y.html) goes to #top, which is not on that "
        "page\n  hint: did you mean #tip?"]


def test_a_page_served_from_the_root_keeps_no_verdict_for_other_pages(tmp_path):
    # On 404.html, /site/a/ is /a/ under the base path; on any other page it is a page that does not exist.
    specs = [PageSpec("/404.html", "404.html", {}, root_links=True), PageSpec("/b/", "b.html", {})]
    files = [OutputFile("404.html", b'<a href="/site/a/">a</a>'), OutputFile("b/index.html", b'<a href="/site/a/">a</a>'),
             OutputFile("a/index.html", b"")]
    assert fast_check(tmp_path, specs, files, "/site/") == reference_check(tmp_path, specs, files, "/site/") == [
        "templates/b.html: the link to /site/a/ (on the page /b/) goes to a page that does not exist\n"
        "  hint: check the spelling of the address; the site's pages end in /, like /result/"]


@pytest.fixture(scope="module")
def ge2019() -> tuple:
    """The 2019 general election example, rendered in memory (650 seats, every page link-checked)."""
    from generator.build import site_plan

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1576213200")
        site, files = check(REPO / "examples" / "ge2019")
    return site, site_plan(site)[0], files


def test_a_real_site_with_broken_links_is_reported_as_the_link_by_link_check(ge2019):
    site, specs, files = ge2019
    base_path = urlsplit(site.config.base_url).path
    assert fast_check(REPO, specs, files, base_path) == reference_check(REPO, specs, files, base_path) == []
    # Break links on pages one, two and three folders deep, and on the 404 page served from the root.
    broken = {"areas/index.html", "parties/index.html", "404.html"}
    by_url = {output_file(s.url): s for s in specs}
    broken |= {p for p in list(by_url)[:40] if p.count("/") >= 2}
    extra = ('<a href="../nope/">n</a><a href="../../areas/nope/">n</a><a href="../../../up/">u</a>'
             '<a href="#nope">n</a><a href="../#maim">m</a><a href="/static/nope.css">s</a>'
             '<a href="%2e%2e/%2e%2e/x/">x</a><a href="?q#main">q</a>')
    changed = {f.path for f in files if f.path in broken and b"</main>" in f.data}
    files = [OutputFile(f.path, f.data.replace(b"</main>", extra.encode() + b"</main>"))
             if f.path in changed else f for f in files]
    problems = fast_check(REPO, specs, files, base_path)
    assert problems == reference_check(REPO, specs, files, base_path)
    assert len(changed) == len(broken)
    assert sum("goes to #nope, which is not on that page" in p for p in problems) == len(changed)  # one per page
    for part in ("/areas/nope/ (on the page /areas/aberavon/)", "../../../up/ (on the page /areas/aberavon/) leads",
                 "did you mean #main?", "static/nope.css", "to /x/ (on the page /areas/aberavon/)"):
        assert any(part in p for p in problems), part
