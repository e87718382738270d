"""Markdown and pasted-text plans, read into the same Plan model as YAML.

Real plans arrive converted from Word or copied from a web page. markdown-it-py (CommonMark,
with GFM tables) finds the block structure: ATX/setext headings, pipe tables, block quotes,
fenced code. Everything it leaves as paragraphs, lists or indented code is then read line by
line, because pasted text carries its structure in the lines themselves: numbered headings
without ``#`` (``一、……``, ``（三）发展目标。``), 专栏 boxes, and tables flattened into one cell
per line with blank lines between rows (the national plan's own text looks like that).

Tables are recognised by their content (an 指标 column and year / 基期 / 目标 columns), never by
position; a 十二五 review table (targets for 2015, 规划目标/实现情况) is not taken for targets.
Values stay raw strings; the quantity parser reads them in the checks.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from markdown_it import MarkdownIt

from planlint.diagnostics import Diagnostic
from planlint.places.title_inference import apply_inference
from planlint.model import (LEVELS, START, Location, Metadata, Observation, Plan, PlanAction, level_from_text,
                            PlanIndicator, PlanProject, Section)
from planlint.text.periods import FALLBACK_PERIOD, FIVE_YEAR_PLANS
from planlint.readers.base import ReadResult
from planlint.readers.markdown.html_tables import Cell, first_table_by_line, join_wrapped, read_html_table
from planlint.readers.yaml.tree import YamlTreeError, load_tree
from planlint.readers.prose_targets import text_targets
from planlint.text.units import parse_unit

MAX_FRONT_MATTER = 200_000       # characters; larger is not front matter but a broken file
MAX_HEADING_CHARS = 40           # a pasted line longer than this is prose, not a heading
MAX_CELL_CHARS = 80              # a flattened "cell" longer than this is prose: the table ended

# ---------------------------------------------------------------------------------------------
# text helpers

_WS = " \t\u3000\xa0"
_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)|`|<br\s*/?>|</?[a-zA-Z][^>]{0,200}>")
_LINK = re.compile(r"!?\[([^\[\]]{0,500})\]\([^()]{0,500}\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_QUOTE_PREFIX = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")

# numbering styles, outermost first: the rank orders headings written without "#"
_NUMBERING = (
    (0, re.compile(r"^第[一二三四五六七八九十百零〇0-9]+[章篇部分]+[、\s\u3000]*")),
    (1, re.compile(r"^第[一二三四五六七八九十百零〇0-9]+节[、\s\u3000]*")),
    (2, re.compile(r"^[一二三四五六七八九十百]+[、．.][\s\u3000]*")),
    (3, re.compile(r"^[（(][一二三四五六七八九十百]+[）)][、．.]?[\s\u3000]*")),
    (4, re.compile(r"^\d{1,2}[、．.](?![\d０-９])[\s\u3000]*")),
    (5, re.compile(r"^[（(]\d{1,2}[）)][、．.]?[\s\u3000]*")),
    (6, re.compile(r"^[①-⑳][\s\u3000]*")),
)
_NAME_NUMBERING = re.compile(
    r"^(?:[（(]?\d{1,3}[）)]|\d{1,3}[、．.](?![\d０-９])|[①-⑳]|[（(][一二三四五六七八九十]+[）)]|"
    r"[一二三四五六七八九十]+、)[\s\u3000]*")
_PROJECT = re.compile(r"^[【\[〔]?专栏[\s\u3000]*[0-9０-９一二三四五六七八九十]+")
_SENTENCE_END = re.compile(r"[。；;！？!?]")
_YEAR = re.compile(r"(?<![\d０-９])((?:19|20)\d\d)(?![\d０-９])")
_DASHES = frozenset({"", "—", "——", "-", "--", "–", "－", "/", "／", "…", "……", "无", "—/—"})


def clean(text: str) -> str:
    """Cell or heading text without Markdown markup, HTML tags and surrounding blanks."""
    if "[" in text:
        text = _LINK.sub(r"\1", text)
    text = _MARKUP.sub("", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return text.strip(_WS)


def squash(text: str) -> str:
    """Comparable form of a header: NFKC, no blanks at all (``指　标`` is ``指标``)."""
    return re.sub(r"[\s\u3000\xa0]+", "", unicodedata.normalize("NFKC", text))


def numbering_rank(text: str) -> Optional[tuple[int, int]]:
    """(rank, length of the numbering) when text starts with Chinese outline numbering."""
    for rank, rx in _NUMBERING:
        m = rx.match(text)
        if m and m.end() < len(text):
            return rank, m.end()
    return None


def strip_numbering(text: str) -> str:
    hit = numbering_rank(text)
    title = text[hit[1]:] if hit else text
    return title.strip(_WS).rstrip("。．.；;：:，, \u3000")


def leading_blank(raw: str) -> int:
    return len(raw) - len(raw.lstrip(_WS))


# ---------------------------------------------------------------------------------------------
# the line stream


@dataclass
class Line:
    """One source line, classified, with its number and the column its text starts at."""

    no: int              # 1-based line number in the file
    raw: str
    kind: str            # text, blank, heading, table, fence, rule
    text: str = ""       # content without container markers and leading blanks
    col: int = 1         # 1-based column of text in raw
    quote: int = 0       # id of the enclosing block quote, 0 for none
    indented: bool = False

    @property
    def loc(self) -> Location:
        return Location(self.no, self.col)


@dataclass
class Heading:
    """A Markdown heading with its level and location."""

    text: str
    loc: Location
    md_level: Optional[int]      # None for a pasted heading found in text
    rank: Optional[int]          # numbering style rank, None if unnumbered


@dataclass
class Table:
    """A table found in the Markdown, as located rows of cells."""

    rows: list[list[Cell]]       # header row(s) first
    loc: Location
    caption: str = ""
    flattened: bool = False
    header_rows: int = 1


def _make_lines(body: str, offset: int) -> list[Line]:
    out = []
    for i, raw in enumerate(body.split("\n")):
        kind = "text" if raw.strip(_WS) else "blank"
        out.append(Line(offset + i + 1, raw, kind))
    return out


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable("table")
    # only the block structure is needed: inline parsing of a 9-million-character
    # paragraph would cost seconds and add nothing
    md.core.ruler.disable(["inline", "text_join"], ignoreInvalid=True)
    return md


def _classify(lines: list[Line], body: str) -> tuple[dict[int, Heading], dict[int, int]]:
    """Mark each line's kind from the block tokens; return headings and table ends by index."""
    headings: dict[int, Heading] = {}
    tables: dict[int, int] = {}
    tokens = _markdown().parse(body)
    quote_id = 0
    for idx, tok in enumerate(tokens):
        if tok.map is None:
            continue
        start, end = tok.map
        if tok.type == "blockquote_open" and tok.level == 0:
            quote_id += 1
            for i in range(start, min(end, len(lines))):
                lines[i].quote = quote_id
        elif tok.type == "heading_open":
            content = tokens[idx + 1].content if idx + 1 < len(tokens) else ""
            for i in range(start, end):
                lines[i].kind = "heading"
            text = clean(content)
            if text:
                raw = lines[start].raw
                m = re.match(r"^[ \t]{0,3}(?:>[ \t]?)*[ \t]*(?:#{1,6}[ \t]+)?", raw)
                col = (m.end() if m else 0) + 1 + leading_blank(raw[m.end():] if m else raw)
                headings[start] = Heading(text, Location(lines[start].no, col), int(tok.tag[1]),
                                          (numbering_rank(text) or (None,))[0])
        elif tok.type == "table_open":
            for i in range(start, end):
                lines[i].kind = "table"
            tables[start] = end
        elif tok.type == "fence":
            for i in range(start, end):
                lines[i].kind = "fence"
        elif tok.type == "hr":
            lines[start].kind = "rule"
    for ln in lines:
        if ln.kind != "text":
            continue
        prefix = _QUOTE_PREFIX.match(ln.raw) if ln.quote else None
        cut = prefix.end() if prefix else 0
        rest = ln.raw[cut:]
        lead = leading_blank(rest)
        ln.text = rest.strip(_WS)
        ln.col = cut + lead + 1
        ln.indented = lead > 0 and not ln.quote
        if not ln.text:
            ln.kind = "blank"
    return headings, tables


