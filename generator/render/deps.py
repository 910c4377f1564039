"""Which content files each page shows, so that a rebuild re-renders only the pages an edit can change.

A page declares (PageSpec.shows) the item files it shows rows of (for a general election: area
files) and a key (PageSpec.figures) of the figures it shows that are computed from other items too
(a region's totals, a party's national share); a page that declares nothing may show anything
(summaries, indexes). Every input that is not an item of some page (site.yaml, parties.yaml,
templates, Markdown pages, the generator's code) is global: a change to it re-renders every page.
The declarations must agree with what the templates show; tests/test_incremental.py checks that an
incremental build gives the bytes of a cold build.
"""
from __future__ import annotations

import hashlib

from . import PageSpec

# A page's inputs between builds: the item files it shows, and a key (text) for everything else it
# shows from items. A page listing many items keeps a digest of their paths in its key rather than the
# paths: twenty parties standing in most of 20,000 areas would otherwise keep 400,000 paths.
Items = tuple[frozenset[str], str]


def page_items(specs: list[PageSpec]) -> dict[str, Items | None]:
    """For each page URL, the item files and key it shows, or None for 'any input'."""
    items: dict[str, Items | None] = {}
    for spec in specs:
        # its "Last updated" too: the newest declaration among a region's areas moves with any of them
        figures = f"{spec.figures} {spec.context['updated']!r}" if "updated" in spec.context else spec.figures
        if spec.shows is None:
            items[spec.url] = None
        elif len(spec.shows) <= 1:
            items[spec.url] = (frozenset(spec.shows), figures)
        else:
            digest = hashlib.blake2b("\n".join(spec.shows).encode(), digest_size=16).hexdigest()
            items[spec.url] = (frozenset(), f"{figures} {digest}")
    return items


def pages_to_render(specs: list[PageSpec], items: dict[str, Items | None],
                    before: dict[str, Items | None], changed: set[str]) -> list[PageSpec] | None:
    """The pages an edit of `changed` can alter, given this build's and the last build's maps;
    None when a changed file is global and every page must be rendered."""
    known = {p for deps in items.values() if deps for p in deps[0]}
    if any(path not in known for path in changed):  # a new or removed item moves every count and list
        return None
    chosen = []
    nothing: Items = (frozenset(), "")
    for spec in specs:
        now, then = items[spec.url], before.get(spec.url, nothing)
        if now is None or then is None or now[1] != then[1] or not changed.isdisjoint(now[0]) \
                or not changed.isdisjoint(then[0]) or not changed.isdisjoint(spec.shows or ()):
            chosen.append(spec)
    return chosen
