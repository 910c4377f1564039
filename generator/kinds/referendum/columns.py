"""The columns of the results CSV that `import` reads for a referendum: one row per counting area and answer."""
from __future__ import annotations

REQUIRED = ("area_id", "area", "region", "answer", "votes")
OPTIONAL = ("nation", "electorate", "rejected_ballots", "declared_at", "status")
