"""Stage 2: turn what was read into immutable, checked objects with every number computed."""
from __future__ import annotations

import datetime as dt
import os
import re
import zoneinfo
from dataclasses import dataclass
from typing import Any

from ..errors import Collector, Problem, SiteError
from ..hexmap import HexLayout, match_areas, read_hexjson
from ..kinds import kind_named
from ..load import Sources, Unparsed, parsed
from ..schema import validate
from .documents import Page, Update, make_pages, make_updates
from .site import SITE_SHAPE, SiteConfig, site_from


@dataclass(frozen=True)
class Site:
    config: SiteConfig
    election: Any  # the model of the site's kind (generator/kinds/<kind>/model.py)
    pages: tuple[Page, ...]
    updates: tuple[Update, ...]
    built_at: dt.datetime            # dates only the Atom feed of a site without updates: pages show `updated`
    warnings: tuple[Problem, ...] = ()
    updated: dt.date | dt.datetime | None = None  # when the results last changed (the newest declaration)
    hexmap: HexLayout | None = None  # the hexes that have an area, when site.yaml names a layout


def build_time(tz: str) -> dt.datetime:
    """Now, or SOURCE_DATE_EPOCH when set, so that builds can be reproduced byte for byte."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return dt.datetime.now(dt.timezone.utc).astimezone(zoneinfo.ZoneInfo(tz))
    try:
        if not (epoch.isascii() and epoch.isdigit()):
            raise ValueError
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).astimezone(zoneinfo.ZoneInfo(tz))
    except (ValueError, OverflowError, OSError):
        shown = epoch if len(epoch) <= 40 else epoch[:40] + "..."
        raise SiteError.single("SOURCE_DATE_EPOCH", None,
                               f"{shown!r} is not a build time this site can show (it must be a whole number "
                               "of seconds since 1970-01-01 UTC, before the year 10000)",
                               "set it to the build time (it dates the feed of a site without updates), "
                               "e.g. SOURCE_DATE_EPOCH=$(date +%s), or unset it to use the current time") from None


def _read_items(sources: Sources, reading: Collector) -> None:
    """Report the YAML errors of item files that no model of this kind of site reads."""
    for doc in sources.data.values():
        if type(doc.data) is Unparsed:
            try:
                parsed(doc)
            except SiteError as exc:
                reading.extend(exc)


def _reading_problems(sources: Sources, reading: Collector) -> list[Problem]:
    """Every problem reading files, in the order load reads them: the item files' where they come."""
    order = {path: i for i, path in enumerate(sources.data)} if reading.problems else {}
    found = sorted(reading.problems, key=lambda p: order[p.path])
    return [*sources.problems[:sources.items_at], *found, *sources.problems[sources.items_at:]]


def make_site(sources: Sources) -> Site:
    """Validate everything and compute every derived figure; raise SiteError listing all problems."""
    out = Collector()
    reading = Collector()  # YAML errors in item files, which the model parses: listed with load's own
    raw = validate(sources.site.data, SITE_SHAPE, sources.site.path, out) if sources.site else None
    config = site_from(raw) if raw else None
    if config:
        try:
            zoneinfo.ZoneInfo(config.timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            out.add(sources.site.path, raw["election"].line_of("timezone"),
                    f"unknown timezone '{config.timezone}'", "use a name like Europe/London")
            config = None
    kind = kind_named(raw["kind"] if raw else None)
    election = kind.make_election(sources, config, out, reading)
    if kind.items_dir is None:
        _read_items(sources, reading)
    hexmap = _hexmap(sources, election, out) if kind.maps else None  # the map
    if sources.hexmap is not None and not kind.maps:
        out.warn(sources.site.path, sources.site.data.line_of("hexmap"), f"a {kind.name} site has no hex map, so "
                 "`hexmap` is not used",
                 "remove `hexmap:` from site.yaml")
    pages = make_pages(sources.pages, out)
    updates = make_updates(sources.updates, out)
    out.problems[:0] = _reading_problems(sources, reading)
    out.raise_if_any()
    assert config is not None
    return Site(config, election, pages, updates, build_time(config.timezone), tuple(out.warnings),
                election.updated, hexmap)

_ID_LINE = re.compile(r"^id:", re.M)


def _hexmap(sources: Sources, election: Any, out: Collector) -> HexLayout | None:
    """The layout file read and checked, keeping only hexes with an area (the rest are warnings)."""
    if sources.hexmap is None:
        return None
    layout = read_hexjson(sources.hexmap.data, sources.hexmap.path, out)
    if layout is None:
        return None

    def id_line(path: str) -> int | None:
        doc = sources.data.get(path)
        text = doc.data.text if doc is not None and type(doc.data) is Unparsed else ""
        found = _ID_LINE.search(text)
        return text.count("\n", 0, found.start()) + 1 if found else None

    placed = match_areas(layout, {a.id: a.path for a in election.areas}, out, id_line)
    return HexLayout(layout.path, layout.layout, placed)
