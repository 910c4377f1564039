"""The build's link check: every internal link, asset and #anchor of every page must resolve in the output."""
from __future__ import annotations

import difflib
import html
import posixpath
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from .errors import Collector
from .load import MarkdownDoc, Sources
from .yamlsource import YList, YMap
from .render import OutputFile, PageSpec
from .urls import output_file

# (tag, attribute) pairs that make the browser fetch or navigate.
_LINKING = {("a", "href"), ("area", "href"), ("link", "href"), ("img", "src"), ("script", "src"),
            ("iframe", "src"), ("source", "src"), ("audio", "src"), ("video", "src"), ("track", "src")}
# Regular scans rather than html.parser: the check reads every page of every build (740 pages for a
# general election) and the dev server rebuilds on each save, so it must cost little next to rendering.
_VALUE = r"""\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))"""
_LINK_TAG = re.compile(r"<(a|area|link|img|script|iframe|source|audio|video|track)(\s[^>]*)>", re.I)
_ATTR = re.compile(r"([a-zA-Z_:][-a-zA-Z0-9_:.]*)" + _VALUE)
_ID = re.compile(r"<[a-zA-Z][^>]*?\sid" + _VALUE)
_SKIP = re.compile(r"<!--.*?-->|(?<=<script)\b[^>]*>.*?(?=</script\s*>)|(?<=<style)\b[^>]*>.*?(?=</style\s*>)",
                   re.S | re.I)


@dataclass
class PageLinks:
    """A page's ids and its links, each with the line of the output it is on."""

    ids: set[str] = field(default_factory=set)
    links: list[tuple[str, int]] = field(default_factory=list)


def _blank(match: re.Match[str]) -> str:
    """A comment, or a script or style element's attributes and body, as spaces (newlines kept)."""
    text = match.group(0)
    if text.startswith("<!--"):
        return re.sub(r"[^\n]", " ", text)
    head, _, body = text.partition(">")  # keep the start tag's attributes: <script src> is a link
    return head + ">" + re.sub(r"[^\n]", " ", body)


def _value(match: re.Match[str], first: int) -> str:
    raw = match.group(first)
    if raw is None:
        raw = match.group(first + 1) if match.group(first + 1) is not None else match.group(first + 2)
    return html.unescape(raw)


def parse_page(data: bytes) -> PageLinks:
    text = data.decode("utf-8")
    # Blank out comments and script/style bodies (keeping their newlines) so that nothing in them counts.
    text = _SKIP.sub(_blank, text)
    page = PageLinks({_value(m, 1) for m in _ID.finditer(text)} - {""})
    line, pos = 1, 0
    for tag in _LINK_TAG.finditer(text):
        line += text.count("\n", pos, tag.start())
        pos = tag.start()
        name = tag.group(1).lower()
        for attr in _ATTR.finditer(tag.group(2)):
            key = attr.group(1).lower()
            value = _value(attr, 2)
            if value and key == "name" and name == "a":
                page.ids.add(value)
            elif value and (name, key) in _LINKING:
                page.links.append((value, line))
    return page


def resolve(page_path: str, href: str, site_root: str | None) -> tuple[str, str] | None:
    """(output file, fragment) that a link from output file `page_path` reaches, or None for another site.

    A link from the server root ('/x/result/') is allowed only on pages served at any address (404.html),
    where `site_root` is base_url's path ('/x/') and the link must start with it; elsewhere it is
    refused, as it would break under another sub-path and from disk. ('', fragment) means "outside".
    """
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    path = unquote(parts.path)
    if path.startswith("/"):
        if site_root is None or not path.startswith(site_root):
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


def _navigation_line(sources: Sources, site_url: str) -> int | None:
    """The site.yaml line of a navigation entry linking to `site_url`, if one does."""
    data = sources.site.data if sources.site else None
    items = data.get("navigation") if isinstance(data, YMap) else None
    for i, item in enumerate(items if isinstance(items, YList) else ()):
        if isinstance(item, dict) and item.get("url") == site_url.split("#")[0]:
            return items.line_of(i)
    return None


def _site_url(target: str, fragment: str) -> str:
    """'result/index.html', 'turnout' -> '/result/#turnout': how editors and templates name a page."""
    url = "/" + target.removesuffix("index.html")
    return url + (f"#{fragment}" if fragment else "")


def _problem(href: str, target: str, fragment: str, pages: dict[str, PageLinks], exists: set[str]) -> tuple[str, str] | None:
    if not target:
        return ("leads outside the site's folder, so it breaks when the site is published under a sub-path "
                "or opened from disk", "write links between pages relative to the page, like ../result/")
    if target not in exists:
        return (f"goes nowhere: the build makes no {target}",
                "check the address; pages end in / (like ../result/), and a file in static/ is linked as static/NAME")
    if fragment and target.endswith(".html") and unquote(fragment) not in pages[target].ids:
        ids = sorted(pages[target].ids)
        close = difflib.get_close_matches(unquote(fragment), ids, n=1)
        return (f"points to #{fragment}, which is not on that page",
                f"did you mean #{close[0]}?" if close else
                f"use one of its anchors ({', '.join('#' + i for i in ids[:8])})" if ids else "link to the page without #...")
    return None


def check_links(files: list[OutputFile], specs: list[PageSpec], sources: Sources, site_root: str, out: Collector) -> None:
    """Report each internal link, asset or anchor that does not resolve, at the file and line that wrote it.

    A link written in Markdown is reported at its line in the .md file, a navigation link at its line in
    site.yaml, any other at the template; the same broken link on many pages is reported once.
    """
    exists = {f.path for f in files}
    pages = {f.path: parse_page(f.data) for f in files if f.path.endswith(".html")}
    by_file = {output_file(s.url): s for s in specs}
    markdown = {d.path: d for d in sources.pages + sources.updates}
    found: dict[tuple[str, int | None, str, str], list[tuple[str, int]]] = {}
    hints: dict[tuple[str, int | None, str, str], str] = {}
    for path, page in sorted(pages.items()):
        for href, html_line in page.links:
            spec = by_file.get(path)
            resolved = resolve(path, href, site_root if spec and spec.root_links else None)
            if resolved is None:
                continue
            problem = _problem(href, *resolved, pages, exists)
            if problem is None:
                continue
            doc = markdown.get(spec.source) if spec else None
            line = _markdown_line(doc, href) if doc else None
            if doc and line:
                key = (doc.path, line, href, problem[0])
            else:
                shown = _site_url(*resolved) if resolved[0] else href
                nav = _navigation_line(sources, shown)
                where = "site.yaml" if nav else f"templates/{spec.template}" if spec else path
                key = (where, nav, shown, problem[0])
            found.setdefault(key, [])
            if (spec.url if spec else path, html_line) not in found[key]:
                found[key].append((spec.url if spec else path, html_line))
            hints[key] = problem[1]
    for key, on in found.items():
        where, line, shown, what = key
        if len(on) == 1:
            place = f"on the page {on[0][0]}" + (f", line {on[0][1]} of the built HTML" if where.startswith("templates/") else "")
        else:
            names = sorted({url for url, _ in on})
            place = f"on {len(names)} pages: {', '.join(names[:3])}" + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        out.add(where, line, f"the link to '{shown}' {what} ({place})", hints[key])
