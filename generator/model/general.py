"""A general election: parties, and one first-past-the-post contest per area (constituency), with totals."""
from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field

from ..colours import assign_colours
from ..errors import Collector
from ..load import Document, Sources
from ..numbers import percent
from ..schema import F, Colour, DateTime, Id, Int, ListOf, Record, Str, validate
from ..urls import page_url, segment_problem, slugify
from ..yamlsource import YMap
from .contest import Tally, count
from .documents import sort_key

AWAITING, DECLARED, RECOUNT = "awaiting", "declared", "recount"
PARTIES_FILE = "content/parties.yaml"
AREAS_DIR = "content/areas/"

PARTY = Record({
    "id": F(Id(), required=True, description="used in URLs and in each candidate's `party:`, e.g. lab"),
    "name": F(Str(max_len=200), required=True, description="e.g. Labour"),
    "short_name": F(Str(max_len=40), description="e.g. Lab, used in result labels; defaults to the name"),
    "colour": F(Colour(), description="bar colour; else site.yaml party_colours, the built-in table or a distinct colour"),
}, title="party")
PARTIES_SHAPE = Record({"parties": F(ListOf(PARTY, min_items=1), required=True)}, title=PARTIES_FILE)

CANDIDATE = Record({
    "name": F(Str(max_len=200), required=True),
    "party": F(Id(), required=True, description="a party id from content/parties.yaml"),
    "label": F(Str(max_len=200), description="the party label on the ballot when it differs from the party's name, "
                                             "e.g. Labour and Co-operative for party lab"),
    "votes": F(Int(), description="required once the area is declared"),
}, title="candidate")
AREA_SHAPE = Record({
    "id": F(Id(), required=True, description="the file's name without .yaml"),
    "name": F(Str(max_len=200), required=True, description="e.g. Ynys Môn"),
    "region": F(Str(max_len=200), required=True, description="e.g. Wales, North East"),
    "nation": F(Str(max_len=100), required=True, description="e.g. England, Wales"),
    "electorate": F(Int(), description="registered voters, for turnout"),
    "status": F(Str(choices=(AWAITING, DECLARED, RECOUNT)), default=AWAITING),
    "declared_at": F(DateTime(), description="YYYY-MM-DD HH:MM in the site's timezone"),
    "valid_votes": F(Int(), description="checked against the sum of the candidates' votes"),
    "invalid_votes": F(Int(), description="rejected ballot papers"),
    "previous_party": F(Id(), description="the party id that held the seat before, for hold or gain"),
    "candidates": F(ListOf(CANDIDATE), default=()),
}, title="content/areas/*.yaml")


@dataclass(frozen=True)
class Party:
    id: str
    name: str
    short_name: str
    colour: str
    url: str


@dataclass(frozen=True)
class Candidate:
    name: str
    party: str
    label: str | None
    votes: int | None


@dataclass(frozen=True)
class Standing:
    """A candidate's line in a declared count."""

    candidate: Candidate
    votes: int
    share: float
    rank: int
    elected: bool


@dataclass(frozen=True)
class Area:
    id: str
    name: str
    region: str
    nation: str
    electorate: int | None
    status: str
    declared_at: dt.date | dt.datetime | None
    candidates: tuple[Candidate, ...]     # in the order of the file (the ballot)
    standings: tuple[Standing, ...]       # by votes, only once declared
    winner: Standing | None               # None until declared, and for a tie
    tied: bool
    majority: int | None
    majority_share: float | None
    valid_votes: int | None
    invalid_votes: int | None
    turnout: float | None                 # valid votes over electorate, in percent
    previous_party: str | None
    gain: bool | None                     # None when the previous holder is not known
    result: str                           # "Lab gain from Con", "Con hold", "Awaiting declaration", ...
    path: str
    url: str

    @property
    def declared(self) -> bool:
        return self.status == DECLARED


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
    raw = validate(doc.data, AREA_SHAPE, doc.path, found)
    area = _area(raw, doc.path, index, found) if raw is not None and parties else None
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


def address(section: str, name: str, path: str, line: int | None, out: Collector) -> str | None:
    """The page URL for a named thing, or None after reporting a name that cannot be an address."""
    slug = slugify(name)
    problem = segment_problem(slug)
    if problem:
        out.add(path, line, f"the name '{name}' gives the address segment '{slug}', which cannot be used: {problem}",
                "change the name a little (for example add a word)")
        return None
    return page_url(section, slug)


def _unknown_party(pid: str, index: dict[str, Party]) -> str:
    close = difflib.get_close_matches(pid, list(index), n=1)
    return (f"did you mean '{close[0]}'? " if close else "") + f"party ids are listed in {PARTIES_FILE}"


