"""Formats read through rendered Markdown (Word, PDF): each rendered line's place in the file,
and moving a finding from its rendered line back to that place.

The line number reported is the place's ordinal (a .docx paragraph's ordinal, a PDF's line
counted through the document), and the place is named as a reviewer finds it: 段落12,
表2 第3行第2列, 第3页第5行.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Optional

from planlint.messages import Template, Text, catalogue
from planlint.model import Location

PLACE = catalogue("place", {
    "paragraph": Template("段落{n}", "paragraph {n}"),
    "cell": Template("表{table} 第{row}行第{col}列", "table {table}, row {row}, column {col}"),
    "row": Template("表{table} 第{row}行", "table {table}, row {row}"),
    "page-line": Template("第{page}页第{line}行", "page {page}, line {line}"),
})


@dataclass(frozen=True)
class Place:
    """Where a rendered line is in the file."""

    ordinal: int                         # the line-like number findings get
    table: Optional[int] = None          # 1-based table and row; cells by start column
    row: Optional[int] = None
    cell_starts: tuple[int, ...] = ()
    cell_ordinals: tuple[Optional[int], ...] = ()     # each cell's first paragraph (None: empty)
    cell_columns: tuple[int, ...] = ()                # each cell's grid column, as Word counts it
    page: Optional[int] = None           # PDF: page and line on the page
    page_line: Optional[int] = None


@dataclass
class Locator:
    """Moves findings from rendered lines to the places they came from."""

    places: list[Optional[Place]]        # by rendered line index

    def locate(self, loc: Location) -> tuple[Location, Optional[Text]]:
        place = self._place(loc.line)
        if place is None:
            return Location(1, 1), None
        if place.page is not None:
            return Location(place.ordinal, 1), PLACE["page-line"](page=place.page, line=place.page_line)
        if place.table is None:
            return Location(place.ordinal, 1), PLACE["paragraph"](n=place.ordinal)
        col = bisect_right(place.cell_starts, loc.column)
        if col == 0:
            return Location(place.ordinal, 1), PLACE["row"](table=place.table, row=place.row)
        cell = place.cell_ordinals[col - 1] if col <= len(place.cell_ordinals) else None
        grid = place.cell_columns[col - 1] if col <= len(place.cell_columns) else col
        return Location(cell or place.ordinal, 1), PLACE["cell"](table=place.table, row=place.row, col=grid)

    def _place(self, line: int) -> Optional[Place]:
        """The place of the line, else of the nearest line before it that has one."""
        i = min(line, len(self.places)) - 1
        while i >= 0:
            if self.places[i] is not None:
                return self.places[i]
            i -= 1
        return next((p for p in self.places if p is not None), None)
