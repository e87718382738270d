"""Which format a plan piped in without --stdin-filename is written in: Markdown or YAML.

Read from the text's shape, never by parsing it: front matter closed by a second `---` and
followed by text, or a first content line that is prose or a table rather than a YAML key or
list item, is Markdown (`# 标题` alone cannot decide: it is a YAML comment as well).
"""
from __future__ import annotations

import re

from planlint.text.lazy_pattern import LazyPattern

_YAML_LINE = LazyPattern(r"^(?:[A-Za-z_][\w-]*\s*:(?:\s|$)|-\s|-$|\{|\[|%YAML|---\s*$)")
_HEADING = re.compile(r"^#{1,6}\s*\S")
_SNIFF_LINES = 200          # the first lines decide; a long file is not walked


def looks_like_markdown(data: bytes) -> bool:
    text = data[:64 * 1024].decode("utf-8", errors="replace").lstrip("\ufeff")
    lines = text.splitlines()[:_SNIFF_LINES]
    if lines and lines[0].strip() == "---":
        closing = next((i for i, ln in enumerate(lines[1:], 1) if ln.strip() in ("---", "...")), None)
        if closing is not None and any(ln.strip() for ln in lines[closing + 1:]):
            return True     # front matter, then the document
    headings = False
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            headings = headings or bool(_HEADING.match(stripped))
            continue        # a comment or a heading: the next line decides
        return not _YAML_LINE.match(line)
    return headings
