"""A general election: parties, and one first-past-the-post contest per area (constituency), with totals."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..colours import assign_colours
from ..errors import Collector
from ..load import Document, Sources
from ..numbers import percent
from ..schema import F, Colour, Id, ListOf, Record, Str, validate
from ..urls import slugify
from ..yamlsource import YMap
from .area import (AREA_SHAPE, AREAS_DIR, AWAITING, CANDIDATE, DECLARED, PARTIES_FILE, RECOUNT, Area, Candidate,
                   Standing, address, read_area)
from .contest import count
from .documents import sort_key

__all__ = ["AREA_SHAPE", "AREAS_DIR", "AWAITING", "CANDIDATE", "DECLARED", "PARTIES_FILE", "RECOUNT", "Area",
           "Candidate", "GeneralElection", "Party", "PartyTotal", "Region", "Standing", "Totals", "make_general"]

PARTY = Record({
    "id": F(Id(), required=True, description="used in URLs and in each candidate's `party:`, e.g. lab"),
    "name": F(Str(max_len=200), required=True, description="e.g. Labour"),
    "short_name": F(Str(max_len=40), description="e.g. Lab, used in result labels; defaults to the name"),
    "colour": F(Colour(), description="bar colour; else site.yaml party_colours, the built-in table or a distinct colour"),
}, title="party")
PARTIES_SHAPE = Record({"parties": F(ListOf(PARTY, min_items=1), required=True)}, title=PARTIES_FILE)


@dataclass(frozen=True)
class Party:
    id: str
    name: str
    short_name: str
    colour: str
    url: str


@dataclass(frozen=True)
class PartyTotal:
    party: Party
    seats: int
    votes: int
    share: float          # of all valid votes in the declared areas counted
    candidates: int       # areas contested, declared or not
    gains: int
    losses: int


@dataclass(frozen=True)
class Totals:
    """Seats and votes by party over a set of areas; undeclared areas count as awaiting."""

    rows: tuple[PartyTotal, ...]    # parties standing or holding seats, most seats then most votes first
    seats: int                       # areas in the set
    declared: int
    won: int                         # declared seats with a winner (a tie is declared but won by nobody)
    awaiting: int                    # not yet declared, recounts included
    recounts: int
    ties: int
    votes: int                       # valid votes in the declared areas
    turnout: float | None            # over declared areas, when all of them give an electorate
    majority_needed: int             # seats for an overall majority of this set
    majority_party: str | None       # the party id holding a majority of all seats, if any

    def row(self, party_id: str) -> PartyTotal | None:
        return next((r for r in self.rows if r.party.id == party_id), None)


@dataclass(frozen=True)
class Region:
    name: str
    nation: str
    areas: tuple[Area, ...]
    totals: Totals
    url: str


@dataclass(frozen=True)
class GeneralElection:
    parties: tuple[Party, ...]
    areas: tuple[Area, ...]          # by name
    regions: tuple[Region, ...]      # by nation, then name
    totals: Totals
    declarations: tuple[Area, ...]   # declared areas, latest first
    party_index: dict[str, Party] = field(compare=False, repr=False, default_factory=dict)

    def party(self, pid: str) -> Party:
        return self.party_index[pid]

    def contested(self, pid: str) -> tuple[tuple[Area, Candidate, Standing | None], ...]:
        """Every area where the party stood, with its candidate and (once declared) their line."""
        found = []
        for area in self.areas:
            for c in area.candidates:
                if c.party == pid:
                    found.append((area, c, next((s for s in area.standings if s.candidate is c), None)))
        return tuple(found)


def make_general(sources: Sources, site_colours: dict[str, str], out: Collector) -> GeneralElection:
    """Validate and model a general election's content; every problem goes to `out`."""
    parties = _parties(sources, site_colours, out)
    index = {p.id: p for p in parties}
    areas: list[Area] = []
    by_url: dict[str, Area] = {}
    for path, doc in sorted(sources.data.items()):
        if not path.startswith(AREAS_DIR):
            continue
        raw, area = _area_of(doc, parties, index, sources.memo, out)
        if area is None:
            continue
        if area.url in by_url:
            other = by_url[area.url]
            out.add(path, raw.line_of("name"),
                    f"'{area.name}' would have the same address {area.url} as '{other.name}' in {other.path}",
                    "two areas need names that differ in more than accents, case or punctuation")
            continue
        by_url[area.url] = area
        areas.append(area)
    if parties and not any(path.startswith(AREAS_DIR) for path in (*sources.data, *sources.unreadable)):
        out.add(AREAS_DIR, None, "there are no areas", f"add one file per area in {AREAS_DIR}, "
                "or run `python -m generator import FILE.csv`")
    areas.sort(key=lambda a: (slugify(a.name), a.id))
    _check_nations(areas, out)
    totals = total_up(areas, parties)
    declarations = tuple(sorted((a for a in areas if a.declared and a.declared_at),
                                key=lambda a: (sort_key(a.declared_at), a.name), reverse=True))
    return GeneralElection(parties, tuple(areas), _regions(areas, parties, out), totals, declarations, index)


