"""The site's figures as CSV and JSON downloads, taken from the same model objects as the pages."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any, Iterable

from ..model import Site
from ..model.leadership import NONE, Leadership
from ..model.site import Source

Value = str | int | float | bool | None


@dataclass(frozen=True)
class Dataset:
    """One table of figures, published as /data/<id>.csv and /data/<id>.json."""

    id: str
    title: str
    description: str
    columns: tuple[tuple[str, str], ...]   # (name, meaning)
    rows: tuple[tuple[Value, ...], ...]
    sources: tuple[Source, ...]

    @property
    def csv_url(self) -> str:
        return f"/data/{self.id}.csv"

    @property
    def json_url(self) -> str:
        return f"/data/{self.id}.json"


def _share(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _nominee(e: Leadership, key: str) -> str:
    return "" if key == NONE else e.candidate(key).name


def leadership_datasets(site: Site) -> list[Dataset]:
    """Every dataset of a leadership site, in the order of the data page."""
    e, ballot = site.election, site.election.ballot
    found: list[Dataset] = []
    if ballot:
        found.append(Dataset(
            "results", "Result by candidate", f"{ballot.title}: votes and shares of the valid vote.",
            (("candidate_id", "the candidate's id"), ("candidate", "name"), ("votes", "votes"),
             ("share_pct", "share of the valid vote, %"), ("elected", "true for the winner")),
            tuple((l.key, e.candidate(l.key).name, l.votes, _share(l.share), l.elected) for l in ballot.tally.lines),
            (ballot.source,)))
        if ballot.sections:
            found.append(Dataset(
                "results-by-section", "Result by section", "Votes and shares in each section of the electorate.",
                (("section_id", "the section's id"), ("section", "name"), ("candidate_id", "the candidate's id"),
                 ("candidate", "name"), ("votes", "votes"), ("share_pct", "share of the section's valid vote, %")),
                tuple((s.id, s.name, l.key, e.candidate(l.key).name, l.votes, _share(l.share))
                      for s in ballot.sections for l in s.tally.lines),
                (ballot.source,)))
    if e.categories:
        found.append(Dataset(
            "nominations-totals", "Nominations: reported totals",
            "Nominations reported in each category of nominating bodies, and how many of them are itemised.",
            (("category_id", "the category's id"), ("category", "name"),
             ("nominee_id", "candidate id, or none for bodies that nominated nobody"),
             ("nominee", "candidate name, or the category's label for no nomination"),
             ("reported", "nominations reported"), ("bodies", "bodies that could nominate (blank if unknown)"),
             ("share_of_bodies_pct", "reported over bodies, %"), ("itemised", "nominations itemised on this site")),
            tuple((cat.id, cat.name, c.key, cat.none_label if c.key == NONE else e.candidate(c.key).name, c.reported,
                   cat.bodies, _share(c.share_of_bodies), c.itemised) for cat in e.categories for c in cat.counts),
            _unique(cat.source for cat in e.categories)))
        found.append(Dataset(
            "nominations-itemised", "Nominations: itemised",
            "Each nomination found in a source, with the body, its nation or region and the meeting's vote "
            "where known. A partial list: compare it with the reported totals.",
            (("category_id", "the category's id"), ("body", "the nominating body"), ("region", "region"),
             ("nation", "nation"), ("nominee_id", "candidate id, or none"), ("nominee", "candidate name"),
             ("date", "date of the nomination, YYYY-MM-DD"),
             ("meeting_vote", "votes at the nominating meeting, as id=votes separated by ;"),
             ("detail", "detail"), ("source_url", "where the nomination is reported")),
            tuple((n.category, n.body, n.region, n.nation, n.nominee, _nominee(e, n.nominee),
                   n.date.isoformat() if n.date else None, ";".join(f"{k}={v}" for k, v in n.meeting_vote),
                   n.detail, n.source_url) for cat in e.categories for n in cat.itemised),
            _unique(cat.source for cat in e.categories)))
    return found


def _unique(sources: Iterable[Source]) -> tuple[Source, ...]:
    """Each source once, even where categories give it different notes."""
    return tuple({(s.name, s.url): s for s in sources}.values())


def general_datasets(site: Site) -> list[Dataset]:
    """Every dataset of a general election site: each candidate's result, and the parties' totals."""
    e = site.election
    sources = site.config.sources
    return [
        Dataset("results-by-area", "Results by constituency",
                "Each candidate's votes and share in each declared constituency, and the winner.",
                (("area_id", "the constituency's id"), ("area", "name"), ("region", "region"), ("nation", "nation"),
                 ("candidate", "name"), ("party_id", "the party's id"), ("party", "party"), ("votes", "votes"),
                 ("share_pct", "share of the valid vote, %"), ("elected", "true for the winner"),
                 ("result", "the constituency's result, like 'Lab hold'")),
                tuple((a.id, a.name, a.region, a.nation, s.candidate.name, s.candidate.party,
                       e.party(s.candidate.party).name, s.votes, _share(s.share), s.elected, a.result)
                      for a in e.areas for s in a.standings), sources),
        Dataset("party-totals", "Seats and votes by party", "Seats won and votes in the declared constituencies.",
                (("party_id", "the party's id"), ("party", "name"), ("seats", "seats won"), ("votes", "votes"),
                 ("share_pct", "share of the valid vote, %"), ("candidates", "constituencies contested"),
                 ("gains", "seats gained"), ("losses", "seats lost")),
                tuple((r.party.id, r.party.name, r.seats, r.votes, _share(r.share), r.candidates, r.gains, r.losses)
                      for r in e.totals.rows), sources),
    ]


def to_csv(dataset: Dataset) -> bytes:
    """RFC 4180 CSV with a header row; blanks for missing values, true/false for flags."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([name for name, _ in dataset.columns])
    for row in dataset.rows:
        writer.writerow(["" if v is None else ("true" if v is True else "false" if v is False else v) for v in row])
    return buffer.getvalue().encode("utf-8")


