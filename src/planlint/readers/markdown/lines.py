"""The body as a stream of classified lines, with the headings and pipe tables markdown-it finds,
and the numbered lines of pasted text that are headings written without ``#``.

markdown-it-py (CommonMark, with GFM tables) finds the block structure: ATX/setext headings,
pipe tables, block quotes, fenced code, thematic breaks; a body of only ATX headings,
paragraphs, pipe tables and HTML tables is read the same by simple_blocks.py without it. Every
other line is ``text`` or ``blank`` and is read line by line by the reader, since pasted text
carries its structure in the lines themselves.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from planlint.model import Location
from planlint.readers.markdown.markup import BLANKS, clean, leading_blank
from planlint.readers.markdown.numbering import numbering_rank
from planlint.readers.markdown.simple_blocks import Mark, simple_marks

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

MAX_HEADING_CHARS = 40           # a pasted line longer than this is prose, not a heading

QUOTE_PREFIX = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")
# every block classify() takes from markdown-it is marked by one of these: a heading's # or
# setext underline (= -), a rule (- * _), a table's |, a fence (` ~), a block quote's >.
# Text without any (pasted plans often are) parses to paragraphs and lists only: not parsed.
BLOCK_MARKS = re.compile(r"[#|`~>=*_-]")
SENTENCE_END = re.compile(r"[。；;！？!?]")
_HEADING_MARKS = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)*[ \t]*(?:#{1,6}[ \t]+)?")
_COMMA = re.compile(r"[，,]")


@dataclass(eq=False)
class Line:
    """One source line, classified, with its number and the column its text starts at."""

    no: int              # 1-based line number in the file
    raw: str
    kind: str            # text, blank, heading, table, fence, rule
    text: str = ""       # content without container markers and leading blanks
    col: int = 1         # 1-based column of text in raw
    quote: int = 0       # id of the enclosing block quote, 0 for none
    indented: bool = False
    # clean(text) and the text it was made from: a text line is cleaned once, not by each
    # step that looks at it (table start, pasted heading, box, section body)
    _cleaned: Optional[tuple[str, str]] = field(default=None, repr=False, compare=False)

    @property
    def loc(self) -> Location:
        return Location(self.no, self.col)

    @property
    def cleaned(self) -> str:
        """The text without markup (markup.clean), made once for the text it now holds."""
        made = self._cleaned
        if made is None or made[0] is not self.text:
            made = self._cleaned = (self.text, clean(self.text))
        return made[1]


@dataclass(eq=False)
class Heading:
    """A Markdown heading with its level and location."""

    text: str
    loc: Location
    md_level: Optional[int]      # None for a pasted heading found in text
    rank: Optional[int]          # numbering style rank, None if unnumbered


@dataclass(eq=False, repr=False)
class Blocks:
    """The classified lines of the body and what markdown-it found among them, by line index."""

    lines: list[Line]
    headings: dict[int, Heading]
    pipe_tables: dict[int, int]  # first line of a pipe table → index after it


def make_lines(body: str, offset: int) -> list[Line]:
    out = []
    for i, raw in enumerate(body.split("\n")):
        kind = "text" if raw.strip(BLANKS) else "blank"
        out.append(Line(offset + i + 1, raw, kind))
    return out


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    """One parser per process: building it (rules, rulers) cost as much as parsing a small
    plan, and parse() keeps nothing between calls. Imported here: a plain body is read without
    it, and its import (with logging) costs a small plan's run tens of milliseconds."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    # only the block structure is needed: inline parsing of a 9-million-character
    # paragraph would cost seconds and add nothing
    md.core.ruler.disable(["inline", "text_join"], ignoreInvalid=True)
    return md


