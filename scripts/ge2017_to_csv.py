"""Convert the House of Commons Library's 2017 general election CSVs into a baseline import CSV for 2019.

Usage (from the repo root):
    python scripts/ge2017_to_csv.py [--source ../shared/data/ge2017] [--output examples/ge2019/data/ge2017-baseline.csv]

Input: ge2017_candidates.csv and ge2017_constituencies.csv (briefing CBP-7979), on the same 650
boundaries as 2019. Output: one row per candidate with the columns of a results import, for
`python -m generator import FILE --site examples/ge2019 --baseline`. Party ids are the 2019 file's ids
(the Library's 2019 abbreviation as a slug), so that a party is one party across the two elections:
where the Library abbreviated the same party differently in 2017 (APNI in 2017, Alliance in 2019),
RENAMED maps the 2017 abbreviation to the 2019 one; the match is by the party's full name, which the
two files spell the same for every entry below (the one exception is noted). Parties that stood only
in 2017 keep their 2017 abbreviation. "Green Party", "Scottish Green Party" and "Green Party Northern
Ireland" are all `Green` in 2017 and 2019, as the Library counts them.
Every seat's candidate votes are checked against its valid_votes, and the national totals against the
Library's (Conservatives 317 seats and 13,636,684 votes; Labour 262 seats and 12,877,918 votes),
before anything is written. Area names are the candidate file's spelling (Ynys Môn).
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
# 2017 abbreviation -> 2019 abbreviation, for parties whose full name is the same in both files.
RENAMED = {
    "ANWP": "Animal Welfare Party", "APNI": "Alliance", "AGS": "Green Soc", "Ash": "Ashfield Independents",
    "CHP": "Christian Party, Proclaiming Christ's Lordship", "Comm L": "Comm Leagu", "ED": "Eng Dem",
    "Elvis": "CMEP", "LPUK": "Libertarian Party", "Patr": "Patria", "RBD": "Rebooting Democracy",
    "SL": "SLP", "SNav": "Space Navies Party", "SPGB": "The Socialist Party of Great Britain",
    "YPP": "Young People's Party", "Yrks": "The Yorkshire Party",
    # The exception: "The Peace Party - Non-violence, Justice, Environment" in 2017, "The Peace Party" in 2019.
    "PPNV": "TPP",
}
# Abbreviations in the Library's `result` column that differ from its candidates' party_abbrev.
RESULT_ABBREVS = {"Lab Coop": "Lab", "APNI": "Alliance"}
CHECKS = {"con": (317, 13_636_684), "lab": (262, 12_877_918)}


def party_id(abbrev: str) -> str:
    return slugify(RENAMED.get(abbrev, abbrev))[:80].strip("-")


def previous_party(result: str) -> str:
    """'Lab hold' -> lab; 'Con gain from Lab Coop' -> lab (the 2015 holder, as the Library records it)."""
    holder = result[: -len(" hold")] if result.endswith(" hold") else result.split(" gain from ", 1)[1]
    return party_id(RESULT_ABBREVS.get(holder, holder))


def convert(source: Path) -> list[dict[str, str]]:
    """The import rows, in the Library's order; raises ValueError if a seat or a national total is wrong."""
    with open(source / "ge2017_constituencies.csv", encoding="utf-8", newline="") as fh:
        seats = {row["ons_id"]: row for row in csv.DictReader(fh)}
    with open(source / "ge2017_candidates.csv", encoding="utf-8", newline="") as fh:
        candidates = list(csv.DictReader(fh))
    sums: dict[str, int] = {}
    best: dict[str, tuple[int, str]] = {}
    rows = []
    for c in candidates:
        seat, pid, votes = seats[c["ons_id"]], party_id(c["party_abbrev"]), int(c["votes"])
        sums[c["ons_id"]] = sums.get(c["ons_id"], 0) + votes
        if votes > best.get(c["ons_id"], (-1, ""))[0]:
            best[c["ons_id"]] = (votes, pid)
        declared = dt.datetime.strptime(seat["declaration_time"], "%Y-%m-%d %H:%M:%S")
        rows.append({
            "area_id": c["ons_id"].lower(), "area": c["constituency"], "region": seat["region"],
            "nation": seat["country"], "party_id": pid, "party": c["party"],
            "party_short": RENAMED.get(c["party_abbrev"], c["party_abbrev"]),
            "candidate": f"{c['first_name']} {c['surname']}".strip(), "votes": c["votes"],
            "electorate": seat["electorate"], "invalid_votes": seat["invalid_votes"],
            "declared_at": declared.strftime("%Y-%m-%d %H:%M"), "previous_party": previous_party(seat["result"]),
            "status": "declared",
        })
    bad = [f"{seats[s]['constituency']}: candidates {n:,}, valid_votes {int(seats[s]['valid_votes']):,}"
           for s, n in sums.items() if n != int(seats[s]["valid_votes"])]
    if bad or len(sums) != len(seats):
        raise ValueError("the candidate file does not match the seats: " + "; ".join(bad or ["seats missing"]))
    for pid, (seats_won, votes) in CHECKS.items():
        got = (sum(1 for _v, p in best.values() if p == pid), sum(int(r["votes"]) for r in rows if r["party_id"] == pid))
        if got != (seats_won, votes):
            raise ValueError(f"{pid}: {got} seats and votes, the Library says {(seats_won, votes)}")
    return rows


def main() -> None:
    run(__doc__, convert, COLUMNS, "../shared/data/ge2017", "examples/ge2019/data/ge2017-baseline.csv",
        "folder holding the Library's ge2017_candidates.csv and ge2017_constituencies.csv",
        lambda rows: f"{len(rows)} candidates in {len({r['area_id'] for r in rows})} seats")


if __name__ == "__main__":
    main()
