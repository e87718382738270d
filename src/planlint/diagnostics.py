"""Findings: what a check reports and how severe it is."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from planlint.model import Location

SEVERITIES = ("info", "warning", "error")


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


@dataclass
class Diagnostic:
    """One finding at one place in one file, as every reporter receives it."""

    path: str
    loc: Location
    code: str
    severity: str
    message: str
    subject: Optional[str] = None
    expected: Optional[str] = None
    actual: Optional[str] = None
    source: Optional[str] = None      # citation of the national text
    evidence: list[str] = field(default_factory=list)  # where a requirement was found covered
    hint: Optional[str] = None
    # the values a message was built from (the plan's own names, years, computed figures), for
    # rebuilding it in another language; "form" names the message's variant. Not in Contract 2.
    args: dict[str, str] = field(default_factory=dict)

    @property
    def line(self) -> int:
        return self.loc.line

    @property
    def column(self) -> int:
        return self.loc.column

    def sort_key(self) -> tuple:
        # findings at one place keep the order the checks gave them: the pack's order (专栏2, 专栏4 …)
        return (self.path, self.loc.line, self.loc.column, self.code)
