"""Every reported location lies inside its file: a reader's mark past the end (YAML truncated
without a final newline reports line N+1 of an N-line file) is moved to the end of the text."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from planlint.diagnostics import Diagnostic
from planlint.model import Location
from planlint.readers.source import SourceText


def inside(loc: Location, source: SourceText) -> Location:
    """`loc` held within the text's lines and each line's length (+1: the end of the line)."""
    lines = source.lines
    line = min(max(loc.line, 1), len(lines))
    # past the last line: the end of the text, where the truncated thing would have gone on
    column = len(lines[line - 1]) + 1 if loc.line > len(lines) else min(max(loc.column, 1), len(lines[line - 1]) + 1)
    end_line, end_column = loc.end_line, loc.end_column
    if end_line is not None:
        end_line = min(max(end_line, line), len(lines))
        if end_column is not None:
            end_column = min(max(end_column, 1), len(lines[end_line - 1]) + 1)
    if (line, column, end_line, end_column) == (loc.line, loc.column, loc.end_line, loc.end_column):
        return loc
    return replace(loc, line=line, column=column, end_line=end_line, end_column=end_column)


def keep_inside(diagnostics: Iterable[Diagnostic], source: SourceText) -> None:
    for d in diagnostics:
        d.loc = inside(d.loc, source)
