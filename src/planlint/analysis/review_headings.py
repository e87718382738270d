"""Which headings open a review of the past (一、发展现状, “十二五”发展成就, 存在问题).

Under such a heading a figure without a target year reports a result, not a commitment, and
nothing counts as taking up a national item. Some phrases say so wherever they stand in a
heading (发展现状, 面临形势, 规划背景); others only when the heading begins with them, after a
word for the plan's own area (我省): 一、发展基础 and 一、我省信息化发展基础 are reviews,
（三）夯实信息化发展基础 is work to do, and so are 推进“十二五”遗留项目建设 and 着力解决存在问题.
The lists are rule-pack data (actions.yaml, coverage).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Optional

from planlint.text.folding import normalise
from planlint.text.numbering import strip_heading_numbering

if TYPE_CHECKING:
    from planlint.rulepack.commitments import CoverageSettings


def _plain(heading: str) -> str:
    return normalise(strip_heading_numbering(heading))


class ReviewHeadings:
    def __init__(self, anywhere: Iterable[str] = (), leading: Iterable[str] = (), scopes: Iterable[str] = ()):
        self._anywhere = tuple(p for p in map(_plain, anywhere) if p)
        self._leading = tuple(p for p in map(_plain, leading) if p)
        self._scopes = tuple(p for p in map(_plain, scopes) if p)

    @classmethod
    def of(cls, settings: Optional["CoverageSettings"]) -> "ReviewHeadings":
        """The review headings a pack's coverage settings name (none without settings)."""
        if settings is None:
            return cls()
        return cls(settings.review_headings, settings.review_headings_leading, settings.review_heading_scopes)

    def is_review(self, heading: str) -> bool:
        text = _plain(heading)
        if any(p in text for p in self._anywhere):
            return True
        # 我省信息化发展基础 begins where 信息化发展基础 would: the plan's own area comes first
        scope = next((s for s in self._scopes if text.startswith(s)), "")
        return text.startswith(self._leading) or (bool(scope) and text[len(scope):].startswith(self._leading))

    def any_review(self, headings: Iterable[str]) -> bool:
        """Does any of the headings (a section and those above it) open a review?"""
        return any(self.is_review(h) for h in headings)
