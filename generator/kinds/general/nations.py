"""A region lies in one nation: the check of the areas' `nation:` against their region's."""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from ...errors import Collector

if TYPE_CHECKING:
    from .area import Area


def check_nations(areas: list[Area], docs: dict[str, Any], out: Collector) -> None:
    """A region lies in one nation: two spellings of one region would split its page. When a region's
    areas disagree, the nation most of them give is taken as right, and the others are reported at their
    `nation:` line (so one slip is one error, not one per correct file)."""
    by_region: dict[str, list[Area]] = {}
    for area in areas:  # in file order
        by_region.setdefault(area.region, []).append(area)
    for region, members in by_region.items():
        counts = Counter(a.nation for a in members)
        if len(counts) < 2:
            continue
        usual, number = counts.most_common(1)[0]  # a tie goes to the nation of the first file
        for area in members:
            if area.nation != usual:
                out.add(area.path, _nation_line(docs.get(area.path)),
                        f"the region '{region}' is in {usual} in {number} other area file{'s' if number > 1 else ''}, "
                        f"but in {area.nation} here", "give every area of a region the same nation, "
                        "or check the spelling of the region")


def _nation_line(doc: Any) -> int | None:
    """The line of an area file's `nation:` key (its text is kept unparsed, see load.ITEMS_DIR)."""
    data = getattr(doc, "data", None)
    text = getattr(data, "text", None)
    if text is not None:
        found = re.search(r"^nation\s*:", text, re.M)
        return text.count("\n", 0, found.start()) + 1 if found else None
    return data.line_of("nation") if hasattr(data, "line_of") else None
