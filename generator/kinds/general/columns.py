"""The columns of the results CSV that `import` reads: one row per candidate in an area."""
from __future__ import annotations

REQUIRED = ("area_id", "area", "region", "nation", "party", "candidate", "votes")
OPTIONAL = ("party_id", "party_short", "colour", "electorate", "invalid_votes", "declared_at", "previous_party",
            "status")
