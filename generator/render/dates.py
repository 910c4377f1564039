"""Dates as pages show them: the `date` and `iso` template filters."""
from __future__ import annotations

import datetime as dt
import zoneinfo


def fmt_date(value: dt.date | dt.datetime | None, with_time: bool = True) -> str:
    """'24 September 2016', or '24 September 2016, 11:45' for a datetime."""
    if value is None:
        return "–"
    text = f"{value.day} {value:%B %Y}"
    if with_time and isinstance(value, dt.datetime):
        text += f", {value:%H:%M}"
    return text


def fmt_iso(value: dt.date | dt.datetime, tz: str) -> str:
    """A <time datetime> value: '2016-09-24', or '2019-12-13T05:40+00:00' (a time is in the site's timezone)."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=value.tzinfo or zoneinfo.ZoneInfo(tz)).isoformat(timespec="minutes")
    return value.isoformat()
