"""A party as the pages show it (its own module: areas and the national model both name it)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Party:
    id: str
    name: str
    short_name: str
    colour: str
    url: str
