"""What linting one file gives the run: a report or a problem, and the waivers it used.

Made where the file is linted (here or in a worker process) and sent back whole, so it holds
plain, picklable data only.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from planlint.run.report import FileReport

# a waiver file, and for each of its waivers by position: (used, applied somewhere)
WaiverMarks = tuple[Path, tuple[tuple[bool, bool], ...]]


@dataclass(eq=False, repr=False)
class FileOutcome:
    """What one file came to: its report, a problem for the run to state, the waivers it used."""

    report: Optional[FileReport]              # None: excluded by the configuration, or unreadable
    problem: Optional[str] = None             # one line for the run's problems (exit 2)
    waivers: Optional[WaiverMarks] = None
    # with a streamed report: the report's piece of output, rendered where the file was linted,
    # in place of the report; and whether the report fails the run
    rendered: object = None
    failing: bool = False
