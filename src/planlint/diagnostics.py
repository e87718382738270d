"""Findings: what a check reports and how severe it is.

`message`, `hint`, `expected` and `actual` are texts (`planlint.messages.Text`): each reads as its
Chinese wording and carries the template and arguments it was made from, so that a reporter can
render it in any language (`Catalog.localize`). A plain string is a finished text, the same in
every language.
"""
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
    rulepack: Optional[str] = None    # the pack whose requirement this reports (stacked packs)
    place: Optional[str] = None       # where in a Word/PDF file: 段落12, 表2 第3行第2列, 第3页第5行
    # the headings the finding sits under in a document (Markdown, Word, PDF), outermost first;
    # () for YAML, whose keys and line say where, and before the first heading
    heading_path: tuple[str, ...] = ()
    # what `expected` is: what the national plan asks (None), or a value worked out from the
    # plan itself — "derived" (推算值: its own base, target and growth) or "table" (表中数值)
    expected_basis: Optional[str] = None
    # the national item's English name (the pack's name_en), set when a report is localised to English
    subject_en: Optional[str] = None

    @property
    def expected_key(self) -> str:
        """The catalogue key labelling `expected` in every report."""
        return "label.expected" if self.expected_basis is None else f"label.expected.{self.expected_basis}"

    @property
    def message_id(self) -> Optional[str]:
        """Which template the message was rendered from (None for a finished string)."""
        return getattr(self.message, "id", None)

    @property
    def line(self) -> int:
        return self.loc.line

    @property
    def column(self) -> int:
        return self.loc.column

    def sort_key(self) -> tuple:
        # findings at one place keep the order the checks gave them: the pack's order (专栏2, 专栏4 …)
        return (self.path, self.loc.line, self.loc.column, self.code)
