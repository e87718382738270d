"""Headings → the section tree; text lines → section bodies, 专栏 boxes and prose targets.

Headings arrive in order, Markdown ones (``##``) and pasted ones (``（三）发展目标``) mixed; each
is nested by its Markdown level or, for a pasted heading, by its numbering below the last
Markdown heading. A 专栏 box opened by a line runs until a blank pair, a rule, another box or
the end of its block quote; one opened by a heading holds the deeper headings under it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from planlint.model import Plan, PlanProject, Section
from planlint.readers.markdown.boxes import Box, opens_box
from planlint.readers.markdown.lines import Heading, Line
from planlint.readers.markdown.markup import clean
from planlint.readers.markdown.numbering import numbering_rank, strip_numbering
from planlint.readers.markdown.tables.table import Table
from planlint.readers.prose_targets import paragraph_context, targets_across, text_targets, with_wrapped


# a line that opens a list item or a numbered paragraph (- …, 1. …, （二）…) starts afresh
_ITEM = re.compile(r"^(?:[-*+][ \t]|\d{1,3}[.)][ \t])")


def _starts_item(text: str) -> bool:
    return bool(_ITEM.match(text)) or numbering_rank(text) is not None


@dataclass(eq=False)
class _Open:
    """A section still open while headings are read."""

    key: float
    section: Section
    lines: list[Line] = field(default_factory=list)


class Outline:
    """Builds the plan's sections and projects as the reader meets headings and lines."""

    def __init__(self, plan: Plan, period: tuple[int, int]) -> None:
        self.plan = plan
        self.period = period
        self.stack: list[_Open] = []
        self.preamble: list[Line] = []
        self.box: Optional[Box] = None
        self.last_md: Optional[Heading] = None
        self.closed: list[_Open] = []
        # the text lines of the paragraph going on: a target may wrap onto the next line, and
        # a year written on an earlier line is the year of the targets after it
        self.paragraph: list[Line] = []
        # the headings of the open sections, for each prose target: made when a heading opens
        self.headings: tuple[str, ...] = ()

    # headings --------------------------------------------------------------------------
    def heading(self, h: Heading) -> None:
        self.paragraph = []
        key = self._key(h)
        title = strip_numbering(h.text)
        if self.box is not None and self.box.key is not None and key > self.box.key \
                and not opens_box(title):
            self.box.lines.append(Line(h.loc.line, "", "heading", h.text, h.loc.column))
        else:
            self.close_box()
        while self.stack and self.stack[-1].key >= key:
            self.closed.append(self.stack.pop())
        cleaned = clean(h.text)     # mostly the text itself: its title is then the one above
        section = Section(h.text, h.loc, title=title if cleaned == h.text else strip_numbering(cleaned))
        if self.stack:
            self.stack[-1].section.sections.append(section)
        else:
            self.plan.sections.append(section)
        self.stack.append(_Open(key, section))
        self.headings = tuple(op.section.heading for op in self.stack)
        if opens_box(title) and self.box is None:
            self.box = Box(PlanProject(title, h.loc), 0, key=key)
            self.plan.projects.append(self.box.project)

    def _key(self, h: Heading) -> float:
        """Nesting rank: Markdown level, or for a pasted heading its numbering below the last
        Markdown heading (remembered here, as headings arrive in order)."""
        if h.md_level is not None:
            key = float(h.md_level * 10)
            self.last_md = h
        elif self.last_md is None:
            key = float((h.rank or 0) * 10)
        else:
            outer = self.last_md.rank if self.last_md.rank is not None else 0
            key = self.last_md.md_level * 10 + min(9, max(1, (h.rank or 0) - outer))  # type: ignore[operator]
        return key

    # text --------------------------------------------------------------------------------
    def text(self, ln: Line) -> None:
        content = ln.cleaned
        if opens_box(content):
            self.close_box()
            self.box = Box(PlanProject(content.strip("【】[]〔〕"), ln.loc), ln.quote)
            self.plan.projects.append(self.box.project)
        elif self.box is not None:
            if self.box.quote and ln.quote != self.box.quote:
                self.close_box()
            elif self.box.blanks >= 2:
                self.close_box()
            else:
                self.box.lines.append(ln)
                self.box.blanks = 0
        self._body().append(ln)
        headings = self.headings
        prev = self.paragraph[-1] if self.paragraph else None
        if prev is None or prev.no + 1 != ln.no or prev.quote != ln.quote or _starts_item(ln.text):
            self.paragraph, prev = [], None
        before = paragraph_context(*(p.text for p in self.paragraph[-3:]))
        across = targets_across((prev.text, prev.no, prev.col), (ln.text, ln.no, ln.col), self.period, headings,
                                paragraph_context(*(p.text for p in self.paragraph[-3:-1]))) if prev else []
        self.plan.indicators.extend(with_wrapped(across, text_targets(ln.text, ln.no, ln.col, self.period, headings,
                                                                      self.plan.results, before)))
        self.paragraph.append(ln)

    def table_text(self, table: Table) -> None:
        """A table that is not an indicator table is text of its section, a row per line;
        one headed ``专栏N`` is a box."""
        self.paragraph = []
        rows_text = ["　".join(c.text for c in row if c.text) for row in table.rows]
        first = table.rows[0][0].text if table.rows[0] else ""
        if opens_box(first):
            body = "\n".join(r for r in rows_text[1:] if r)
            loc = table.rows[1][0].loc if len(table.rows) > 1 and table.rows[1] else None
            self.plan.projects.append(PlanProject(first, table.rows[0][0].loc, body, loc))
        for row in table.rows:
            if row and any(c.text for c in row):
                cell = next(c for c in row if c.text)
                self._body().append(Line(cell.loc.line, "", "text", "　".join(c.text for c in row if c.text),
                                         cell.loc.column))

    def _body(self) -> list[Line]:
        """The lines of the innermost open section (before any heading: the preamble)."""
        return self.stack[-1].lines if self.stack else self.preamble

    def blank(self) -> None:
        self.paragraph = []
        if self.box is not None:
            self.box.blanks += 1

    def rule(self) -> None:
        self.paragraph = []
        self.close_box()

    def close_box(self) -> None:
        if self.box is None:
            return
        body = [ln for ln in self.box.lines]
        self.box.project.body = "\n".join(ln.cleaned for ln in body)
        self.box.project.body_loc = body[0].loc if body else None
        self.box.project.body_lines = tuple(ln.no for ln in body)
        self.box = None

    def finish(self) -> None:
        self.close_box()
        self.closed.extend(self.stack)
        self.stack = []
        self.headings = ()
        for op in self.closed:
            op.section.body = "\n".join(ln.cleaned for ln in op.lines)
            op.section.body_loc = op.lines[0].loc if op.lines else None
            op.section.body_lines = tuple(ln.no for ln in op.lines)
