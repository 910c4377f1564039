"""The links a link check has found to resolve, kept so that thousands of pages linking in the same
words are each looked at once (links.check_links)."""
from __future__ import annotations

import re

# The lines that are plain relative links: no dot segment but their leading "../", no scheme, %-escape,
# ?query or #fragment, not empty (most links). From a folder at least as deep as such a link climbs,
# it leads to the folder's first names and the rest of the link.
_NAME = r"[^./:%?#\x00-\x20][^/:%?#\x00-\x20]*"
_PLAIN_LINES = re.compile(rf"^(?=[^\n])(?:\.\./)*(?:{_NAME}/)*(?:{_NAME})?$", re.MULTILINE).findall


class Known:
    """The links found to resolve, kept by what their verdict depends on: nothing (a site path), or
    the depth of the page's folder and its first names (a relative path).

    A link that starts with k "../" finds from /a/b/ what it finds from any folder two deep below /a/
    when k is 1, and from any folder two deep when k is 2: the parties' pages, all at /parties/NAME/,
    link to the same 5,000 area pages in the same words, each looked at once. A link is kept under one
    k only (its own), so a page may look for it under all of them. Pages served from the server root
    (404.html) use none of this.
    """

    def __init__(self, exists: set[str]) -> None:
        self.exists = exists
        self.anywhere: set[str] = set()
        self.relative: dict[tuple[int, tuple[str, ...]], set[str]] = {}

    def levels(self, names: tuple[str, ...]) -> list[tuple[int, tuple[str, ...]]]:
        """The keys of the sets for links from a folder, by how many "../" they start with."""
        depth = len(names)
        return [(depth, names[:depth - k]) for k in range(depth + 1)]

    def unknown(self, hrefs: list[str], names: tuple[str, ...] | None,
                levels: list[tuple[int, tuple[str, ...]]]) -> list[str]:
        """The links of a page not known to resolve, in order; the plain ones that resolve are added."""
        unknown = set(hrefs).difference(self.anywhere)
        for level in levels:  # set by set, in C
            unknown = unknown.difference(self.relative.get(level, ()))
        if not unknown:
            return []
        if names is None or names and names[0].startswith(".."):  # a "..x/" folder's links climb out
            return [h for h in hrefs if h in unknown]
        depth = len(names)
        folders = ["".join(f"{n}/" for n in names[:depth - k]) for k in range(depth + 1)]
        todo = [h for h in hrefs if h in unknown]
        plain = set(_PLAIN_LINES("\n".join(todo)))  # one line per link: a link with a \n in it is not one of them
        left = []
        for href in todo:
            if href in plain:
                rest = href.lstrip("./")  # "../../areas/x/" -> "areas/x/"
                k = (len(href) - len(rest)) // 3
                if k <= depth:
                    file = folders[k] + rest  # output_file() of resolve()'s target
                    if not file or file.endswith("/"):
                        file += "index.html"
                    if file in self.exists:
                        self.keep(levels[k], href)
                        continue
            left.append(href)
        return left

    def add(self, href: str, names: tuple[str, ...] | None, levels: list[tuple[int, tuple[str, ...]]]) -> None:
        """Keep a link found to resolve from a page in the folder `names`."""
        if href.startswith("/"):
            self.anywhere.add(href)
        elif names is not None and href[:1] not in ("#", "?") and href[:1] > " ":
            k = _climbs(href)  # a path: from a page's own #x or ?x the verdict is the page's alone
            if k < len(levels):
                self.keep(levels[k], href)

    def keep(self, level: tuple[int, tuple[str, ...]], href: str) -> None:
        """Add a link to the set of `level`, made on first use (most pages' own folders never need one)."""
        links = self.relative.get(level)
        if links is None:
            links = self.relative[level] = set()
        links.add(href)


def _climbs(href: str) -> int:
    """How many "../" a link starts with."""
    k = 0
    while href.startswith("../", 3 * k):
        k += 1
    return k
