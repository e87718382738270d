"""Tables flattened into text: one cell per line, rows separated by blank lines.

Text copied from Word or a web page turns a table into a column of lines (the national plan's
own text looks like that), indented with tabs or not, a header cell sometimes wrapped onto a
second line. Such a table is recognised by its first header cell (指标, 类别, 序号 …) and
ends where a group of lines no longer looks like a row.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from planlint.model import Location
from planlint.readers.markdown.boxes import opens_box
from planlint.readers.markdown.lines import SENTENCE_END, Line, pasted_heading_rank
from planlint.readers.markdown.markup import squash
from planlint.readers.markdown.tables.columns import is_subheader
from planlint.readers.markdown.tables.table import Cell, Table, caption_above, is_note

MAX_CELL_CHARS = 80              # a flattened "cell" longer than this is prose: the table ended

_FIRST_HEADER_CELLS = frozenset({"指标", "指标名称", "主要指标", "具体指标", "类别", "序号", "领域", "分类"})
_WRAPPED_UNIT = re.compile(r"[（(][^（）()]{0,12}[）)]")      # （%） wrapped under its header
_HEADER_FIRST = frozenset(word[0] for word in _FIRST_HEADER_CELLS)
# punctuation lines start with that NFKC keeps or makes ASCII, and never composes with what follows
_OPENING_PUNCTUATION = frozenset("（“‘【〔《「『")


def _starts_no_header(first: str) -> bool:
    """Is squash() of a text starting with this character sure to start with it (or with its
    ASCII form), so that no header cell starts there? True for a CJK ideograph, printable ASCII
    and opening punctuation: NFKC neither changes them into a blank nor composes them."""
    return first not in _HEADER_FIRST and ("\u4e00" <= first <= "\u9fff" or first in _OPENING_PUNCTUATION
                                           or (first.isascii() and not first.isspace()))


def may_start_flat_table(ln: Line) -> bool:
    """Is this line the first header cell of a flattened table?"""
    text = ln.cleaned
    if text and _starts_no_header(text[0]):
        return False        # most lines: every text line is asked, and squash() costs more
    return squash(text) in _FIRST_HEADER_CELLS


def flat_table(lines: list[Line], start: int) -> Optional[tuple[Table, int]]:
    """Read a flattened table whose header starts at lines[start]; None if it is not one."""
    indented = lines[start].indented
    groups = _flat_groups(lines, start, indented)
    first = next(groups, None)
    if first is None:
        return None
    end, header = first
    if len(header) < 3 or any(len(c.text) > 30 for c in header):
        return None
    rows = [header]
    header_rows = 1
    consumed = end
    for end, cells in groups:
        note = next((k for k, c in enumerate(cells) if k and is_note(c.text)), None)
        if note is not None:
            # the 注 line pasted right under the last row, without a blank line
            if not _stops_flat_table(lines, cells[:note], indented, len(rows[0])):
                rows.append(cells[:note])
            consumed = end
            break
        head = cells[0].text if cells else ""
        if _stops_flat_table(lines, cells, indented, len(rows[0])):
            if is_note(head):
                consumed = end
            break
        if len(rows) == header_rows and header_rows == 1 and is_subheader(cells):
            header_rows = 2
        rows.append(cells)
        consumed = end
    table = Table(rows, Location(lines[start].no, lines[start].col), caption_above(lines, start),
                  flattened=True, header_rows=header_rows)
    return table, consumed


def _flat_groups(lines: list[Line], start: int, indented: bool) -> Iterable[tuple[int, list[Cell]]]:
    """Yield (index after the group, cells) for each blank-separated group of text lines."""
    i = start
    n = len(lines)
    while i < n:
        while i < n and lines[i].kind == "blank" and not (indented and _is_empty_cell(lines[i])):
            i += 1
        if i >= n or not (lines[i].kind == "text" or (indented and _is_empty_cell(lines[i]))):
            return
        cells: list[Cell] = []
        while i < n and (lines[i].kind == "text" or (indented and _is_empty_cell(lines[i]))):
            ln = lines[i]
            if ln.kind == "blank":
                cells.append(Cell("", Location(ln.no, len(ln.raw) + 1)))
            elif cells and _continues(ln, indented):
                prev = cells[-1]
                cells[-1] = Cell(prev.text + ln.cleaned, prev.loc)
            else:
                cells.append(Cell(ln.cleaned, ln.loc))
            i += 1
        yield i, cells


def _is_empty_cell(ln: Line) -> bool:
    # a line holding only a tab is an empty cell; a truly empty line separates rows
    return ln.kind == "blank" and "\t" in ln.raw


def _continues(ln: Line, indented: bool) -> bool:
    """A wrapped header such as ``年均增速`` + ``（%）`` on the next, unindented line."""
    if indented and not ln.indented and not ln.quote:
        return True
    return bool(_WRAPPED_UNIT.fullmatch(ln.text))


def _stops_flat_table(lines: list[Line], cells: list[Cell], indented: bool, width: int) -> bool:
    if not cells:
        return True
    head = cells[0].text
    if is_note(head):
        return True
    first_line = lines[cells[0].loc.line - lines[0].no]
    if indented and not first_line.indented and not first_line.quote and cells[0].text:
        return True
    if len(cells) > width + 2:
        return True
    if any(len(c.text) > MAX_CELL_CHARS or SENTENCE_END.search(c.text) for c in cells):
        return True
    if len(cells) == 1 and (opens_box(head) or pasted_heading_rank(head)):
        return True
    return False
