"""The one error type for everything an editor can fix, carrying file, line and a hint."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located at path:line."""

    path: str
    line: int | None
    message: str
    hint: str = ""
    warning: bool = False

    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def __str__(self) -> str:
        text = f"{self.location()}: {self.message}"
        return f"{text}\n  hint: {self.hint}" if self.hint else text


class SiteError(Exception):
    """Raised with every problem found; the CLI prints them and exits 1."""

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)

    @classmethod
    def single(cls, path: str | Path, line: int | None, message: str, hint: str = "") -> "SiteError":
        return cls(Problem(str(path), line, message, hint))


def at(path: str | Path, line: int | None, message: str, hint: str = "") -> SiteError:
    """Build a SiteError for a single problem."""
    return SiteError.single(path, line, message, hint)


class Collector:
    """Gathers problems across a pass so that all of them are reported at once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path: str | Path, line: int | None, message: str, hint: str = "") -> None:
        self.problems.append(Problem(str(path), line, message, hint))

    def warn(self, path: str | Path, line: int | None, message: str, hint: str = "") -> None:
        self.problems.append(Problem(str(path), line, message, hint, warning=True))

    def extend(self, error: SiteError) -> None:
        self.problems.extend(error.problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]

    def raise_if_any(self) -> None:
        if self.errors:
            raise SiteError(self.errors)
