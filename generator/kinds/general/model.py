"""A general election: parties, and one first-past-the-post contest per area (constituency), with totals."""
from __future__ import annotations

import datetime as dt
import marshal
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterator

from ...colours import assign_colours
from ...errors import Collector, Problem, SiteError
from ...item_store import ItemStore
from ...load import Document, Sources, Unparsed, parsed
from ...model.contest import count
from ...model.documents import sort_key
from ...numbers import percent, points
from ...schema import F, Colour, Id, ListOf, Record, Str, validate
from .area import (AREA_SHAPE, AREAS_DIR, AWAITING, CANDIDATE, DECLARED, PARTIES_FILE, RECOUNT, Area, Candidate,
                   Standing, address, read_area)
from .area_codec import decode, encode
from .party import Party  # re-exported
from .nations import check_nations
from .changes import flows_of, share_change, swing_of
from .story import headline
from .summary import Others, Summary, summarise  # re-exported: pages and tests name them from here
from .totals import Flow, PartyTotal, Swing, Totals  # re-exported

__all__ = ["AREA_SHAPE", "AREAS_DIR", "AWAITING", "CANDIDATE", "DECLARED", "PARTIES_FILE", "RECOUNT", "Area",
           "Candidate", "Flow", "GeneralElection", "Others", "Party", "PartyTotal", "Region", "Summary", "Swing", "Standing", "Totals", "make_general", "summarise"]

PARTY = Record({
    "id": F(Id(), required=True, description="used in URLs and in each candidate's `party:`, e.g. lab"),
    "name": F(Str(max_len=200), required=True, description="e.g. Labour"),
    "short_name": F(Str(max_len=40), description="e.g. Lab, used in result labels; defaults to the name"),
    "colour": F(Colour(), description="bar colour; else site.yaml party_colours, the built-in table of UK parties or a neutral grey"),
}, title="party")
PARTIES_SHAPE = Record({"parties": F(ListOf(PARTY, min_items=1), required=True)}, title=PARTIES_FILE)


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
    updated: dt.date | dt.datetime | None = None  # the latest declaration
    headline: str = ""               # the national story in one sentence (story.headline)
    party_index: dict[str, Party] = field(compare=False, repr=False, default_factory=dict)

    def party(self, pid: str) -> Party:
        return self.party_index[pid]


def make_general(sources: Sources, site_colours: dict[str, str], out: Collector, reading: Collector,
                 closed_at: str | None = None) -> GeneralElection:
    """Validate and model a general election's content; every problem goes to `out`, but YAML errors
    in area files, which are parsed here one at a time (load.ITEMS_DIR), go to `reading`."""
    memo = sources.memo
    parties = _parties(sources, site_colours, out)
    kept = memo.get(PARTIES_FILE) if memo is not None else None
    if isinstance(kept, _Kept) and kept.parties == parties:
        parties = kept.parties  # the same objects as last time: an area's model is kept only with them
    else:
        kept = _Kept(parties)
        if memo is not None:
            memo[PARTIES_FILE] = kept
    index = {p.id: p for p in parties}
    if sources.stored is not None:  # an area's model depends on its file and on the parties
        sources.stored.begin(repr(parties))
    areas: list[Area] = []
    by_url: dict[str, Area] = {}
    docs = [doc for path, doc in sorted(sources.data.items()) if path.startswith(AREAS_DIR)]
    for doc, (name_line, area, read, found) in zip(docs, _areas_of(docs, parties, index, memo, sources.stored,
                                                                    sources.jobs)):
        path = doc.path
        reading.problems.extend(read)
        out.problems.extend(found)
        if area is None:
            continue
        if area.url in by_url:
            other = by_url[area.url]
            out.add(path, name_line,
                    f"'{area.name}' would have the same address {area.url} as '{other.name}' in {other.path}",
                    "two areas need names that differ in more than accents, case or punctuation")
            continue
        by_url[area.url] = area
        areas.append(area)
    if parties and not any(path.startswith(AREAS_DIR) for path in (*sources.data, *sources.unreadable)):
        out.add(AREAS_DIR, None, "there are no areas", f"add one file per area in {AREAS_DIR}, "
                "or run `python -m generator import FILE.csv`")
    check_nations(areas, {d.path: d for d in docs}, out)  # areas are still in the order of their files
    # By name as slugify(a.name) spells it, which the address "/areas/SLUG/" holds already (and
    # addresses are unique here): slugify took longer than the rest of an edit's model.
    areas.sort(key=lambda a: a.url[:-1])
    declarations = tuple(sorted((a for a in areas if a.declared and a.declared_at),
                                key=lambda a: (sort_key(a.declared_at), a.name), reverse=True))
    regions, totals = _regions(areas, parties, kept, out)
    return GeneralElection(parties, tuple(areas), regions, totals, declarations,
                           declarations[0].declared_at if declarations else None, headline(totals, closed_at), index)


