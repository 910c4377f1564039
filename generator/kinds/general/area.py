"""One area (constituency) file: its shape, checked quickly when it has the usual form, and its count."""
from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping

from ...errors import Collector
from ...fast_init import fast_init
from ...model.contest import tally_of
from ...numbers import percent
from ...schema import _FORBIDDEN_CHAR, _ID_RE, MAX_WHOLE, F, DateTime, Id, Int, ListOf, Record, Str, validate
from ...urls import page_url, segment_problem, slugify
from ...ynodes import YList, YMap
from .baseline import BASELINE_SHAPE, Baseline, read_baseline, share_changes, turnout_change
from .folders import AREAS_DIR, PARTIES_FILE  # re-exported

if TYPE_CHECKING:
    from .party import Party

AWAITING, DECLARED, RECOUNT = "awaiting", "declared", "recount"

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
    "baseline": F(BASELINE_SHAPE, description="the previous election's result here, for the changes "
                  "(written by `import FILE.csv --baseline`)"),
}, title="content/areas/*.yaml")


@fast_init
@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    party: str
    label: str | None
    votes: int | None


@fast_init
@dataclass(frozen=True, slots=True)
class Standing:
    """A candidate's line in a declared count."""

    candidate: Candidate
    votes: int
    share: float | None   # None when the count has no votes
    rank: int
    elected: bool


@fast_init
@dataclass(frozen=True, slots=True)
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
    result: str                           # "Labour gain from Conservative", "Conservative hold", "Awaiting declaration", ...
    result_short: str                     # with short names, for tables and downloads: "Lab gain from Con"
    path: str
    url: str
    ballot: tuple[tuple[Candidate, Standing | None], ...] = ()  # each candidate, in file order, with their line
    baseline: Baseline | None = None      # the previous election here, when the file gives it
    previous_from_baseline: bool = False  # previous_party is the baseline's winner (no explicit previous_party)
    share_change: tuple[tuple[str, float | None], ...] = ()  # by party id, in points; None: did not stand then
    turnout_change: float | None = None   # in points

    @property
    def share(self) -> float | None:
        """The total row's share: 100.0, or None before any vote (a share of nothing is shown "–")."""
        return 100.0 if self.valid_votes else None

    def change_of(self, pid: str) -> float | None:
        """A party's change in share here in points (None: it did not stand last time)."""
        return next((c for p, c in self.share_change if p == pid), None)

    @property
    def declared(self) -> bool:
        return self.status == DECLARED


def read_area(data: Any, path: str, index: dict[str, Party], out: Collector) -> tuple[int | None, Area | None]:
    """One parsed area file checked against AREA_SHAPE and modelled (only checked when there are no
    parties); the line of its name, and the Area, or None after reporting what is wrong."""
    values = quick_values(data)
    lines = data
    if values is None:  # anything unusual or wrong: the schema checks it and words every problem
        values = lines = validate(data, AREA_SHAPE, path, out)
        if values is None:
            return None, None
    return lines.line_of("name"), model_area(values, lines, path, index, out) if index else None


# What quick_values checks, taken from the shapes (tests/test_area_fast.py checks that it is all they check).
_ID = re.compile(_ID_RE).fullmatch
_AREA_FIELDS = frozenset(AREA_SHAPE.fields)
_CANDIDATE_FIELDS = frozenset(CANDIDATE.fields)
_STATUSES = frozenset(AREA_SHAPE.fields["status"].shape.choices)
_NAME, _REGION, _NATION = (AREA_SHAPE.fields[k].shape.max_len for k in ("name", "region", "nation"))
_CANDIDATE_NAME, _LABEL = (CANDIDATE.fields[k].shape.max_len for k in ("name", "label"))
_NOT = object()


