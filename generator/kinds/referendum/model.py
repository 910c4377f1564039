"""A referendum: one question, its answers, counted in counting areas grouped in regions, with a national
result; every figure computed here once (count.py), templates only format them."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from ...errors import Collector, SiteError
from ...load import Sources, parsed
from ...model.documents import sort_key
from ...schema import F, Colour, DateTime, Id, Int, ListOf, Num, Record, Str, validate
from ...urls import page_url, segment_problem, slugify
from .count import ELECTORATE, VALID, Answer, Count, Line, Threshold, count_up, points
from .folders import AREAS_DIR, REFERENDUM_FILE

AWAITING, DECLARED, RECOUNT = "awaiting", "declared", "recount"
BIGGEST, CLOSEST = 10, 20  # areas listed on the biggest-and-closest page: per answer, and overall

ANSWER = Record({
    "id": F(Id(), required=True, description="used in each area's results, e.g. remain"),
    "label": F(Str(max_len=100), required=True, description="e.g. Remain"),
    "colour": F(Colour(), required=True, description="its bars' colour, #rrggbb"),
}, title="answer")
THRESHOLD = Record({
    "percent": F(Num(minimum=0, maximum=100), required=True, description="e.g. 40"),
    "of": F(Str(choices=(VALID, ELECTORATE)), default=VALID,
            description="what the leading answer needs that share of: the valid votes or the electorate"),
}, title="threshold")
REFERENDUM_SHAPE = Record({
    "question": F(Str(max_len=500), required=True, description="the question on the ballot paper"),
    "answers": F(ListOf(ANSWER, min_items=2), required=True),
    "threshold": F(THRESHOLD, description="optional: the share the leading answer needs for the result to stand"),
}, title=REFERENDUM_FILE)
RESULT = Record({
    "answer": F(Id(), required=True, description=f"an answer id from {REFERENDUM_FILE}"),
    "votes": F(Int(), required=True),
}, title="result")
AREA_SHAPE = Record({
    "id": F(Id(), required=True, description="the file's name without .yaml"),
    "name": F(Str(max_len=200), required=True, description="e.g. Boston"),
    "region": F(Str(max_len=200), required=True, description="e.g. East Midlands"),
    "nation": F(Str(max_len=100), description="e.g. England"),
    "electorate": F(Int(), description="registered voters, for turnout"),
    "status": F(Str(choices=(AWAITING, DECLARED, RECOUNT)), default=AWAITING),
    "declared_at": F(DateTime(), description="YYYY-MM-DD HH:MM in the site's timezone"),
    "rejected_ballots": F(Int(), description="ballot papers rejected at the count"),
    "results": F(ListOf(RESULT), default=(), description="each answer's votes, once declared"),
}, title="content/areas/*.yaml")


@dataclass(frozen=True)
class Versus:
    """An answer's share in an area beside its national share."""

    line: Line
    national: float
    points: float | None          # the area's share less the national one, unrounded, rounded once


@dataclass(frozen=True)
class Area:
    id: str
    name: str
    region: str
    nation: str | None
    electorate: int | None
    status: str
    declared_at: dt.date | dt.datetime | None
    rejected: int | None
    count: Count                  # of this area alone
    result: str                   # "Leave", "Tie", "Awaiting declaration", "Recount under way"
    path: str
    url: str
    versus: tuple[Versus, ...] = ()  # each answer against the national share, once declared

    @property
    def declared(self) -> bool:
        return self.status == DECLARED


@dataclass(frozen=True)
class Region:
    name: str
    nation: str | None
    areas: tuple[Area, ...]
    count: Count
    url: str


@dataclass(frozen=True)
class Referendum:
    question: str
    answers: tuple[Answer, ...]
    threshold: Threshold | None
    areas: tuple[Area, ...]                   # by name
    regions: tuple[Region, ...]               # by nation, then name
    count: Count                              # the national result
    declarations: tuple[Area, ...]            # declared areas with a time, latest first
    timed: bool                               # every declared area gives its declaration time
    biggest: tuple[tuple[Answer, tuple[Area, ...]], ...]  # each answer's largest shares, largest first
    closest: tuple[Area, ...]                 # the smallest margins, smallest first
    updated: dt.date | dt.datetime | None = None


