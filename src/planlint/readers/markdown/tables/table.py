"""A table as located rows of cells, whatever syntax it was written in, and its caption."""
from __future__ import annotations

from dataclasses import dataclass

from planlint.model import Location
from planlint.readers.markdown.lines import Line

MAX_CAPTION_CHARS = 60           # a longer line above a table is prose, not its caption
NOTE_STARTS = ("注", "备注", "说明", "资料来源", "数据来源")     # a note under a table, not a row


@dataclass(eq=False)
class Cell:
    """One table cell's text and where it starts."""

    text: str
    loc: Location


@dataclass(eq=False, repr=False)
class Table:
    """A table found in the Markdown, as located rows of cells."""

    rows: list[list[Cell]]       # header row(s) first
    loc: Location
    caption: str = ""
    flattened: bool = False
    header_rows: int = 1


def caption_above(lines: list[Line], start: int) -> str:
    """The short line just above a table (“表1 “十三五”信息化发展主要指标”), if any."""
    for i in range(start - 1, max(start - 3, -1), -1):
        if lines[i].kind == "text":
            text = lines[i].cleaned
            return text if len(text) <= MAX_CAPTION_CHARS else ""
        if lines[i].kind != "blank":
            return ""
    return ""


def is_note(text: str) -> bool:
    return text.startswith(NOTE_STARTS)