def _area_of(doc: Document, parties: tuple[Party, ...], index: dict[str, Party], memo: dict | None,
             out: Collector) -> tuple[YMap | None, Area | None]:
    """One area file validated and modelled, or taken from `memo` (kept by a Builder between builds)
    when the same parsed document comes back with the same parties; its problems are reported again."""
    hit = memo.get(doc.path) if memo is not None else None
    if hit is not None and hit[0] is doc.data and hit[1] == parties:
        out.problems.extend(hit[4])
        return hit[2], hit[3]
    found = Collector()
    raw, area = read_area(doc.data, doc.path, index, found)
    if memo is not None:
        memo[doc.path] = (doc.data, parties, raw, area, tuple(found.problems))
    out.problems.extend(found.problems)
    return raw, area


def _parties(sources: Sources, site_colours: dict[str, str], out: Collector) -> tuple[Party, ...]:
    doc = sources.data.get(PARTIES_FILE)
    if doc is None and PARTIES_FILE in sources.unreadable:  # its YAML error is reported already
        return ()
    if doc is None:
        out.add(PARTIES_FILE, None, f"{PARTIES_FILE} is missing",
                "create it with `parties:` and one `- id: ..., name: ...` per party, or run the importer")
        return ()
    raw = validate(doc.data, PARTIES_SHAPE, doc.path, out)
    if raw is None:
        return ()
    items, seen, kept = raw["parties"], {}, []
    for i, p in enumerate(items):
        if p["id"] in seen:
            out.add(doc.path, items.line_of(i), f"the party id '{p['id']}' is used twice (also on line {seen[p['id']]})",
                    "give each party its own id")
            continue
        seen[p["id"]] = items.line_of(i)
        kept.append(p)
    colours = assign_colours([(p["id"], p["colour"], p["short_name"], p["name"]) for p in kept], site_colours)
    parties, urls = [], {}
    for i, p in enumerate(kept):
        url = address("parties", p["name"], doc.path, p.line, out)
        if url in urls:
            out.add(doc.path, p.line, f"the party '{p['name']}' would have the same address {url} as "
                    f"'{urls[url]['name']}' on line {urls[url].line}", "give the two parties names that differ "
                    "in more than accents, case or punctuation")
            continue
        if url:
            urls[url] = p
            parties.append(Party(p["id"], p["name"], p["short_name"] or p["name"], colours[p["id"]], url))
    return tuple(parties)


def _check_nations(areas: list[Area], out: Collector) -> None:
    """A region lies in one nation: two spellings of one region would split its page."""
    first: dict[str, Area] = {}
    for area in sorted(areas, key=lambda a: a.path):
        seen = first.setdefault(area.region, area)
        if seen.nation != area.nation:
            out.add(area.path, None, f"the region '{area.region}' is in {area.nation} here but in {seen.nation} "
                    f"in {seen.path}", "give every area of a region the same nation")


def total_up(areas: list[Area] | tuple[Area, ...], parties: tuple[Party, ...]) -> Totals:
    """Seats and votes by party over `areas`, with shares from contest.count (they add up to 100.0)."""
    ids = [p.id for p in parties]
    votes = dict.fromkeys(ids, 0)
    seats, gains, losses, standing = (dict.fromkeys(ids, 0) for _ in range(4))
    declared = [a for a in areas if a.declared]
    for area in areas:
        for c in area.candidates:
            standing[c.party] += 1
    for area in declared:
        for s in area.standings:
            votes[s.candidate.party] += s.votes
        if area.winner:
            seats[area.winner.candidate.party] += 1
            if area.gain:
                gains[area.winner.candidate.party] += 1
                losses[area.previous_party] += 1
    tally = count(votes, order=ids)
    shares = {line.key: line.share for line in tally.lines}
    rows = sorted((PartyTotal(p, seats[p.id], votes[p.id], shares[p.id], standing[p.id], gains[p.id], losses[p.id])
                   for p in parties if standing[p.id] or seats[p.id] or losses[p.id]),
                  key=lambda r: (-r.seats, -r.votes, r.party.name))
    needed = len(areas) // 2 + 1
    electorates = [a.electorate for a in declared]
    turnout = percent(tally.total, sum(electorates)) if declared and None not in electorates and sum(electorates) else None
    leader = rows[0] if rows and rows[0].seats >= needed else None
    ties = sum(1 for a in declared if a.tied)
    return Totals(tuple(rows), len(areas), len(declared), len(declared) - ties, len(areas) - len(declared),
                  sum(1 for a in areas if a.status == RECOUNT), ties,
                  tally.total, turnout, needed, leader.party.id if leader else None)


def _regions(areas: list[Area], parties: tuple[Party, ...], out: Collector) -> tuple[Region, ...]:
    grouped: dict[str, list[Area]] = {}
    for area in areas:
        grouped.setdefault(area.region, []).append(area)
    regions = [Region(name, members[0].nation, tuple(members), total_up(members, parties), url)
               for name, members in grouped.items()
               if (url := address("regions", name, members[0].path, None, out))]
    return tuple(sorted(regions, key=lambda r: (r.nation, r.name)))