def classify(body: str, offset: int) -> Blocks:
    """The body's lines (the first is line offset + 1), each marked with its kind."""
    lines = make_lines(body, offset)
    headings: dict[int, Heading] = {}
    tables: dict[int, int] = {}
    quote_id = 0
    for mark in block_marks(body):
        start, end = mark.start, mark.end
        if mark.kind == "quote":
            quote_id += 1
            for i in range(start, min(end, len(lines))):
                lines[i].quote = quote_id
        elif mark.kind == "heading":
            for i in range(start, end):
                lines[i].kind = "heading"
            heading = _heading(lines[start], mark.content, mark.level)
            if heading is not None:
                headings[start] = heading
        elif mark.kind == "table":
            for i in range(start, end):
                lines[i].kind = "table"
            tables[start] = end
        elif mark.kind == "fence":
            for i in range(start, end):
                lines[i].kind = "fence"
        elif mark.kind == "rule":
            lines[start].kind = "rule"
    for ln in lines:
        if ln.kind == "text":
            _locate_text(ln)
    return Blocks(lines, headings, tables)


def block_marks(body: str) -> list[Mark]:
    """The blocks classify() uses, in order: from the plain-Markdown scanner where it can read
    the body (a full parse costs several times more), else from markdown-it."""
    if not BLOCK_MARKS.search(body):
        return []
    marks = simple_marks(body)
    return marks if marks is not None else parsed_marks(body)


def parsed_marks(body: str) -> list[Mark]:
    """The blocks classify() uses, as markdown-it parses them."""
    tokens = _markdown().parse(body)
    marks = []
    for idx, tok in enumerate(tokens):
        if tok.map is None:
            continue
        start, end = tok.map
        if tok.type == "blockquote_open" and tok.level == 0:
            marks.append(Mark("quote", start, end))
        elif tok.type == "heading_open":
            content = tokens[idx + 1].content if idx + 1 < len(tokens) else ""
            marks.append(Mark("heading", start, end, int(tok.tag[1]), content))
        elif tok.type == "table_open":
            marks.append(Mark("table", start, end))
        elif tok.type == "fence":
            marks.append(Mark("fence", start, end))
        elif tok.type == "hr":
            marks.append(Mark("rule", start, end))
    return marks


def _heading(first: Line, content: str, level: int) -> Optional[Heading]:
    """The heading on its first line, located where its text starts after ``>`` and ``#``."""
    text = clean(content)
    if not text:
        return None
    raw = first.raw
    m = _HEADING_MARKS.match(raw)
    col = (m.end() if m else 0) + 1 + leading_blank(raw[m.end():] if m else raw)
    return Heading(text, Location(first.no, col), level, (numbering_rank(text) or (None,))[0])


def _locate_text(ln: Line) -> None:
    """A text line's content without a block quote's ``>``, and the column it starts at."""
    prefix = QUOTE_PREFIX.match(ln.raw) if ln.quote else None
    cut = prefix.end() if prefix else 0
    rest = ln.raw[cut:]
    lead = leading_blank(rest)
    ln.text = rest.strip(BLANKS)
    ln.col = cut + lead + 1
    ln.indented = lead > 0 and not ln.quote
    if not ln.text:
        ln.kind = "blank"



def pasted_heading_rank(text: str) -> Optional[int]:
    """The numbering rank of a short standalone numbered line (``（三）发展目标。``)."""
    return _cleaned_heading_rank(clean(text))


def _cleaned_heading_rank(content: str) -> Optional[int]:
    hit = numbering_rank(content)
    if hit is None:
        return None
    title = content[hit[1]:].rstrip("。．.：:").strip(BLANKS)
    if not title or len(title) > MAX_HEADING_CHARS or SENTENCE_END.search(title):
        return None
    if len(title) > 24 and _COMMA.search(title):
        return None
    return hit[0]


def pasted_heading(ln: Line) -> Optional[Heading]:
    """A text line that is a heading written without ``#``; it keeps its numbering (as
    Markdown headings do) but not a final 。. Quoted lines are never headings."""
    rank = None if ln.quote else _cleaned_heading_rank(ln.cleaned)
    if rank is None:
        return None
    return Heading(ln.cleaned.rstrip("。．. \u3000"), ln.loc, None, rank)
