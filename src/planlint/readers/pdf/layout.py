"""Visual lines → Markdown lines with their places: prose rejoined, tables as pipe tables.

A prose line that reaches the right margin continues on the next line when that one starts
at the left margin (the layout broke the sentence, not the writer). A visual line of three or
more segments opens a table: its segments give the columns; a line with nothing in the first
column, or one that follows the previous line by the pitch of a cell's wrapped lines (rows
are further apart by the cell padding), continues the row above.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from planlint.readers.locator import Place
from planlint.readers.markdown.numbering import numbering_rank
from planlint.readers.pdf.extract import Page, Segment, VisualLine

_MIN_TABLE_COLUMNS = 3
_PITCH_SLACK = 0.25          # points: a wrapped cell line follows at the pitch, a new row further
_SENTENCE_END = "。！？：；"
_NOTE = re.compile(r"^(注|说明|资料来源)[:：]")


@dataclass
class Out:
    lines: list[str] = field(default_factory=list)
    places: list[Optional[Place]] = field(default_factory=list)
    ordinals: dict[tuple[int, int], int] = field(default_factory=dict)   # (page, line) → ordinal
    tables: int = 0

    def add(self, text: str, ln: Optional[VisualLine]) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
            self.places.append(None)
        self.lines.append(text)
        self.places.append(self.place(ln))

    def place(self, ln: Optional[VisualLine]) -> Optional[Place]:
        if ln is None:
            return None
        return Place(self.ordinals.get((ln.page, ln.no), 1), page=ln.page, page_line=ln.no)


def layout(pages: list[Page]) -> tuple[list[str], list[Optional[Place]], list[str]]:
    """Markdown lines, their places, and the document's lines in order (what excerpts quote)."""
    all_lines = [ln for p in pages for ln in p.lines]
    out = Out(ordinals={(ln.page, ln.no): i for i, ln in enumerate(all_lines, 1)})
    left = _left_margin(all_lines)
    right = max((ln.x1 for ln in all_lines), default=0.0)
    char = _char_width(all_lines)
    i = 0
    first = True
    while i < len(all_lines):
        ln = all_lines[i]
        if first:
            first = False
            page = pages[ln.page - 1]
            if len(ln.segments) == 1 and abs((ln.x0 + ln.x1) / 2 - page.width / 2) < 3 * char and ln.x0 > left + 2 * char:
                out.add("# " + ln.text, ln)
                i += 1
                continue
        if len(ln.segments) >= _MIN_TABLE_COLUMNS:
            i = _table(all_lines, i, out, left, char)
            continue
        text = ln.text
        j = i + 1
        # a line reaching the right margin continues on the next one that starts at the left margin
        while (j < len(all_lines) and ln.x1 >= right - 1.5 * char and len(all_lines[j].segments) == 1
               and abs(all_lines[j].x0 - left) < 0.5 * char and not text.endswith(tuple(_SENTENCE_END))
               and numbering_rank(all_lines[j].text) is None) or \
              (j < len(all_lines) and all_lines[j - 1].x1 >= right - 1.5 * char and len(all_lines[j].segments) == 1
               and abs(all_lines[j].x0 - left) < 0.5 * char and numbering_rank(all_lines[j].text) is None
               and not _starts_para(all_lines, j, left, char)):
            text += all_lines[j].text
            ln_last = all_lines[j]
            j += 1
            if ln_last.x1 < right - 1.5 * char:
                break
        out.add(text, ln)
        i = j
    return out.lines, out.places, [ln.text for ln in all_lines]


def _starts_para(lines: list[VisualLine], j: int, left: float, char: float) -> bool:
    return lines[j].x0 > left + 1.5 * char


def _left_margin(lines: list[VisualLine]) -> float:
    xs = sorted(round(ln.x0) for ln in lines)
    if not xs:
        return 0.0
    return float(max(set(xs), key=xs.count)) if xs.count(xs[0]) < 2 else float(xs[0])


def _char_width(lines: list[VisualLine]) -> float:
    heights = sorted(s.y1 - s.y0 for ln in lines for s in ln.segments)
    return heights[len(heights) // 2] * 0.9 if heights else 12.0


def _table(lines: list[VisualLine], start: int, out: Out, left: float, char: float) -> int:
    """Read the table whose header is lines[start]; the index after it."""
    header = lines[start]
    columns = [s.x0 for s in header.segments]
    first_x = header.segments[0].x0
    rows: list[tuple[VisualLine, list[str]]] = [(header, [s.text for s in header.segments])]
    body_rows: list[tuple[VisualLine, list[str]]] = []
    i = start + 1
    prev = header
    steps: list[float] = []
    members: list[VisualLine] = []
    while i < len(lines):
        ln = lines[i]
        if ln.page != prev.page and [s.text for s in ln.segments] == rows[0][1]:
            i += 1          # the header repeated on a new page
            continue
        starts_in_first = abs(ln.x0 - first_x) < char
        if len(ln.segments) == 1 and (not starts_in_first and _col(ln.segments[0], columns) == 0
                                      or _NOTE.match(ln.text)
                                      or (numbering_rank(ln.text) or (9, 0))[0] <= 3):
            break
        if ln.y0 - prev.y0 > 3 * char and ln.page == prev.page:
            break
        members.append(ln)
        prev = ln
        i += 1
    # the pitch of wrapped lines: the smallest step between lines of the table body
    for a, b in zip(members, members[1:]):
        if a.page == b.page:
            steps.append(b.y0 - a.y0)
    pitch = min(steps) if steps else 0.0
    spread = (max(steps) - pitch) if steps else 0.0
    header_done = False
    for k, ln in enumerate(members):
        cells = [""] * len(columns)
        for s in ln.segments:
            c = _col(s, columns)
            cells[c] = (cells[c] + s.text) if cells[c] else s.text
        before = members[k - 1] if k else header
        if before.page == ln.page:
            continues = not cells[0] or (spread > _PITCH_SLACK and ln.y0 - before.y0 <= pitch + _PITCH_SLACK
                                         and not _numbered_row(cells[0]))
        else:
            # across a page break the pitch says nothing: a row whose name is not closed yet goes on
            continues = not cells[0] or (bool(body_rows) and len(ln.segments) == 1 and not _numbered_row(cells[0])
                                         and any(body_rows[-1][1][1:]) and not _closed(body_rows[-1][1][0]))
        if not cells[0] and not body_rows and not header_done:
            target = rows[0][1]
        elif continues and body_rows:
            target = body_rows[-1][1]
        else:
            header_done = True
            body_rows.append((ln, cells))
            continue
        for c, text in enumerate(cells):
            if text:
                target[c] = target[c] + text
    out.tables += 1
    out.add("| " + " | ".join(_cell(c) for c in rows[0][1]) + " |", header)
    out.lines.append("| " + " | ".join("---" for _ in columns) + " |")
    out.places.append(out.place(header))
    for ln, cells in body_rows:
        out.lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        out.places.append(out.place(ln))
    out.lines.append("")
    out.places.append(None)
    return i


def _closed(name: str) -> bool:
    """An indicator name that ends as names do: with its unit in brackets."""
    return name.endswith(("）", ")", "]", "】"))


def _numbered_row(text: str) -> bool:
    return re.match(r"^\d{1,3}[.．、]", text) is not None


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _col(s: Segment, columns: list[float]) -> int:
    """The column a segment is in: the last whose start is left of the segment's middle."""
    mid = (s.x0 + s.x1) / 2
    best = 0
    for c, x in enumerate(columns):
        if x <= mid - 1:
            best = c
    return best
