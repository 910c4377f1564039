"""Which content files each page shows, so that a rebuild re-renders only the pages an edit can change.

A page maps to a set of "item" files (for a general election: area files), or to None when it may
show anything (summaries, indexes, party pages whose shares depend on every area). Every input that
is not an item of some page (site.yaml, parties.yaml, templates, Markdown pages, the generator's code)
is global: a change to it re-renders every page. The map must agree with what the templates show;
tests/test_incremental.py checks that an incremental build gives the bytes of a cold build.
"""
from __future__ import annotations

from ..model.general import Area, Region
from . import PageSpec

# Templates whose pages show only the areas named here, with everything else coming from global inputs.
_AREA_PAGE = "ge_area.html"      # one area (its region only as a link)
_REGION_PAGE = "ge_region.html"  # the areas of one region and their totals


def page_items(specs: list[PageSpec]) -> dict[str, frozenset[str] | None]:
    """For each page URL, the item files it shows, or None for 'any input'."""
    items: dict[str, frozenset[str] | None] = {}
    for spec in specs:
        area = spec.context.get("area")
        region = spec.context.get("region")
        if spec.template == _AREA_PAGE and isinstance(area, Area):
            items[spec.url] = frozenset((area.path,))
        elif spec.template == _REGION_PAGE and isinstance(region, Region):
            items[spec.url] = frozenset(a.path for a in region.areas)
        else:
            items[spec.url] = None
    return items


def pages_to_render(specs: list[PageSpec], items: dict[str, frozenset[str] | None],
                    before: dict[str, frozenset[str] | None], changed: set[str]) -> list[PageSpec] | None:
    """The pages an edit of `changed` can alter, given this build's and the last build's maps;
    None when a changed file is global (or a page is new) and every page must be rendered."""
    known = {p for deps in (*items.values(), *before.values()) if deps for p in deps}
    if any(path not in known for path in changed):
        return None
    chosen = []
    for spec in specs:
        now, then = items.get(spec.url), before.get(spec.url, ())
        if now is None or then is None or (now & changed) or (then and then & changed):
            chosen.append(spec)
    return chosen
