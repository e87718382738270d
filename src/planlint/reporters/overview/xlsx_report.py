"""`--format xlsx -o review.xlsx`: the overview as a workbook to hand on.

Sheets: 总览 (the matrix: frozen header and first column, colours by status, filters, widths
that fit Chinese), 问题清单 (one row per finding with every JSON field, filterable) and 说明
(the rule pack, the date, what each status means, each column's citation). Written with
openpyxl, which both writes and reads workbooks, so the tests read back what was written.
"""
from __future__ import annotations

import datetime as dt
import io
import unicodedata
from typing import Any

from planlint.overview import Overview
from planlint.overview.matrix import KINDS, LABELS, MEANINGS, STATUSES
from planlint.reporters.context import RenderContext
from planlint.reporters.json_report import diagnostic_dict
from planlint.run.report import FileReport
from planlint.readers.heading_paths import joined
from planlint.text.escapes import visible

FILLS = {"met": "C6EFCE", "missing": "FFC7CE", "below": "FFEB9C", "doubtful": "DDEBF7", "n/a": "F2F2F2"}
# columns are only ever added at the end: a reviewer's filters and formulas keep their letters
FINDING_FIELDS = ("path", "line", "column", "code", "severity", "subject", "message", "expected", "actual",
                  "source", "hint", "evidence", "place", "heading_path")
# in English the item's English name follows its Chinese subject, as in the JSON report
FINDING_FIELDS_EN = (*FINDING_FIELDS[:6], "item_name_en", *FINDING_FIELDS[6:])
SHEETS = ("xlsx.sheet.overview", "xlsx.sheet.findings", "xlsx.sheet.about")     # i18n.catalog keys
ROW_HEAD = ("overview.file", "xlsx.level", "xlsx.place", "xlsx.period", "xlsx.errors", "xlsx.warnings", "xlsx.infos")


def render(overview: Overview, reports: list[FileReport], ctx: RenderContext) -> bytes:
    from openpyxl import Workbook

    lang = ctx.catalog.lang
    wb = Workbook()
    matrix = wb.active
    t = ctx.catalog.t
    matrix.title = t(SHEETS[0])
    _matrix_sheet(matrix, overview, ctx)
    _findings_sheet(wb.create_sheet(t(SHEETS[1])), reports, ctx)
    _about_sheet(wb.create_sheet(t(SHEETS[2])), overview, ctx)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _matrix_sheet(ws: Any, overview: Overview, ctx: RenderContext) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    lang = ctx.catalog.lang
    head = [*(ctx.catalog.t(k) for k in ROW_HEAD), *(c.header(lang) for c in overview.columns)]
    ws.append(head)
    for row in overview.rows:
        place = row.department if row.level == "ministry" else row.region
        ws.append([_safe(row.path), row.level or "", _safe(place or ""), row.period or "",
                   row.counts["error"], row.counts["warning"], row.counts["info"],
                   *(cell.label(lang) for cell in row.cells)])
        for j, cell in enumerate(row.cells):
            ws.cell(row=ws.max_row, column=len(ROW_HEAD) + 1 + j).fill = PatternFill(
                "solid", fgColor=FILLS[cell.status])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = ws.dimensions
    _fit_widths(ws, cap=40)
    for j in range(len(ROW_HEAD) + 1, len(head) + 1):   # item columns: names wrap in the header
        ws.column_dimensions[_letter(j)].width = 16


def _findings_sheet(ws: Any, reports: list[FileReport], ctx: RenderContext) -> None:
    from openpyxl.styles import Font

    fields = FINDING_FIELDS if ctx.catalog.lang == "zh" else FINDING_FIELDS_EN
    ws.append(list(fields))
    for r in reports:
        for d in r.diagnostics:
            doc = diagnostic_dict(ctx.catalog.localize(d, ctx.summary(d.code)))
            # a heading path reads as one line (三、主要任务 › （二）…), other lists one item a line
            doc["heading_path"] = joined(d.heading_path) or None
            ws.append([_value(doc.get(k)) for k in fields])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    _fit_widths(ws, cap=60)


def _about_sheet(ws: Any, overview: Overview, ctx: RenderContext) -> None:
    from openpyxl.styles import Font, PatternFill

    lang, t = ctx.catalog.lang, ctx.catalog.t
    ws.append([t("xlsx.rulepack"), overview.pack_name])
    ws.append([t("xlsx.date"), dt.date.today().isoformat()])
    ws.append([])
    ws.append([t("xlsx.status"), t("xlsx.meaning")])
    ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
    for status in STATUSES:
        ws.append([LABELS[status]().render(lang), MEANINGS[status]().render(lang)])
        ws.cell(row=ws.max_row, column=1).fill = PatternFill("solid", fgColor=FILLS[status])
    ws.append([])
    ws.append([t("xlsx.item"), t("xlsx.kind"), t("xlsx.source"), t("xlsx.quote")])
    for c in overview.columns:
        ws.append([c.header(lang), KINDS[c.kind]().render(lang), c.source, c.quote])
    _fit_widths(ws, cap=80)


def _value(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, list):
        return "\n".join(_safe(str(x)) for x in v)
    return _safe(str(v)) if isinstance(v, str) else v


def _safe(text: str) -> str:
    """Text from a plan must not become a formula (=, +, -, @) in the reviewer's spreadsheet, nor
    carry a control character (openpyxl refuses those, XML 1.0 forbids them)."""
    text = visible(text, keep="\n")
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _display_width(text: str) -> int:
    """Columns a text takes: a Chinese character is two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _fit_widths(ws: Any, cap: int) -> None:
    widths: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None:
                longest = max((_display_width(part) for part in str(cell.value).split("\n")), default=0)
                widths[cell.column] = max(widths.get(cell.column, 0), longest)
    for col, width in widths.items():
        ws.column_dimensions[_letter(col)].width = min(cap, width + 2)


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(col)