# An area file modelled: the line of its name, its Area (None after a problem), and the problems
# reading it (YAML errors) and modelling it.
Modelled = tuple[int | None, Area | None, tuple[Problem, ...], tuple[Problem, ...]]


PARALLEL_AREAS = 400  # area files to model: below this a forked worker costs more than it saves


def _areas_of(docs: list[Document], parties: tuple[Party, ...], index: dict[str, Party],
              memo: dict | None, stored: ItemStore | None = None, jobs: int = 1) -> list[Modelled]:
    """Each area file parsed, validated and modelled, or taken from `memo` (kept by a Builder between
    builds) when the same document comes back with the same parties, or from `stored` (kept on disk
    by the last command-line build) when the same bytes come back with the same parties.

    With `jobs` > 1 and many files to model, forked workers model their share (every jobs-th file) and
    send each area back as area_codec's plain data, marshalled: 16 µs an area to decode, where pickling
    the Area objects made the model of 5,000 areas slower than one process (benchmarks/README.md).
    """
    results: list = [None] * len(docs)
    keys: dict[int, bytes] = {}  # the store's key (digest of the bytes read) of each file modelled here
    todo: list[int] = []
    for i, doc in enumerate(docs):
        hit = memo.get(doc.path) if memo is not None else None
        if hit is not None and hit[0] is doc.data and hit[1] is parties:
            results[i] = hit[2:]
            continue
        if stored is not None and type(doc.data) is Unparsed and doc.data.digest is not None:
            kept = stored.get(doc.path, doc.data.digest)
            if (kept is None or not doc.data.unread) and doc.data.read_quietly():  # kept under its bytes' digest
                keys[i] = doc.data.digest
            if kept is not None:
                try:
                    name_line, area, found = decode(kept)
                    results[i] = (name_line, area, (), found)
                    continue
                except ValueError:  # damaged or planted: modelled again, as if it were not there
                    stored.drop(doc.path)
        todo.append(i)
    for i, result, dumped in _model_all(docs, todo, index, jobs):
        results[i] = result
        name_line, area, read, found = result
        if i in keys and _keepable(area, read, found):
            if dumped is None:
                stored.put(docs[i].path, keys[i], encode(name_line, area, found))
            else:
                stored.put_dumped(docs[i].path, keys[i], dumped)
        if memo is not None:
            memo[docs[i].path] = (docs[i].data, parties, *result)
    return results


def _model_all(docs: list[Document], todo: list[int], index: dict[str, Party],
               jobs: int) -> Iterator[tuple[int, Modelled, bytes | None]]:
    """(i, the model of docs[i], its marshalled plain data when a worker made it) for each i in `todo`."""
    if jobs <= 1 or len(todo) < PARALLEL_AREAS:
        for i in todo:
            yield i, _modelled(docs[i], index), None
        return
    from ...split import stream_beside

    def mine(part: list[int]) -> Iterator[tuple[int, Modelled]]:
        return ((i, _modelled(docs[i], index)) for i in part)

    def theirs(part: list[int]) -> Iterator[tuple[int, bytes | None]]:
        for i in part:
            name_line, area, read, found = _modelled(docs[i], index)
            # One with a problem is modelled again here, where its problems are reported.
            yield i, marshal.dumps(encode(name_line, area, found)) if _keepable(area, read, found) else None

    for i, made in stream_beside(mine, theirs, todo, jobs):
        if type(made) is tuple:
            yield i, made, None
        elif made is None:
            yield i, _modelled(docs[i], index), None
        else:
            name_line, area, found = decode(marshal.loads(made))
            yield i, (name_line, area, (), found), made


