"""The source line under a finding, with a caret at its column (`--show-source`).

Columns count characters; a Chinese character takes two cells on a terminal, so the caret is
placed by display width. Long lines (a paragraph of prose is one line) are cut to a window
around the column. The lines come from the file's SourceText (FileReport.source_line).
"""
from __future__ import annotations

import unicodedata

WINDOW = 36          # characters kept on each side of the column in a long line
MAX_LINE = 80        # display cells of a line shown whole


def excerpt(line_text: str, line: int, column: int) -> tuple[str, str]:
    """Two lines: the source line (cut around the column when long) and the caret under it."""
    text = line_text.replace("\t", "    ").rstrip()
    col = max(1, min(column, len(text) + 1)) - 1          # 0-based character index
    prefix, start, end = "", 0, len(text)
    if _width(text) > MAX_LINE:
        start, end = max(0, col - WINDOW), min(len(text), col + WINDOW)
        prefix = "…" if start else ""
    shown = prefix + text[start:end] + ("…" if end < len(text) else "")
    gutter = f"{line} | "
    caret = " " * (len(gutter) - 2) + "| " + " " * (_width(prefix) + _width(text[start:col])) + "^"
    return gutter + shown, caret


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)
