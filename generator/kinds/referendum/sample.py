"""The placeholder content `new --kind referendum` writes."""
from __future__ import annotations

from ...scaffold import SAMPLE_NOTE
from ..kind import Sample

REFERENDUM = {
    "content/referendum.yaml": SAMPLE_NOTE + """\
question: Should the sample proposal be adopted? (sample)
answers:
  - id: "yes"
    label: "Yes"
    colour: "#1f77b4"
  - id: "no"
    label: "No"
    colour: "#f2c500"
# Optional: the share the leading answer needs for the result to stand.
# threshold:
#   percent: 40
#   of: electorate      # or valid_votes
""",
    "content/areas/north-town.yaml": SAMPLE_NOTE + """\
id: north-town
name: North Town (sample)
region: Sample Region
nation: Sample Nation
electorate: 70000
status: declared
declared_at: 2024-01-02 02:30
rejected_ballots: 120
results:
  - answer: "yes"
    votes: 26000
  - answer: "no"
    votes: 21000
""",
    "content/areas/south-vale.yaml": SAMPLE_NOTE + """\
id: south-vale
name: South Vale (sample)
region: Sample Region
nation: Sample Nation
electorate: 65000
status: declared
declared_at: 2024-01-02 03:10
rejected_ballots: 80
results:
  - answer: "yes"
    votes: 19000
  - answer: "no"
    votes: 24500
""",
    "content/areas/east-bay.yaml": SAMPLE_NOTE + """\
id: east-bay
name: East Bay (sample)
region: Sample Region
nation: Sample Nation
electorate: 60000
status: awaiting
""",
}


def before_declaration(text: str) -> str:
    """A counting area of the sample as it stands before its declaration: awaiting, no votes."""
    kept, skipping = [], False
    for line in text.splitlines():
        if line.startswith("results:"):
            skipping = True  # the list of answers' votes under it goes too
        elif skipping and not line.startswith(" "):
            skipping = False
        if not skipping and not line.startswith(("declared_at:", "rejected_ballots:")):
            kept.append("status: awaiting" if line.startswith("status:") else line)
    return "\n".join(kept) + "\n"


def sample() -> Sample:
    return Sample("Sample referendum (placeholder)",
                  (("Counting areas", "/areas/"), ("Regions", "/regions/"), ("Biggest and closest", "/results/"),
                   ("Updates", "/updates/")), REFERENDUM,
                  about_extra=" (or run `python -m generator import FILE.csv --site . --replace`)",
                  zero_files={path: before_declaration(text) if path.startswith("content/areas/") else text
                              for path, text in REFERENDUM.items()})
