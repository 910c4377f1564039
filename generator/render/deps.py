"""Which content files each page shows, so that a rebuild re-renders only the pages an edit can change.

A page maps to a set of "item" files (for a general election: area files) plus a key for figures
computed from all items (a party page's national share), or to None when it may show anything
(summaries, indexes). Every input that
is not an item of some page (site.yaml, parties.yaml, templates, Markdown pages, the generator's code)
is global: a change to it re-renders every page. The map must agree with what the templates show;
tests/test_incremental.py checks that an incremental build gives the bytes of a cold build.
"""
from __future__ import annotations

import hashlib

from ..model.general import Area, PartyTotal, Region
from . import PageSpec

# Templates whose pages show only the areas named here, with everything else coming from global inputs.
_AREA_PAGE = "ge_area.html"      # one area (its region only as a link)
_REGION_PAGE = "ge_region.html"  # the areas of one region and their totals
_PARTY_PAGE = "ge_party.html"    # the areas a party contested, and its national row (seats, votes, share)

# A page's inputs: the item files it shows, and a key (text) for the figures it shows that are
# computed from other items too (a party's national share moves with every area's votes). A party
# page names its areas by a digest in its key instead of by files: twenty parties standing in most
# of 20,000 areas would otherwise keep 400,000 paths between builds.
Items = tuple[frozenset[str], str]


def page_items(specs: list[PageSpec]) -> dict[str, Items | None]:
    """For each page URL, the item files and key it shows, or None for 'any input'."""
    items: dict[str, Items | None] = {}
    for spec in specs:
        ctx = spec.context
        if spec.template == _AREA_PAGE and isinstance(ctx.get("area"), Area):
            items[spec.url] = (frozenset((ctx["area"].path,)), "")
        elif spec.template == _REGION_PAGE and isinstance(ctx.get("region"), Region):
            items[spec.url] = (frozenset(a.path for a in ctx["region"].areas), "")
        elif _is_party_page(spec):
            paths = "\n".join(a.path for a, _, _ in ctx["contested"]).encode()
            items[spec.url] = (frozenset(), f"{ctx['row']!r} {hashlib.blake2b(paths, digest_size=16).hexdigest()}")
        else:
            items[spec.url] = None
    return items


def _is_party_page(spec: PageSpec) -> bool:
    return spec.template == _PARTY_PAGE and isinstance(spec.context.get("row"), PartyTotal) \
        and "contested" in spec.context


def pages_to_render(specs: list[PageSpec], items: dict[str, Items | None],
                    before: dict[str, Items | None], changed: set[str]) -> list[PageSpec] | None:
    """The pages an edit of `changed` can alter, given this build's and the last build's maps;
    None when a changed file is global and every page must be rendered."""
    known = {p for deps in (*items.values(), *before.values()) if deps for p in deps[0]}
    if any(path not in known for path in changed):
        return None
    chosen = []
    for spec in specs:
        now, then = items.get(spec.url), before.get(spec.url, (frozenset(), ""))
        if now is None or then is None or now[1] != then[1] or (now[0] & changed) or (then[0] & changed) \
                or (_is_party_page(spec) and any(a.path in changed for a, _, _ in spec.context["contested"])):
            chosen.append(spec)
    return chosen
