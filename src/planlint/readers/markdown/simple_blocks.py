"""The block marks of a plain Markdown body found without markdown-it, where that is certain.

Most Markdown plans (and the Markdown rendered from Word and PDF plans) are ATX headings,
paragraphs, pipe tables and Word's HTML tables. For such a body this scanner finds what
lines.py takes from markdown-it (headings with their text, where pipe tables start and end)
by CommonMark's and GFM's rules, at a fraction of the cost of a full parse. At the first line
that could open any other block (a list, block quote, fence, rule, setext underline, indented
code, link reference definition, any HTML block but one ended by a blank line) it gives up and
returns None, and markdown-it reads the body: the scanner never has to be right about those.
tests/readers/markdown/test_simple_blocks.py checks it against markdown-it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional


# characters whose treatment as white space differs between markdown-it-py versions or that
# markdown-it rewrites before parsing (\r, NUL), and ``\|`` (escaped pipes in table rows,
# split differently by older versions): such a body is left to markdown-it. Looked for one by
# one: a substring test per character is several times faster than one regex search.
_UNCERTAIN_CHARS = "\r\0\v\f\x1c\x1d\x1e\x1f\x85\u1680\u2028\u2029\u202f\u205f" + "".join(map(chr, range(0x2000, 0x200b)))
_ESCAPED_PIPE = "\\|"
_ATX = re.compile(r"#{1,6}(?=[ \t]|$)")
_LIST_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_RULE = re.compile(r"(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$")
# The tags that open an HTML block of CommonMark's type 6 (<table>, <p>, <div> …), which ends at
# a blank line: spec 0.31.2, 4.6 “HTML blocks”, condition 6, less ``search`` (new in 0.31, so
# not known to every markdown-it-py this runs with): a line opening any other HTML is left to
# markdown-it. Written out rather than imported, so that a plain plan never loads markdown-it.
_BLOCK_TAGS = ("address article aside base basefont blockquote body caption center col colgroup dd details "
               "dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 "
               "head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option "
               "p param section summary table tbody td tfoot th thead title tr track ul").split()


@lru_cache(maxsize=None)
def _html_block6() -> "re.Pattern[str]":
    """Compiled when a line first starts with ``<`` (most plans have none): its 61 names
    cost most of this module's compile time."""
    return re.compile(r"</?(?a:(" + "|".join(_BLOCK_TAGS) + r"))(?=(\s|/?>|$))", re.IGNORECASE)


def _opens_html_block6(text: str) -> bool:
    return text[:1] == "<" and _html_block6().match(text) is not None


_DELIMITER_CELL = re.compile(r":?-+:?")
# a line of prose: at most three spaces, then a character that starts no block (nor a list
# item: a digit may); without a "|" it cannot be a table's header row either
_PROSE = re.compile(r" {0,3}[^ \t#<>|`~=\[*+_\d-]")
_MAX_AUTOCOMPLETED_CELLS = 0x10000      # markdown-it stops a table that would add more empty cells
_TRIM = " \t\n\xa0\u3000"               # CommonMark's trimmed white space, less _UNCERTAIN_CHARS


@dataclass(frozen=True)
class Mark:
    """A block lines.py uses, with the indexes of its first line and of the line after it:
    a heading (its level and text), a pipe table, and from markdown-it also a top-level block
    quote, a fenced code block or a rule."""

    kind: str               # heading, table, quote, fence, rule
    start: int
    end: int
    level: int = 0
    content: str = ""


def simple_marks(body: str) -> Optional[list[Mark]]:
    """The headings and pipe tables of the body, or None when it holds any other block."""
    if _ESCAPED_PIPE in body or any(c in body for c in _UNCERTAIN_CHARS):
        return None
    lines = body.split("\n")
    n = len(lines)
    if not lines[-1].strip(" \t"):
        n -= 1          # markdown-it counts no final line of only blanks
    return _Scan(lines, n).run()


class _GiveUp(Exception):
    """A line this scanner does not read."""