# ---------------------------------------------------------------------------------------------
# pipe tables


def _split_row(raw: str, no: int) -> list[Cell]:
    """Cells of one pipe-table line with their columns; escaped pipes stay in the cell."""
    prefix = _QUOTE_PREFIX.match(raw)
    pos = prefix.end() if prefix else 0
    n = len(raw)
    while pos < n and raw[pos] in _WS:
        pos += 1
    if pos < n and raw[pos] == "|":
        pos += 1
    cells: list[Cell] = []
    start = pos
    i = pos
    while i <= n:
        if i == n or (raw[i] == "|" and raw[i - 1] != "\\"):
            seg = raw[start:i]
            lead = leading_blank(seg)
            cells.append(Cell(clean(seg), Location(no, start + lead + 1)))
            start = i + 1
        i += 1
    if cells and not cells[-1].text and raw.rstrip(_WS).endswith("|"):
        cells.pop()
    return cells


def _pipe_table(lines: list[Line], start: int, end: int) -> Table:
    rows = [_split_row(lines[start].raw, lines[start].no)]
    rows += [_split_row(lines[i].raw, lines[i].no) for i in range(start + 2, end)]
    return Table(rows, Location(lines[start].no, 1), _caption(lines, start))


def _caption(lines: list[Line], start: int) -> str:
    """The short line just above a table (“表1 “十三五”信息化发展主要指标”), if any."""
    for i in range(start - 1, max(start - 3, -1), -1):
        if lines[i].kind == "text":
            text = clean(lines[i].text)
            return text if len(text) <= 60 else ""
        if lines[i].kind != "blank":
            return ""
    return ""


# ---------------------------------------------------------------------------------------------
# pandoc grid tables and HTML tables: the same rows of cells as a pipe table


def _is_grid_border(text: str) -> bool:
    """``+-----+=====+`` (``:`` for alignment): a grid table's border or header separator."""
    return len(text) >= 3 and text[0] == "+" and text[-1] == "+" and not text.strip("+-=:") \
        and ("-" in text or "=" in text)


