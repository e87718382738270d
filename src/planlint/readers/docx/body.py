"""The document body as blocks: paragraphs, tables and text boxes, in reading order.

Every paragraph (in the body, in table cells, in text boxes) gets an ordinal, counted in
document order from 1: it is the line-like number findings are located by (段落N).
Footnote and endnote references carry no text here and the notes themselves are not read, so
they never end up in an indicator's name or value. A text box is stored twice by Word (the
DrawingML copy in mc:Choice and a VML fallback): only the first is read.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union
import xml.etree.ElementTree as ET

from planlint.readers.docx.numbering import Numbering
from planlint.readers.docx.package import W, is_digits
from planlint.readers.docx.styles import Style

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
MAX_DEPTH = 60             # nesting (tables in tables, boxes in boxes) read at most this deep
_SKIP = {f"{W}delText", f"{W}instrText", f"{MC}Fallback", f"{W}footnoteReference",
         f"{W}endnoteReference", f"{W}rPr", f"{W}pPr"}
# containers whose children are read as if they stood in their place
_THROUGH = {f"{W}sdtContent", f"{W}customXml", f"{W}smartTag", f"{W}ins", f"{W}hyperlink", f"{W}fldSimple"}


@dataclass
class Para:
    ordinal: int
    text: str
    heading: Optional[int] = None       # 0-based outline level from style or outlineLvl
    title_style: bool = False
    centred: bool = False
    bordered: bool = False
    bold: bool = False
    numbered: bool = False              # the text starts with Word's automatic number
    boxes: list["TextBox"] = field(default_factory=list)


@dataclass
class Cell:
    blocks: list["Block"]
    colspan: int = 1
    rowspan: int = 1
    column: int = 1                 # 1-based grid column it starts in (merged cells counted)

    @property
    def text(self) -> str:
        return " ".join(b.text for b in self.blocks if isinstance(b, Para) and b.text)

    @property
    def ordinal(self) -> Optional[int]:
        return next((b.ordinal for b in self.blocks if isinstance(b, Para)), None)


@dataclass
class Table:
    index: int                      # 1-based among the document's tables
    rows: list[list[Cell]]


@dataclass
class TextBox:
    blocks: list["Block"]


Block = Union[Para, Table]


@dataclass
class Walker:
    styles: dict[str, Style]
    numbering: Numbering
    ordinal: int = 0
    tables: int = 0

    def blocks(self, parent: ET.Element, depth: int = 0) -> list[Block]:
        out: list[Block] = []
        if depth > MAX_DEPTH:
            return out
        for el in _content(parent):
            if el.tag == f"{W}p":
                out.append(self.para(el, depth))
            elif el.tag == f"{W}tbl":
                out.append(self.table(el, depth))
        return out

    def para(self, el: ET.Element, depth: int) -> Para:
        self.ordinal += 1
        ppr = el.find(f"{W}pPr")
        sid = ""
        if ppr is not None:
            ps = ppr.find(f"{W}pStyle")
            sid = ps.get(f"{W}val", "") if ps is not None else ""
        style = self.styles.get(sid, Style())
        p = Para(self.ordinal, "", style.heading, style.title, style.centred, style.bordered)
        num = style.num
        if ppr is not None:
            ol = ppr.find(f"{W}outlineLvl")
            if ol is not None and is_digits(ol.get(f"{W}val")):
                level = int(ol.get(f"{W}val"))
                p.heading = level if level < 9 else None      # 9 is "body text"
            jc = ppr.find(f"{W}jc")
            if jc is not None:
                p.centred = jc.get(f"{W}val") == "center"
            p.bordered = p.bordered or ppr.find(f"{W}pBdr") is not None
            np_ = ppr.find(f"{W}numPr")
            if np_ is not None:
                nid, lvl = np_.find(f"{W}numId"), np_.find(f"{W}ilvl")
                ilvl = lvl.get(f"{W}val", "0") if lvl is not None else (str(num[1]) if num else "0")
                if nid is not None:
                    num = (nid.get(f"{W}val", ""), int(ilvl) if is_digits(ilvl) else 0)
                elif num is not None:
                    num = (num[0], int(ilvl) if is_digits(ilvl) else 0)
        parts: list[str] = []
        bold = [True, False]       # [every text run bold, some text]
        self._runs(el, parts, p, bold, style.bold, depth)
        text = "".join(parts).strip()
        label = self.numbering.label(*num) if num is not None and text else ""
        if label:
            p.numbered = True
            text = label + text
        p.text = text
        p.bold = bold[0] and bold[1]
        return p

    def _runs(self, el: ET.Element, parts: list[str], p: Para, bold: list[bool], style_bold: bool,
              depth: int) -> None:
        for child in _content(el):
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag == f"{W}r":
                run_bold = _run_bold(child, style_bold)
                before = len(parts)
                self._runs(child, parts, p, bold, style_bold, depth + 1)
                if "".join(parts[before:]).strip():
                    bold[1] = True
                    bold[0] = bold[0] and run_bold
            elif tag == f"{W}t":
                parts.append(child.text or "")
            elif tag in (f"{W}tab", f"{W}br", f"{W}cr"):
                parts.append(" ")
            elif tag == f"{W}txbxContent":
                if depth < MAX_DEPTH:
                    p.boxes.append(TextBox(self.blocks(child, depth + 1)))
            elif depth < MAX_DEPTH:
                self._runs(child, parts, p, bold, style_bold, depth + 1)

    def table(self, el: ET.Element, depth: int) -> Table:
        self.tables += 1
        table = Table(self.tables, [])
        below: dict[int, Cell] = {}        # grid column → the cell a vMerge continues
        for tr in _content(el):
            if tr.tag != f"{W}tr":
                continue
            row: list[Cell] = []
            col = 0
            for tc in _content(tr):
                if tc.tag != f"{W}tc":
                    continue
                tcpr = tc.find(f"{W}tcPr")
                span, vmerge = 1, None
                if tcpr is not None:
                    gs = tcpr.find(f"{W}gridSpan")
                    if gs is not None and is_digits(gs.get(f"{W}val")):
                        span = max(1, min(int(gs.get(f"{W}val")), 64))
                    vm = tcpr.find(f"{W}vMerge")
                    if vm is not None:
                        vmerge = vm.get(f"{W}val", "continue")
                blocks = self.blocks(tc, depth + 1)
                if vmerge == "continue" and col in below:
                    below[col].rowspan += 1
                    # the continuation's own paragraphs (usually empty) still get their ordinals
                else:
                    cell = Cell(blocks, span, column=col + 1)
                    row.append(cell)
                    if vmerge == "restart":
                        below[col] = cell
                    else:
                        below.pop(col, None)
                col += span
            table.rows.append(row)
        return table


def _content(el: ET.Element):
    """Children, with mc:AlternateContent read through its first choice only."""
    for child in el:
        if child.tag == f"{MC}AlternateContent":
            choice = child.find(f"{MC}Choice")
            if choice is not None:
                yield from _content(choice)
        elif child.tag == f"{W}sdt":
            inner = child.find(f"{W}sdtContent")
            if inner is not None:
                yield from _content(inner)
        elif child.tag in _THROUGH:
            yield from _content(child)
        else:
            yield child


def _run_bold(r: ET.Element, style_bold: bool) -> bool:
    rpr = r.find(f"{W}rPr")
    if rpr is not None:
        b = rpr.find(f"{W}b")
        if b is not None:
            return b.get(f"{W}val", "true") not in ("0", "false")
    return style_bold
