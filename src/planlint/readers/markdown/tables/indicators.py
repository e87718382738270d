"""The rows of an indicator table → PlanIndicator: category rows, numbered names, units, values."""
from __future__ import annotations

import re
from typing import Optional

from planlint.model import Observation, PlanIndicator
from planlint.readers.markdown.markup import BLANKS, squash, without_note_marks
from planlint.readers.markdown.numbering import is_name_numbered, strip_name_numbering, strip_numbering
from planlint.readers.markdown.tables.columns import Columns
from planlint.readers.markdown.tables.table import Cell, Table, is_note
from planlint.text.units import parse_unit

_UNIT_PAREN = re.compile(r"[（(]([^（）()]{1,12})[）)]$")
_BLANK_RUNS = re.compile(r"[\s\u3000]+")
_ASCII_DIGIT = re.compile(r"[0-9]")
_DASHES = frozenset({"", "—", "——", "-", "--", "–", "－", "/", "／", "…", "……", "无", "—/—"})


def split_unit(name: str) -> tuple[str, Optional[str]]:
    """``信息产业收入规模（万亿元）`` → (``信息产业收入规模``, ``万亿元``)."""
    m = _UNIT_PAREN.search(name)
    if not m:
        return name, None
    inner = m.group(1).strip(BLANKS)
    if parse_unit(inner) is not None or re.fullmatch(r"[A-Za-z/%‰·\d]+|[^\u4e00-\u9fff]*[\u4e00-\u9fff]{0,2}/[\u4e00-\u9fff]{1,3}", inner):
        return name[: m.start()].strip(BLANKS), inner
    return name, None


def _cell(row: list[Cell], j: Optional[int]) -> Optional[Cell]:
    return row[j] if j is not None and j < len(row) else None


def _value(cell: Optional[Cell]) -> Optional[str]:
    if cell is None:
        return None
    text = without_note_marks(cell.text).strip(BLANKS)
    # an ASCII digit survives squash(), and no dash holds one: most values need no squash
    return None if not _ASCII_DIGIT.search(text) and squash(text) in _DASHES else text


def indicators(table: Table, cols: Columns) -> list[PlanIndicator]:
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
        if is_note(raw_name):
            continue
        values = {j: _value(_cell(row, j)) for j in value_cols}    # each cell's value read once
        filled = [j for j in value_cols if values[j] is not None]
        numbered = is_name_numbered(raw_name)
        if not filled and not numbered and (cols.category is None or cols.name == 0):
            category = strip_numbering(raw_name) or raw_name   # a category row: only its first cell
            continue
        name = strip_name_numbering(without_note_marks(raw_name))
        name = _BLANK_RUNS.sub("", name)
        name, unit = split_unit(name)
        unit_loc = name_cell.loc if unit else None
        unit_cell = _cell(row, cols.unit)
        if cols.unit is not None and values[cols.unit] is not None:
            unit, unit_loc = values[cols.unit], unit_cell.loc  # type: ignore[union-attr]
        ind = PlanIndicator(name=name, loc=name_cell.loc, unit=unit, unit_loc=unit_loc,
                            category=category, origin="table")
        base = _cell(row, cols.base)
        if base is not None:
            ind.base = Observation(values[cols.base], cols.base_year, base.loc)  # type: ignore[index]
        target = _cell(row, cols.target)
        if target is not None:
            ind.target = Observation(values[cols.target], cols.target_year, target.loc)  # type: ignore[index]
        growth = _cell(row, cols.growth)
        if growth is not None:
            ind.growth, ind.growth_loc = values[cols.growth], growth.loc  # type: ignore[index]
        out.append(ind)
    return out
