"""The plan's title (front matter, the sole ``#`` heading or the first short line) and the
metadata a title implies (level, region, department, period), located at the title."""
from __future__ import annotations

from typing import Optional

from planlint.model import START, Location, Metadata
from planlint.places.title_inference import ClueLine, apply_inference
from planlint.readers.markdown.lines import Blocks
from planlint.readers.markdown.markup import clean
from planlint.readers.markdown.numbering import strip_numbering
from planlint.text.lazy_pattern import LazyPattern

MAX_TITLE_CHARS = 80
# a document number (陕政发〔2016〕45号, 发改高技〔2017〕1449号): above a title, never the title
_DOC_NUMBER = LazyPattern(r"^[\u4e00-\u9fff]{1,12}[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]\s*\d{1,5}\s*号$")
# the issuing body's header above a 红头 document (恩施市人民政府文件, 工业和信息化部文件): never the title
_ISSUER_HEADER = LazyPattern(r"^[\u4e00-\u9fff]{2,40}文件$")
# lines around the title that may say whose plan it is (工信部编制, ……办公厅关于印发……的通知)
MAX_CLUE_LINES = 8


def complete_metadata(meta: Metadata, blocks: Blocks) -> None:
    """The title, and what it says of the plan where the front matter says nothing; where the
    title names no owner, the lines near it (a 文号, an issuing body) may, and are located."""
    title, title_loc = find_title(meta.title, blocks)
    meta.title = title
    if title and "title" not in meta.locs:
        meta.locs["title"] = title_loc
    clue = apply_inference(meta, title, clue_lines(blocks, title) if title is not None else ())
    for key, value in (("level", meta.level), ("region", meta.region),
                       ("department", meta.department), ("period", meta.period_start)):
        if value is not None and key not in meta.locs:
            by_clue = clue is not None and any(n.how == "clue" and n.decides(key) for n in meta.inferred)
            meta.locs[key] = clue.loc if by_clue else title_loc  # type: ignore[union-attr]


def find_title(fm_title: Optional[str], blocks: Blocks) -> tuple[Optional[str], Location]:
    if fm_title:
        return fm_title, START
    h1 = next((h for _, h in sorted(blocks.headings.items()) if h.md_level == 1), None)
    if h1:
        return h1.text, h1.loc
    for ln in blocks.lines:
        if ln.kind in ("text", "heading"):
            text = ln.cleaned if ln.kind == "text" else clean(ln.raw.lstrip("# "))
            if _DOC_NUMBER.match(text) or _ISSUER_HEADER.match(text):
                continue          # the document number or the issuer's header above the title
            # a numbered heading (一、“十二五”发展回顾) opens a section: it is not the plan's title
            if text and len(text) <= MAX_TITLE_CHARS and not text.endswith("。") and strip_numbering(text) == text:
                return text, ln.loc
            return None, START
    return None, START


def clue_lines(blocks: Blocks, title: Optional[str]) -> list[ClueLine]:
    """The short lines at the top of the document, before its first numbered section."""
    out: list[ClueLine] = []
    for ln in blocks.lines:
        if ln.kind not in ("text", "heading"):
            continue
        text = ln.cleaned if ln.kind == "text" else clean(ln.raw.lstrip("# "))
        if strip_numbering(text) != text or len(out) >= MAX_CLUE_LINES:
            break                 # 一、发展现状: the body begins
        if text and text != title and len(text) <= MAX_TITLE_CHARS:
            out.append(ClueLine(text, ln.loc, bool(_DOC_NUMBER.match(text))))
    return out


def title_heading(blocks: Blocks) -> Optional[int]:
    """The line index of the heading that names the document (the sole h1, first of all
    headings): it is not a section."""
    h1s = [i for i, h in blocks.headings.items() if h.md_level == 1]
    return h1s[0] if len(h1s) == 1 and min(blocks.headings) == h1s[0] else None
