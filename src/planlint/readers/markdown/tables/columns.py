"""Which column of a table holds what (indicator name, base, target, growth, unit, category).

Found from the header texts, never by position. A table is an indicator table only with a
name column and a target column for a year in the plan's period; a column of what was achieved
(实现情况) makes it a review of the past.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from planlint.readers.markdown.markup import YEAR, squash
from planlint.readers.markdown.tables.table import Cell, Table
from planlint.text.periods import FIVE_YEAR_PLANS


@dataclass(eq=False)
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


def indicator_columns(table: Table, period: tuple[int, int], period_given: bool) -> Optional[Columns]:
    """The columns of an indicator table, None for any other; a second row of years or
    目标/基期 under a spanning first row is taken into the header, and a caption merged across
    the first row (Word's “表1 …指标” as row 1) becomes the caption (the table is updated)."""
    _drop_empty_header(table)
    _lift_caption_row(table, period, period_given)
    if table.header_rows == 1 and len(table.rows) > 1 and is_subheader(table.rows[1]) \
            and not _columns_ok(table, period, period_given):
        table.header_rows = 2
    return columns(header_texts(table), table.caption, period, period_given)


def _drop_empty_header(table: Table) -> None:
    """An empty first row is no header: ``pandoc -t gfm`` writes one over a Word table whose
    first row is not marked a header (a pipe table must have a header row)."""
    if len(table.rows) > 2 and not any(c.text.strip() for c in table.rows[0]):
        table.rows = table.rows[1:]
        table.header_rows = max(1, table.header_rows - 1)


def _lift_caption_row(table: Table, period: tuple[int, int], period_given: bool) -> None:
    """A first row holding one text only (alone, or repeated in every merged cell) is a caption
    when the rows under it read as an indicator header and it does not."""
    if len(table.rows) < 3:
        return
    texts = {squash(c.text) for c in table.rows[0] if c.text.strip()}
    if len(texts) != 1 or _columns_ok(table, period, period_given):
        return
    rest = Table(table.rows[1:], table.rows[1][0].loc if table.rows[1] else table.loc,
                 table.caption or table.rows[0][0].text.strip() or next(iter(texts)), table.flattened, 1)
    if not rest.rows[0] or (columns([squash(c.text) for c in rest.rows[0]], rest.caption, period, period_given) is None
                            and not (len(rest.rows) > 1 and is_subheader(rest.rows[1]))):
        return
    caption = next(c.text.strip() for c in table.rows[0] if c.text.strip())
    table.rows = table.rows[1:]
    table.caption = table.caption or caption
    table.header_rows = max(1, table.header_rows - 1)


def _columns_ok(table: Table, period: tuple[int, int], period_given: bool) -> bool:
    return columns([squash(c.text) for c in table.rows[0]], table.caption, period, period_given) is not None


def is_subheader(cells: list[Cell]) -> bool:
    texts = [squash(c.text) for c in cells if c.text]
    return bool(texts) and all(YEAR.search(t) or re.search(r"增|目标|基期|现状|实现|完成|%|单位", t)
                               for t in texts) and not any(_looks_numeric(t) for t in texts
                                                           if not YEAR.fullmatch(t.rstrip("年")))


def _looks_numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[<>≥≤＞＜〔\[]?[-−]?[\d.]+[%〕\]]?", text))


def header_texts(table: Table) -> list[str]:
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


def header_year(header: str) -> Optional[int]:
    """The year a column header names: 2020年目标 → 2020, “十三五”末 → 2020 (a five-year plan's end)."""
    found = YEAR.findall(header)
    if found:
        return int(found[-1])
    plans = [end for name, (_, end) in FIVE_YEAR_PLANS.items() if name in header]
    return max(plans) if len(plans) == 1 else None


def columns(headers: list[str], caption: str, period: tuple[int, int],
            period_given: bool) -> Optional[Columns]:
    """Which column is what; None for tables that are not the plan's indicator targets."""
    name = unit = category = growth = None
    years: list[tuple[int, int]] = []
    base_kw: Optional[int] = None
    target_kw: Optional[int] = None
    review = False
    for j, h in enumerate(headers):
        year = header_year(h)
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
    if name is None and ("指标" in caption and headers and not YEAR.search(headers[0])):
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
    if target == name:
        return None        # one text over the table (表1 “十三五”……主要指标): a caption, not a header
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


# how far past the period's end a header year may lie and still be read as a slip of the
# drafter's (2021年 typed for 2020年) rather than a table about a later plan
MISDATED_YEARS = 5


def misdated_columns(table: Table, period: tuple[int, int], period_given: bool) -> Optional[Columns]:
    """The columns an indicator table would have if its last year lay in the period: for a
    table whose target year was mistyped (2021年 in a 2016—2020 plan), None for any other.
    Only where the period is written: without one, columns() reads a later table at its year."""
    if not period_given:
        return None
    headers = header_texts(table)
    years = [y for y in (header_year(h) for h in headers) if y is not None]
    start, end = period
    if not years or not end < max(years) <= end + MISDATED_YEARS:
        return None
    cols = columns(headers, table.caption, (start, max(years)), True)
    return cols if cols is not None and cols.target_year > end else None