def _keepable(area: Area | None, read: tuple[Problem, ...], found: tuple[Problem, ...]) -> bool:
    """Whether an area file's model can be kept as plain data (area_codec): one without errors."""
    return area is not None and not read and all(p.warning for p in found)


def _modelled(doc: Document, index: dict[str, Party]) -> Modelled:
    """One area file parsed, validated and modelled; its parsed form is dropped here."""
    read, found = Collector(), Collector()
    try:
        data = parsed(doc)
    except SiteError as exc:
        read.extend(exc)
        return None, None, tuple(read.problems), ()
    name_line, area = read_area(data, doc.path, index, found)
    return name_line, area, (), tuple(found.problems)


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


@dataclass
class _Sums:
    """What total_up counts over a set of areas; the sums of a few sets add up to those of their union."""

    areas: int = 0
    declared: int = 0
    recounts: int = 0
    ties: int = 0
    electorate: int = 0        # of the declared areas that give one
    no_electorate: int = 0     # declared areas that give none
    votes: dict[str, int] = field(default_factory=dict)       # each by party id
    seats: dict[str, int] = field(default_factory=dict)
    gains: dict[str, int] = field(default_factory=dict)
    losses: dict[str, int] = field(default_factory=dict)
    standing: dict[str, int] = field(default_factory=dict)
    based: int = 0                  # areas with a baseline
    notional: int = 0
    compared: int = 0               # declared areas with a baseline
    seats_then: dict[str, int] = field(default_factory=dict)
    votes_now: dict[str, int] = field(default_factory=dict)    # in the compared areas
    votes_then: dict[str, int] = field(default_factory=dict)   # in the compared areas
    turnout_now: list[int] = field(default_factory=lambda: [0, 0])   # valid, electorate: compared areas
    turnout_then: list[int] = field(default_factory=lambda: [0, 0])  # that give both electorates
    flows: Counter = field(default_factory=Counter)             # (gainer, loser) -> seats


def _sums(areas: list[Area] | tuple[Area, ...], ids: list[str]) -> _Sums:
    s = _Sums(len(areas), votes=dict.fromkeys(ids, 0), seats=dict.fromkeys(ids, 0), gains=dict.fromkeys(ids, 0),
              losses=dict.fromkeys(ids, 0), standing=dict.fromkeys(ids, 0))
    votes, seats, gains, losses, standing = s.votes, s.seats, s.gains, s.losses, s.standing
    for area in areas:
        for c in area.candidates:
            standing[c.party] += 1
        if area.status == RECOUNT:
            s.recounts += 1
        if not area.declared:
            continue
        s.declared += 1
        if area.electorate is None:
            s.no_electorate += 1
        else:
            s.electorate += area.electorate
        for st in area.standings:
            votes[st.candidate.party] += st.votes
        if area.tied:
            s.ties += 1
        if area.winner:
            seats[area.winner.candidate.party] += 1
            if area.gain:
                gains[area.winner.candidate.party] += 1
                losses[area.previous_party] += 1
                s.flows[(area.winner.candidate.party, area.previous_party)] += 1
    for area in areas:
        base = area.baseline
        if base is None:
            continue
        s.based += 1
        s.notional += base.notional
        if base.winner is not None:
            s.seats_then[base.winner] = s.seats_then.get(base.winner, 0) + 1
        if not area.declared:
            continue
        s.compared += 1
        for st in area.standings:
            s.votes_now[st.candidate.party] = s.votes_now.get(st.candidate.party, 0) + st.votes
        for pid, v in base.votes:
            s.votes_then[pid] = s.votes_then.get(pid, 0) + v
        if area.electorate and base.electorate:
            s.turnout_now[0] += area.valid_votes
            s.turnout_now[1] += area.electorate
            s.turnout_then[0] += base.valid_votes
            s.turnout_then[1] += base.electorate
    return s


