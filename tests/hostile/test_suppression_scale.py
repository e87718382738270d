"""Issue 15: suppression comments cost memory linear in the file, not comments × lines."""
from __future__ import annotations

import tracemalloc

from planlint.policy.config import known_codes
from planlint.policy.suppressions import scan
from planlint.readers.source import SourceText

N = 5000
LIMIT = 64 * 1024 * 1024    # today's main needs ~2 GB for this; linear needs a few MB


def _peak(path: str, text: str) -> tuple[int, list]:
    source = SourceText(text)
    known = known_codes()
    tracemalloc.start()
    try:
        directives, _ = scan(path, source, known)
        return tracemalloc.get_traced_memory()[1], directives
    finally:
        tracemalloc.stop()


def test_markdown_regions_are_linear():
    text = "# 标题\n" + "<!-- planlint-disable PL102 -- r -->\n" * N + "正文\n" * N
    peak, directives = _peak("p.md", text)
    assert peak < LIMIT, peak
    assert len(directives) == N
    assert all(d.lines is not None and 2 * N + 1 in d.lines and 1 not in d.lines for d in directives)


def test_markdown_enable_closes_a_region():
    text = "# 标题\n<!-- planlint-disable PL102 -- r -->\n正文\n<!-- planlint-enable PL102 -->\n后文\n"
    _, [d] = _peak("p.md", text)
    assert 3 in d.lines and 4 in d.lines and 5 not in d.lines


def test_yaml_own_line_comments_are_linear():
    text = "# planlint: disable=PL102 -- r\n" * N + "indicators:\n" + "  - x: 1\n" * N
    peak, directives = _peak("p.yaml", text)
    assert peak < LIMIT, peak
    assert len(directives) == N and all(N + 1 in d.lines and 2 * N + 1 in d.lines for d in directives)