def make_referendum(sources: Sources, out: Collector, reading: Collector) -> Referendum:
    """Validate and model a referendum's content; YAML errors in area files go to `reading`."""
    question, answers, threshold = _question(sources, out)
    index = {a.id: a for a in answers}
    areas: list[Area] = []
    by_url: dict[str, Area] = {}
    docs = [doc for path, doc in sorted(sources.data.items()) if path.startswith(AREAS_DIR)]
    for doc in docs:
        try:
            data = parsed(doc)
        except SiteError as exc:
            reading.extend(exc)
            continue
        values = validate(data, AREA_SHAPE, doc.path, out)
        if values is None or not index:
            continue
        area = _area(values, doc.path, answers, index, threshold, out)
        if area is None:
            continue
        if area.url in by_url:
            other = by_url[area.url]
            out.add(doc.path, values.line_of("name"),
                    f"'{area.name}' would have the same address {area.url} as '{other.name}' in {other.path}",
                    "two areas need names that differ in more than accents, case or punctuation")
            continue
        by_url[area.url] = area
        areas.append(area)
    if answers and not docs and not any(p.startswith(AREAS_DIR) for p in sources.unreadable):
        out.add(AREAS_DIR, None, "there are no counting areas", f"add one file per counting area in {AREAS_DIR}, "
                "or run `python -m generator import FILE.csv`")
    areas.sort(key=lambda a: (slugify(a.name), a.id))
    national = _count(areas, answers, threshold)
    areas = [_versus(a, national) for a in areas]
    regions = _regions(areas, answers, threshold, out)
    declared = [a for a in areas if a.declared]
    declarations = tuple(sorted((a for a in declared if a.declared_at),
                                key=lambda a: (sort_key(a.declared_at), a.name), reverse=True))
    return Referendum(question, answers, threshold, tuple(areas), regions, national, declarations,
                      len(declarations) == len(declared), _biggest(declared, answers), _closest(declared),
                      declarations[0].declared_at if declarations else None)


def _question(sources: Sources, out: Collector) -> tuple[str, tuple[Answer, ...], Threshold | None]:
    doc = sources.data.get(REFERENDUM_FILE)
    if doc is None and REFERENDUM_FILE in sources.unreadable:  # its YAML error is reported already
        return "", (), None
    if doc is None:
        out.add(REFERENDUM_FILE, None, f"{REFERENDUM_FILE} is missing",
                "create it with `question:` and `answers:` (one `- id: ..., label: ..., colour: ...` per answer)")
        return "", (), None
    raw = validate(doc.data, REFERENDUM_SHAPE, doc.path, out)
    if raw is None:
        return "", (), None
    answers: list[Answer] = []
    seen: dict[str, int] = {}
    items = raw["answers"]
    for i, a in enumerate(items):
        if a["id"] in seen:
            out.add(doc.path, items.line_of(i), f"the answer id '{a['id']}' is used twice (also on line "
                    f"{seen[a['id']]})", "give each answer its own id")
            return "", (), None
        seen[a["id"]] = items.line_of(i)
        answers.append(Answer(a["id"], a["label"], a["colour"].lower()))
    t = raw["threshold"]
    return raw["question"], tuple(answers), Threshold(float(t["percent"]), t["of"]) if t else None