def _added(parts: list[_Sums], ids: list[str]) -> _Sums:
    whole = _sums((), ids)
    for part in parts:
        whole.areas += part.areas
        whole.declared += part.declared
        whole.recounts += part.recounts
        whole.ties += part.ties
        whole.electorate += part.electorate
        whole.no_electorate += part.no_electorate
        whole.based += part.based
        whole.notional += part.notional
        whole.compared += part.compared
        whole.flows.update(part.flows)
        for i in (0, 1):
            whole.turnout_now[i] += part.turnout_now[i]
            whole.turnout_then[i] += part.turnout_then[i]
        for mine, theirs in ((whole.seats_then, part.seats_then), (whole.votes_now, part.votes_now),
                             (whole.votes_then, part.votes_then)):
            for pid, n in theirs.items():
                mine[pid] = mine.get(pid, 0) + n
        for mine, theirs in ((whole.votes, part.votes), (whole.seats, part.seats), (whole.gains, part.gains),
                             (whole.losses, part.losses), (whole.standing, part.standing)):
            for pid in ids:
                mine[pid] += theirs[pid]
    return whole


def _totals(s: _Sums, parties: tuple[Party, ...]) -> Totals:
    ids = [p.id for p in parties]
    tally = count(s.votes, order=ids)
    shares = {line.key: line.share for line in tally.lines}
    now_total, then_total = sum(s.votes_now.values()), sum(s.votes_then.values())
    rows = sorted((PartyTotal(p, s.seats[p.id], s.votes[p.id], shares[p.id], s.standing[p.id], s.gains[p.id],
                              s.losses[p.id], s.gains[p.id] - s.losses[p.id], s.seats_then.get(p.id, 0),
                              share_change(s.compared, s.votes_now, s.votes_then, p.id, now_total, then_total),
                              s.votes_now.get(p.id, 0), s.votes_then.get(p.id, 0))
                   for p in parties if s.standing[p.id] or s.seats[p.id] or s.losses[p.id]),
                  key=lambda r: (-r.seats, -r.votes, r.party.name))
    needed = s.areas // 2 + 1
    turnout = percent(tally.total, s.electorate) if s.declared and not s.no_electorate and s.electorate else None
    leader = rows[0] if rows and rows[0].seats >= needed else None
    return Totals(tuple(rows), s.areas, s.declared, s.declared - s.ties, s.areas - s.declared, s.recounts, s.ties,
                  tally.total, turnout, needed, leader.party.id if leader else None,
                  2 * leader.seats - s.areas if leader else None, s.compared, s.based, s.notional,
                  points(tuple(s.turnout_now), tuple(s.turnout_then)) if s.compared else None,
                  swing_of(rows, now_total, then_total) if s.compared else None, flows_of(s.flows, rows),
                  now_total, then_total)


def total_up(areas: list[Area] | tuple[Area, ...], parties: tuple[Party, ...]) -> Totals:
    """Seats and votes by party over `areas`, with shares from contest.count (they add up to 100.0)."""
    return _totals(_sums(areas, [p.id for p in parties]), parties)


@dataclass
class _Kept:
    """What make_general keeps in a Builder's memo between builds (with the parties file's key), besides
    each area's model: the parties, and each region's areas and sums, reused while its areas are the same."""

    parties: tuple[Party, ...]
    regions: dict[str, tuple[tuple[Area, ...], _Sums, Totals]] = field(default_factory=dict)


def _regions(areas: list[Area], parties: tuple[Party, ...], kept: _Kept,
             out: Collector) -> tuple[tuple[Region, ...], Totals]:
    """The regions, and the national totals added up from theirs."""
    ids = [p.id for p in parties]
    grouped: dict[str, list[Area]] = {}
    for area in areas:
        grouped.setdefault(area.region, []).append(area)
    counted: dict[str, tuple[tuple[Area, ...], _Sums, Totals]] = {}
    for name, members in grouped.items():
        last = kept.regions.get(name)
        if last is not None and len(last[0]) == len(members) and all(a is b for a, b in zip(last[0], members)):
            counted[name] = last
        else:
            sums = _sums(members, ids)
            counted[name] = (tuple(members), sums, _totals(sums, parties))
    kept.regions = counted
    totals = _totals(_added([c[1] for c in counted.values()], ids), parties)
    regions = [Region(name, members[0].nation, members, totals_of_region, url)
               for name, (members, _, totals_of_region) in counted.items()
               if (url := address("regions", name, members[0].path, None, out))]
    return tuple(sorted(regions, key=lambda r: (r.nation, r.name))), totals
