"""Small text helpers for deriving: numbering, sentences, the source line of a table row."""
from __future__ import annotations

import re

NUMBERING = re.compile(r"^\s*(?:[（(][一二三四五六七八九十百]+[）)]|[一二三四五六七八九十百]+[、.．]|\d+[、.．](?!\d))\s*")
SENTENCE_END = re.compile(r"(?<=[。；;！？])")


def strip_numbering(heading: str) -> str:
    """（一）工业互联网创新发展行动 → 工业互联网创新发展行动."""
    return NUMBERING.sub("", heading, count=1).strip().rstrip("。")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(text or "") if s.strip()]


def row_quote(line: str) -> str:
    """A Markdown table row as a citation: its cells joined by " | "."""
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    return " | ".join(cells)
