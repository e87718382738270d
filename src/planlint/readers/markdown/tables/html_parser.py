"""One HTML table (Word "save as web page", pandoc, pasted web pages) read into located cells.

The standard library's ``html.parser`` reads the tags; this module turns its events into rows of
cells with the 1-based line and column where each cell's text starts, expanding ``rowspan`` and
``colspan`` into empty cells — a category cell spanning three rows reads like a pipe table's
类别 column written once. Nested tables are flattened into the outer cell that holds them.

Before Python 3.13.4 ``html.parser`` rescans from every malformed ``<`` (``<a<a<a``, ``<!--``
never closed, ``</</``), which is quadratic. A linear pre-pass therefore turns every ``<`` that
does not open a complete tag into a placeholder of the same length, and blanks declarations
(``<![if …]>`` from Word, ``<!DOCTYPE>``), so positions in the file are kept exactly.

Most tables are plain markup (every tag and entity well formed): html_tokens.py reads those
with one regular expression, giving the builder the events ``html.parser`` would give, at a
fraction of its cost per tag; any other table goes through ``html.parser``.
"""
from __future__ import annotations

import gc
import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from typing import Optional

from planlint.model import Location
from planlint.readers.markdown.markup import join_wrapped
from planlint.readers.markdown.tables.html_tokens import NotPlain, attributes, plain_events
from planlint.readers.markdown.tables.table import Cell

MAX_SPAN_COLUMNS = 64            # rowspan/colspan fill columns up to here: no real table is wider
MAX_ROWSPAN = 65_534             # the HTML limit; 0 means "to the end of the table"

_PLACEHOLDER = "\ue000"          # stands for a ``<`` that opens no tag (private use, same length)
# a "<" that starts no complete tag before the next "<" (quoted attribute values balanced),
# or a declaration / processing instruction; every repeat stops at the next "<": linear
_NOT_A_TAG = re.compile(r"<[!?][^<>]*>|<(?!/?[A-Za-z][^<>\"']*(?:(?:\"[^\"<>]*\"|'[^'<>]*')[^<>\"']*)*>)")
_DIGITS = re.compile(r"\s*(\d{1,6})")
_BREAKS = frozenset({"br", "p", "div", "li", "ul", "ol", "hr"})
_CELLS = frozenset({"td", "th"})
# every tag the builder acts on, at some depth; it ignores all others
_TAGS = _BREAKS | _CELLS | frozenset({"table", "tr", "thead", "tbody", "tfoot", "caption"})


@dataclass(eq=False, repr=False)
class HtmlTable:
    """An HTML table as rows of cells, spans resolved."""

    rows: list[list[Cell]]
    caption: str = ""
    header_rows: int = 1


def _neutralize(markup: str) -> str:
    """Same-length text in which every ``<`` left opens a complete tag (see the module doc)."""
    def repl(m: re.Match[str]) -> str:
        s = m.group(0)
        if len(s) == 1:
            return _PLACEHOLDER
        return "".join(c if c == "\n" else " " for c in s)
    return _NOT_A_TAG.sub(repl, markup)


@dataclass(eq=False)
class _OpenCell:
    """A cell being read."""

    parts: list[str] = field(default_factory=list)
    loc: Optional[Location] = None     # where the text starts, once some is seen
    pos: tuple[int, int] = (1, 0)      # the start tag's position in the slice, and its text:
    tag: str = ""                      # an empty cell is located just after it
    col: int = 0
    rowspan: int = 1
    colspan: int = 1


def _span(attrs: list[tuple[str, Optional[str]]], name: str, limit: int) -> int:
    for key, value in attrs:
        if key == name and value is not None:
            m = _DIGITS.match(value)
            if m:
                n = int(m.group(1))
                return limit if n == 0 and name == "rowspan" else max(1, min(n, limit))
    return 1


