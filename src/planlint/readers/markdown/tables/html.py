"""HTML tables in the Markdown: where each starts and ends, and reading one in the line stream."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Optional

from planlint.model import Location
from planlint.readers.markdown.lines import Line
from planlint.readers.markdown.markup import clean
from planlint.readers.markdown.tables.html_parser import read_html_table
from planlint.readers.markdown.tables.table import MAX_CAPTION_CHARS, Table, caption_above

CLOSE_TAG_REACH = 200            # how far after ``</table`` its ``>`` may be

_TABLE_TAG = re.compile(r"<(/?)table(?=[\s/>])", re.IGNORECASE)

Span = tuple[int, Optional[int]]     # offsets of ``<table`` and after its ``</table>`` (None: unclosed)


@dataclass(eq=False, repr=False)
class HtmlTables:
    """The body's HTML tables: the first one starting on each line, by line index."""

    body: str
    starts: list[int]                # offset of each line in the body
    by_line: dict[int, Span]


def table_spans(body: str) -> list[Span]:
    """(offset of ``<table``, offset after its matching ``</table>`` or None) for every table.

    Matched by a stack in one pass, so a table that is never closed does not make the scan
    for the next one quadratic.
    """
    found: dict[int, Optional[int]] = {}
    stack: list[int] = []
    for m in _TABLE_TAG.finditer(body):
        if not m.group(1):
            stack.append(m.start())
            found[m.start()] = None
        elif stack:
            gt = body.find(">", m.end(), m.end() + CLOSE_TAG_REACH)
            found[stack.pop()] = gt + 1 if gt >= 0 else m.end()
    return sorted(found.items())


def first_table_by_line(body: str, line_starts: list[int]) -> dict[int, Span]:
    """Line index → the first table span starting on that line."""
    out: dict[int, Span] = {}
    for start, end in table_spans(body):
        out.setdefault(bisect_right(line_starts, start) - 1, (start, end))
    return out


def line_starts(lines: list[Line]) -> list[int]:
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln.raw) + 1
    return starts


def find_html_tables(body: str, lines: list[Line]) -> HtmlTables:
    starts = line_starts(lines)
    return HtmlTables(body, starts, first_table_by_line(body, starts) if starts else {})


def html_table(lines: list[Line], i: int, found: HtmlTables) -> tuple[Table, int]:
    """The HTML table starting on lines[i], and the index of the line after it. One never
    closed ends at the next blank line, as CommonMark ends an HTML block."""
    body, starts = found.body, found.starts
    begin, end = found.by_line[i]
    if end is None:
        after = next((k for k in range(i + 1, len(lines)) if lines[k].kind == "blank"), len(lines))
        end = starts[after] if after < len(lines) else len(body)
    else:
        after = bisect_right(starts, end - 1)
    col = begin - starts[i] + 1
    parsed = read_html_table(body[begin:end], lines[i].no, col)
    before = clean(lines[i].raw[:col - 1])
    caption = parsed.caption or (before if 0 < len(before) <= MAX_CAPTION_CHARS else caption_above(lines, i))
    table = Table(parsed.rows, Location(lines[i].no, col), caption, header_rows=parsed.header_rows)
    return table, max(after, i + 1)
