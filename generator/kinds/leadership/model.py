"""A leadership election: candidates, nominations by category, and one ballot with sections."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...errors import Collector
from ...load import Sources
from ...model.contest import Tally, count
from ...model.stamp import newest
from ...model.site import LINK, SOURCE, Link, Source, source_from
from ...numbers import percent
from ...schema import F, Colour, Date, DateTime, Id, Int, PageId, ListOf, MapOf, Num, Record, StaticPath, Str, Url, validate
from ...urls import page_url, segment_problem, slugify
from ...words import noun, plural
from ...ynodes import YMap

NONE = "none"  # the key for bodies that nominated nobody (or did not declare)

CANDIDATE = Record({
    "id": F(PageId(), required=True, description="used in URLs and to refer to the candidate, e.g. jeremy-corbyn"),
    "name": F(Str(max_len=200), required=True),
    "role": F(Str(max_len=300), description="e.g. Leader of the Labour Party"),
    "seat": F(Str(max_len=200), description="constituency or seat held"),
    "party": F(Str(max_len=200)),
    "status": F(Str(max_len=100), description="e.g. incumbent, challenger"),
    "colour": F(Colour(), required=True, description="bar colour, like \"#c8102e\""),
    "bio": F(Str(max_len=20000), description="a short biography in Markdown"),
    "photo": F(StaticPath(), description="a file under static/, like images/corbyn.jpg"),
    "photo_credit": F(Str(max_len=300)),
    "links": F(ListOf(LINK), default=()),
}, title="candidate")
CANDIDATES_SHAPE = Record({"candidates": F(ListOf(CANDIDATE, min_items=1), required=True)},
                          title="content/candidates.yaml")

SECTION = Record({
    "id": F(Id(), required=True),
    "name": F(Str(max_len=200), required=True),
    "votes": F(MapOf(Int()), required=True, description="votes per candidate id"),
    "eligible_estimate": F(Int(), description="estimated number eligible to vote in this section"),
    "eligible_note": F(Str()),
})
BALLOT_SHAPE = Record({"ballot": F(Record({
    "title": F(Str(max_len=300), required=True),
    "status": F(Str(choices=("awaiting", "provisional", "declared")), required=True),
    "declared_at": F(DateTime(), description="when the result was announced (YYYY-MM-DD or YYYY-MM-DD HH:MM)"),
    "place": F(Str(max_len=200), description="where it was announced"),
    "votes": F(MapOf(Int()), required=True, description="total votes per candidate id"),
    "declared_shares": F(MapOf(Num(maximum=100)), description="shares as announced, to check ours against"),
    "sections": F(ListOf(SECTION), default=()),
    "ballots_issued": F(Int(), description="ballot papers sent out (the electorate)"),
    "valid_votes": F(Int()),
    "spoilt_ballots": F(Int()),
    "turnout_pct": F(Num(maximum=100), description="turnout as declared, to check ours against"),
    "source": F(SOURCE, required=True),
    "note": F(Str(max_len=5000), description="shown under the result: short and factual"),
    "editor_note": F(Str(max_len=5000), description="for editors only (research, doubts): checked, never published"),
}), required=True)}, title="content/results.yaml")

ITEM = Record({
    "body": F(Str(max_len=300), required=True, description="the nominating body"),
    "region": F(Str(max_len=200)),
    "nation": F(Str(max_len=100)),
    "nominee": F(Str(max_len=80), required=True, description="a candidate id, or none"),
    "date": F(Date()),
    "meeting_vote": F(MapOf(Int()), description="votes at the nominating meeting per candidate id (or none)"),
    "basis": F(Str(max_len=200)),
    "detail": F(Str(max_len=2000)),
    "source_url": F(Url(), required=True),
    "note": F(Str(max_len=2000), description="shown with the nomination: short and factual, e.g. Meeting of 5 August 2016"),
    "editor_note": F(Str(max_len=2000), description="for editors only (research, doubts): checked, never published"),
})
CATEGORY_SHAPE = Record({
    "id": F(PageId(), required=True, description="the category page's address, e.g. clps"),
    "name": F(Str(max_len=200), required=True),
    "short_name": F(Str(max_len=60)),
    "order": F(Int(), default=100),
    "description": F(Str(max_len=20000), description="Markdown shown on the category page"),
    "bodies": F(Int(), description="how many bodies could nominate"),
    "closed": F(Date()),
    "none_label": F(Str(max_len=100), default="No nomination"),
    "reported": F(MapOf(Int()), required=True, description="reported totals per candidate id, and none"),
    "reported_source": F(SOURCE, required=True),
    "itemised": F(ListOf(ITEM), default=()),
    "itemised_note": F(Str(max_len=2000)),
}, title="content/nominations/*.yaml")


@dataclass(frozen=True)
class Candidate:
    id: str
    name: str
    role: str | None
    seat: str | None
    party: str | None
    status: str | None
    colour: str
    bio: str | None
    photo: str | None
    photo_credit: str | None
    links: tuple[Link, ...]
    url: str


@dataclass(frozen=True)
class Section:
    id: str
    name: str
    tally: Tally
    eligible_estimate: int | None
    eligible_note: str | None


@dataclass(frozen=True)
class Ballot:
    title: str
    status: str
    declared_at: dt.date | dt.datetime | None
    place: str | None
    tally: Tally
    sections: tuple[Section, ...]
    ballots_issued: int | None
    valid_votes: int
    spoilt_ballots: int | None
    ballots_returned: int | None
    turnout: float | None
    source: Source
    note: str | None
    url: str = "/result/"


@dataclass(frozen=True)
class Nomination:
    body: str
    region: str | None
    nation: str | None
    nominee: str
    date: dt.date | None
    meeting_vote: tuple[tuple[str, int], ...]
    basis: str | None
    detail: str | None
    source_url: str
    note: str | None
    category: str
    path: str = ""  # where it is written down, for error messages
    line: int = 1


@dataclass(frozen=True)
class Count:
    """Reported and itemised nominations for one candidate (or none) in one category."""

    key: str
    reported: int
    share_of_bodies: float | None
    itemised: int
    coverage: float | None


@dataclass(frozen=True)
class Category:
    id: str
    name: str
    short_name: str
    order: int
    description: str | None
    bodies: int | None
    closed: dt.date | None
    none_label: str
    counts: tuple[Count, ...]
    reported_total: int
    unaccounted: int | None
    itemised: tuple[Nomination, ...]
    itemised_total: int          # bodies itemised, including those that nominated nobody
    nominations_reported: int    # nominations of candidates reported (excluding none)
    nominations_itemised: int    # of those, how many are itemised
    coverage: float | None       # nominations_itemised / nominations_reported, in percent
    source: Source
    itemised_note: str | None
    url: str
    path: str = ""  # the file it comes from
    line: int = 1   # the line of its id

    def count_for(self, key: str) -> Count | None:
        return next((c for c in self.counts if c.key == key), None)


@dataclass(frozen=True)
class Region:
    name: str
    nation: str | None
    slug: str
    nominations: tuple[Nomination, ...]
    counts: tuple[tuple[str, int], ...]
    url: str


@dataclass(frozen=True)
class Leadership:
    candidates: tuple[Candidate, ...]
    ballot: Ballot | None
    categories: tuple[Category, ...]
    regions: tuple[Region, ...]
    updated: dt.date | dt.datetime | None = None  # the result's declaration, or the latest close of nominations

    def candidate(self, cid: str) -> Candidate:
        return next(c for c in self.candidates if c.id == cid)


def _doc(sources: Sources, name: str, out: Collector, required: bool = True):
    doc = sources.data.get(name)
    if doc is None and required and name not in sources.unreadable:
        out.add(name, None, "this file is missing", f"create {name}; the example site has one to copy")
    return doc


def make_leadership(sources: Sources, out: Collector) -> Leadership:
    """Validate and model the leadership content; every problem goes to `out`."""
    cands_doc = _doc(sources, "content/candidates.yaml", out)
    raw = validate(cands_doc.data, CANDIDATES_SHAPE, cands_doc.path, out) if cands_doc else None
    candidates = _candidates(raw, cands_doc.path if cands_doc else "", out) if raw else ()
    ids = [c.id for c in candidates]
    ballot_doc = _doc(sources, "content/results.yaml", out, required=False)
    ballot = None
    if ballot_doc:
        raw_ballot = validate(ballot_doc.data, BALLOT_SHAPE, ballot_doc.path, out)
        if raw_ballot and candidates:
            ballot = _ballot(raw_ballot["ballot"], ids, out)
    categories = []
    seen: dict[str, str] = {}
    for path, doc in sorted(sources.data.items()):
        if not path.startswith("content/nominations/"):
            continue
        raw_cat = validate(doc.data, CATEGORY_SHAPE, path, out)
        if raw_cat is None or not candidates:
            continue
        if raw_cat["id"] in seen:
            out.add(path, raw_cat.line_of("id"), f"the nomination category id '{raw_cat['id']}' is also used by {seen[raw_cat['id']]}",
                    "give each category its own id: it decides the page's URL")
            continue
        seen[raw_cat["id"]] = path
        category = _category(raw_cat, ids, out)
        if category:
            categories.append(category)
    categories.sort(key=lambda c: (c.order, c.name))
    declared = ballot.declared_at if ballot and ballot.status != "awaiting" else None
    return Leadership(tuple(candidates), ballot, tuple(categories), _regions(categories, ids, out),
                      newest([declared, *(c.closed for c in categories)]))


def _check_keys(mapping: YMap, allowed: list[str], what: str, out: Collector) -> bool:
    ok = True
    for key in mapping:
        if key not in allowed:
            out.add(mapping.path, mapping.line_of(key), f"'{key}' in {what} is not a candidate id",
                    f"use one of: {', '.join(allowed)}")
            ok = False
    return ok


def _candidates(raw: YMap, path: str, out: Collector) -> tuple[Candidate, ...]:
    """The candidates, or none at all when their ids are wrong (so other files' references are not checked
    against a half list, which would report one mistake many times)."""
    result, seen = [], {}
    items = raw["candidates"]
    ok = True
    for i, c in enumerate(items):
        if c["id"] in seen:
            out.add(path, items.line_of(i), f"the candidate id '{c['id']}' is used twice (also on line {seen[c['id']]})",
                    "give each candidate a different id")
            ok = False
            continue
        if c["id"] == NONE:
            out.add(path, items.line_of(i), "'none' cannot be a candidate id", "it is reserved for 'no nomination'")
            ok = False
            continue
        seen[c["id"]] = items.line_of(i)
        result.append(Candidate(c["id"], c["name"], c["role"], c["seat"], c["party"], c["status"], c["colour"],
                                c["bio"], c["photo"], c["photo_credit"],
                                tuple(Link(x["title"], x["url"]) for x in c["links"] or ()),
                                page_url("candidates", c["id"])))
    return tuple(result) if ok else ()


def _ballot(raw: YMap, ids: list[str], out: Collector) -> Ballot | None:
    path = raw.path
    votes = raw["votes"]
    if not _check_keys(votes, ids, "votes", out):
        return None
    missing = [c for c in ids if c not in votes]
    if missing:
        out.add(path, raw.line_of("votes"), f"votes has no figure for {', '.join(missing)}",
                "give every candidate a line, with 0 if they received no votes")
        return None
    tally = count(dict(votes), order=ids)
    sections = []
    for i, s in enumerate(raw["sections"] or ()):
        if not _check_keys(s["votes"], ids, f"section {s['id']}", out):
            continue
        sections.append(Section(s["id"], s["name"], count({c: s["votes"].get(c, 0) for c in ids}, order=ids),
                                s["eligible_estimate"], s["eligible_note"]))
    if sections:
        for cid in ids:
            summed = sum(s.tally.line(cid).votes for s in sections)
            if summed != votes[cid]:
                out.add(path, raw["sections"].line_of(0),
                        f"the sections' votes for {cid} add up to {summed:,}, but the total given is {votes[cid]:,}",
                        f"check each section's figure for {cid} against the source (difference {summed - votes[cid]:+,})")
    valid = raw["valid_votes"] if raw["valid_votes"] is not None else tally.total
    if valid != tally.total:
        out.add(path, raw.line_of("valid_votes"),
                f"valid_votes is {valid:,} but the candidates' votes add up to {tally.total:,}",
                "check the candidates' figures and valid_votes against the source")
    issued, spoilt = raw["ballots_issued"], raw["spoilt_ballots"]
    returned = valid + spoilt if spoilt is not None else None
    turnout = percent(returned, issued) if returned is not None and issued else None
    if issued is not None and returned is not None and returned > issued:
        out.add(path, raw.line_of("ballots_issued"),
                f"{returned:,} ballots were returned (valid + spoilt) but only {issued:,} were issued",
                "check ballots_issued, valid_votes and spoilt_ballots")
    declared = raw["turnout_pct"]
    if declared is not None:
        if turnout is None:
            out.add(path, raw.line_of("turnout_pct"), "turnout_pct is given but cannot be checked",
                    "add ballots_issued and spoilt_ballots so that the turnout can be computed")
        elif abs(declared - turnout) > 0.05 + 1e-9:
            out.add(path, raw.line_of("turnout_pct"),
                    f"the declared turnout {declared:g}% does not match the ballots: "
                    f"({valid:,} + {spoilt:,}) / {issued:,} = {turnout:.1f}%",
                    "check turnout_pct, ballots_issued, valid_votes and spoilt_ballots against the source")
    shares = raw["declared_shares"]
    if shares and _check_keys(shares, ids, "declared_shares", out):
        for cid, share in shares.items():
            ours = tally.line(cid).share
            if ours is None or abs(share - ours) > 0.05 + 1e-9:
                given = "no share (there are no votes)" if ours is None else f"{ours:.1f}%"
                out.add(path, shares.line_of(cid),
                        f"the declared share for {cid} is {share:g}% but the votes give {given}",
                        "check the votes and the declared share against the source")
    if raw["status"] == "declared" and raw["declared_at"] is None:
        out.add(path, raw.line, "a declared result needs declared_at", "add `declared_at: YYYY-MM-DD HH:MM`")
    return Ballot(raw["title"], raw["status"], raw["declared_at"], raw["place"], tally, tuple(sections),
                  issued, valid, spoilt, returned, turnout, source_from(raw["source"]), raw["note"])


def _category(raw: YMap, ids: list[str], out: Collector) -> Category | None:
    path = raw.path
    keys = ids + [NONE]
    reported = raw["reported"]
    if not _check_keys(reported, keys, "reported", out):
        return None
    items = []
    for i, it in enumerate(raw["itemised"] or ()):
        line = raw["itemised"].line_of(i)
        if it["nominee"] not in keys:
            out.add(path, line, f"nominee '{it['nominee']}' of {it['body']} is not a candidate id",
                    f"use one of: {', '.join(keys)}")
            continue
        vote = it["meeting_vote"] or {}
        if vote and not _check_keys(vote, keys, f"the meeting vote of {it['body']}", out):
            continue
        items.append(Nomination(it["body"], it["region"], it["nation"], it["nominee"], it["date"],
                                tuple(sorted(vote.items(), key=lambda kv: -kv[1])), it["basis"], it["detail"],
                                it["source_url"], it["note"], raw["id"], path, line))
    bodies = raw["bodies"]
    total = sum(reported.values())
    if bodies is not None and total > bodies:
        out.add(path, raw.line_of("reported"),
                f"the reported nominations add up to {total:,}, more than the {bodies:,} bodies in the category",
                "check the reported figures and `bodies` against the source")
    counts = []
    ok = True
    for key in keys:
        itemised = sum(1 for n in items if n.nominee == key)
        if key not in reported:
            if itemised:
                out.add(path, raw.line_of("reported"),
                        f"{_nominations(itemised)} for {key} itemised, but no reported total is given for {key}",
                        f"add `{key}: N` under reported with the total from the source")
                ok = False
            continue
        if itemised > reported[key]:
            out.add(path, reported.line_of(key),
                    f"{_nominations(itemised)} for {key} {noun(itemised, 'is')} itemised, more than the reported total of {reported[key]}",
                    "an itemised list can only be part of the reported total: check both against the sources")
            ok = False
        counts.append(Count(key, reported[key], percent(reported[key], bodies) if bodies else None,
                            itemised, percent(itemised, reported[key]) if reported[key] else None))
    if not ok:
        return None
    # Coverage compares nominations made (not bodies that made none): 31 itemised of 338 reported.
    nominated = sum(v for k, v in reported.items() if k != NONE)
    itemised_nominations = sum(1 for n in items if n.nominee != NONE)
    coverage = percent(itemised_nominations, nominated) if nominated else None
    if coverage is not None and coverage < 50 and not raw["itemised_note"]:
        out.warn(path, raw.line_of("itemised"),
                 f"only {itemised_nominations} of {nominated:,} reported nominations ({coverage:.1f}%) are itemised",
                 "the pages say the list is partial; add `itemised_note:` saying why, or itemise more")
    return Category(raw["id"], raw["name"], raw["short_name"] or raw["name"], raw["order"], raw["description"],
                    bodies, raw["closed"], raw["none_label"], tuple(counts), total,
                    bodies - total if bodies is not None else None, tuple(items), len(items), nominated,
                    itemised_nominations, coverage,
                    source_from(raw["reported_source"]), raw["itemised_note"], page_url("nominations", raw["id"]),
                    path, raw.line_of("id"))


def _nominations(n: int) -> str:
    return plural(n, "nomination")


def _regions(categories: list[Category], ids: list[str], out: Collector) -> tuple[Region, ...]:
    by_region: dict[str, list[Nomination]] = {}
    by_slug: dict[str, Nomination] = {}
    clashes: set[tuple[str, str]] = set()
    for cat in categories:
        for n in cat.itemised:
            if not n.region:
                continue
            problem = segment_problem(slugify(n.region))
            if problem:  # a region called "Con" cannot have the folder con/ (reported once per name)
                if (n.region, "") not in clashes:
                    clashes.add((n.region, ""))
                    out.add(n.path, n.line, f"the region '{n.region}' gives the address segment "
                            f"'{slugify(n.region)}', which cannot be used: {problem}",
                            "change the name a little (for example add a word)")
                continue
            first = by_slug.setdefault(slugify(n.region), n)
            if first.region != n.region:
                if (first.region, n.region) in clashes:
                    continue
                clashes.add((first.region, n.region))
                out.add(n.path, n.line, f"the region '{n.region}' and the region '{first.region}' "
                        f"({first.path}:{first.line}) would have the same address",
                        "spell the region the same way everywhere, or make the names differ by more than accents or punctuation")
                continue
            by_region.setdefault(n.region, []).append(n)
    regions = []
    for name in sorted(by_region):
        noms = sorted(by_region[name], key=lambda n: n.body)
        nations = sorted({n.nation for n in noms if n.nation})
        counts = tuple((k, sum(1 for n in noms if n.nominee == k)) for k in ids + [NONE])
        regions.append(Region(name, nations[0] if len(nations) == 1 else None, slugify(name), tuple(noms),
                              counts, page_url("nominations", "regions", slugify(name))))
    return tuple(regions)
