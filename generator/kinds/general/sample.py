"""The placeholder content `new --kind general-election` writes."""
from __future__ import annotations

from ...scaffold import SAMPLE_NOTE
from ..kind import Sample

PARTY_COLOURS_NOTE = """\
# Party colours where content/parties.yaml gives none (else a built-in table of UK parties is used):
# party_colours:
#   party-a: "#2166ac"
"""

GENERAL = {
    "content/parties.yaml": SAMPLE_NOTE + """\
parties:
  - id: party-a
    name: Party A (sample)
    short_name: PA
  - id: party-b
    name: Party B (sample)
    short_name: PB
  - id: party-c
    name: Party C (sample)
    short_name: PC
""",
    "content/areas/north-town.yaml": SAMPLE_NOTE + """\
id: north-town
name: North Town (sample)
region: Sample Region
nation: Sample Nation
electorate: 70000
status: declared
declared_at: 2024-01-02 02:30
invalid_votes: 120
previous_party: party-b
candidates:
  - name: Alex Example
    party: party-a
    votes: 21000
  - name: Sam Sample
    party: party-b
    votes: 19500
  - name: Jo Placeholder
    party: party-c
    votes: 4200
""",
    "content/areas/south-vale.yaml": SAMPLE_NOTE + """\
id: south-vale
name: South Vale (sample)
region: Sample Region
nation: Sample Nation
electorate: 65000
status: declared
declared_at: 2024-01-02 03:10
previous_party: party-b
candidates:
  - name: Chris Demo
    party: party-b
    votes: 23000
  - name: Pat Dummy
    party: party-a
    label: Party A and Friends (sample)
    votes: 15000
""",
    "content/areas/east-bay.yaml": SAMPLE_NOTE + """\
id: east-bay
name: East Bay (sample)
region: Sample Region
nation: Sample Nation
electorate: 60000
status: awaiting
candidates:
  - name: Lee Test
    party: party-a
  - name: Max Trial
    party: party-c
""",
}


def before_declaration(text: str) -> str:
    """An area file of the sample as it stands before its declaration: awaiting, no votes."""
    lines = [line for line in text.splitlines()
             if not line.strip().startswith(("votes:", "declared_at:", "invalid_votes:"))]
    return "\n".join("status: awaiting" if line.startswith("status:") else line for line in lines) + "\n"


def sample() -> Sample:
    return Sample("Sample general election (placeholder)",
                  (("Constituencies", "/areas/"), ("Regions", "/regions/"), ("Parties", "/parties/"),
                   ("Updates", "/updates/")), GENERAL, site_yaml_extra=PARTY_COLOURS_NOTE,
                  about_extra=" (or run `python -m generator import FILE.csv --site . --replace`)",
                  zero_files={path: before_declaration(text) if path.startswith("content/areas/") else text
                              for path, text in GENERAL.items()})
