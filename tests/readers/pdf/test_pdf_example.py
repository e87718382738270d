"""The committed PDF example reads as its Markdown original, headings included; and the table
layouts Word leaves when it prints without cell padding."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from planlint.readers.pdf.extract import Segment, VisualLine
from planlint.readers.pdf.layout import layout
from planlint.readers.pdf.extract import Page

ROOT = Path(__file__).resolve().parents[3]
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils) is not installed; .ci/run installs it")


def _found(report) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(d.code, d.subject or "", d.heading_path) for d in report.diagnostics}


@needs_pdftotext
def test_the_pdf_example_gives_the_findings_of_its_markdown(linter):
    md = ROOT / "examples" / "markdown" / "hubei-province.md"
    pdf = ROOT / "examples" / "pdf" / "hubei-province.pdf"
    from_pdf = linter.lint_bytes(str(pdf), pdf.read_bytes())
    assert _found(from_pdf) == _found(linter.lint_bytes(str(md), md.read_bytes()))
    weaker = next(d for d in from_pdf.diagnostics if d.code == "PL102")
    assert weaker.heading_path == ("二、总体要求", "（二）发展目标") and weaker.place.startswith("第1页第")


def _line(no: int, y: float, *cells: tuple[float, str]) -> VisualLine:
    return VisualLine(1, no, y, [Segment(x, x + 12 * len(t), y, y + 12, t) for x, t in cells])


COLUMNS = (72.0, 190.0, 300.0)


def _rows(*lines: tuple) -> list[str]:
    """A table laid out at one pitch (12.5 pt) for every line, as Word prints it without padding."""
    header = _line(1, 100, *zip(COLUMNS, ("指标", "2015年", "2020年")))
    body = [_line(i + 2, 112.5 + 12.5 * i, *zip(COLUMNS, cells)) for i, cells in enumerate(lines)]
    out, _, _ = layout([Page(1, 600, [header, *body])])
    return [ln for ln in out if ln.startswith("| ") and "---" not in ln][1:]


def test_a_wrapped_name_joins_its_row_and_a_category_row_stays_a_row():
    rows = _rows(("1.信息化发展指数", "73", "90"), ("信息技术与产业",),
                 ("2.IT项目投资占全社", "2.0", "5"), ("会固定资产投资总额的",), ("比例（%）",), ("信息基础设施",),
                 ("3.网络零售额（亿元）", "1000", "2600"), ("信息服务",))
    assert rows == ["| 1.信息化发展指数 | 73 | 90 |", "| 信息技术与产业 |  |  |",
                    "| 2.IT项目投资占全社会固定资产投资总额的比例（%） | 2.0 | 5 |", "| 信息基础设施 |  |  |",
                    "| 3.网络零售额（亿元） | 1000 | 2600 |", "| 信息服务 |  |  |"]


def test_two_cells_in_one_pdftotext_line_are_two_cells():
    name = Segment(72, 180, 112.5, 124.5, "5.固定宽带家庭普及率")
    value = Segment(190, 202, 112.5, 124.5, "45")
    # pdftotext's line holds both: the name fills its column, the value follows a cell's gap later
    line = Segment(72, 202, 112.5, 124.5, "5.固定宽带家庭普及率45", (name, value))
    header = _line(1, 100, *zip(COLUMNS, ("指标", "2015年", "2020年")))
    body = VisualLine(1, 2, 112.5, [line, Segment(300, 312, 112.5, 124.5, "75")])
    out, _, _ = layout([Page(1, 600, [header, body])])
    assert "| 5.固定宽带家庭普及率 | 45 | 75 |" in out
