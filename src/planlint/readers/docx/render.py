"""Blocks → Markdown text the Markdown reader reads, with where each line came from.

The Markdown reader already knows headings, typed 公文 numbering, 专栏 boxes in block quotes and
HTML tables with rowspan/colspan; rendering Word's structure into those forms keeps one reader
of plan structure. Each rendered line remembers its Place: the paragraph ordinal, and for a
table row its table, row and the column where each cell's text starts.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Optional

from planlint.readers.docx.body import Block, Cell, Para, Table
from planlint.readers.locator import Place


@dataclass
class Rendered:
    lines: list[str] = field(default_factory=list)
    places: list[Optional[Place]] = field(default_factory=list)

    def add(self, text: str, place: Optional[Place]) -> None:
        self.lines.append(text)
        self.places.append(place)

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.add("", None)


def render(blocks: list[Block], core_title: Optional[str]) -> Rendered:
    out = Rendered()
    paras = [b for b in blocks if isinstance(b, Para) and b.text]
    title = _title(paras)
    levels = [p.heading for p in paras if p.heading is not None and p is not title]
    top = min(levels) if levels else 0
    if title is None and core_title:
        out.add("# " + _inline(core_title), None)
        out.blank()
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Para) and b.bordered and b.text:
            # consecutive bordered paragraphs draw one box
            j = i
            while j < len(blocks) and isinstance(blocks[j], Para) and blocks[j].bordered:
                j += 1
            _box(blocks[i:j], out, title, top)
            i = j
            continue
        _block(b, out, title, top, quote="")
        i += 1
    return out


def _title(paras: list[Para]) -> Optional[Para]:
    """A Title-styled paragraph, else the first paragraph when it is centred or the sole
    top-level heading (pandoc writes the title as Heading 1)."""
    titled = next((p for p in paras if p.title_style), None)
    if titled is not None:
        return titled
    if not paras:
        return None
    first = paras[0]
    if first.centred and not first.numbered and first.heading is None:
        return first
    if first.heading is not None:
        same = [p for p in paras if p.heading is not None and p.heading <= first.heading]
        if len(same) == 1:
            return first
    return None


def _block(b: Block, out: Rendered, title: Optional[Para], top: int, quote: str) -> None:
    if isinstance(b, Table):
        _table(b, out, title, top, quote)
        return
    if b.text:
        out.blank()
        out.add(quote + _para_text(b, title, top, bool(quote)), Place(b.ordinal))
    for box in b.boxes:
        _box(box.blocks, out, title, top)


def _para_text(p: Para, title: Optional[Para], top: int, quoted: bool) -> str:
    text = _inline(p.text)
    if p is title:
        return "# " + text
    if p.heading is not None and not quoted:
        return "#" * min(6, p.heading - top + 2) + " " + text
    return f"**{text}**" if p.bold else text


def _box(blocks: list[Block], out: Rendered, title: Optional[Para], top: int) -> None:
    """A 专栏 box (text box, one-cell table, bordered paragraphs): a block quote of its own."""
    out.blank()
    for b in blocks:
        if isinstance(b, Para) and b.text:
            if out.lines and out.lines[-1].startswith(">"):
                out.add(">", None)
            out.add("> " + _para_text(b, title, top, True), Place(b.ordinal))
        elif isinstance(b, Table):
            out.blank()
            _table(b, out, title, top, "")
    out.blank()


def _table(t: Table, out: Rendered, title: Optional[Para], top: int, quote: str) -> None:
    if len(t.rows) == 1 and len(t.rows[0]) == 1:
        _box(t.rows[0][0].blocks, out, title, top)
        return
    rows = list(enumerate(t.rows, 1))
    # a caption merged across the table's first row (表1 …) is the caption above the table
    width = max(sum(c.colspan for c in row) for row in t.rows)
    if len(rows) > 1 and len(t.rows[0]) == 1 and t.rows[0][0].colspan == width > 1 and t.rows[0][0].rowspan == 1:
        caption = t.rows[0][0]
        if caption.ordinal is not None and _cell_text(caption):
            out.blank()
            out.add(f"**{_cell_text(caption)}**", Place(caption.ordinal, t.index, 1, (1,)))
        rows = rows[1:]
    out.blank()
    out.add("<table>", None)
    for r, row in rows:
        line, starts = "<tr>", []
        for cell in row:
            attrs = (f' colspan="{cell.colspan}"' if cell.colspan > 1 else "") + \
                    (f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else "")
            line += f"<td{attrs}>"
            starts.append(len(line) + 1)
            line += html.escape(_cell_text(cell), quote=False) + "</td>"
        ordinal = next((c.ordinal for c in row if c.ordinal is not None), None)
        out.add(line + "</tr>", Place(ordinal, t.index, r, tuple(starts), tuple(c.ordinal for c in row),
                                     tuple(c.column for c in row))
                if ordinal else None)
    out.add("</table>", None)
    out.blank()


def _cell_text(cell: Cell) -> str:
    return " ".join(b.text for b in cell.blocks if isinstance(b, Para) and b.text)


def _inline(text: str) -> str:
    """Word text goes into the Markdown as written: the reader's markup cleaning is light (bold,
    links) and a plan's text does not hold Markdown markup."""
    return text
