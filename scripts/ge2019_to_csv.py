"""Convert the House of Commons Library's 2019 general election CSVs into the generator's import CSV.

Usage (from the repo root):
    python scripts/ge2019_to_csv.py [--source ../shared/data/ge2019] [--output examples/ge2019/data/ge2019.csv]

Input: ge2019_candidates.csv (one row per candidate) and ge2019_constituencies.csv (one row per seat)
from briefing CBP-8749. Output: one row per candidate with the columns `python -m generator import` reads.
Party ids are the Library's abbreviations as slugs (Con -> con), so that "Labour" and "Labour and
Co-operative", which the Library both abbreviates Lab, are one party, lab, as the Library counts them.
The previous party comes from the Library's result ("Con gain from Lab Coop" -> lab).
Every seat's candidate votes are checked against its valid_votes before anything is written.
"""
from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from generator.urls import slugify  # noqa: E402
from csv_script import run  # noqa: E402

COLUMNS = ["area_id", "area", "region", "nation", "party_id", "party", "party_short", "candidate", "votes",
           "electorate", "invalid_votes", "declared_at", "previous_party", "status"]
# Abbreviations in the Library's `result` column that differ from its candidates' party_abbrev.
RESULT_ABBREVS = {"Lab Coop": "Lab", "APNI": "Alliance"}


def party_id(abbrev: str) -> str:
    return slugify(abbrev)[:80].strip("-")


def previous_party(result: str) -> str:
    """'Lab hold' -> lab; 'Con gain from Lab Coop' -> lab."""
    if result.endswith(" hold"):
        holder = result[: -len(" hold")]
    elif " gain from " in result:
        holder = result.split(" gain from ", 1)[1]
    else:
        raise ValueError(f"unexpected result {result!r}")
    return party_id(RESULT_ABBREVS.get(holder, holder))


def convert(source: Path) -> list[dict[str, str]]:
    """The import rows, in the Library's order; raises ValueError if a seat's votes do not add up."""
    with open(source / "ge2019_constituencies.csv", encoding="utf-8", newline="") as fh:
        seats = {row["ons_id"]: row for row in csv.DictReader(fh)}
    with open(source / "ge2019_candidates.csv", encoding="utf-8", newline="") as fh:
        candidates = list(csv.DictReader(fh))
    sums: dict[str, int] = {}
    rows = []
    for c in candidates:
        seat = seats[c["ons_id"]]
        sums[c["ons_id"]] = sums.get(c["ons_id"], 0) + int(c["votes"])
        declared = dt.datetime.strptime(seat["declaration_time"], "%d/%m/%Y %H:%M")
        rows.append({
            "area_id": c["ons_id"].lower(), "area": seat["constituency"], "region": seat["region"],
            "nation": seat["country"], "party_id": party_id(c["party_abbrev"]), "party": c["party"],
            "party_short": c["party_abbrev"], "candidate": f"{c['first_name']} {c['surname']}".strip(),
            "votes": c["votes"], "electorate": seat["electorate"], "invalid_votes": seat["invalid_votes"],
            "declared_at": declared.strftime("%Y-%m-%d %H:%M"), "previous_party": previous_party(seat["result"]),
            "status": "declared",
        })
    bad = [f"{seats[s]['constituency']}: candidates {n:,}, valid_votes {int(seats[s]['valid_votes']):,}"
           for s, n in sums.items() if n != int(seats[s]["valid_votes"])]
    if bad or len(sums) != len(seats):
        raise ValueError("the candidate file does not match the seats: " + "; ".join(bad or ["seats missing"]))
    return rows


def main() -> None:
    run(__doc__, convert, COLUMNS, "../shared/data/ge2019", "examples/ge2019/data/ge2019.csv",
        "folder holding the Library's ge2019_candidates.csv and ge2019_constituencies.csv",
        lambda rows: f"{len(rows)} candidates in {len({r['area_id'] for r in rows})} seats")


if __name__ == "__main__":
    main()
