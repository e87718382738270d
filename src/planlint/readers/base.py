"""What every reader returns: a plan (when one could be read) and the findings of reading."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from planlint.diagnostics import Diagnostic
from planlint.model import Location, Plan


@dataclass
class ReadResult:
    """A reader's output: the plan (None if unreadable) and its findings."""

    plan: Optional[Plan]
    diagnostics: list[Diagnostic] = field(default_factory=list)


def unreadable(path: str, message: str, loc: Location = Location(1, 1), hint: Optional[str] = None) -> ReadResult:
    """A file that cannot be read or parsed: one PL001 finding and no plan."""
    return ReadResult(None, [Diagnostic(path, loc, "PL001", "error", message, hint=hint)])