def _grid_table(lines: list[Line], start: int) -> Optional[tuple[Table, int]]:
    """A grid table whose top border is lines[start], and the index after it; None if none."""
    groups: list[list[list[Cell]]] = []     # one per row: its lines split at the pipes
    current: list[list[Cell]] = []
    header_rows = 0
    i = start + 1
    while i < len(lines) and lines[i].kind == "text":
        text = lines[i].text
        if _is_grid_border(text):
            if current:
                groups.append(current)
                current = []
            if "=" in text and not header_rows:
                header_rows = len(groups)
        elif text.startswith("|"):
            current.append(_split_row(lines[i].raw, lines[i].no))
        else:
            break
        i += 1
    if current:
        groups.append(current)
    if not groups:
        return None
    rows = [_grid_row(group) for group in groups]
    header_rows = header_rows if 0 < header_rows < len(rows) else 1
    return Table(rows, lines[start].loc, _caption(lines, start), header_rows=header_rows), i


def _grid_row(group: list[list[Cell]]) -> list[Cell]:
    """The cells of one grid row: each column's lines joined, located at its first text."""
    width = max(len(parts) for parts in group)
    row = []
    for j in range(width):
        parts = [parts[j] for parts in group if j < len(parts)]
        located = next((c for c in parts if c.text), parts[0])
        row.append(Cell(join_wrapped("\n".join(c.text for c in parts)), located.loc))
    return row


def _line_starts(lines: list[Line]) -> list[int]:
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln.raw) + 1
    return starts


def _html_table(lines: list[Line], i: int, span: tuple[int, Optional[int]], body: str,
                starts: list[int]) -> tuple[Table, int]:
    """The HTML table starting on lines[i], and the index of the line after it. One never
    closed ends at the next blank line, as CommonMark ends an HTML block."""
    begin, end = span
    if end is None:
        after = next((k for k in range(i + 1, len(lines)) if lines[k].kind == "blank"), len(lines))
        end = starts[after] if after < len(lines) else len(body)
    else:
        after = bisect_right(starts, end - 1)
    col = begin - starts[i] + 1
    parsed = read_html_table(body[begin:end], lines[i].no, col)
    before = clean(lines[i].raw[:col - 1])
    caption = parsed.caption or (before if 0 < len(before) <= 60 else _caption(lines, i))
    table = Table(parsed.rows, Location(lines[i].no, col), caption, header_rows=parsed.header_rows)
    return table, max(after, i + 1)


# ---------------------------------------------------------------------------------------------
# flattened tables: one cell per line, rows separated by blank lines


_HEADER_START = re.compile(r"^(?:指标|指标名称|主要指标|具体指标|类别|序号|领域|分类)$")


def _flat_groups(lines: list[Line], start: int, indented: bool) -> Iterable[tuple[int, list[Cell]]]:
    """Yield (index after the group, cells) for each blank-separated group of text lines."""
    i = start
    n = len(lines)
    while i < n:
        while i < n and lines[i].kind == "blank" and not (indented and _is_empty_cell(lines[i])):
            i += 1
        if i >= n or not (lines[i].kind == "text" or (indented and _is_empty_cell(lines[i]))):
            return
        cells: list[Cell] = []
        while i < n and (lines[i].kind == "text" or (indented and _is_empty_cell(lines[i]))):
            ln = lines[i]
            if ln.kind == "blank":
                cells.append(Cell("", Location(ln.no, len(ln.raw) + 1)))
            elif cells and _continues(ln, indented):
                prev = cells[-1]
                cells[-1] = Cell(prev.text + clean(ln.text), prev.loc)
            else:
                cells.append(Cell(clean(ln.text), ln.loc))
            i += 1
        yield i, cells


def _is_empty_cell(ln: Line) -> bool:
    # a line holding only a tab is an empty cell; a truly empty line separates rows
    return ln.kind == "blank" and "\t" in ln.raw


def _continues(ln: Line, indented: bool) -> bool:
    """A wrapped header such as ``年均增速`` + ``（%）`` on the next, unindented line."""
    if indented and not ln.indented and not ln.quote:
        return True
    return bool(re.fullmatch(r"[（(][^（）()]{0,12}[）)]", ln.text))


def _flat_table(lines: list[Line], start: int) -> Optional[tuple[Table, int]]:
    """Read a flattened table whose header starts at lines[start]; None if it is not one."""
    indented = lines[start].indented
    groups = _flat_groups(lines, start, indented)
    first = next(groups, None)
    if first is None:
        return None
    end, header = first
    if len(header) < 3 or any(len(c.text) > 30 for c in header):
        return None
    rows = [header]
    header_rows = 1
    consumed = end
    for end, cells in groups:
        note = next((k for k, c in enumerate(cells) if k and _NOTE_ROW.match(c.text)), None)
        if note is not None:
            # the 注 line pasted right under the last row, without a blank line
            if not _stops_flat_table(lines, cells[:note], indented, len(rows[0])):
                rows.append(cells[:note])
            consumed = end
            break
        head = cells[0].text if cells else ""
        if _stops_flat_table(lines, cells, indented, len(rows[0])):
            if head.startswith(("注", "备注", "说明", "资料来源", "数据来源")):
                consumed = end
            break
        if len(rows) == header_rows and header_rows == 1 and _is_subheader(cells):
            header_rows = 2
        rows.append(cells)
        consumed = end
    table = Table(rows, Location(lines[start].no, lines[start].col), _caption(lines, start),
                  flattened=True, header_rows=header_rows)
    return table, consumed


