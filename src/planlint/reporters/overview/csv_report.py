"""`--format csv`: the overview matrix, UTF-8 with a BOM so that Excel reads the Chinese right.

Header: `文件` then the items' canonical names, as the national plan writes them; in English `file`
then `English name (中文名)` where the pack gives an English name.
"""
from __future__ import annotations

import csv
import io

from planlint.overview import Overview
from planlint.reporters.context import RenderContext
from planlint.text.escapes import visible

BOM = "\ufeff"


def render(overview: Overview, ctx: RenderContext) -> str:
    lang = ctx.catalog.lang
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([ctx.catalog.t("overview.file"), *(c.header(lang) for c in overview.columns)])
    for row in overview.rows:
        writer.writerow([_safe(row.path), *(cell.label(lang) for cell in row.cells)])
    return BOM + visible(buf.getvalue(), keep="\r\n\t")


def _safe(text: str) -> str:
    """A file name from a pull request must not run as a spreadsheet formula (=, +, -, @)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
