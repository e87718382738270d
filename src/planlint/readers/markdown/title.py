"""The plan's title (front matter, the sole ``#`` heading or the first short line) and the
metadata a title implies (level, region, department, period), located at the title."""
from __future__ import annotations

from typing import Optional

from planlint.model import START, Location, Metadata
from planlint.places.title_inference import apply_inference
from planlint.readers.markdown.lines import Blocks
from planlint.readers.markdown.markup import clean
from planlint.readers.markdown.numbering import strip_numbering

MAX_TITLE_CHARS = 80


def complete_metadata(meta: Metadata, blocks: Blocks) -> None:
    """The title, and what it says of the plan where the front matter says nothing."""
    title, title_loc = find_title(meta.title, blocks)
    meta.title = title
    if title and "title" not in meta.locs:
        meta.locs["title"] = title_loc
    apply_inference(meta, title)
    for key, value in (("level", meta.level), ("region", meta.region),
                       ("department", meta.department), ("period", meta.period_start)):
        if value is not None and key not in meta.locs:
            meta.locs[key] = title_loc


def find_title(fm_title: Optional[str], blocks: Blocks) -> tuple[Optional[str], Location]:
    if fm_title:
        return fm_title, START
    h1 = next((h for _, h in sorted(blocks.headings.items()) if h.md_level == 1), None)
    if h1:
        return h1.text, h1.loc
    for ln in blocks.lines:
        if ln.kind in ("text", "heading"):
            text = clean(ln.text) if ln.kind == "text" else clean(ln.raw.lstrip("# "))
            # a numbered heading (一、“十二五”发展回顾) opens a section: it is not the plan's title
            if text and len(text) <= MAX_TITLE_CHARS and not text.endswith("。") and strip_numbering(text) == text:
                return text, ln.loc
            return None, START
    return None, START


def title_heading(blocks: Blocks) -> Optional[int]:
    """The line index of the heading that names the document (the sole h1, first of all
    headings): it is not a section."""
    h1s = [i for i, h in blocks.headings.items() if h.md_level == 1]
    return h1s[0] if len(h1s) == 1 and min(blocks.headings) == h1s[0] else None