def _stops_flat_table(lines: list[Line], cells: list[Cell], indented: bool, width: int) -> bool:
    if not cells:
        return True
    head = cells[0].text
    if head.startswith(("注", "备注", "说明", "资料来源", "数据来源")):
        return True
    first_line = lines[cells[0].loc.line - lines[0].no]
    if indented and not first_line.indented and not first_line.quote and cells[0].text:
        return True
    if len(cells) > width + 2:
        return True
    if any(len(c.text) > MAX_CELL_CHARS or _SENTENCE_END.search(c.text) for c in cells):
        return True
    if len(cells) == 1 and (_PROJECT.match(head) or _pasted_heading(head)):
        return True
    return False


def _is_subheader(cells: list[Cell]) -> bool:
    texts = [squash(c.text) for c in cells if c.text]
    return bool(texts) and all(_YEAR.search(t) or re.search(r"增|目标|基期|现状|实现|完成|%|单位", t)
                               for t in texts) and not any(_looks_numeric(t) for t in texts
                                                           if not _YEAR.fullmatch(t.rstrip("年")))


def _looks_numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[<>≥≤＞＜〔\[]?[-−]?[\d.]+[%〕\]]?", text))


# ---------------------------------------------------------------------------------------------
# indicator tables → PlanIndicator


@dataclass
class Columns:
    """Which column of an indicator table holds which field."""

    name: int
    target: int
    target_year: int
    base: Optional[int] = None
    base_year: Optional[int] = None
    growth: Optional[int] = None
    unit: Optional[int] = None
    category: Optional[int] = None


