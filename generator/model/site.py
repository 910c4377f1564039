"""site.yaml: the site's settings, shared by every kind of election."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..colours import text_on
from ..kinds import KIND_NAMES, KINDS
from ..schema import F, Bool, Colour, Date, Id, Int, ListOf, MapOf, Num, Record, Str, Url

LINK = Record({
    "title": F(Str(max_len=200), required=True, description="the text of the link"),
    "url": F(Url(), required=True, description="https://... or /path/ of a page of this site"),
}, title="link")

SOURCE = Record({
    "name": F(Str(max_len=300), required=True, description="who published the figure"),
    "url": F(Url(), description="where it can be checked"),
    "note": F(Str()),
}, title="source")

KEY_DATE = Record({
    "date": F(Date(), required=True),
    "label": F(Str(max_len=300), required=True),
})

SITE_SHAPE = Record({
    "title": F(Str(max_len=200), required=True, description="the site's name, shown in every page title"),
    "description": F(Str(max_len=500), required=True, description="one sentence for search engines and shares"),
    "base_url": F(Url(), required=True, description="where output/ is published, e.g. https://example.org/elections/2016/"),
    "language": F(Str(pattern=r"[a-z]{2,3}(?:-[A-Z]{2})?", pattern_hint="a language tag like en-GB"), default="en-GB"),
    "kind": F(Str(choices=KIND_NAMES), required=True,
              description=" or ".join(f"{k.name} ({k.summary})" for k in KINDS.values())),
    "publisher": F(Str(max_len=200), description="the newsroom publishing the site"),
    "election": F(Record({
        "name": F(Str(max_len=300), required=True),
        "office": F(Str(max_len=300)),
        "voting_system": F(Str(max_len=300)),
        "timezone": F(Str(max_len=60), default="Europe/London"),
        "key_dates": F(ListOf(KEY_DATE), default=()),
    }), required=True),
    "navigation": F(ListOf(LINK), default=()),
    "theme": F(Record({
        "accent": F(Colour(), default="#b0172b"),
    }), default=None),
    "sources": F(ListOf(SOURCE), default=()),
    "credits": F(Str(max_len=2000)),
    "party_colours": F(MapOf(Colour(), key=Id()), default=None,
                       description="general elections: a colour per party id, used where content/parties.yaml gives none"),
    "others_below_pct": F(Num(minimum=0, maximum=100), default=1.0,
                          description="general elections: summary pages group parties with no seat and less than "
                                      "this % of the votes into one Others row (0 shows every party)"),
    "hexmap": F(Str(max_len=300), description="general elections and referendums: a HexJSON layout file in maps/ for the "
                "hex map of every area, e.g. maps/constituencies.hexjson (no file: no map)"),
    "index_links": F(Bool(), default=False,
                     description="true: links end in index.html, so output/ also works opened from disk"),
    "live_updates": F(Int(minimum=0), default=60,
                      description="seconds between a results page's checks for new figures, updating it in "
                                  "place without a reload (0: pages never check)"),
}, title="site.yaml")


@dataclass(frozen=True)
class Link:
    title: str
    url: str


@dataclass(frozen=True)
class Source:
    name: str
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class KeyDate:
    date: dt.date
    label: str


@dataclass(frozen=True)
class SiteConfig:
    title: str
    description: str
    base_url: str
    language: str
    kind: str
    publisher: str | None
    election_name: str
    office: str | None
    voting_system: str | None
    timezone: str
    key_dates: tuple[KeyDate, ...]
    navigation: tuple[Link, ...]
    accent: str
    sources: tuple[Source, ...]
    credits: str | None
    party_colours: tuple[tuple[str, str], ...] = ()
    index_links: bool = False
    others_below_pct: float = 1.0
    live_updates: int = 60  # seconds between a live page's checks (0: no checks, no script)
    rehearsal: bool = False  # build --rehearsal: every page, embed, feed and download says TEST DATA

    @property
    def accent_ink(self) -> str:
        """The masthead's text colour on the accent: black or white, whichever keeps 4.5:1."""
        return text_on(self.accent)


def source_from(raw) -> Source | None:
    return Source(raw["name"], raw.get("url"), raw.get("note")) if raw else None


def site_from(raw) -> SiteConfig:
    """A SiteConfig from a validated site.yaml mapping."""
    election = raw["election"]
    theme = raw.get("theme") or {}
    base = raw["base_url"] if raw["base_url"].endswith("/") else raw["base_url"] + "/"
    return SiteConfig(
        title=raw["title"], description=raw["description"], base_url=base, language=raw["language"],
        kind=raw["kind"], publisher=raw.get("publisher"), election_name=election["name"],
        office=election.get("office"), voting_system=election.get("voting_system"),
        timezone=election["timezone"],
        key_dates=tuple(sorted((KeyDate(d["date"], d["label"]) for d in election["key_dates"] or ()),
                               key=lambda k: k.date)),
        navigation=tuple(Link(n["title"], n["url"]) for n in raw["navigation"] or ()),
        accent=theme.get("accent") or "#b0172b",
        sources=tuple(source_from(s) for s in raw["sources"] or ()),
        credits=raw.get("credits"),
        party_colours=tuple((raw.get("party_colours") or {}).items()),
        index_links=bool(raw.get("index_links")),
        others_below_pct=1.0 if raw.get("others_below_pct") is None else raw["others_below_pct"],
        live_updates=60 if raw.get("live_updates") is None else raw["live_updates"],
    )
