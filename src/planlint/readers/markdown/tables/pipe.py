"""GFM pipe tables (``| 指标 | 2015年 | 2020年 |``), as markdown-it marks their lines."""
from __future__ import annotations

from planlint.model import Location
from planlint.readers.markdown.lines import QUOTE_PREFIX, Line
from planlint.readers.markdown.markup import BLANKS, clean, leading_blank
from planlint.readers.markdown.tables.table import Cell, Table, caption_above


def split_row(raw: str, no: int) -> list[Cell]:
    """Cells of one pipe-table line with their columns; escaped pipes stay in the cell."""
    prefix = QUOTE_PREFIX.match(raw)
    pos = prefix.end() if prefix else 0
    n = len(raw)
    while pos < n and raw[pos] in BLANKS:
        pos += 1
    if pos < n and raw[pos] == "|":
        pos += 1
    cells: list[Cell] = []
    start = pos
    i = raw.find("|", pos)          # from pipe to pipe, not character by character
    while True:
        if i < 0:
            i = n
        elif raw[i - 1] == "\\":
            i = raw.find("|", i + 1)
            continue
        seg = raw[start:i]
        lead = leading_blank(seg)
        cells.append(Cell(clean(seg), Location(no, start + lead + 1)))
        if i == n:
            break
        start = i + 1
        i = raw.find("|", start)
    if cells and not cells[-1].text and raw.rstrip(BLANKS).endswith("|"):
        cells.pop()
    return cells


def pipe_table(lines: list[Line], start: int, end: int) -> Table:
    """The pipe table on lines[start:end]: its header row, then the rows after the delimiter."""
    rows = [split_row(lines[start].raw, lines[start].no)]
    rows += [split_row(lines[i].raw, lines[i].no) for i in range(start + 2, end)]
    return Table(rows, Location(lines[start].no, 1), caption_above(lines, start))