def _area(values: Any, path: str, answers: tuple[Answer, ...], index: dict[str, Answer],
          threshold: Threshold | None, out: Collector) -> Area | None:
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    ok = True
    if values["id"] != stem:
        out.add(path, values.line_of("id"), f"the id '{values['id']}' does not match the file name '{stem}'",
                f"rename the file to {values['id']}.yaml or set `id: {stem}`")
        ok = False
    status, items = values["status"], values["results"] or ()
    votes: dict[str, int] = {}
    for i, r in enumerate(items):
        line = items.line_of(i)
        if r["answer"] not in index:
            out.add(path, line, f"the answer '{r['answer']}' is not in {REFERENDUM_FILE}",
                    f"the answers are {', '.join(index)}")
            ok = False
        elif r["answer"] in votes:
            out.add(path, line, f"the answer '{r['answer']}' is given twice", "remove one of the two lines")
            ok = False
        else:
            votes[r["answer"]] = r["votes"]
    if status == DECLARED and ok:
        missing = [a.id for a in answers if a.id not in votes]
        if missing:
            out.add(path, values.line_of("results"), f"the area is declared but gives no votes for "
                    f"{', '.join(missing)}", "add `- answer: ID` with `votes: N` for every answer, "
                    "or set `status: awaiting`")
            ok = False
        elif not sum(votes.values()):
            out.add(path, values.line_of("status"), "the area is declared but its answers have no votes at all",
                    "enter the declared votes, or set `status: awaiting`")
            ok = False
        elif values["electorate"] is not None and sum(votes.values()) > values["electorate"]:
            out.add(path, values.line_of("electorate"), f"the votes add up to {sum(votes.values()):,}, more than "
                    f"the electorate of {values['electorate']:,}", "check the electorate and the votes")
            ok = False
    if status != DECLARED and votes:
        out.warn(path, values.line_of("status"), f"votes are given but the status is {status}: they are not "
                 "counted yet", "set `status: declared` once the result is announced")
    url = _address(values["name"], path, values.line_of("name"), out)
    if not ok or url is None:
        return None
    declared = status == DECLARED
    c = count_up(answers, [votes.get(a.id, 0) if declared else 0 for a in answers], areas=1,
                 declared=1 if declared else 0, recounts=1 if status == RECOUNT else 0,
                 rejected=values["rejected_ballots"] if declared else None,
                 electorate=values["electorate"], threshold=None)
    result = ("Tie" if c.tied else c.leader.label) if declared \
        else "Recount under way" if status == RECOUNT else "Awaiting declaration"
    return Area(values["id"], values["name"], values["region"], values["nation"], values["electorate"], status,
                values["declared_at"], values["rejected_ballots"], c, result, path, url)


def _address(name: str, path: str, line: int | None, out: Collector, section: str = "areas") -> str | None:
    slug = slugify(name)
    problem = segment_problem(slug)
    if problem:
        out.add(path, line, f"the name '{name}' gives the address segment '{slug}', which cannot be used: {problem}",
                "change the name a little (for example add a word)")
        return None
    return page_url(section, slug)


def _count(areas: list[Area] | tuple[Area, ...], answers: tuple[Answer, ...], threshold: Threshold | None) -> Count:
    """The areas' counts added up (undeclared areas count as awaiting)."""
    declared = [a for a in areas if a.declared]
    votes = [sum(a.count.lines[i].votes for a in declared) for i in range(len(answers))]
    rejected = [a.rejected for a in declared if a.rejected is not None]
    electorate = None if any(a.electorate is None for a in declared) else sum(a.electorate for a in declared)
    return count_up(answers, votes, areas=len(areas), declared=len(declared),
                    recounts=sum(1 for a in areas if a.status == RECOUNT),
                    rejected=sum(rejected) if rejected else None, electorate=electorate, threshold=threshold)


def _versus(area: Area, national: Count) -> Area:
    if not area.declared:
        return area
    return replace(area, versus=tuple(
        Versus(line, nat.share, points(line.votes, area.count.valid, nat.votes, national.valid))
        for line, nat in zip(area.count.lines, national.lines)))


def _regions(areas: list[Area], answers: tuple[Answer, ...], threshold: Threshold | None,
             out: Collector) -> tuple[Region, ...]:
    grouped: dict[str, list[Area]] = {}
    for area in areas:
        grouped.setdefault(area.region, []).append(area)
    regions = []
    for name, members in grouped.items():
        url = _address(name, members[0].path, None, out, "regions")
        if url:
            # The nation most of its areas give (Gibraltar counted with the South West of England).
            nation = Counter(a.nation for a in members).most_common(1)[0][0]
            regions.append(Region(name, nation, tuple(members), _count(members, answers, threshold), url))
    return tuple(sorted(regions, key=lambda r: (r.nation or "", r.name)))


def _biggest(declared: list[Area], answers: tuple[Answer, ...]) -> tuple[tuple[Answer, tuple[Area, ...]], ...]:
    """Each answer's areas where it led, by its share (compared as whole numbers), largest first."""
    found = []
    for i, answer in enumerate(answers):
        won = [a for a in declared if a.count.leader == answer]
        won.sort(key=lambda a: (-a.count.lines[i].votes / a.count.valid, a.name))
        found.append((answer, tuple(won[:BIGGEST])))
    return tuple(found)


def _closest(declared: list[Area]) -> tuple[Area, ...]:
    counted = [a for a in declared if a.count.valid]
    return tuple(sorted(counted, key=lambda a: ((a.count.margin or 0) / a.count.valid, a.name))[:CLOSEST])