class _TableBuilder:
    """Events of one ``<table>…</table>`` slice → rows of cells located in the file.

    Whoever reads the tags sets ``pos`` (line and column in the slice, as ``html.parser``'s
    getpos) and, for a start tag, ``tag_text`` before each event."""

    def __init__(self, line: int, col: int) -> None:
        self.pos = (1, 0)
        self.tag_text = ""
        self.base_line, self.base_col = line, col
        self.depth = 0
        self.done = False
        self.rows: list[list[Cell]] = []
        self.row: Optional[list[Cell]] = None
        self.row_pos = (1, 0)                  # where the row starts in the slice
        self.col = 0
        self.cell: Optional[_OpenCell] = None
        self.spans: dict[int, int] = {}        # column → rows below still covered by a rowspan
        self.in_head = False
        self.head_rows = 0
        self.first_rowspan = 0                 # the largest rowspan in the first row
        self.caption_parts: Optional[list[str]] = None
        self.caption = ""

    # positions -----------------------------------------------------------------------------
    def _at(self, prefix: str = "", pos: Optional[tuple[int, int]] = None) -> Location:
        """The file location ``len(prefix)`` characters after the current event's start
        (or after ``pos``, a position in the slice remembered earlier)."""
        line, offset = pos or self.pos
        nl = prefix.count("\n")
        if nl:
            return Location(self.base_line + line - 1 + nl, len(prefix) - prefix.rfind("\n"))
        shift = self.base_col - 1 if line == 1 else 0
        return Location(self.base_line + line - 1, offset + shift + len(prefix) + 1)

    # text ------------------------------------------------------------------------------------
    def _text(self, text: str, start: Optional[Location] = None) -> None:
        if self.cell is not None:
            if self.cell.loc is None and start is not None:
                self.cell.loc = start
            self.cell.parts.append(text)
        elif self.caption_parts is not None:
            self.caption_parts.append(text)

    def handle_data(self, data: str) -> None:
        if self.done or self.depth == 0:
            return
        if _PLACEHOLDER in data:
            data = data.replace(_PLACEHOLDER, "<")
        cell = self.cell
        if cell is None:
            self._text(data)
            return
        if cell.loc is None:
            lead = len(data) - len(data.lstrip())
            if lead < len(data):
                cell.loc = self._at(data[:lead])
        cell.parts.append(data)

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name};")

    def _entity(self, ref: str) -> None:
        if self.done or self.depth == 0:
            return
        text = unescape(ref)
        self._text(text, None if text.isspace() else self._at())

    # tags ------------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        if self.done:
            return
        if tag == "table":
            self.depth += 1
            if self.depth > 1:
                self._text("\n")
        elif self.depth > 1:
            if tag in _BREAKS or tag in _CELLS or tag == "tr":
                self._text("\n")       # a nested table's cells: text of the outer cell
        elif self.depth == 1:
            self._outer_start(tag, attrs)

    def _outer_start(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        if tag == "tr":
            self._end_row()
            self._start_row(self.pos)
        elif tag in _CELLS:
            self._end_cell()
            if self.row is None:
                self._start_row(self.pos)
            self._open_cell(attrs)
        elif tag in _BREAKS:
            self._text("\n")
        elif tag == "thead":
            self._end_row()
            self.in_head = True
        elif tag in ("tbody", "tfoot"):
            self._end_row()
            self.in_head = False
        elif tag == "caption" and self.cell is None:
            self.caption_parts = []

    def handle_endtag(self, tag: str) -> None:
        if self.done:
            return
        if tag == "table":
            if self.depth == 1:
                self._end_row()
                self.done = True
            self.depth = max(0, self.depth - 1)
        elif self.depth > 1:
            if tag in _CELLS or tag in ("tr", "p", "div", "br"):
                self._text("\n")
        elif self.depth == 1:
            if tag in _CELLS:
                self._end_cell()
            elif tag == "tr":
                self._end_row()
            elif tag in ("p", "div", "br", "li"):
                self._text("\n")
            elif tag == "thead":
                self._end_row()
                self.in_head = False
            elif tag == "caption" and self.caption_parts is not None:
                self.caption = join_wrapped("".join(self.caption_parts))
                self.caption_parts = None

    # rows and cells --------------------------------------------------------------------------
    def _start_row(self, pos: tuple[int, int]) -> None:
        self.row, self.row_pos, self.col = [], pos, 0

    def _covered(self) -> None:
        """Slots taken by a rowspan from above: empty cells, as a category written once."""
        while self.col in self.spans and self.row is not None:
            self.row.append(Cell("", self._at(pos=self.row_pos)))
            left = self.spans[self.col] - 1
            if left:
                self.spans[self.col] = left
            else:
                del self.spans[self.col]
            self.col += 1

    def _open_cell(self, attrs: list[tuple[str, Optional[str]]]) -> None:
        self.caption_parts = None
        self._covered()
        self.cell = _OpenCell(pos=self.pos, tag=self.tag_text, col=self.col,
                              rowspan=_span(attrs, "rowspan", MAX_ROWSPAN),
                              colspan=_span(attrs, "colspan", MAX_SPAN_COLUMNS))

    def _end_cell(self) -> None:
        cell, self.cell = self.cell, None
        if cell is None or self.row is None:
            return
        loc = cell.loc or self._at(cell.tag, cell.pos)
        self.row.append(Cell(join_wrapped("".join(cell.parts)), loc))
        self.col += 1
        for _ in range(cell.colspan - 1):
            if self.col >= MAX_SPAN_COLUMNS:
                break
            self.row.append(Cell("", loc))
            self.col += 1
        if not self.rows:
            self.first_rowspan = max(self.first_rowspan, min(cell.rowspan, 3))
        if cell.rowspan > 1:
            for c in range(cell.col, min(self.col, MAX_SPAN_COLUMNS)):
                self.spans[c] = cell.rowspan - 1

    def _end_row(self) -> None:
        self._end_cell()
        if self.row is None:
            return
        # rowspans reaching past the row's last cell still take their columns
        while self.spans and self.col <= max(self.spans):
            if self.col in self.spans:
                self._covered()
            else:
                self.row.append(Cell("", self._at(pos=self.row_pos)))
                self.col += 1
        if any(c.text for c in self.row):
            self.rows.append(self.row)
            self.head_rows += self.in_head
        self.row = None


class _StdlibReader(HTMLParser):
    """``html.parser`` reading the tags for a builder, for markup the plain reader does not take."""

    CDATA_CONTENT_ELEMENTS = ()     # a stray <script> must not swallow the table as text

    def __init__(self, builder: _TableBuilder) -> None:
        super().__init__(convert_charrefs=False)
        self.builder = builder

    def handle_data(self, data: str) -> None:
        self.builder.pos = self.getpos()
        self.builder.handle_data(data)

    def handle_entityref(self, name: str) -> None:
        self.builder.pos = self.getpos()
        self.builder.handle_entityref(name)

    def handle_charref(self, name: str) -> None:
        self.builder.pos = self.getpos()
        self.builder.handle_charref(name)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        self.builder.pos, self.builder.tag_text = self.getpos(), self.get_starttag_text() or ""
        self.builder.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.builder.pos = self.getpos()
        self.builder.handle_endtag(tag)


def _read_plain(builder: _TableBuilder, markup: str) -> None:
    """Give the builder the events of plain markup; NotPlain (from html_tokens) for any other."""
    for kind, pos, value, tag_text in plain_events(markup, _TAGS):
        builder.pos = pos
        if kind == "data":
            builder.handle_data(value)
        elif kind == "start":
            builder.tag_text = tag_text
            # the builder reads only a cell's rowspan and colspan: most cells have neither
            spans = value in _CELLS and "span" in tag_text.lower()
            builder.handle_starttag(value, attributes(tag_text) if spans else [])
        elif kind == "end":
            builder.handle_endtag(value)
        elif kind == "entity":
            builder.handle_entityref(value)
        else:
            builder.handle_charref(value)


def read_html_table(markup: str, line: int, col: int) -> HtmlTable:
    """The table in ``markup`` (which starts with ``<table``) found at 1-based line and column."""
    parser = _TableBuilder(line, col)
    # millions of small acyclic objects for a huge table: the cycle collector would only
    # rescan them again and again (a third of the time on a 9-million-character table)
    collecting = gc.isenabled()
    gc.disable()
    try:
        text = _neutralize(markup)
        try:
            _read_plain(parser, text)
        except NotPlain:        # read again from the start, by html.parser
            parser = _TableBuilder(line, col)
            reader = _StdlibReader(parser)
            reader.feed(text)
            reader.close()
    except (AssertionError, ValueError, IndexError):
        pass    # odd markup html.parser gives up on: keep the rows read so far
    finally:
        if collecting:
            gc.enable()
    parser._end_row()
    rows = parser.rows
    # a header cell spanning rows (指标 over 规划目标 / 2015年 2020年) says how deep the header is
    header = max(parser.head_rows, parser.first_rowspan)
    return HtmlTable(rows, parser.caption, header if 0 < header < len(rows) else 1)
