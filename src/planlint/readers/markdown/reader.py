"""Markdown and pasted-text plans, read into the same Plan model as YAML.

Real plans arrive converted from Word or copied from a web page. The pipeline:
front matter → metadata; the body's lines classified (lines.py: markdown-it's block structure,
then line by line what it leaves as text); the title and what it implies (title.py); one pass
over the lines, where headings build the outline (outline.py), tables in any syntax (tables/)
give indicators or text, and every other line is section text, a 专栏 box or a prose target.

Tables are recognised by their content (an 指标 column and year / 基期 / 目标 columns), never by
position; a review table (targets for 2015, 规划目标/实现情况) is not taken for targets.
Values stay raw strings; the quantity parser reads them in the checks.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from planlint.diagnostics import Diagnostic
from planlint.model import START, Location, Metadata, Plan, UnreadTable
from planlint.readers.base import ReadResult
from planlint.readers.heading_paths import HeadingPaths
from planlint.readers.markdown.front_matter import metadata, read_front_matter
from planlint.readers.messages import FRONT_MATTER, MESSAGES
from planlint.readers.markdown.lines import Blocks, classify, pasted_heading
from planlint.readers.markdown.outline import Outline
from planlint.readers.markdown.tables.columns import indicator_columns, misdated_columns
from planlint.readers.markdown.tables.dashed import dashed_table, is_dash_runs
from planlint.readers.markdown.tables.flattened import flat_table, may_start_flat_table
from planlint.readers.markdown.tables.grid import grid_table, is_grid_border
from planlint.readers.markdown.tables.indicators import indicators
from planlint.readers.markdown.tables.pipe import pipe_table
from planlint.readers.markdown.tables.table import Table
from planlint.readers.markdown.title import complete_metadata, title_heading
from planlint.text.periods import FALLBACK_PERIOD

if TYPE_CHECKING:
    from planlint.readers.markdown.tables.html import HtmlTables

# rows with a value a table needs to be taken for an indicator table that could not be read
MIN_UNREAD_ROWS = 2


def read_markdown(text: str, path: str, default_period: tuple[int, int] = FALLBACK_PERIOD) -> ReadResult:
    """Read a Markdown or pasted-text plan; bad input gives PL001/PL002 findings, never raises."""
    try:
        return _read(text, path, default_period)
    except RecursionError:
        return ReadResult(None, [Diagnostic(path, Location(1, 1), "PL001", "error",
                                            MESSAGES["PL001"](detail=FRONT_MATTER["markdown-too-deep"]()))])


def _read(text: str, path: str, default_period: tuple[int, int]) -> ReadResult:
    raw_lines = text.split("\n")
    fm = read_front_matter(raw_lines, path)
    meta, meta_diags = metadata(fm, path)
    body = "\n".join(raw_lines[fm.body_start:])
    blocks = classify(body, fm.body_start)
    complete_metadata(meta, blocks)
    # which headings are actions, and which holds the targets, the pack says (analysis/document_headings.py)
    plan = Plan(path=path, format="md", meta=meta, structure_in_headings=True)
    period, period_given = _period(meta, default_period)
    _Pass(plan, blocks, _html_tables(body, blocks), Outline(plan, period), period, period_given,
          title_heading(blocks)).run()
    return ReadResult(plan, [*fm.diagnostics, *meta_diags], headings=HeadingPaths.of(plan.sections))


def _html_tables(body: str, blocks: Blocks) -> Optional[HtmlTables]:
    """Where the HTML tables are; most plans have no ``<`` at all, and for them the HTML
    reader is not even loaded."""
    if "<" not in body:
        return None
    from planlint.readers.markdown.tables.html import find_html_tables
    return find_html_tables(body, blocks.lines)


def _period(meta: Metadata, default: tuple[int, int]) -> tuple[tuple[int, int], bool]:
    """The period the plan is read for (its own, else the pack's), and whether it wrote one."""
    if meta.period_start is not None and meta.period_end is not None:
        return (meta.period_start, meta.period_end), True
    return default, False


@dataclass(eq=False, repr=False)
class _Pass:
    """One pass over the body's lines: each block goes to the outline or is read as a table."""

    plan: Plan
    blocks: Blocks
    html: Optional[HtmlTables]
    outline: Outline
    period: tuple[int, int]
    period_given: bool
    title_index: Optional[int]       # the heading that names the document: not a section

    def run(self) -> None:
        i, n = 0, len(self.blocks.lines)
        while i < n:
            i = self._block(i)
        self.outline.finish()

    def _block(self, i: int) -> int:
        """Read the block starting on line i; the index of the line after it."""
        kind = self.blocks.lines[i].kind
        if kind in ("rule", "text") and not self.blocks.lines[i].quote:
            found = self._dashed_table_at(i)
            if found is not None:
                self._take_table(found[0])
                return found[1]
        if kind == "heading":
            return self._heading(i)
        if kind == "table":
            return self._pipe_table(i)
        if kind == "text":
            return self._text(i)
        if kind == "rule":
            self.outline.rule()
        elif kind == "blank":
            self.outline.blank()
        return i + 1            # fenced code: not part of the plan

    def _heading(self, i: int) -> int:
        h = self.blocks.headings.get(i)
        if h is not None and i != self.title_index:
            self.outline.heading(h)
        return i + 1

    def _pipe_table(self, i: int) -> int:
        end = self.blocks.pipe_tables.get(i, i + 1)
        if i in self.blocks.pipe_tables:
            self._take_table(pipe_table(self.blocks.lines, i, end))
        return max(end, i + 1)

    def _text(self, i: int) -> int:
        """A text line starts a table (HTML, grid, flattened), is a pasted heading, or is text."""
        found = self._table_at(i)
        if found is not None:
            table, after = found
            self._take_table(table)
            return after
        ln = self.blocks.lines[i]
        heading = pasted_heading(ln)
        if heading is not None:
            self.outline.heading(heading)
        else:
            self.outline.text(ln)
        return i + 1

    def _dashed_table_at(self, i: int) -> Optional[tuple[Table, int]]:
        """Pandoc's simple or multiline table starting on line i: markdown-it reads its dash
        lines as rules or heading underlines, so it is looked for in the raw lines."""
        lines = self.blocks.lines
        raw = lines[i].raw
        if not (raw.lstrip(" ").startswith("---") or (i + 1 < len(lines) and is_dash_runs(lines[i + 1].raw))):
            return None
        return dashed_table(lines, i)

    def _table_at(self, i: int) -> Optional[tuple[Table, int]]:
        """The table written in text starting on line i and the index after it, if there is one."""
        lines = self.blocks.lines
        if self.html is not None and i in self.html.by_line:
            from planlint.readers.markdown.tables.html import html_table
            return html_table(lines, i, self.html)
        if is_grid_border(lines[i].text):
            grid = grid_table(lines, i)
            if grid is not None:
                return grid
        if may_start_flat_table(lines[i]):
            flat = flat_table(lines, i)
            if flat is not None:
                return flat[0], max(flat[1], i + 1)
        return None

    def _take_table(self, table: Table) -> None:
        """An indicator table's rows are the plan's indicators; any other table is text."""
        if not table.rows or not table.rows[0]:
            return
        cols = indicator_columns(table, self.period, self.period_given)
        if cols is None:
            if not self._unread(table):
                self.outline.table_text(table)     # its rows are not commitments in prose
            return
        if self.plan.indicators_loc == START:
            self.plan.indicators_loc = table.loc
        self.plan.indicators.extend(indicators(table, cols))

    def _unread(self, table: Table) -> bool:
        """A table an indicator table but for its header year is kept as unread, with its rows,
        so the checks report it once rather than each of its indicators as missing."""
        cols = misdated_columns(table, self.period, self.period_given)
        if cols is None:
            return False
        rows = [r for r in indicators(table, cols) if r.target is not None and r.target.value is not None]
        if len(rows) < MIN_UNREAD_ROWS:
            return False
        header = next((c for row in table.rows[:table.header_rows] for c in row
                       if str(cols.target_year) in c.text), table.rows[0][0])
        self.plan.unread_tables.append(UnreadTable(header.loc, table.caption, "year-outside-period",
                                                   (cols.target_year,), rows))
        return True