def to_json(dataset: Dataset, canonical: str) -> bytes:
    """The same rows as objects, with the title, sources and column meanings alongside.

    The bytes of json.dumps(doc, ensure_ascii=False, indent=1), written row by row: json's
    indenting encoder is pure Python and held a million pieces at once for 20,000 areas (300 MiB);
    each flat row is written here with the C string encoder (tests/test_datasets_json.py).
    """
    names = [n for n, _ in dataset.columns]
    head: dict[str, Any] = {
        "title": dataset.title,
        "description": dataset.description,
        "url": canonical,
        "sources": [{"name": s.name, "url": s.url} for s in dataset.sources],
        "columns": [{"name": n, "description": d} for n, d in dataset.columns],
        "rows": [],
    }
    text = json.dumps(head, ensure_ascii=False, indent=1)
    if not dataset.rows:
        return (text + "\n").encode("utf-8")
    out = io.StringIO()
    out.write(text[:-len('[]\n}')] + "[\n")
    keys = [f"   {_json_scalar(n)}: " for n in names]
    for i, row in enumerate(dataset.rows):
        out.write(",\n  {\n" if i else "  {\n")
        out.write(",\n".join(key + _json_value(v) for key, v in zip(keys, row)))
        out.write("\n  }")
    out.write("\n ]\n}\n")
    return out.getvalue().encode("utf-8")


_json_scalar = json.encoder.encode_basestring  # type: ignore[attr-defined]


def _json_value(value: Any) -> str:
    """One value as json.dumps(..., ensure_ascii=False) writes it inside an indent=1 row object."""
    if isinstance(value, str):
        return _json_scalar(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if type(value) is int:
        return int.__repr__(value)
    if isinstance(value, (int, float)):
        return json.dumps(value)
    return "\n   ".join(json.dumps(value, ensure_ascii=False, indent=1).split("\n"))
