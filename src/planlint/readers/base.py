"""What every reader returns: a plan (when one could be read) and the findings of reading."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from planlint.diagnostics import Diagnostic
from planlint.messages import Text
from planlint.model import Location, Plan
from planlint.readers.messages import MESSAGES


@dataclass
class ReadResult:
    """A reader's output: the plan (None if unreadable) and its findings."""

    plan: Optional[Plan]
    diagnostics: list[Diagnostic] = field(default_factory=list)


def unreadable(path: str, detail: Text, loc: Location = Location(1, 1), hint: Optional[Text] = None) -> ReadResult:
    """A file that cannot be read or parsed: one PL001 finding and no plan."""
    return ReadResult(None, [Diagnostic(path, loc, "PL001", "error", MESSAGES["PL001"](detail=detail), hint=hint)])
