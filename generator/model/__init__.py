"""Stage 2: turn what was read into immutable, checked objects with every number computed."""
from __future__ import annotations

import datetime as dt
import os
import zoneinfo
from dataclasses import dataclass

from ..errors import Collector, Problem
from ..load import Sources
from ..schema import validate
from .documents import Page, Update, make_pages, make_updates
from .general import GeneralElection, make_general
from .leadership import Leadership, make_leadership
from .site import SITE_SHAPE, SiteConfig, site_from


@dataclass(frozen=True)
class Site:
    config: SiteConfig
    election: Leadership | GeneralElection
    pages: tuple[Page, ...]
    updates: tuple[Update, ...]
    built_at: dt.datetime
    warnings: tuple[Problem, ...] = ()


def build_time(tz: str) -> dt.datetime:
    """Now, or SOURCE_DATE_EPOCH when set, so that builds can be reproduced byte for byte."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    now = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch and epoch.isdigit() \
        else dt.datetime.now(dt.timezone.utc)
    return now.astimezone(zoneinfo.ZoneInfo(tz))


def make_site(sources: Sources) -> Site:
    """Validate everything and compute every derived figure; raise SiteError listing all problems."""
    out = Collector()
    out.problems.extend(sources.problems)
    raw = validate(sources.site.data, SITE_SHAPE, sources.site.path, out) if sources.site else None
    config = site_from(raw) if raw else None
    if config:
        try:
            zoneinfo.ZoneInfo(config.timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            out.add(sources.site.path, raw["election"].line_of("timezone"),
                    f"unknown timezone '{config.timezone}'", "use a name like Europe/London")
            config = None
    kind = raw["kind"] if raw else None
    if kind == "general-election":
        election = make_general(sources, dict(config.party_colours) if config else {}, out)
    else:
        election = make_leadership(sources, out)
    pages = make_pages(sources.pages, out)
    updates = make_updates(sources.updates, out)
    out.raise_if_any()
    assert config is not None
    return Site(config, election, pages, updates, build_time(config.timezone), tuple(out.warnings))
