"""Every output path comes from here: slugs, page URLs, relative links and the output/ boundary."""
from __future__ import annotations

import functools
import posixpath
import re
import unicodedata
from pathlib import Path, PurePosixPath
from typing import Callable
from urllib.parse import urljoin, urlsplit

# Letters NFKD does not decompose into ASCII.
_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "đ": "d", "ł": "l",
                          "Ł": "l", "þ": "th", "ð": "d", "œ": "oe", "&": " and ", "'": "", "’": ""})
RESERVED_NAMES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


@functools.lru_cache(maxsize=65536)  # a rebuild slugs the same thousands of names again
def slugify(text: str) -> str:
    """A stable, readable ASCII slug: 'Ynys Môn' -> 'ynys-mon', 'Bakers, Food & Allied' -> 'bakers-food-and-allied'."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_SPECIAL)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or "item"


_CONTROL = re.compile(r"[\x00-\x1f]")


def segment_problem(segment: str) -> str | None:
    """Why a path segment (an id or slug) could put a file outside output/ or break a host, or None."""
    if not segment or segment in (".", ".."):
        return "it is empty or a dot folder (`.` or `..`), which would put files outside the site"
    if "/" in segment or "\\" in segment:
        return "it contains a slash, which would put files in another folder or outside the site"
    if ":" in segment:
        return "it contains a colon (like a drive letter C:), which is not allowed in file names"
    if _CONTROL.search(segment):
        return "it contains an invisible control character"
    if segment.split(".")[0].lower() in RESERVED_NAMES:
        return f"`{segment.split('.')[0].lower()}` is a reserved device name on Windows, so it cannot be a folder name"
    return None


def page_url(*segments: str) -> str:
    """'/' joined segments with a trailing slash: page_url('candidates', 'x') -> '/candidates/x/'."""
    for seg in segments:
        problem = segment_problem(seg)
        if problem:
            raise ValueError(f"unsafe URL segment {seg!r}: {problem}")
    return "/" + "".join(f"{s}/" for s in segments)


def output_file(url: str) -> str:
    """The file a URL is written to, relative to output/: '/a/b/' -> 'a/b/index.html'."""
    path = url.lstrip("/")
    if not path or path.endswith("/"):
        path += "index.html"
    return path


def relative(from_url: str, to_url: str, index_links: bool = False) -> str:
    """A link from one page to another that works under any host and sub-path.

    With index_links, links to pages end in index.html ('../result/index.html'), so that output/
    also works opened straight from disk, where '../result/' would show a folder listing.
    """
    if _is_clean(from_url) and _is_clean(to_url):
        rel = _relative_clean(from_url, to_url)
        return rel.removeprefix("./") + "index.html" if index_links and rel.endswith("/") else rel
    base = from_url if from_url.endswith("/") else posixpath.dirname(from_url) + "/"
    target, _, fragment = to_url.partition("#")
    if fragment and (not target or target == from_url):
        return f"#{fragment}"
    rel = posixpath.relpath(target or from_url, base) if target else ""
    if target.endswith("/") and rel != ".":
        rel += "/"
    elif rel == ".":
        rel = "./"
    if index_links and rel.endswith("/"):
        rel = rel.removeprefix("./") + "index.html"
    return rel + (f"#{fragment}" if fragment else "")


def relative_from(from_url: str, index_links: bool = False) -> Callable[[str], str]:
    """relative(from_url, to, index_links) as a function of `to`, for one page's many links: the page's
    own address is split once, and each target worked out once (a page links to the feed twice)."""
    base = from_url.split("/")[1:-1] if _is_clean(from_url) else None
    made: dict[str, str] = {}

    def link(to_url: str) -> str:
        rel = made.get(to_url)
        if rel is None:
            if base is not None and _is_clean(to_url):
                rel = _relative_parts(base, to_url)
                if index_links and rel.endswith("/"):
                    rel = rel.removeprefix("./") + "index.html"
            else:
                rel = relative(from_url, to_url, index_links)
            made[to_url] = rel
        return rel

    return link


def _is_clean(url: str) -> bool:
    """A site URL as page_url makes it: '/', '/a/', '/a/b/', '/static/x.css' (no '', '.' or '..' segments)."""
    padded = url + "/"
    return url[:1] == "/" and "#" not in url and "//" not in url and "/./" not in padded \
        and "/../" not in padded


def _relative_clean(from_url: str, to_url: str) -> str:
    """relative() for two clean site URLs, without posixpath.relpath (a third of the render time)."""
    return _relative_parts(from_url.split("/")[1:-1], to_url)  # the folders of the page's address


def _relative_parts(base: list[str], to_url: str) -> str:
    """_relative_clean with the page's folders split already."""
    parts = to_url.split("/")[1:]             # the target's segments, '' last when it is a folder
    folder = parts[-1] == ""
    parts = parts[:-1] if folder else parts
    common = 0
    for a, b in zip(base, parts):
        if a != b:
            break
        common += 1
    segments = [".."] * (len(base) - common) + parts[common:]
    if not segments:
        return "./"
    return "/".join(segments) + ("/" if folder else "")


