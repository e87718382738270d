"""--format csv: the matrix with a BOM, header 文件 + canonical names."""
from __future__ import annotations

import csv
import io

from planlint.i18n import Catalog
from planlint.overview import build_overview
from planlint.reporters.context import RenderContext
from planlint.reporters.overview import csv_report


def _ctx(lang="zh"):
    return RenderContext(pack_name="national-13th", rules=[], catalog=Catalog(lang))


def test_bom_header_and_one_row_per_plan(lint, province_plan, pack):
    reports = [lint(province_plan().drop_indicator("网络零售额").yaml("a.yaml"), "a.yaml"),
               lint(province_plan().yaml("b.yaml"), "b.yaml")]
    ov = build_overview(reports, pack)
    text = csv_report.render(ov, _ctx())
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows[0] == ["文件", *(c.name for c in ov.columns)]
    assert [r[0] for r in rows[1:]] == ["a.yaml", "b.yaml"]
    col = rows[0].index("网络零售额")
    assert rows[1][col] == "✗ 缺失" and rows[2][col] == "✓ 达标"


def test_english_labels(lint, province_plan, pack):
    ov = build_overview([lint(province_plan().drop_indicator("网络零售额").yaml("a.yaml"), "a.yaml")], pack)
    rows = list(csv.reader(io.StringIO(csv_report.render(ov, _ctx("en"))[1:])))
    assert rows[0][0] == "file"
    assert rows[1][rows[0].index("Online retail sales (网络零售额)")] == "✗ missing"   # the English name beside the Chinese


def test_a_file_name_never_becomes_a_formula(lint, province_plan, pack):
    ov = build_overview([lint(province_plan().yaml("=cmd.yaml"), "=cmd.yaml")], pack)
    rows = list(csv.reader(io.StringIO(csv_report.render(ov, _ctx())[1:])))
    assert rows[1][0] == "'=cmd.yaml"
