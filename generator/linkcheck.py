"""The build's link check: every internal link, asset and #anchor of every page must resolve in the output."""
from __future__ import annotations

import difflib
import posixpath
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from .errors import Collector
from .load import MarkdownDoc, Sources
from .render import OutputFile, PageSpec
from .urls import output_file

# (tag, attribute) pairs that make the browser fetch or navigate.
_LINKING = {("a", "href"), ("area", "href"), ("link", "href"), ("img", "src"), ("script", "src"),
            ("iframe", "src"), ("source", "src"), ("audio", "src"), ("video", "src"), ("track", "src")}


class _PageParser(HTMLParser):
    """Collects a page's ids and its links, each with the line of the output it is on."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for key in ("id",) + (("name",) if tag == "a" else ()):
            if values.get(key):
                self.ids.add(values[key] or "")
        for name, value in attrs:
            if value and (tag, name) in _LINKING:
                self.links.append((value, self.getpos()[0]))


def parse_page(html: bytes) -> _PageParser:
    parser = _PageParser()
    parser.feed(html.decode("utf-8"))
    parser.close()
    return parser


def resolve(page_path: str, href: str, site_root: str) -> tuple[str, str] | None:
    """(output file, fragment) that a link from output file `page_path` reaches, or None if it leaves the site.

    `site_root` is base_url's path ('/elections/x/'): a link from the server root must start with it.
    """
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    path = unquote(parts.path)
    if path.startswith("/"):
        if not path.startswith(site_root):
            return ("", parts.fragment)
        target = path[len(site_root):]
    elif path:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page_path), path))
        if target.startswith("../") or target == "..":
            return ("", parts.fragment)
        target = "" if target == "." else target
    else:
        return (page_path, parts.fragment)
    if path.endswith("/") or not target:
        target = posixpath.join(target, "index.html")
    return (target, parts.fragment)


def _markdown_line(doc: MarkdownDoc, href: str) -> int | None:
    """The line of the .md file where the link is written."""
    for number, line in enumerate(doc.body.split("\n")):
        if href in line:
            return doc.body_line + number
    return None


def check_links(files: list[OutputFile], specs: list[PageSpec], sources: Sources, site_root: str, out: Collector) -> None:
    """Report each internal link, asset or anchor that does not resolve, at the file and line that wrote it."""
    exists = {f.path for f in files}
    pages = {f.path: parse_page(f.data) for f in files if f.path.endswith(".html")}
    by_file = {output_file(s.url): s for s in specs}
    markdown = {d.path: d for d in sources.pages + sources.updates}
    seen: set[tuple[str, str]] = set()
    for path, page in sorted(pages.items()):
        for href, html_line in page.links:
            found = resolve(path, href, site_root)
            if found is None or (path, href) in seen:
                continue
            target, fragment = found
            problem = None
            if target not in exists:
                problem = (f"the link to '{href}' goes nowhere: the build makes no {target or 'such file'}",
                           "check the address; pages end in / (like ../result/), and a file in static/ "
                           "is linked as static/NAME")
            elif fragment and target.endswith(".html") and unquote(fragment) not in pages[target].ids:
                ids = sorted(pages[target].ids)
                close = difflib.get_close_matches(unquote(fragment), ids, n=1)
                problem = (f"the link to '{href}' points to #{fragment}, which is not on that page",
                           f"did you mean #{close[0]}?" if close else
                           f"use one of its anchors ({', '.join('#' + i for i in ids[:8])})" if ids
                           else "link to the page without #...")
            if problem is None:
                continue
            seen.add((path, href))
            spec = by_file.get(path)
            doc = markdown.get(spec.source) if spec else None
            line = _markdown_line(doc, href) if doc else None
            page_name = spec.url if spec else path
            if doc and line:
                out.add(doc.path, line, f"{problem[0]} (on the page {page_name})", problem[1])
            else:
                out.add(f"templates/{spec.template}" if spec else path, None,
                        f"{problem[0]} (on the page {page_name}, line {html_line} of the built HTML)", problem[1])
