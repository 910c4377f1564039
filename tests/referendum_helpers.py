"""Small referendum sites written to a folder, for the referendum tests."""
from __future__ import annotations

import csv
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples/eu-ref-2016"
SHARED = REPO.parent / "shared/data/eu-ref-2016/eu_referendum_2016_counting_areas.csv"
COPY = EXAMPLE / "data/commission/eu_referendum_2016_counting_areas.csv"

SITE = """title: Test referendum
description: A test.
base_url: https://example.org/ref/
kind: referendum
election:
  name: Test referendum
"""
QUESTION = """question: Should the test pass?
answers:
  - id: "yes"
    label: "Yes"
    colour: "#1f77b4"
  - id: "no"
    label: "No"
    colour: "#f2c500"
"""


def commission_rows() -> list[dict[str, str]]:
    """The Electoral Commission's file: the shared copy, else the one kept in the example."""
    with open(SHARED if SHARED.is_file() else COPY, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def area(area_id: str, name: str, yes: int | None, no: int | None, *, status: str = "declared",
         region: str = "North", electorate: int | None = 1000, rejected: int | None = None) -> str:
    lines = [f"id: {area_id}", f"name: {name}", f"region: {region}", "nation: Testland", f"status: {status}"]
    if electorate is not None:
        lines.append(f"electorate: {electorate}")
    if rejected is not None:
        lines.append(f"rejected_ballots: {rejected}")
    if yes is not None:
        lines += ["results:", '  - answer: "yes"', f"    votes: {yes}", '  - answer: "no"', f"    votes: {no}"]
    return "\n".join(lines) + "\n"


def write_site(root: Path, areas: dict[str, str], question: str = QUESTION) -> Path:
    (root / "content/areas").mkdir(parents=True)
    (root / "site.yaml").write_text(SITE, encoding="utf-8")
    (root / "content/referendum.yaml").write_text(question, encoding="utf-8")
    for aid, text in areas.items():
        (root / f"content/areas/{aid}.yaml").write_text(text, encoding="utf-8")
    return root