def _header_texts(table: Table) -> list[str]:
    top = [squash(c.text) for c in table.rows[0]]
    if table.header_rows == 1:
        return top
    sub = [squash(c.text) for c in table.rows[1]]
    if len(sub) <= len(top):
        return [t + (sub[j] if j < len(sub) else "") for j, t in enumerate(top)]
    # a spanning top row (指标 | 规划目标 | 实现情况 over 5 columns): spread the spans evenly
    spans = len(top) - 1
    rest = len(sub) - 1
    merged = [top[0] + sub[0]]
    for j in range(1, len(sub)):
        parent = top[1 + (j - 1) * spans // rest] if spans and rest >= spans else ""
        merged.append(parent + sub[j])
    return merged


def _header_year(header: str) -> Optional[int]:
    """The year a column header names: 2020年目标 → 2020, “十三五”末 → 2020 (a five-year plan's end)."""
    found = _YEAR.findall(header)
    if found:
        return int(found[-1])
    plans = [end for name, (_, end) in FIVE_YEAR_PLANS.items() if name in header]
    return max(plans) if len(plans) == 1 else None


def _columns(headers: list[str], caption: str, period: tuple[int, int],
             period_given: bool) -> Optional[Columns]:
    """Which column is what; None for tables that are not the plan's indicator targets."""
    name = unit = category = growth = None
    years: list[tuple[int, int]] = []
    base_kw: Optional[int] = None
    target_kw: Optional[int] = None
    review = False
    for j, h in enumerate(headers):
        year = _header_year(h)
        # a column of what was achieved makes a review table (十二五 规划目标 | 实现情况), unless
        # it is the base year's actual value of a target table (2015年实际 | 2020年目标)
        if re.search(r"实现|完成|实际", h) and not (year is not None and year < period[0]):
            review = True
        if re.search(r"属性|性质", h):
            continue
        if "单位" in h and len(h) <= 6:
            unit = j if unit is None else unit
        elif re.search(r"序号|编号", h) and len(h) <= 4:
            continue
        elif re.search(r"类别|类型|分类|领域|板块|方面", h) and "名称" not in h:
            category = j if category is None else category
        elif re.search(r"增速|增长|增幅|增量|累计|年均|变化", h):
            growth = j if growth is None else growth
        elif year is not None:
            years.append((j, year))
        elif re.search(r"基期|基数|现状|基准|基础值|现值", h):
            base_kw = j
        elif re.search(r"目标|预期值|规划值", h):
            target_kw = j
        elif re.search(r"指标|名称|项目|内容", h) and name is None:
            name = j
    if name is None and ("指标" in caption and headers and not _YEAR.search(headers[0])):
        name = 0
    if name is None or review:
        return None
    start, end = period
    in_period = [(j, y) for j, y in years if start <= y <= end]
    if in_period:
        target, target_year = max(in_period, key=lambda jy: (jy[1], jy[0]))
    elif target_kw is not None:
        target, target_year = target_kw, end
    elif not period_given and years and max(y for _, y in years) > end:
        # no period written: a 2025 table is read at its own year and the checks see it
        target, target_year = max(years, key=lambda jy: (jy[1], jy[0]))
    else:
        return None        # e.g. the 十二五 review table: nothing later than 2015
    cols = Columns(name, target, target_year, growth=growth, unit=unit, category=category)
    before = [(j, y) for j, y in years if y < target_year]
    pre = [(j, y) for j, y in before if y < start]
    if pre:
        cols.base, cols.base_year = max(pre, key=lambda jy: jy[1])
    elif before:
        cols.base, cols.base_year = min(before, key=lambda jy: jy[1])
    elif base_kw is not None:
        cols.base, cols.base_year = base_kw, start - 1
    return cols


_UNIT_PAREN = re.compile(r"[（(]([^（）()]{1,12})[）)]$")
_NOTE_ROW = re.compile(r"^(?:注|备注|说明|资料来源|数据来源)")


def _split_unit(name: str) -> tuple[str, Optional[str]]:
    """``信息产业收入规模（万亿元）`` → (``信息产业收入规模``, ``万亿元``)."""
    m = _UNIT_PAREN.search(name)
    if not m:
        return name, None
    inner = m.group(1).strip(_WS)
    if parse_unit(inner) is not None or re.fullmatch(r"[A-Za-z/%‰·\d]+|[^\u4e00-\u9fff]*[\u4e00-\u9fff]{0,2}/[\u4e00-\u9fff]{1,3}", inner):
        return name[: m.start()].strip(_WS), inner
    return name, None


def _cell(row: list[Cell], j: Optional[int]) -> Optional[Cell]:
    return row[j] if j is not None and j < len(row) else None


def _value(cell: Optional[Cell]) -> Optional[str]:
    if cell is None:
        return None
    text = cell.text.strip(_WS)
    return None if squash(text) in _DASHES else text


def _indicators(table: Table, cols: Columns) -> list[PlanIndicator]:
    out: list[PlanIndicator] = []
    category: Optional[str] = None
    value_cols = [c for c in (cols.base, cols.target, cols.growth, cols.unit) if c is not None]
    for row in table.rows[table.header_rows:]:
        name_cell = _cell(row, cols.name)
        if cols.category is not None:
            cat = _cell(row, cols.category)
            if cat is not None and cat.text:
                category = strip_numbering(cat.text) or cat.text
        if name_cell is None or not name_cell.text:
            continue
        raw_name = name_cell.text
        if _NOTE_ROW.match(raw_name):
            continue
        filled = [j for j in value_cols if _value(_cell(row, j)) is not None]
        numbered = _NAME_NUMBERING.match(raw_name) is not None
        if not filled and not numbered and (cols.category is None or cols.name == 0):
            category = strip_numbering(raw_name) or raw_name   # a category row: only its first cell
            continue
        name = _NAME_NUMBERING.sub("", raw_name, count=1).strip(_WS)
        name = re.sub(r"[\s\u3000]+", "", name)
        name, unit = _split_unit(name)
        unit_loc = name_cell.loc if unit else None
        unit_cell = _cell(row, cols.unit)
        if _value(unit_cell) is not None:
            unit, unit_loc = _value(unit_cell), unit_cell.loc  # type: ignore[union-attr]
        ind = PlanIndicator(name=name, loc=name_cell.loc, unit=unit, unit_loc=unit_loc,
                            category=category, origin="table")
        base = _cell(row, cols.base)
        if base is not None:
            ind.base = Observation(_value(base), cols.base_year, base.loc)
        target = _cell(row, cols.target)
        if target is not None:
            ind.target = Observation(_value(target), cols.target_year, target.loc)
        growth = _cell(row, cols.growth)
        if growth is not None:
            ind.growth, ind.growth_loc = _value(growth), growth.loc
        out.append(ind)
    return out


# ---------------------------------------------------------------------------------------------
# front matter

_FM_KEYS = {"level": "level", "层级": "level", "级别": "level", "region": "region", "地区": "region",
            "区域": "region", "department": "department", "部门": "department", "period": "period",
            "规划期": "period", "title": "title", "标题": "title"}


@dataclass
class FrontMatter:
    """The YAML front matter and where it ends."""

    data: dict[str, Any] = field(default_factory=dict)
    key_locs: dict[str, Location] = field(default_factory=dict)
    body_start: int = 0              # index of the first body line
    diagnostics: list[Diagnostic] = field(default_factory=list)


def _front_matter(lines: list[str], path: str) -> FrontMatter:
    fm = FrontMatter()
    if not lines or lines[0].rstrip(_WS) != "---":
        return fm
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip(_WS) in ("---", "...")), None)
    if close is None:
        fm.diagnostics.append(Diagnostic(
            path, Location(1, 1), "PL001", "error",
            "YAML前置元数据（front matter）以“---”开始，但没有结束的“---”行",
            hint="在元数据之后加一行“---”；其余内容按正文读取"))
        return fm
    fm.body_start = close + 1
    text = "\n".join(lines[1:close])
    if len(text) > MAX_FRONT_MATTER:
        fm.diagnostics.append(Diagnostic(path, Location(2, 1), "PL001", "error",
                                         f"前置元数据过长（{len(text)}字符），不是规划元数据"))
        return fm
    # the same event-stream reader as YAML plans: no tag is constructed, aliases and nesting
    # are bounded, duplicate keys are seen (yaml.safe_load expands an alias bomb for minutes)
    try:
        tree = load_tree(text, first_line=2) if text.strip() else None
    except YamlTreeError as err:
        fm.diagnostics.append(Diagnostic(path, err.loc, err.code, "error",
                                         f"前置元数据不是有效的YAML：{err.message}"))
        return fm
    data = tree.data if tree is not None else None
    if tree is not None:
        fm.diagnostics += [Diagnostic(path, i.loc, "PL002", "error", f"前置元数据：{i.message}")
                           for i in tree.issues]
    if data is None:
        data = {}
    if not isinstance(data, dict):
        fm.diagnostics.append(Diagnostic(path, Location(2, 1), "PL001", "error",
                                         "前置元数据应为“键: 值”映射（level、region、department、period）"))
        return fm
    for i in range(1, close):
        km = re.match(r"^([^\s:#][^:]{0,30}?)\s*:", lines[i])
        if km and km.group(1) in _FM_KEYS:
            fm.key_locs.setdefault(_FM_KEYS[km.group(1)], Location(i + 1, 1))
    fm.data = {_FM_KEYS[k]: v for k, v in data.items() if isinstance(k, str) and k in _FM_KEYS}
    return fm


