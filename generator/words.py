"""Words for readers: a count with its noun in the right number ("1 seat", "3 societies")."""
from __future__ import annotations

from .numbers import fmt_int

# Plurals that adding "s" (or "es", or "y" to "ies") does not make.
IRREGULAR: dict[str, str] = {"is": "are", "was": "were", "has": "have", "this": "these", "person": "people",
                             "MP": "MPs", "CLP": "CLPs"}


def plural_of(word: str) -> str:
    """The plural of an English noun: body -> bodies, box -> boxes, seat -> seats."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith("y") and len(word) > 1 and word[-2].lower() not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def noun(n: int, word: str, many: str | None = None) -> str:
    """The noun alone in the number that n needs: noun(1, "is") -> "is", noun(2, "is") -> "are"."""
    return word if n == 1 else (many or plural_of(word))


def plural(n: int, word: str, many: str | None = None) -> str:
    """A count and its noun: plural(1, "nomination") -> "1 nomination", plural(1200, "seat") -> "1,200 seats"."""
    return f"{fmt_int(n)} {noun(n, word, many)}"
