"""The build's link check: every link, asset and #anchor of every page must resolve in the output.

A bad link is reported at the content line that wrote it (the page's own file, or site.yaml for
navigation), or else at the template that made the page.
"""
from __future__ import annotations

import difflib
import posixpath
import re
from html import unescape
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .errors import Collector
from .render import OutputFile, PageSpec
from .urls import output_file

# Files outside content/ that make links on every page (navigation, sources).
_SHARED_SOURCES = ("site.yaml",)

# href="..." and src='...' in the rendered HTML, and the ids links can point to. Regular expressions
# rather than an HTML parser: ten times faster on a 650-seat site, and the pages come from our templates
# and Markdown, which quote every attribute value.
_LINK_RE = re.compile(r"""\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ID_RE = re.compile(r"""(?:\sid|<a\s[^>]*?\bname)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def link_targets(html: str) -> list[str]:
    """Every href and src value in a page, with character references decoded, each once."""
    return list(dict.fromkeys(unescape(m[1] if m[1] is not None else m[2]) for m in _LINK_RE.finditer(html)))


def page_ids(html: str) -> set[str]:
    """The anchors of a page: its ids, and the names of <a name=...>."""
    return {unescape(m[1] if m[1] is not None else m[2]) for m in _ID_RE.finditer(html)} - {""}


def internal_target(page_url: str, href: str) -> str | None:
    """The site path a link points to ('/a/b/'), or None for external links, fragments and mail."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = unquote(parts.path)
    base = page_url if page_url.endswith("/") else posixpath.dirname(page_url) + "/"
    resolved = posixpath.normpath(posixpath.join(base, path))
    if path.endswith("/") and not resolved.endswith("/"):
        resolved += "/"
    return resolved


def _escapes(page_url: str, href: str) -> bool:
    """Whether a relative link climbs above the site's folder (fine at a domain root, broken under a sub-path)."""
    path = urlsplit(href).path
    if not path or path.startswith("/"):
        return False
    base = page_url if page_url.endswith("/") else posixpath.dirname(page_url) + "/"
    return posixpath.normpath(posixpath.join(base.lstrip("/"), path)).startswith("..")


def _is_page(target: str) -> bool:
    last = target.rstrip("/").rsplit("/", 1)[-1]
    return target.endswith("/") or "." not in last or last.endswith(".html")


def _find_line(text: str, needles: list[str]) -> int | None:
    for needle in needles:
        if not needle:
            continue
        for number, line in enumerate(text.split("\n"), 1):
            if needle in line:
                return number
    return None


def _problem(spec: PageSpec, href: str, target: str, fragment: str, exists: set[str],
             anchors) -> tuple[str, str, list[str]] | None:
    """(message, hint, what to look for in the sources) for a link that does not resolve, or None."""
    if _escapes(spec.url, href):
        return (f"the link to {href} (on the page {spec.url}) leads outside the site's folder",
                "write links between pages relative to the page (like ../result/) or as site paths (like /result/)",
                [href])
    file = output_file(target)
    if file not in exists:
        kind = "page" if _is_page(target) else "file"
        hint = "check the spelling of the address; the site's pages end in /, like /result/" if kind == "page" \
            else f"put the file in static/{target.removeprefix('/static/')}, or correct the path"
        return (f"the link to {target} (on the page {spec.url}) goes to a {kind} that does not exist", hint,
                [href, target, target.removeprefix("/static/"), target.rstrip("/")])
    if fragment and file.endswith(".html"):
        ids = anchors(file)
        if unquote(fragment) not in ids:
            close = difflib.get_close_matches(unquote(fragment), sorted(ids), n=1)
            hint = f"did you mean #{close[0]}?" if close else "link to the page without the #..."
            return (f"the link to {target}#{fragment} (on the page {spec.url}) goes to #{fragment}, "
                    "which is not on that page", hint, [href, f"{target}#{fragment}", f"#{fragment}"])
    return None


def check_links(site_dir: Path, specs: list[PageSpec], files: list[OutputFile], out: Collector, *,
                base_path: str = "/") -> None:
    """Report every link from a page to a page, file or #anchor the build does not produce.

    `base_path` is base_url's path ('/elections/x/'): pages served at any address (404.html) link
    from the server root under it. Each bad link is reported once, naming the first page it is on.
    """
    exists = {f.path for f in files}
    # Pages are decoded one at a time, when checked or linked to with a #fragment: a build that
    # streams its pages to disk passes files whose .data reads them back (20,000 pages at once
    # would not fit the memory a build may take).
    pages = {f.path: f for f in files if f.path.endswith(".html")}
    ids: dict[str, set[str]] = {}

    def text(file: str) -> str | None:
        found = pages.get(file)
        return found.data.decode("utf-8") if found is not None else None

    def anchors(file: str) -> set[str]:
        if file not in ids:
            if len(ids) > 1000:  # every page links to its own #main: keeping all of them took 50 MiB at 20,000
                ids.clear()
            ids[file] = page_ids(text(file) or "")
        return ids[file]

    texts: dict[str, str] = {}
    reported: set[tuple[str, int | None, str]] = set()
    for spec in specs:
        page = text(output_file(spec.url))
        if page is None:
            continue
        for href in link_targets(page):
            parts = urlsplit(href)
            if parts.scheme or parts.netloc:
                continue
            target = internal_target(spec.url, href) if parts.path else spec.url
            if target is None:
                continue
            if spec.root_links and target.startswith(base_path):
                target = "/" + target[len(base_path):]
            problem = _problem(spec, href, target, parts.fragment, exists, anchors)
            if problem is None:
                continue
            message, hint, needles = problem
            where: tuple[str, int | None] | None = None
            for source in ([spec.source] if spec.source else []) + list(_SHARED_SOURCES):
                if source not in texts:
                    file = site_dir / source
                    texts[source] = file.read_text(encoding="utf-8-sig") if file.is_file() else ""
                line = _find_line(texts[source], needles)
                if line is not None:
                    where = (source, line)
                    break
            if where is None:
                where = (f"templates/{spec.template}", None)
            key = (where[0], where[1], target + "#" + parts.fragment)
            if key in reported:
                continue
            reported.add(key)
            out.add(where[0], where[1], message, hint)