def quick_values(data: Any) -> dict | None:
    """What validate(data, AREA_SHAPE) returns for a file it finds nothing wrong with, without a
    YMap per record; None whenever it would report a problem or the file leaves the usual form.

    The schema takes 50 µs for an area file and this 6 µs. Its lines are the parsed file's own:
    the schema gives each field the line of its key in the file, or the mapping's line if absent.
    """
    if type(data) is not YMap or not _AREA_FIELDS.issuperset(data) or "baseline" in data:
        return None
    get = data.get
    area_id, previous = get("id"), get("previous_party")
    if type(area_id) is not str or not _ID(area_id) or previous is not None and (
            type(previous) is not str or not _ID(previous)):
        return None
    name, region, nation = _text(get("name"), _NAME), _text(get("region"), _REGION), _text(get("nation"), _NATION)
    electorate, valid, invalid = _count(get("electorate")), _count(get("valid_votes")), _count(get("invalid_votes"))
    if name is None or region is None or nation is None or _NOT in (electorate, valid, invalid):
        return None
    status = get("status")
    if status is None:
        status = AWAITING
    elif type(status) is not str or (status := status.strip()) not in _STATUSES:
        return None
    when = get("declared_at")
    if when is not None and not isinstance(when, dt.date):
        found = Collector()
        when = AREA_SHAPE.fields["declared_at"].shape.check(when, (data.path, 0), "declared_at", found)
        if found.problems:
            return None
    items = get("candidates")
    candidates: list[dict] | tuple = ()  # the schema's default
    if items is not None:
        if type(items) is not YList:
            return None
        candidates = []
        for item in items:
            if type(item) is not YMap or not _CANDIDATE_FIELDS.issuperset(item):
                return None
            cget = item.get
            party, label, votes = cget("party"), cget("label"), _count(cget("votes"))
            if label is not None:
                label = _text(label, _LABEL)
                if label is None:
                    return None
            candidate = {"name": _text(cget("name"), _CANDIDATE_NAME), "party": party, "label": label, "votes": votes}
            if candidate["name"] is None or type(party) is not str or not _ID(party) or votes is _NOT:
                return None
            candidates.append(candidate)
    return {"id": area_id, "name": name, "region": region, "nation": nation, "electorate": electorate,
            "status": status, "declared_at": when, "valid_votes": valid, "invalid_votes": invalid,
            "previous_party": previous, "candidates": candidates, "baseline": None}


def _text(value: Any, max_len: int) -> str | None:
    """Str(max_len).check without a problem to report, or None."""
    if type(value) is not str:
        return None
    value = value.strip()
    return value if value and len(value) <= max_len and not _FORBIDDEN_CHAR.search(value) else None


def _count(value: Any) -> Any:
    """An optional Int() field: the value, or _NOT."""
    return value if value is None or type(value) is int and 0 <= value <= MAX_WHOLE else _NOT


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


def model_area(values: Mapping, lines: YMap, path: str, index: dict[str, Party], out: Collector) -> Area | None:
    """The Area of checked `values`, with lines from `lines`; None after reporting what is wrong."""
    ok = True
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if values["id"] != stem:
        out.add(path, lines.line_of("id"), f"the id '{values['id']}' does not match the file name '{stem}'",
                f"rename the file to {values['id']}.yaml or set `id: {stem}`")
        ok = False
    status = values["status"]
    items = values["candidates"] or ()
    # A candidate is a name and a party: two people of one name can stand for two parties in a seat.
    candidates, seen = [], {}
    for i, c in enumerate(items):
        name, party, votes = c["name"], c["party"], c["votes"]
        who = (name, party)
        if party not in index or who in seen or status == DECLARED and votes is None:
            ok = False
            line = lines["candidates"].line_of(i)
            if party not in index:
                out.add(path, line, f"the party '{party}' of {name} is not in {PARTIES_FILE}",
                        _unknown_party(party, index))
            if who in seen:
                out.add(path, line, f"{name} is listed twice (also on line {lines['candidates'].line_of(seen[who])})",
                        "remove one of the two lines")
            if status == DECLARED and votes is None:
                out.add(path, line, f"{name} has no votes but the area is declared",
                        "add `votes: N`, or set `status: awaiting` until the result is in")
        seen[who] = i
        candidates.append(Candidate(name, party, c["label"], votes))
    previous = values["previous_party"]
    if previous is not None and previous not in index:
        out.add(path, lines.line_of("previous_party"), f"previous_party '{previous}' is not in {PARTIES_FILE}",
                _unknown_party(previous, index))
        ok = False
    before = len(out.errors)
    baseline = read_baseline(values.get("baseline"), lines, path, index, out)
    ok = ok and len(out.errors) == before
    # An explicit previous_party wins (a seat that changed hands at a by-election); else the baseline's winner.
    from_baseline = previous is None and baseline is not None and baseline.winner is not None
    if from_baseline:
        previous = baseline.winner
    if status == DECLARED and not candidates:
        out.add(path, lines.line_of("status"), "the area is declared but lists no candidates",
                "add the candidates with their votes, or set `status: awaiting`")
        ok = False
    if status != DECLARED and any(c.votes is not None for c in candidates):
        out.warn(path, lines.line_of("status"), f"votes are given but the status is {status}: they are not counted yet",
                 "set `status: declared` once the result is announced")
    if not ok:
        return None
    url = address("areas", values["name"], path, lines.line_of("name"), out)
    if url is None:
        return None
    base = dict(id=values["id"], name=values["name"], region=values["region"], nation=values["nation"],
                electorate=values["electorate"], status=status, declared_at=values["declared_at"],
                candidates=tuple(candidates), invalid_votes=values["invalid_votes"], previous_party=previous,
                path=path, url=url, baseline=baseline, previous_from_baseline=from_baseline)
    if status != DECLARED:
        label = "Recount under way" if status == RECOUNT else "Awaiting declaration"
        return Area(**base, standings=(), winner=None, tied=False, majority=None, majority_share=None,
                    valid_votes=None, turnout=None, gain=None, result=label, result_short=label,
                    ballot=tuple((c, None) for c in base["candidates"]))
    return _declared(values, lines, base, index, out)


