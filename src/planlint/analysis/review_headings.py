"""Which headings open a review of the past (一、发展现状, “十二五”发展成就, 存在问题).

Under such a heading a figure without a target year reports a result, not a commitment, and
nothing counts as taking up a national item. Some phrases say so wherever they stand in a
heading (发展现状, 面临形势); others only when the heading begins with them: 一、发展基础 is a
review, （三）夯实信息化发展基础 is work to do, and so are 推进“十二五”遗留项目建设 and
着力解决存在问题. Both lists are rule-pack data (actions.yaml, coverage).
"""
from __future__ import annotations

from typing import Iterable

from planlint.text.folding import normalise
from planlint.text.numbering import strip_heading_numbering


def _plain(heading: str) -> str:
    return normalise(strip_heading_numbering(heading))


class ReviewHeadings:
    def __init__(self, anywhere: Iterable[str] = (), leading: Iterable[str] = ()):
        self._anywhere = tuple(p for p in map(_plain, anywhere) if p)
        self._leading = tuple(p for p in map(_plain, leading) if p)

    def is_review(self, heading: str) -> bool:
        text = _plain(heading)
        return any(p in text for p in self._anywhere) or text.startswith(self._leading)

    def any_review(self, headings: Iterable[str]) -> bool:
        """Does any of the headings (a section and those above it) open a review?"""
        return any(self.is_review(h) for h in headings)
