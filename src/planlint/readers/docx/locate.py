"""From a line of the rendered Markdown back to the .docx: paragraph ordinal and table cell."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Optional

from planlint.messages import Text
from planlint.model import Location
from planlint.readers.docx.messages import PLACE
from planlint.readers.docx.render import Place


@dataclass
class DocxLocator:
    """Moves findings from rendered lines to paragraph ordinals (the line-like number reported)."""

    places: list[Optional[Place]]        # by rendered line index

    def locate(self, loc: Location) -> tuple[Location, Optional[Text]]:
        place = self._place(loc.line)
        if place is None:
            return Location(1, 1), None
        if place.table is None:
            return Location(place.ordinal, loc.column if loc.line else 1), PLACE["paragraph"](n=place.ordinal)
        col = bisect_right(place.cell_starts, loc.column)
        if col == 0:
            return Location(place.ordinal, 1), PLACE["row"](table=place.table, row=place.row)
        return Location(place.ordinal, 1), PLACE["cell"](table=place.table, row=place.row, col=col)

    def _place(self, line: int) -> Optional[Place]:
        """The place of the line, else of the nearest line before it that has one."""
        i = min(line, len(self.places)) - 1
        while i >= 0:
            if self.places[i] is not None:
                return self.places[i]
            i -= 1
        return next((p for p in self.places if p is not None), None)