_LINK_VALUE = re.compile(r'(\s(?:href|src)\s*=\s*")([^"]*)(")')
_SITE_PATH = re.compile(r'\s(?:href|src)\s*=\s*"/(?!/)')  # a link written as a site path, like "/result/"


def local_links(html: str, from_url: str, index_links: bool = False) -> str:
    """A rendered page's links made to work on any host: site paths written as '/result/' (in Markdown,
    say) become relative to the page, and with index_links every link to a folder ends in index.html."""
    # Most pages: their links came from link() already. _SITE_PATH needs a '"/', which str's find
    # rules out 20 x faster than the pattern, whose leading \s is tried at every space of the page.
    if not index_links and ('"/' not in html or not _SITE_PATH.search(html)):
        return html
    def fix(match: re.Match[str]) -> str:
        value = match.group(2)
        if value.startswith("/") and not value.startswith("//"):
            value = relative(from_url, value, index_links)
        elif index_links and not value.startswith("//") and ":" not in value.partition("#")[0] \
                and value.partition("#")[0].endswith("/"):
            path, hash_, fragment = value.partition("#")
            value = path + "index.html" + hash_ + fragment
        return match.group(1) + value + match.group(3)
    return _LINK_VALUE.sub(fix, html)


_LINK_ATTR = re.compile(r'\b(href|src)="([^"]*)"')


def absolute_links(html: str, page_address: str) -> str:
    """Every link in a fragment of HTML made absolute against the page's address, for feed readers."""
    return _LINK_ATTR.sub(lambda m: f'{m.group(1)}="{urljoin(page_address, m.group(2))}"', html)


def rooted(base_url: str, url: str, index_links: bool = False) -> str:
    """A link from the server root under base_url's path ('/elections/x/result/'), for pages such as
    404.html that a host serves at any address, where a relative link would go astray."""
    path = urlsplit(base_url).path.rstrip("/") + url
    return path + "index.html" if index_links and path.endswith("/") else path


def absolute(base_url: str, url: str) -> str:
    """base_url (with or without a sub-path) joined with a site URL."""
    return base_url.rstrip("/") + "/" + url.lstrip("/")


def safe_join(root: Path, relpath: str) -> Path:
    """root/relpath, refusing anything that resolves outside root."""
    pure = PurePosixPath(relpath)
    if pure.is_absolute() or any(part in ("..", "") for part in pure.parts) or "\x00" in relpath:
        raise ValueError(f"output path {relpath!r} would leave the output folder")
    target = (root / pure).resolve()
    if not target.is_relative_to(root.resolve()):
        raise ValueError(f"output path {relpath!r} would leave the output folder")
    return target
