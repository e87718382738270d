"""What every reader returns: a plan (when one could be read) and the findings of reading."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from planlint.diagnostics import Diagnostic
from planlint.messages import Text
from planlint.model import Location, Plan
from planlint.readers.messages import MESSAGES

if TYPE_CHECKING:
    from planlint.readers.heading_paths import HeadingPaths
    from planlint.readers.locator import Locator
    from planlint.readers.source import SourceText


@dataclass(eq=False, repr=False)
class ReadResult:
    """A reader's output: the plan (None if unreadable) and its findings."""

    plan: Optional[Plan]
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # a format read through text rendered from it (Word): moves findings back to its paragraphs
    locator: Optional["Locator"] = None
    source: Optional["SourceText"] = None     # the lines excerpts quote, when not the file's bytes
    headings: Optional["HeadingPaths"] = None # a document's heading path for each of its lines


def unreadable(path: str, detail: Text, loc: Location = Location(1, 1), hint: Optional[Text] = None) -> ReadResult:
    """A file that cannot be read or parsed: one PL001 finding and no plan."""
    return ReadResult(None, [Diagnostic(path, loc, "PL001", "error", MESSAGES["PL001"](detail=detail), hint=hint)])
