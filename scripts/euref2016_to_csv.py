"""Convert the Electoral Commission's EU referendum 2016 results into the generator's referendum import CSV.

Usage (from the repo root):
    python scripts/euref2016_to_csv.py [--source ../shared/data/eu-ref-2016] [--output examples/eu-ref-2016/data/eu-ref-2016.csv]

Input: eu_referendum_2016_counting_areas.csv (one row per counting area: 380 local authorities,
Northern Ireland as one area, and Gibraltar, which counted with the South West). Output: one row per
counting area and answer (remain, leave) with the columns `python -m generator import` reads for a
referendum. Nations come from the Commission's region codes (E12 England, S92 Scotland, W92 Wales,
N92 Northern Ireland); Gibraltar is not part of a UK nation, so its nation is "Gibraltar".
The data holds no declaration times, so `declared_at` is left empty. Before anything is written,
every area's Remain + Leave is checked against its Valid_Votes and its valid plus rejected ballots
against Votes_Cast, and the national totals against the Commission's declared figures.
"""
from __future__ import annotations

import csv
from pathlib import Path

from csv_script import run

COLUMNS = ["area_id", "area", "region", "nation", "answer", "votes", "electorate", "rejected_ballots",
           "declared_at", "status"]
ANSWERS = ("remain", "leave")
NATIONS = {"E12": "England", "S92": "Scotland", "W92": "Wales", "N92": "Northern Ireland"}
# The Chief Counting Officer's declared totals (Electoral Commission).
DECLARED = {"remain": 16_141_241, "leave": 17_410_742, "electorate": 46_500_001, "rejected": 25_359}


def nation(row: dict[str, str]) -> str:
    if row["Area_Code"] == "GI":
        return "Gibraltar"
    return NATIONS[row["Region_Code"][:3]]


def convert(source: Path) -> list[dict[str, str]]:
    """The import rows, in the Commission's order; raises ValueError if any figure does not add up."""
    with open(source / "eu_referendum_2016_counting_areas.csv", encoding="utf-8", newline="") as fh:
        areas = list(csv.DictReader(fh))
    bad, totals, rows = [], dict.fromkeys(DECLARED, 0), []
    for a in areas:
        remain, leave, valid = int(a["Remain"]), int(a["Leave"]), int(a["Valid_Votes"])
        rejected = int(a["Rejected_Ballots"])
        if remain + leave != valid or valid + rejected != int(a["Votes_Cast"]):
            bad.append(a["Area"])
        totals["remain"] += remain
        totals["leave"] += leave
        totals["electorate"] += int(a["Electorate"])
        totals["rejected"] += rejected
        for answer, votes in zip(ANSWERS, (remain, leave)):
            rows.append({"area_id": a["Area_Code"].lower(), "area": a["Area"], "region": a["Region"],
                         "nation": nation(a), "answer": answer, "votes": str(votes),
                         "electorate": a["Electorate"], "rejected_ballots": a["Rejected_Ballots"],
                         "declared_at": "", "status": "declared"})
    if bad:
        raise ValueError("votes do not add up in: " + ", ".join(bad))
    if totals != DECLARED:
        raise ValueError(f"national totals {totals} differ from the declared {DECLARED}")
    return rows


def main() -> None:
    run(__doc__, convert, COLUMNS, "../shared/data/eu-ref-2016", "examples/eu-ref-2016/data/eu-ref-2016.csv",
        "folder holding the Commission's eu_referendum_2016_counting_areas.csv",
        lambda rows: f"{len(rows)} rows for {len(rows) // len(ANSWERS)} counting areas")


if __name__ == "__main__":
    main()
