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
_MAX_NAME_LINES = 6          # the lines one indicator name may wrap over
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


@dataclass(frozen=True)
class Frame:
    """The text frame the page lines are measured against."""

    left: float                  # the left margin (where most lines start)
    right: float                 # the right end of the longest lines
    char: float                  # about one character's width


def layout(pages: list[Page]) -> tuple[list[str], list[Optional[Place]], list[str]]:
    """Markdown lines, their places, and the document's lines in order (what excerpts quote)."""
    lines = [ln for p in pages for ln in p.lines]
    out = Out(ordinals={(ln.page, ln.no): i for i, ln in enumerate(lines, 1)})
    frame = Frame(_left_margin(lines), max((ln.x1 for ln in lines), default=0.0), _char_width(lines))
    i = 0
    if lines and _is_title(lines[0], pages[lines[0].page - 1], frame):
        out.add("# " + lines[0].text, lines[0])
        i = 1
    while i < len(lines):
        if len(lines[i].segments) >= _MIN_TABLE_COLUMNS:
            i = _table(lines, i, out, frame.char)
            continue
        j = i + 1
        while j < len(lines) and _continues(lines[j - 1], lines[j], frame):
            j += 1
        out.add("".join(ln.text for ln in lines[i:j]), lines[i])
        i = j
    return out.lines, out.places, [ln.text for ln in lines]


def _is_title(ln: VisualLine, page: Page, frame: Frame) -> bool:
    """A first line set in the middle of the page."""
    return len(ln.segments) == 1 and ln.x0 > frame.left + 2 * frame.char and \
        abs((ln.x0 + ln.x1) / 2 - page.width / 2) < 3 * frame.char


def _continues(prev: VisualLine, nxt: VisualLine, frame: Frame) -> bool:
    """The layout broke a paragraph here: the line before reaches the right margin and this one
    starts at the left margin (a new paragraph is indented) and is no numbered heading."""
    return (prev.x1 >= frame.right - 1.5 * frame.char and len(prev.segments) == 1 and len(nxt.segments) == 1
            and abs(nxt.x0 - frame.left) < 0.5 * frame.char and numbering_rank(nxt.text) is None)


def _left_margin(lines: list[VisualLine]) -> float:
    xs = sorted(round(ln.x0) for ln in lines)
    if not xs:
        return 0.0
    return float(max(set(xs), key=xs.count)) if xs.count(xs[0]) < 2 else float(xs[0])


def _char_width(lines: list[VisualLine]) -> float:
    heights = sorted(s.y1 - s.y0 for ln in lines for s in ln.segments)
    return heights[len(heights) // 2] * 0.9 if heights else 12.0


def _table(lines: list[VisualLine], start: int, out: Out, char: float) -> int:
    """Read the table whose header is lines[start] into a pipe table; the index after it."""
    header = lines[start]
    columns = [s.x0 for s in header.cells]
    members, after = _table_lines(lines, start, columns, char)
    head, rows = _rows(header, members, columns)
    out.tables += 1
    out.add("| " + " | ".join(_cell(c) for c in head) + " |", header)
    out.lines.append("| " + " | ".join("---" for _ in columns) + " |")
    out.places.append(out.place(header))
    for ln, cells in rows:
        out.lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        out.places.append(out.place(ln))
    out.lines.append("")
    out.places.append(None)
    return after


def _table_lines(lines: list[VisualLine], start: int, columns: list[float], char: float
                 ) -> tuple[list[VisualLine], int]:
    """The lines below the header that belong to the table (a repeated header left out), and
    the index of the first line after it: a note, a heading, text outside the first column's
    start, or a gap of several lines ends the table."""
    header = lines[start]
    header_texts = [s.text for s in header.segments]
    members: list[VisualLine] = []
    prev = header
    i = start + 1
    while i < len(lines):
        ln = lines[i]
        if ln.page != prev.page and [s.text for s in ln.segments] == header_texts:
            i += 1
            continue
        if len(ln.segments) == 1 and ((abs(ln.x0 - columns[0]) >= char and _col(ln.segments[0], columns) == 0)
                                      or _NOTE.match(ln.text) or (numbering_rank(ln.text) or (9, 0))[0] <= 3):
            break
        if ln.page == prev.page and ln.y0 - prev.y0 > 3 * char:
            break
        members.append(ln)
        prev = ln
        i += 1
    return members, i


def _rows(header: VisualLine, members: list[VisualLine], columns: list[float]
          ) -> tuple[list[str], list[tuple[VisualLine, list[str]]]]:
    """The header's cells and the body rows, a cell's wrapped lines joined into it.

    A line continues the row above when its first column is empty, or when it follows at the
    pitch of wrapped lines (the smallest step between the table's lines, when some steps are
    larger: rows are set apart by the cell padding) and starts no numbered row. Across a page
    break the pitch says nothing: a row whose name is not finished yet goes on.
    """
    steps = [b.y0 - a.y0 for a, b in zip(members, members[1:]) if a.page == b.page]
    pitch = min(steps) if steps else 0.0
    measurable = bool(steps) and max(steps) - pitch > _PITCH_SLACK
    head = [s.text for s in header.cells]
    rows: list[tuple[VisualLine, list[str]]] = []
    before = header
    laid = [_lay(ln, columns) for ln in members]
    for k, (ln, cells) in enumerate(zip(members, laid)):
        if before.page == ln.page:
            wrapped = measurable and ln.y0 - before.y0 <= pitch + _PITCH_SLACK
        else:
            wrapped = bool(rows) and len(ln.segments) == 1 and any(rows[-1][1][1:]) and not _closed(rows[-1][1][0])
        # a name-only line after a finished name is a category row unless it finishes a name itself
        # (a name with a bracket inside: IT项目投资（含软件）占 …比例（%）)
        after_closed = bool(rows) and _closed(rows[-1][1][0]) and _name_only(cells) and not _reaches_close(laid[k:])
        continues = not cells[0] or (wrapped and not _numbered_row(cells[0]) and not after_closed) \
            or (bool(rows) and _finishes_name(rows[-1][1], laid[k:]))
        before = ln
        if continues and (rows or not cells[0]):
            target = rows[-1][1] if rows else head
            for c, text in enumerate(cells):
                target[c] += text
        else:
            rows.append((ln, cells))
    return head, rows


def _lay(ln: VisualLine, columns: list[float]) -> list[str]:
    cells = [""] * len(columns)
    for s in ln.cells:
        cells[_col(s, columns)] += s.text
    return cells


def _name_only(cells: list[str]) -> bool:
    return bool(cells[0]) and not any(cells[1:]) and not _numbered_row(cells[0])


def _finishes_name(row: list[str], below: list[list[str]]) -> bool:
    """The first of `below` goes on with the row's name: the row has values and a name without
    its unit yet, and the name-only lines from here reach one that closes it (比例（%）). Where
    rows sit at the pitch of wrapped lines (no cell padding) this is all that tells a wrapped
    name from a category row (信息技术与产业), which closes nothing."""
    return not _closed(row[0]) and any(row[1:]) and _reaches_close(below)


def _reaches_close(below: list[list[str]]) -> bool:
    """Name-only lines from the first of `below` on, up to one whose text closes a name (a name
    wraps over a few lines: looking further would make a long table quadratic)."""
    for cells in below[:_MAX_NAME_LINES]:
        if not _name_only(cells):
            return False
        if _closed(cells[0]):
            return True
    return False


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