def _declared(values: Mapping, lines: YMap, base: dict, index: dict[str, Party], out: Collector) -> Area | None:
    path = base["path"]
    candidates: tuple[Candidate, ...] = base["candidates"]
    tally = tally_of(candidates, [c.votes or 0 for c in candidates])
    if tally.total == 0:
        out.add(path, lines.line_of("status"), "the area is declared but its candidates have no votes at all",
                "enter the declared votes, or set `status: awaiting`")
        return None
    standings = tuple(Standing(l.key, l.votes, l.share, l.rank, l.elected) for l in tally.lines)
    valid = values["valid_votes"]
    if valid is not None and valid != tally.total:
        out.add(path, lines.line_of("valid_votes"),
                f"valid_votes is {valid:,} but the candidates' votes add up to {tally.total:,}",
                f"check each candidate's votes and valid_votes against the declaration (difference {tally.total - valid:+,})")
        return None
    electorate = base["electorate"]
    if electorate is not None and tally.total > electorate:
        out.add(path, lines.line_of("electorate"),
                f"the candidates' votes add up to {tally.total:,}, more than the electorate of {electorate:,}",
                "check the electorate and the votes against the declaration")
        return None
    winner = next((s for s in standings if s.elected), None)
    line_of = {id(s.candidate): s for s in standings}
    previous = base["previous_party"]
    if winner is None:
        out.warn(path, lines.line_of("candidates"), f"{base['name']} is a tie: the seat is counted for no party",
                 "a tie is settled by lot: correct the winner's votes as the returning officer declared them")
        gain, result, short = None, "Tie", "Tie"
    else:
        party = index[winner.candidate.party]
        gain = None if previous is None else previous != party.id
        before = index[previous] if gain else None
        # Pages say it in full ("Speaker gain from Labour"); tables and downloads keep "Spk gain from Lab".
        result, short = (_result(party.name, before.name if before else None, gain),
                         _result(party.short_name, before.short_name if before else None, gain))
    changes: dict = {}
    turnout_moved = None
    baseline = base["baseline"]
    if baseline is not None:
        by_party: dict[str, int] = {}
        for s in standings:
            by_party[s.candidate.party] = by_party.get(s.candidate.party, 0) + s.votes
        changes = dict(share_changes(baseline, by_party, tally.total))
        turnout_moved = turnout_change(baseline, tally.total, electorate)
    return Area(**base, standings=standings, winner=winner, tied=winner is None, majority=tally.majority,
                majority_share=tally.majority_share, valid_votes=tally.total,
                turnout=percent(tally.total, electorate) if electorate else None, gain=gain, result=result,
                result_short=short, ballot=tuple((c, line_of.get(id(c))) for c in candidates),
                share_change=tuple(changes.items()), turnout_change=turnout_moved)


def _result(winner: str, before: str | None, gain: bool | None) -> str:
    """'X win' (the previous holder unknown), 'X hold' or 'X gain from Y'."""
    return f"{winner} win" if gain is None else f"{winner} hold" if not gain else f"{winner} gain from {before}"
