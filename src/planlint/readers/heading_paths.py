"""The heading path of every line of a document: the headings it sits under, outermost first.

Computed once from the plan's section tree when a document (Markdown, Word, PDF) is read, so
every reporter shows the same path (三、主要任务 › （二）推进信息基础设施建设) without deriving it
again. Lines are the reader's lines: for Word and PDF those of the rendered text, before a
finding moves to its paragraph or page line.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable

from planlint.model import Section
from planlint.readers.markdown.markup import clean

SEPARATOR = " › "     # between the headings of a path, in every format that writes it as one text


@dataclass(frozen=True)
class HeadingPaths:
    """Sections in document order by heading line, each with its path from the outermost heading."""

    starts: tuple[int, ...] = ()
    paths: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def of(cls, sections: Iterable[Section]) -> "HeadingPaths":
        # an explicit stack, not a nested function calling itself: that closure is a reference
        # cycle keeping each plan's objects alive until the cyclic collector runs (issue 16)
        found: list[tuple[int, tuple[str, ...]]] = []
        stack: list[tuple[Section, tuple[str, ...]]] = [(s, ()) for s in reversed(list(sections))]
        while stack:
            s, above = stack.pop()
            path = above + (clean(s.heading) or s.title,)
            found.append((s.loc.line, path))
            stack.extend((child, path) for child in reversed(s.sections))
        found.sort(key=lambda item: item[0])     # stable: a heading keeps its place among equals
        return cls(tuple(line for line, _ in found), tuple(path for _, path in found))

    def at(self, line: int) -> tuple[str, ...]:
        """The path of the last heading at or before the line (the section holding it); () before any.

        Sections do not overlap, so the last heading started is the innermost one still open."""
        i = bisect_right(self.starts, line)
        return self.paths[i - 1] if i else ()


def joined(path: tuple[str, ...]) -> str:
    return SEPARATOR.join(path)