def _period(value: Any) -> Optional[tuple[int, int]]:
    if isinstance(value, dict):
        s, e = value.get("start"), value.get("end")
    elif isinstance(value, (list, tuple)) and len(value) == 2:
        s, e = value
    elif isinstance(value, str):
        years = _YEAR.findall(unicodedata.normalize("NFKC", value))
        if len(years) != 2:
            return None
        s, e = years
    else:
        return None
    try:
        s, e = int(s), int(e)
    except (TypeError, ValueError):
        return None
    return (s, e) if 1990 <= s <= e <= 2100 else None


def _metadata(fm: FrontMatter, path: str) -> tuple[Metadata, list[Diagnostic]]:
    meta = Metadata()
    diags: list[Diagnostic] = []
    d = fm.data

    def bad(key: str, message: str) -> None:
        diags.append(Diagnostic(path, fm.key_locs.get(key, Location(1, 1)), "PL002", "error", message))

    for key in ("title", "region", "department"):
        v = d.get(key)
        if v is None:
            continue
        if isinstance(v, (str, int, float)) and not isinstance(v, bool) and str(v).strip():
            setattr(meta, key, str(v).strip())
            meta.locs[key] = fm.key_locs.get(key, START)
        else:
            bad(key, f"前置元数据的{key}应为文字")
    level = d.get("level")
    if level is not None:
        code = level_from_text(level) if isinstance(level, str) else None
        if code is not None:
            meta.level = code
            meta.locs["level"] = fm.key_locs.get("level", START)
        if code is None or level.strip().lower() != code:
            meant = f"，按“{code}”检查；请写作 level: {code}" if code else f"，应为 {' | '.join(LEVELS)}"
            bad("level", f"level“{level}”不是有效层级{meant}")
    if "period" in d and d["period"] is not None:
        p = _period(d["period"])
        if p:
            meta.period_start, meta.period_end = p
            meta.locs["period"] = fm.key_locs.get("period", START)
        else:
            bad("period", f"period“{d['period']}”无法识别，应写作 {{start: 2016, end: 2020}}")
    return meta, diags


# ---------------------------------------------------------------------------------------------
# assembling the plan


@dataclass
class _Open:
    """A section still open while headings are read."""

    key: float
    section: Section
    lines: list[Line] = field(default_factory=list)


@dataclass
class _Box:
    """A 专栏 box opened by a line (not a heading): bold paragraph, plain or quoted line."""
    project: PlanProject
    quote: int
    lines: list[Line] = field(default_factory=list)
    blanks: int = 0
    key: Optional[float] = None      # the heading rank of a box opened by a heading


class _Builder:
    def __init__(self, plan: Plan, period: tuple[int, int]) -> None:
        self.plan = plan
        self.period = period
        self.stack: list[_Open] = []
        self.preamble: list[Line] = []
        self.box: Optional[_Box] = None
        self.last_md: Optional[Heading] = None
        self.closed: list[_Open] = []

    # headings --------------------------------------------------------------------------
    def heading(self, h: Heading) -> None:
        key = self._key(h)
        if self.box is not None and self.box.key is not None and key > self.box.key \
                and not _PROJECT.match(strip_numbering(h.text)):
            self.box.lines.append(Line(h.loc.line, "", "heading", h.text, h.loc.column))
        else:
            self.close_box()
        while self.stack and self.stack[-1].key >= key:
            self.closed.append(self.stack.pop())
        section = Section(h.text, h.loc)
        if self.stack:
            self.stack[-1].section.sections.append(section)
        else:
            self.plan.sections.append(section)
        self.stack.append(_Open(key, section))
        title = strip_numbering(h.text)
        if _PROJECT.match(title) and self.box is None:
            self.box = _Box(PlanProject(title, h.loc), 0, key=key)
            self.plan.projects.append(self.box.project)

    def _key(self, h: Heading) -> float:
        """Nesting rank: Markdown level, or for a pasted heading its numbering below the last
        Markdown heading (remembered here, as headings arrive in order)."""
        if h.md_level is not None:
            key = float(h.md_level * 10)
            self.last_md = h
        elif self.last_md is None:
            key = float((h.rank or 0) * 10)
        else:
            outer = self.last_md.rank if self.last_md.rank is not None else 0
            key = self.last_md.md_level * 10 + min(9, max(1, (h.rank or 0) - outer))  # type: ignore[operator]
        return key

    # text --------------------------------------------------------------------------------
    def text(self, ln: Line) -> None:
        content = clean(ln.text)
        if _PROJECT.match(content):
            self.close_box()
            self.box = _Box(PlanProject(content.strip("【】[]〔〕"), ln.loc), ln.quote)
            self.plan.projects.append(self.box.project)
        elif self.box is not None:
            if self.box.quote and ln.quote != self.box.quote:
                self.close_box()
            elif self.box.blanks >= 2:
                self.close_box()
            else:
                self.box.lines.append(ln)
                self.box.blanks = 0
        (self.stack[-1].lines if self.stack else self.preamble).append(ln)
        headings = tuple(op.section.heading for op in self.stack)
        self.plan.indicators.extend(text_targets(ln.text, ln.no, ln.col, self.period, headings))

    def blank(self) -> None:
        if self.box is not None:
            self.box.blanks += 1

    def rule(self) -> None:
        self.close_box()

    def close_box(self) -> None:
        if self.box is None:
            return
        body = [ln for ln in self.box.lines]
        self.box.project.body = "\n".join(clean(ln.text) for ln in body)
        self.box.project.body_loc = body[0].loc if body else None
        self.box = None

    def finish(self) -> None:
        self.close_box()
        self.closed.extend(self.stack)
        self.stack = []
        for op in self.closed:
            op.section.body = "\n".join(clean(ln.text) for ln in op.lines)
            op.section.body_loc = op.lines[0].loc if op.lines else None


