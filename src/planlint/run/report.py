"""What linting one file gives the reporters."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from planlint.diagnostics import Diagnostic
from planlint.model import Plan
from planlint.readers.source import SourceText


@dataclass(eq=False)
class CoveredItem:
    """A national item the plan takes up, with where (`--verbose`, JSON `covered`)."""

    kind: str                 # action
    subject: str              # its national name
    line: int
    evidence: tuple[str, ...]


@dataclass(eq=False, repr=False)
class FileReport:
    """The findings for one file, with the plan they were made on and the text it was read from."""

    path: str
    plan: Optional[Plan] = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # the decoded file (None when it could not be read): its suppression comments, and the lines
    # excerpts quote; a run keeps it past the policy only where excerpts are wanted
    source: Optional[SourceText] = field(default=None, repr=False)
    covered: list[CoveredItem] = field(default_factory=list)
    # the national indicators the plan sets (their names), checked against the pack: the overview
    # shows ✓ for one of them the pack does not ask of the plan, when no finding is about it
    indicators_set: tuple[str, ...] = ()

    def count(self, severity: str) -> int:
        return sum(1 for d in self.diagnostics if d.severity == severity)

    def source_line(self, number: int) -> Optional[str]:
        """The text of a line for an excerpt, when the run kept the source."""
        return self.source.line(number) if self.source is not None else None
