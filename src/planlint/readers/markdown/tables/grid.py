"""Pandoc grid tables (``+----+====+`` borders, cells between pipes, wrapped over lines)."""
from __future__ import annotations

from typing import Optional

from planlint.readers.markdown.lines import Line
from planlint.readers.markdown.markup import join_wrapped
from planlint.readers.markdown.tables.pipe import split_row
from planlint.readers.markdown.tables.table import Cell, Table, caption_above


def is_grid_border(text: str) -> bool:
    """``+-----+=====+`` (``:`` for alignment): a grid table's border or header separator."""
    return len(text) >= 3 and text[0] == "+" and text[-1] == "+" and not text.strip("+-=:") \
        and ("-" in text or "=" in text)


def grid_table(lines: list[Line], start: int) -> Optional[tuple[Table, int]]:
    """A grid table whose top border is lines[start], and the index after it; None if none."""
    groups: list[list[list[Cell]]] = []     # one per row: its lines split at the pipes
    current: list[list[Cell]] = []
    header_rows = 0
    i = start + 1
    while i < len(lines) and lines[i].kind == "text":
        text = lines[i].text
        if is_grid_border(text):
            if current:
                groups.append(current)
                current = []
            if "=" in text and not header_rows:
                header_rows = len(groups)
        elif text.startswith("|"):
            current.append(split_row(lines[i].raw, lines[i].no))
        else:
            break
        i += 1
    if current:
        groups.append(current)
    if not groups:
        return None
    rows = [_grid_row(group) for group in groups]
    header_rows = header_rows if 0 < header_rows < len(rows) else 1
    return Table(rows, lines[start].loc, caption_above(lines, start), header_rows=header_rows), i


def _grid_row(group: list[list[Cell]]) -> list[Cell]:
    """The cells of one grid row: each column's lines joined, located at its first text."""
    width = max(len(parts) for parts in group)
    row = []
    for j in range(width):
        parts = [parts[j] for parts in group if j < len(parts)]
        located = next((c for c in parts if c.text), parts[0])
        row.append(Cell(join_wrapped("\n".join(c.text for c in parts)), located.loc))
    return row