def _area(raw: YMap, path: str, index: dict[str, Party], out: Collector) -> Area | None:
    ok = True
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if raw["id"] != stem:
        out.add(path, raw.line_of("id"), f"the id '{raw['id']}' does not match the file name '{stem}'",
                f"rename the file to {raw['id']}.yaml or set `id: {stem}`")
        ok = False
    status = raw["status"]
    items = raw["candidates"] or ()
    candidates, names = [], {}
    for i, c in enumerate(items):
        line = items.line_of(i)
        if c["party"] not in index:
            out.add(path, line, f"the party '{c['party']}' of {c['name']} is not in {PARTIES_FILE}",
                    _unknown_party(c["party"], index))
            ok = False
        if c["name"] in names:
            out.add(path, line, f"{c['name']} is listed twice (also on line {names[c['name']]})",
                    "remove one of the two lines")
            ok = False
        names[c["name"]] = line
        if status == DECLARED and c["votes"] is None:
            out.add(path, line, f"{c['name']} has no votes but the area is declared",
                    "add `votes: N`, or set `status: awaiting` until the result is in")
            ok = False
        candidates.append(Candidate(c["name"], c["party"], c["label"], c["votes"]))
    previous = raw["previous_party"]
    if previous is not None and previous not in index:
        out.add(path, raw.line_of("previous_party"), f"previous_party '{previous}' is not in {PARTIES_FILE}",
                _unknown_party(previous, index))
        ok = False
    if status == DECLARED and not candidates:
        out.add(path, raw.line_of("status"), "the area is declared but lists no candidates",
                "add the candidates with their votes, or set `status: awaiting`")
        ok = False
    if status != DECLARED and any(c.votes is not None for c in candidates):
        out.warn(path, raw.line_of("status"), f"votes are given but the status is {status}: they are not counted yet",
                 "set `status: declared` once the result is announced")
    if not ok:
        return None
    url = address("areas", raw["name"], path, raw.line_of("name"), out)
    if url is None:
        return None
    base = dict(id=raw["id"], name=raw["name"], region=raw["region"], nation=raw["nation"],
                electorate=raw["electorate"], status=status, declared_at=raw["declared_at"],
                candidates=tuple(candidates), invalid_votes=raw["invalid_votes"], previous_party=previous,
                path=path, url=url)
    if status != DECLARED:
        label = "Recount under way" if status == RECOUNT else "Awaiting declaration"
        return Area(**base, standings=(), winner=None, tied=False, majority=None, majority_share=None,
                    valid_votes=None, turnout=None, gain=None, result=label)
    return _declared(raw, base, index, out)


def _declared(raw: YMap, base: dict, index: dict[str, Party], out: Collector) -> Area | None:
    path = base["path"]
    candidates: tuple[Candidate, ...] = base["candidates"]
    keys = [str(i) for i in range(len(candidates))]
    tally: Tally = count({k: c.votes or 0 for k, c in zip(keys, candidates)}, order=keys)
    if tally.total == 0:
        out.add(path, raw.line_of("status"), "the area is declared but its candidates have no votes at all",
                "enter the declared votes, or set `status: awaiting`")
        return None
    standings = tuple(Standing(candidates[int(l.key)], l.votes, l.share, l.rank, l.elected) for l in tally.lines)
    valid = raw["valid_votes"]
    if valid is not None and valid != tally.total:
        out.add(path, raw.line_of("valid_votes"),
                f"valid_votes is {valid:,} but the candidates' votes add up to {tally.total:,}",
                f"check each candidate's votes and valid_votes against the declaration (difference {tally.total - valid:+,})")
        return None
    electorate = base["electorate"]
    if electorate is not None and tally.total > electorate:
        out.add(path, raw.line_of("electorate"),
                f"the candidates' votes add up to {tally.total:,}, more than the electorate of {electorate:,}",
                "check the electorate and the votes against the declaration")
        return None
    winner = next((s for s in standings if s.elected), None)
    previous = base["previous_party"]
    if winner is None:
        out.warn(path, raw.line_of("candidates"), f"{base['name']} is a tie: the seat is counted for no party",
                 "a tie is settled by lot: correct the winner's votes as the returning officer declared them")
        gain, result = None, "Tie"
    else:
        party = index[winner.candidate.party]
        gain = None if previous is None else previous != party.id
        result = f"{party.short_name} win" if gain is None else f"{party.short_name} hold" if not gain \
            else f"{party.short_name} gain from {index[previous].short_name}"
    return Area(**base, standings=standings, winner=winner, tied=winner is None, majority=tally.majority,
                majority_share=tally.majority_share, valid_votes=tally.total,
                turnout=percent(tally.total, electorate) if electorate else None, gain=gain, result=result)


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