def _pasted_heading(text: str) -> Optional[int]:
    """The numbering rank of a short standalone numbered line (``（三）发展目标。``)."""
    content = clean(text)
    hit = numbering_rank(content)
    if hit is None:
        return None
    title = content[hit[1]:].rstrip("。．.：:").strip(_WS)
    if not title or len(title) > MAX_HEADING_CHARS or _SENTENCE_END.search(title):
        return None
    if re.search(r"[，,]", title) and len(title) > 24:
        return None
    return hit[0]


def _subtree_text(section: Section) -> str:
    parts = [section.body] if section.body else []
    for child in section.sections:
        parts.append(child.heading)
        sub = _subtree_text(child)
        if sub:
            parts.append(sub)
    return "\n".join(parts)


# a section that holds the actions: 五、优先行动 / 四、重点行动 / 重大工程和优先行动 (not 重大任务和重点工程)
_CONTAINER = re.compile(
    r"(?:实施|推进|开展|组织实施)?(?:[一二三四五六七八九十]+[大项])?(?:优先|重点|重大|主要|专项|重点专项)"
    r"(?:行动|工程)(?:(?:和|与|及|、)(?:优先|重点|重大|主要|专项)?(?:行动|工程))?(?:计划)?")
_GOAL_YEAR = re.compile(r"(?:到|至)(?:19|20)\d\d年")


def _goal(body: str) -> str:
    """The sentence holding the first 到20XX年 (up to its 。 or line end): the action's goal.

    Found from the year outwards: a regex that scans the sentence before the year from every
    start position is quadratic on a long line without one.
    """
    m = _GOAL_YEAR.search(body)
    if m is None:
        return ""
    start = max(body.rfind(c, 0, m.start()) for c in "。；;\n") + 1
    ends = [i for i in (body.find("。", m.end()), body.find("\n", m.end())) if i >= 0]
    end = min(ends) if ends else len(body)
    if body.startswith("。", end):
        end += 1
    return body[start:end].strip()


def _is_container(title: str) -> bool:
    return _CONTAINER.fullmatch(title) is not None


def _is_action(title: str) -> bool:
    return title.endswith("行动") and not _is_container(title) and len(title) >= 4


def _actions_and_projects(plan: Plan) -> None:
    def visit(section: Section, parent_is_container: bool) -> None:
        title = strip_numbering(clean(section.heading))
        container = _is_container(title)
        if container and plan.actions_loc == START:
            plan.actions_loc = section.loc
        if (parent_is_container and not container) or _is_action(title):
            body = _subtree_text(section)
            plan.actions.append(PlanAction(title, section.loc, _goal(body), body, section.body_loc))
            if plan.actions_loc == START:
                plan.actions_loc = section.loc
        for child in section.sections:
            visit(child, container)

    for s in plan.sections:
        visit(s, False)


def _title(fm_title: Optional[str], lines: list[Line], headings: dict[int, Heading]) -> tuple[Optional[str], Location]:
    if fm_title:
        return fm_title, START
    h1 = next((h for _, h in sorted(headings.items()) if h.md_level == 1), None)
    if h1:
        return h1.text, h1.loc
    for ln in lines:
        if ln.kind in ("text", "heading"):
            text = clean(ln.text) if ln.kind == "text" else clean(ln.raw.lstrip("# "))
            # a numbered heading (一、“十二五”发展回顾) opens a section: it is not the plan's title
            if text and len(text) <= 80 and not text.endswith("。") and strip_numbering(text) == text:
                return text, ln.loc
            return None, START
    return None, START


def read_markdown(text: str, path: str, default_period: tuple[int, int] = FALLBACK_PERIOD) -> ReadResult:
    """Read a Markdown or pasted-text plan; bad input gives PL001/PL002 findings, never raises."""
    try:
        return _read(text, path, default_period)
    except RecursionError:
        return ReadResult(None, [Diagnostic(path, Location(1, 1), "PL001", "error",
                                            "Markdown结构嵌套过深，无法读取")])


