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
from typing import Callable, Hashable
from urllib.parse import unquote, urlsplit

from .errors import Collector
from .render import OutputFile, PageSpec
from .link_memo import Known as _Known
from .urls import output_file

# Files outside content/ that make links on every page (navigation, sources).
_SHARED_SOURCES = ("site.yaml",)

# href="..." and src='...' in the rendered HTML, and the ids links can point to. Regular expressions
# rather than an HTML parser: ten times faster on a 650-seat site, and the pages come from our templates
# and Markdown, which quote every attribute value. These two define what is found; the scans below
# find the same faster and fall back to these when a page is too odd for them.
_LINK_RE = re.compile(r"""\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ID_RE = re.compile(r"""(?:\sid|<a\s[^>]*?\bname)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# The same matches, one word each: a pattern that starts with a word is searched for that word, five
# times faster than one that starts with \s. The lookbehind keeps the whitespace rule; the match starts
# one character later, which changes nothing (a match ends with a quote, never in that whitespace).
_QUOTED = r"""\s*=\s*(?:"([^"]*)"|'([^']*)')"""
_HREF_RE = re.compile(r"href(?<=\shref)" + _QUOTED)
_SRC_RE = re.compile(r"src(?<=\ssrc)" + _QUOTED)
_IDS_RE = re.compile(r"id(?<=\sid)" + _QUOTED)
# What an <a ... name=...> match of _ID_RE needs (_a_has_name).
_NAME_RE = re.compile(r"""name\s*=\s*["']""")
_A_OPEN_RE = re.compile(r"<a\s")


def link_targets(html: str) -> list[str]:
    """Every href and src value in a page, with character references decoded, each once."""
    srcs = list(_SRC_RE.finditer(html))
    if srcs:
        found = sorted(srcs + list(_HREF_RE.finditer(html)), key=lambda m: m.start())
        # One scan finds matches the other's quoted values hide from it: only a page where none
        # overlaps has exactly _LINK_RE's matches (Markdown can quote an attribute inside a title).
        if any(a.end() > b.start() for a, b in zip(found, found[1:])):
            found = list(_LINK_RE.finditer(html))
        values = [m[1] if m[1] is not None else m[2] for m in found]
    else:
        values = [a or b for a, b in _HREF_RE.findall(html)]
    # Each value decoded once: a party's page links to the same few files from thousands of rows.
    unique = dict.fromkeys(values)
    return list(dict.fromkeys(map(unescape, unique)) if "&" in "\n".join(unique) else unique)


def page_ids(html: str) -> set[str]:
    """The anchors of a page: its ids, and the names of <a name=...>."""
    if _a_has_name(html, len(html)):
        return {unescape(m[1] if m[1] is not None else m[2]) for m in _ID_RE.finditer(html)} - {""}
    return {unescape(a or b) for a, b in _IDS_RE.findall(html)} - {""}


def has_id(html: str, name: str) -> bool:
    """Whether `name` is in page_ids(html): read only up to its first ' id="name"' when that is one of them."""
    at = html.find(f' id="{name}"') + 1
    tag_end = html.find(">", at)  # an <a name=...> that swallows `at` is named before this
    if at and name and not _a_has_name(html, tag_end if tag_end >= 0 else len(html)):
        # _IDS_RE's matches from the top: the first that reaches `at` is the one there, or one that
        # swallows it (an attribute value with id="name" inside it); then all of them are needed.
        for m in _IDS_RE.finditer(html):
            if m.end() > at:
                if m.start() == at and unescape(m[1] if m[1] is not None else m[2]) == name:
                    return True
                break
    return name in page_ids(html)


def _a_has_name(html: str, end: int) -> bool:
    """Whether _ID_RE may match an <a ... name=...> named before `end`; with none, its matches before
    there are _IDS_RE's.

    Such a match needs an "<a " before a name= with no ">" between them, which <meta name> (before
    any <a>) and <li data-name> (after the ">" of the last <a>) never have.
    """
    first_a = html.find("<a", 0, end)
    if first_a < 0:
        return False
    for match in _NAME_RE.finditer(html, first_a, end):
        if _A_OPEN_RE.search(html, html.rfind(">", 0, match.start()) + 1, match.start()):
            return True
    return False


def internal_target(page_url: str, href: str) -> str | None:
    """The site path a link points to ('/a/b/'), or None for external links, fragments and mail."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = unquote(parts.path)
    resolved = posixpath.normpath(posixpath.join(_folder(page_url), path))
    if path.endswith("/") and not resolved.endswith("/"):
        resolved += "/"
    return resolved


def _escapes(page_url: str, href: str) -> bool:
    """Whether a relative link climbs above the site's folder (fine at a domain root, broken under a sub-path)."""
    path = urlsplit(href).path
    if not path or path.startswith("/"):
        return False
    return posixpath.normpath(posixpath.join(_folder(page_url).lstrip("/"), path)).startswith("..")


def _folder(page_url: str) -> str:
    """The folder a page's relative links start from: '/a/' for '/a/' and for '/a/b.html'."""
    return page_url if page_url.endswith("/") else posixpath.dirname(page_url) + "/"


def _names(folder: str) -> tuple[str, ...] | None:
    """A folder's names ('/a/b/' -> ('a', 'b')), or None for one that normpath would rewrite ('//', '/a/./')."""
    if folder == "/":
        return ()
    names = tuple(folder[1:-1].split("/"))
    if not folder.startswith("/") or folder.startswith("//") or any(n in ("", ".", "..") for n in names):
        return None
    return names


# A path urlsplit, unquote and normpath leave alone but for its dot segments: no scheme, no %-escape,
# no space or control character (urlsplit strips or drops some of them).
_PLAIN_PATH = re.compile(r"[^:%\x00-\x20]+").fullmatch
# The scheme of https://..., mailto:...: a letter, then letters, digits, "+-." up to the first ":".
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:").match


def resolve(page_url: str, names: tuple[str, ...] | None, href: str) -> tuple[str, str, bool] | None:
    """(site path, fragment, whether it climbs out of the site's folder) of a link on a page, or None
    for a link to another site or a mail address; `names` are _names(_folder(page_url)).

    The same as urlsplit + internal_target + _escapes, in string operations for the plain links
    pages are made of; anything else goes through those.
    """
    if _SCHEME(href) and href.isascii() and "[" not in href and "]" not in href:
        return None  # urlsplit finds this scheme, and no bracket or non-ASCII host for it to refuse
    if "\t" not in href and "\n" not in href and "\r" not in href:
        rest, _, fragment = href.partition("#")
        path = rest.partition("?")[0]
        if not path:
            return page_url, fragment, False
        if names is not None and _PLAIN_PATH(path) and not path.startswith("//"):
            return _walk(names, path, fragment)
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    return (internal_target(page_url, href) if parts.path else page_url), parts.fragment, _escapes(page_url, href)


def _walk(names: tuple[str, ...], path: str, fragment: str) -> tuple[str, str, bool]:
    """resolve() for a plain path: normpath's walk over the folder's names and the path's."""
    absolute = path.startswith("/")
    stack = [] if absolute else list(names)
    climbed = False  # a ".." above the top: normpath keeps it in front of a relative path, drops it from /
    for name in path.split("/"):
        if name == "..":
            if stack:
                stack.pop()
            else:
                climbed = True
        elif name and name != ".":
            stack.append(name)
    target = "/" + "/".join(stack) + ("/" if stack and path.endswith("/") else "")
    return target, fragment, not absolute and (climbed or (bool(stack) and stack[0].startswith("..")))


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


def _problem(spec: PageSpec, href: str, target: str, fragment: str, escapes: bool, exists: set[str],
             anchors: "_Anchors") -> tuple[str, str, list[str]] | None:
    """(message, hint, what to look for in the sources) for a link that does not resolve, or None."""
    if escapes:
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
    if fragment and file.endswith(".html") and not anchors.has(file, unquote(fragment)):
        close = difflib.get_close_matches(unquote(fragment), sorted(anchors.of(file)), n=1)
        hint = f"did you mean #{close[0]}?" if close else "link to the page without the #..."
        return (f"the link to {target}#{fragment} (on the page {spec.url}) goes to #{fragment}, "
                "which is not on that page", hint, [href, f"{target}#{fragment}", f"#{fragment}"])
    return None


class _Anchors:
    """The #anchors of the output's pages, found when a link asks for them."""

    def __init__(self, pages: dict[str, OutputFile]) -> None:
        self.pages = pages
        self.ids: dict[str, set[str]] = {}
        self.own, self.page = "", ""  # the page being checked, whose own #anchors need no second read
        self.looked = False

    def read(self, file: str) -> str | None:
        """The text of a page to check (None if the output has no such page)."""
        self.own, self.page, self.looked = file, self.text(file), False
        return self.page

    def text(self, file: str) -> str | None:
        found = self.pages.get(file)
        return found.data.decode("utf-8") if found is not None else None

    def of(self, file: str) -> set[str]:
        """page_ids() of a file of the output."""
        if file not in self.ids:
            if len(self.ids) > 1000:  # every page links to its own #main: keeping all of them took 50 MiB at 20,000
                self.ids.clear()
            self.ids[file] = page_ids(self.page if file == self.own else self.text(file) or "")
        return self.ids[file]

    def has(self, file: str, name: str) -> bool:
        """Whether a file of the output has the anchor `name`; a page's own #main costs a look at its top only."""
        if file == self.own and file not in self.ids and not self.looked:
            self.looked = True  # a page with many #links to itself (the A-Z list) reads all its ids, once
            return has_id(self.page, name)
        return name in self.of(file)


def check_links(site_dir: Path, specs: list[PageSpec], files: list[OutputFile], out: Collector, *,
                base_path: str = "/", made: Callable[[PageSpec], tuple[Hashable, list[str]] | None] | None = None
                ) -> None:
    """Report every link from a page to a page, file or #anchor the build does not produce.

    `base_path` is base_url's path ('/elections/x/'): pages served at any address (404.html) link
    from the server root under it. Each bad link is reported once, naming the first page it is on.
    `made(spec)`, for a page whose links the code wrote from the model (render/area_fast.py), is the
    key of the frame it shares with other such pages (head, navigation, footer: the same links on
    each) and the site addresses its own part links to: the first page of each frame is read and
    checked; the others only need those addresses to be pages of the build.
    """
    exists = {f.path for f in files}
    # Pages are decoded one at a time, when checked or linked to with a #fragment: a build that
    # streams its pages to disk passes files whose .data reads them back (20,000 pages at once
    # would not fit the memory a build may take).
    anchors = _Anchors({f.path: f for f in files if f.path.endswith(".html")})
    known = _Known(exists)
    texts: dict[str, str] = {}
    reported: set[tuple[str, int | None, str]] = set()
    frames: set[Hashable] = set()
    for spec in specs:
        known_links = made(spec) if made is not None else None
        if known_links is not None:
            frame, urls = known_links
            if frame in frames and all(output_file(u) in exists for u in urls):
                continue
            frames.add(frame)
        page = anchors.read(output_file(spec.url))
        if page is None:
            continue
        names = _names(_folder(spec.url))
        levels = known.levels(names) if names is not None and not spec.root_links else []
        hrefs = link_targets(page)
        if not spec.root_links:
            hrefs = known.unknown(hrefs, names, levels)
        for href in hrefs:
            problem = _check(spec, names, href, exists, anchors, base_path)
            if isinstance(problem, tuple):
                _report(site_dir, spec, problem, texts, reported, out)
            elif problem and not spec.root_links:  # links to other sites are not kept: each page has its own
                known.add(href, names, levels)


def _check(spec: PageSpec, names: tuple[str, ...] | None, href: str, exists: set[str],
           anchors: "_Anchors", base_path: str) -> tuple | bool | None:
    """What is wrong with one link (message, hint, needles, target#fragment), True if nothing, None if external."""
    try:
        found = resolve(spec.url, names, href)
    except ValueError:  # urlsplit refuses it: a bracket in the host (http://[x), a bad port...
        return (f"the link to {href} (on the page {spec.url}) is not a valid web address",
                "check the address for typing mistakes; square brackets belong only around an IPv6 address",
                [href], href)
    if found is None:
        return None
    target, fragment, escapes = found
    if spec.root_links and target.startswith(base_path):
        target = "/" + target[len(base_path):]
    problem = _problem(spec, href, target, fragment, escapes, exists, anchors)
    return (*problem, target + "#" + fragment) if problem else True


def _report(site_dir: Path, spec: PageSpec, problem: tuple, texts: dict[str, str],
            reported: set[tuple[str, int | None, str]], out: Collector) -> None:
    """Add a problem at the content line that wrote the link, or the page's template; each once."""
    message, hint, needles, link = problem
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
    key = (where[0], where[1], link)
    if key in reported:
        return
    reported.add(key)
    out.add(where[0], where[1], message, hint)
