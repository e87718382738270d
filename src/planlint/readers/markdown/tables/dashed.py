"""Pandoc's simple and multiline tables (``pandoc -t markdown`` writes Word tables this way).

Columns are the runs of dashes in the line under the header; a cell is the text from its
run's start up to the next run's. Pandoc aligns them by display width (a Chinese character is
two columns wide), so the lines are cut by that width, not by character count.

    simple:     header line, dash runs, rows up to a blank line
    multiline:  a dash line across the table, header lines, dash runs, rows separated by blank
                lines (a cell may wrap over several), a closing dash line
    headerless: dash runs, rows (one a line, or separated by blank lines when cells wrap), the
                same dash runs again; pandoc writes a Word table so when its first row is not
                marked as a header, which Word leaves unmarked unless asked: that first row is
                still the header by its content (指标 | 2015年 | 2020年)
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from typing import Optional

from planlint.model import Location
from planlint.readers.markdown.lines import Line
from planlint.readers.markdown.markup import clean, is_wide, join_wrapped
from planlint.readers.markdown.tables.table import Cell, Table, caption_above

_RUNS = re.compile(r"-+")
_RUN_LINE = re.compile(r"^ {0,3}-+(?: +-+)+ *$")      # at least two columns
_FULL_LINE = re.compile(r"^ {0,3}-{3,} *$")
MAX_HEADER_LINES = 4        # a multiline table's header wraps over a few lines, not a page
MAX_CELL_CHARS = 2000       # a cell's text is cut here: no indicator cell is longer
MAX_COLUMNS = 64            # more dash runs than this is a drawing, not a table (bounds the work per line)
MAX_DASH_CHARS = 2000       # a table's width in dashes: a longer dash line is a rule
MIN_RUN_DASHES = 3          # pandoc's narrowest column: ``- - -`` is a thematic break, not a table


def is_dash_runs(raw: str) -> bool:
    return raw.count("-") <= MAX_DASH_CHARS and bool(_RUN_LINE.match(raw)) and \
        len(raw.split()) <= MAX_COLUMNS


def _is_full(raw: str) -> bool:
    return len(raw) <= MAX_DASH_CHARS + 3 and bool(_FULL_LINE.match(raw))


def _width(text: str) -> int:
    return sum(2 if is_wide(ch) else 1 for ch in text)


def _columns(raw: str) -> list[int]:
    """The display column each dash run starts at."""
    return [m.start() for m in _RUNS.finditer(raw)]


def _cut(raw: str, starts: list[int]) -> list[tuple[str, int]]:
    """The line's text under each column (by display width), with the 1-based character column
    each piece starts at."""
    if raw.isascii():
        at = starts
    else:
        # display column of each character: the cut points are found by bisection, not per character
        cols = list(accumulate((2 if is_wide(ch) else 1 for ch in raw), initial=0))
        at = [bisect_left(cols, s) for s in starts]
    bounds = [0, *at[1:], len(raw)]
    out = []
    for j in range(len(starts)):
        piece = raw[bounds[j]:bounds[j + 1]]
        lead = len(piece) - len(piece.lstrip())
        out.append((piece.strip(), bounds[j] + lead + 1))
    return out


def _row(lines: list[Line], group: list[int], starts: list[int]) -> list[Cell]:
    """One row from its lines (one line in a simple table, several in a multiline one)."""
    parts = [_cut(lines[i].raw, starts) for i in group]
    row = []
    for j in range(len(starts)):
        texts = [p[j][0] for p in parts]
        at = next((k for k, t in enumerate(texts) if t), 0)
        text = clean(join_wrapped("\n".join(texts)))[:MAX_CELL_CHARS]
        row.append(Cell(text, Location(lines[group[at]].no, parts[at][j][1])))
    return row


def dashed_table(lines: list[Line], start: int) -> Optional[tuple[Table, int]]:
    """A simple or multiline table starting on lines[start], and the index after it; None if
    none starts there."""
    if _is_full(lines[start].raw):
        return _multiline(lines, start)
    if start + 1 < len(lines) and lines[start].raw.strip() and is_dash_runs(lines[start + 1].raw):
        return _simple(lines, start)
    if is_dash_runs(lines[start].raw) and (start == 0 or not lines[start - 1].raw.strip()):
        return _headerless(lines, start)
    return None


def _headerless(lines: list[Line], start: int) -> Optional[tuple[Table, int]]:
    """Rows between two equal lines of dash runs; blank lines between rows make it multiline
    (a row is the lines up to the next blank), else each line is a row."""
    opening = lines[start].raw.rstrip()
    if min(len(run) for run in opening.split()) < MIN_RUN_DASHES:
        return None
    close = None
    for k in range(start + 1, len(lines)):
        if is_dash_runs(lines[k].raw):
            close = k
            break
        if not lines[k].raw.strip() and k + 1 < len(lines) and not lines[k + 1].raw.strip():
            return None                 # two blank lines end a table: there was no closing line
    if close is None or lines[close].raw.rstrip() != opening or close == start + 1:
        return None
    starts = _columns(opening)
    body = range(start + 1, close)
    if any(not lines[k].raw.strip() for k in body):
        groups: list[list[int]] = [[]]
        for k in body:
            if lines[k].raw.strip():
                groups[-1].append(k)
            elif groups[-1]:
                groups.append([])
        groups = [g for g in groups if g]
    else:
        groups = [[k] for k in body]
    rows = [_row(lines, group, starts) for group in groups]
    if len(rows) < 2:
        return None
    return Table(rows, Location(lines[start].no, 1), caption_above(lines, start)), close + 1


def _simple(lines: list[Line], start: int) -> Optional[tuple[Table, int]]:
    starts = _columns(lines[start + 1].raw)
    rows = [_row(lines, [start], starts)]
    i = start + 2
    while i < len(lines) and lines[i].raw.strip() and not is_dash_runs(lines[i].raw):
        rows.append(_row(lines, [i], starts))
        i += 1
    if i < len(lines) and is_dash_runs(lines[i].raw):
        i += 1                          # a headerless simple table's closing line
    if len(rows) < 2:
        return None
    return Table(rows, Location(lines[start].no, 1), caption_above(lines, start)), i


def _multiline(lines: list[Line], start: int) -> Optional[tuple[Table, int]]:
    n = len(lines)
    sep = next((k for k in range(start + 1, min(start + 2 + MAX_HEADER_LINES, n)) if is_dash_runs(lines[k].raw)),
               None)
    if sep is None or sep == start + 1 or any(not lines[k].raw.strip() for k in range(start + 1, sep)):
        return None
    close = next((k for k in range(sep + 1, n) if _is_full(lines[k].raw)), None)
    if close is None:
        return None                     # no closing line: not a table (and no row was cut)
    starts = _columns(lines[sep].raw)
    rows = [_row(lines, list(range(start + 1, sep)), starts)]
    group: list[int] = []
    for i in range(sep + 1, close):
        if lines[i].raw.strip():
            group.append(i)
        elif group:
            rows.append(_row(lines, group, starts))
            group = []
    if group:
        rows.append(_row(lines, group, starts))
    i = close
    if len(rows) < 2:
        return None
    return Table(rows, Location(lines[start].no, 1), caption_above(lines, start)), i + 1