def _read(text: str, path: str, default_period: tuple[int, int]) -> ReadResult:
    raw_lines = text.split("\n")
    fm = _front_matter(raw_lines, path)
    diagnostics = list(fm.diagnostics)
    meta, meta_diags = _metadata(fm, path)
    diagnostics += meta_diags
    body = "\n".join(raw_lines[fm.body_start:])
    lines = _make_lines(body, fm.body_start)
    headings, tables = _classify(lines, body)

    title, title_loc = _title(meta.title, lines, headings)
    meta.title = title
    if title and "title" not in meta.locs:
        meta.locs["title"] = title_loc
    apply_inference(meta, title)
    for key, value in (("level", meta.level), ("region", meta.region),
                       ("department", meta.department), ("period", meta.period_start)):
        if value is not None and key not in meta.locs:
            meta.locs[key] = title_loc
    period_given = meta.period_start is not None and meta.period_end is not None
    period = (meta.period_start, meta.period_end) if period_given else default_period
    plan = Plan(path=path, format="md", meta=meta)
    builder = _Builder(plan, period)  # type: ignore[arg-type]

    # the title heading (sole h1) names the document; it is not a section
    h1s = [i for i, h in headings.items() if h.md_level == 1]
    title_index = h1s[0] if len(h1s) == 1 and min(headings) == h1s[0] else None

    starts = _line_starts(lines) if "<" in body else []
    html_tables = first_table_by_line(body, starts) if starts else {}

    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        if ln.kind == "heading":
            h = headings.get(i)
            if h is not None and i != title_index:
                builder.heading(h)
            i += 1
        elif ln.kind == "table":
            end = tables.get(i, i + 1)
            if i in tables:
                _take_table(plan, builder, _pipe_table(lines, i, end), period, period_given, lines, i)
            i = max(end, i + 1)
        elif ln.kind == "text" and i in html_tables:
            table, after = _html_table(lines, i, html_tables[i], body, starts)
            _take_table(plan, builder, table, period, period_given, lines, i)
            i = after
        elif ln.kind == "text" and _is_grid_border(ln.text) and (grid := _grid_table(lines, i)):
            _take_table(plan, builder, grid[0], period, period_given, lines, i)
            i = grid[1]
        elif ln.kind == "text":
            flat = _flat_table(lines, i) if _HEADER_START.match(squash(clean(ln.text))) else None
            if flat is not None:
                _take_table(plan, builder, flat[0], period, period_given, lines, i)
                i = max(flat[1], i + 1)
                continue
            rank = None if ln.quote else _pasted_heading(ln.text)
            if rank is not None:
                builder.heading(Heading(strip_numbering_keep(clean(ln.text)), ln.loc, None, rank))
            else:
                builder.text(ln)
            i += 1
        elif ln.kind == "rule":
            builder.rule()
            i += 1
        else:
            if ln.kind == "blank":
                builder.blank()
            i += 1
    builder.finish()
    _actions_and_projects(plan)
    if plan.indicators_loc == START:
        goal = next((s for s, _ in plan.all_sections() if re.search(r"发展目标|主要指标", s.heading)), None)
        if goal is not None:
            plan.indicators_loc = goal.loc
    return ReadResult(plan, diagnostics)


def strip_numbering_keep(text: str) -> str:
    """A pasted heading keeps its numbering (as Markdown headings do) but not a final 。."""
    return text.rstrip("。．. \u3000")


def _take_table(plan: Plan, builder: _Builder, table: Table, period: tuple[int, int],
                period_given: bool, lines: list[Line], start: int) -> None:
    if not table.rows or not table.rows[0]:
        return
    if table.header_rows == 1 and len(table.rows) > 1 and _is_subheader(table.rows[1]) \
            and not _columns_ok(table, period, period_given):
        table.header_rows = 2
    headers = _header_texts(table)
    cols = _columns(headers, table.caption, period, period_given)
    if cols is None:
        _non_indicator_table(plan, builder, table)
        return
    if "十二五" in table.caption and cols.target_year <= period[0] - 1:
        return
    if plan.indicators_loc == START:
        plan.indicators_loc = table.loc
    plan.indicators.extend(_indicators(table, cols))


def _columns_ok(table: Table, period: tuple[int, int], period_given: bool) -> bool:
    return _columns([squash(c.text) for c in table.rows[0]], table.caption, period, period_given) is not None


def _non_indicator_table(plan: Plan, builder: _Builder, table: Table) -> None:
    """Other tables are text of their section; one headed ``专栏N`` is a box."""
    rows_text = ["　".join(c.text for c in row if c.text) for row in table.rows]
    first = table.rows[0][0].text if table.rows[0] else ""
    if _PROJECT.match(first):
        body = "\n".join(r for r in rows_text[1:] if r)
        loc = table.rows[1][0].loc if len(table.rows) > 1 and table.rows[1] else None
        plan.projects.append(PlanProject(first, table.rows[0][0].loc, body, loc))
    for row in table.rows:
        if row and any(c.text for c in row):
            cell = next(c for c in row if c.text)
            builder_line = Line(cell.loc.line, "", "text", "　".join(c.text for c in row if c.text),
                                cell.loc.column)
            (builder.stack[-1].lines if builder.stack else builder.preamble).append(builder_line)