@dataclass
class _Scan:
    lines: list[str]
    n: int

    def run(self) -> Optional[list[Mark]]:
        marks: list[Mark] = []
        try:
            i = 0
            while i < self.n:
                i = self._block(i, marks)
        except _GiveUp:
            return None
        return marks

    def _content(self, i: int) -> str:
        """Line i without its indent; _GiveUp unless that is at most three spaces."""
        raw = self.lines[i]
        text = raw.lstrip(" ")
        if len(raw) - len(text) > 3 or text.startswith("\t"):
            raise _GiveUp
        return text

    def _block(self, i: int, marks: list[Mark]) -> int:
        """Read the block starting on line i (markdown-it tries the table rule first)."""
        raw = self.lines[i]
        if "|" in raw or not _PROSE.match(raw):
            if not raw.strip(" \t"):
                return i + 1
            text = self._content(i)
            block = self._other_block(i, text, marks)
            if block is not None:
                return block
        return self._paragraph(i + 1)

    def _other_block(self, i: int, text: str, marks: list[Mark]) -> Optional[int]:
        """The index after the table, heading, HTML block or quote on line i; None when the
        line starts a paragraph."""
        if self._table_starts(i):
            end = self._table_end(i)
            marks.append(Mark("table", i, end))
            return end
        atx = _ATX.match(text)
        if atx:
            marks.append(Mark("heading", i, i + 1, atx.end(), _heading_text(text, atx.end())))
            return i + 1
        if text[0] == "<":
            return self._html_block(i)
        if text[0] == ">":
            return self._quote(i, marks)
        self._paragraph_line(text)
        return None

    def _paragraph(self, i: int) -> int:
        """The index after the paragraph going on at line i."""
        while i < self.n:
            raw = self.lines[i]
            if "|" not in raw and _PROSE.match(raw):
                i += 1
                continue
            if not raw.strip(" \t"):
                break
            text = self._content(i)
            if self._table_starts(i) or _ATX.match(text) or _opens_html_block6(text) or text[0] == ">":
                break           # each of these interrupts a paragraph
            if text[0] == "<":
                raise _GiveUp
            self._paragraph_line(text)
            i += 1
        return i

    def _paragraph_line(self, text: str) -> None:
        """_GiveUp where the line could start or end a block other than a paragraph."""
        first = text[0]
        if first in "->`~=[" or _LIST_MARKER.match(text) or _RULE.match(text):
            raise _GiveUp

    def _html_block(self, i: int) -> int:
        if not _opens_html_block6(self._content(i)):
            raise _GiveUp
        i += 1
        while i < self.n and self.lines[i].strip(" \t"):
            i += 1
        return i

    def _quote(self, i: int, marks: list[Mark]) -> int:
        """A block quote of paragraphs, every line marked with ``>``, up to a blank line."""
        start, empty = i, False
        while i < self.n and self.lines[i].strip(" \t"):
            text = self._content(i)
            if text[0] != ">":
                raise _GiveUp       # a lazy continuation line, or a block ending the quote
            inner = text[2:] if text[1:2] == " " else text[1:]
            empty = not inner.strip(" \t")
            if not empty:
                if inner[0] in " \t#<>" or "|" in inner:
                    raise _GiveUp   # indented, a heading, HTML, a nested quote, a table
                self._paragraph_line(inner)
            i += 1
        if empty:
            raise _GiveUp   # markdown-it then ends the quote after the blank lines below it
        marks.append(Mark("quote", start, i))
        return i

    # pipe tables (GFM) -------------------------------------------------------------------
    def _table_starts(self, i: int) -> bool:
        """Is line i a table's header row, with the delimiter row below it?"""
        if i + 2 > self.n or "|" not in self.lines[i]:
            return False
        aligns = _delimiter_cells(self.lines[i + 1])
        if aligns is None:
            return False
        header = self._content(i).strip(_TRIM)
        return "|" in header and _cell_count(header) == aligns != 0

    def _table_end(self, start: int) -> int:
        """The index after the table's last row: a blank line, a heading or an HTML block
        ends it; a line that could start another block is not read here."""
        i = start + 2
        while i < self.n:
            if not self.lines[i].strip(" \t"):
                break
            text = self._content(i)
            if _ATX.match(text) or _opens_html_block6(text) or text[0] == ">":
                break
            if text[0] in "`~<" or _LIST_MARKER.match(text) or _RULE.match(text):
                raise _GiveUp
            if not text.strip(_TRIM):
                break
            i += 1
        # a row adds at most one empty cell per header cell: only a table this long could
        # reach markdown-it's limit, and be cut short there
        if _cell_count(self._content(start).strip(_TRIM)) * (i - start - 2) > _MAX_AUTOCOMPLETED_CELLS:
            raise _GiveUp
        return i


def _delimiter_cells(raw: str) -> Optional[int]:
    """The number of cells of a GFM delimiter row (``| --- | :-: |``), None if it is not one."""
    text = raw.lstrip(" \t")
    indent = raw[:len(raw) - len(text)]
    if len(indent.expandtabs(4)) >= 4 or len(text) < 2:
        return None
    if text[0] not in "|-:" or text[1] not in "|-: \t" or (text[0] == "-" and text[1] in " \t"):
        return None
    if text.strip("|-: \t"):
        return None
    cells = text.split("|")
    count = 0
    for k, cell in enumerate(cells):
        cell = cell.strip(_TRIM)
        if not cell:
            if k in (0, len(cells) - 1):
                continue
            return None
        if not _DELIMITER_CELL.fullmatch(cell):
            return None
        count += 1
    return count


def _cell_count(row: str) -> int:
    """The cells of a trimmed table row as GFM splits it: at every pipe, not counting an
    empty cell before a leading or after a trailing pipe (rows with ``\\|`` never get here)."""
    count = row.count("|") + 1
    if row.startswith("|"):
        count -= 1
    if row.endswith("|") and count > 0:
        count -= 1
    return count


def _heading_text(text: str, marks_end: int) -> str:
    """An ATX heading's text: without the ``#`` marks, blanks around, a closing ``###``."""
    rest = text[marks_end:].rstrip(" \t")
    unclosed = rest.rstrip("#")
    if len(unclosed) < len(rest) and unclosed[-1:] in (" ", "\t"):
        rest = unclosed
    return rest.strip(_TRIM)
