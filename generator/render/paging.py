"""Long lists split over numbered pages: /parties/lab/, /parties/lab/page/2/, ...

A party standing in 5,000 areas made a 1.2 MB page; the page weight budget is 150 KB, and an edit
of one area had to render every row of it again. A page of a list shows at most `per_page` rows, the
first page at the list's own address (with the figures above the list), the others under page/N/.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence, TypeVar

T = TypeVar("T")

ROWS_PER_PAGE = 250    # table rows (~180 bytes each): about 45 KB of a page
LINKS_PER_PAGE = 1000  # short list items (a name and a result, ~120 bytes each)


@dataclass(frozen=True, slots=True)
class Pager:
    """Where one page sits in its list: 'Page 2 of 20', with the address of every page."""

    number: int                 # from 1
    urls: tuple[str, ...]       # every page's URL, first page first
    first: int                  # the position in the whole list of this page's first row, from 1
    last: int                   # ... and of its last row
    total: int                  # rows in the whole list

    @property
    def count(self) -> int:
        return len(self.urls)

    @property
    def previous(self) -> str | None:
        return self.urls[self.number - 2] if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.urls[self.number] if self.number < self.count else None

    def shown(self, around: int = 2) -> list[tuple[int, str] | None]:
        """The page links to show: the first, the last and those around this one; None for a gap."""
        keep = [n for n in range(1, self.count + 1)
                if n in (1, self.count) or abs(n - self.number) <= around]
        links: list[tuple[int, str] | None] = []
        for i, n in enumerate(keep):
            if i and n - keep[i - 1] > 1:
                links.append(None)
            links.append((n, self.urls[n - 1]))
        return links


def page_address(base: str, number: int) -> str:
    return base if number == 1 else f"{base}page/{number}/"


def paginate(base: str, items: Sequence[T], per_page: int | None = None) -> list[tuple[Pager, tuple[T, ...]]]:
    """`items` in pages of `per_page` (default ROWS_PER_PAGE; at least one page, empty if there are no items)."""
    per_page = per_page or ROWS_PER_PAGE
    count = max(1, -(-len(items) // per_page))
    urls = tuple(page_address(base, n) for n in range(1, count + 1))
    return [(Pager(n, urls, (n - 1) * per_page + 1, min(n * per_page, len(items)), len(items)),
             tuple(items[(n - 1) * per_page:n * per_page])) for n in range(1, count + 1)]
