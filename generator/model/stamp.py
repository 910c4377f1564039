"""When results last changed: the newest of their declaration times, shown as a page's "Last updated"."""
from __future__ import annotations

import datetime as dt
from typing import Iterable

from .documents import sort_key

When = dt.date | dt.datetime


def newest(times: Iterable[When | None]) -> When | None:
    """The latest of `times` (a bare date counts as the start of its day), or None when there is none."""
    return max((t for t in times if t is not None), key=sort_key, default=None)
