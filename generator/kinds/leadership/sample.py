"""The placeholder content `new --kind leadership` writes."""
from __future__ import annotations

from ...scaffold import SAMPLE_NOTE
from ..kind import Sample

LEADERSHIP = {
    "content/candidates.yaml": SAMPLE_NOTE + """\
candidates:
  - id: candidate-a
    name: Candidate A (sample)
    colour: "#2166ac"
  - id: candidate-b
    name: Candidate B (sample)
    colour: "#b2182b"
""",
    "content/results.yaml": SAMPLE_NOTE + """\
ballot:
  title: Result (sample)
  status: declared
  declared_at: 2024-01-01 12:00
  votes:
    candidate-a: 600
    candidate-b: 400
  valid_votes: 1000
  source:
    name: "Placeholder: name the source of the figures here"
""",
}


ZERO_RESULTS = SAMPLE_NOTE + """\
ballot:
  title: Result (sample)
  status: awaiting
  votes:
    candidate-a: 0
    candidate-b: 0
  valid_votes: 0
  source:
    name: "Placeholder: name the source of the figures here"
"""


def sample() -> Sample:
    return Sample("Sample leadership election (placeholder)",
                  (("Result", "/result/"), ("Candidates", "/candidates/"), ("Updates", "/updates/")), LEADERSHIP,
                  zero_files={**LEADERSHIP, "content/results.yaml": ZERO_RESULTS})
