"""--format xlsx: the workbook, read back with openpyxl; and the samples' truth in its matrix."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl", reason="openpyxl writes and reads the xlsx report")

from planlint.i18n import Catalog  # noqa: E402
from planlint.overview import build_overview  # noqa: E402
from planlint.reporters.context import RenderContext  # noqa: E402
from planlint.reporters.overview import xlsx_report  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[4] / "shared" / "samples"
if not SAMPLES.is_dir():
    SAMPLES = Path("/work/shared/samples")


def _workbook(data: bytes):
    import io
    return openpyxl.load_workbook(io.BytesIO(data))


def test_sheets_frozen_filtered_and_every_finding_listed(lint, province_plan, pack):
    reports = [lint(province_plan().drop_indicator("网络零售额").yaml("a.yaml"), "a.yaml")]
    ctx = RenderContext(pack_name=pack.name, rules=[], catalog=Catalog("zh"))
    wb = _workbook(xlsx_report.render(build_overview(reports, pack), reports, ctx))
    assert wb.sheetnames == ["总览", "问题清单", "说明"]
    matrix, found, about = wb["总览"], wb["问题清单"], wb["说明"]
    assert matrix.freeze_panes == "B2" and matrix.auto_filter.ref
    head = [c.value for c in matrix[1]]
    assert head[:7] == ["文件", "层级", "地区或部门", "规划期", "错误", "警告", "提示"]
    row = [c.value for c in matrix[2]]
    assert row[0] == "a.yaml" and row[head.index("网络零售额")] == "✗ 缺失"
    assert row[4] == reports[0].count("error")
    assert matrix.cell(row=2, column=head.index("网络零售额") + 1).fill.fgColor.rgb.endswith("FFC7CE")
    assert [c.value for c in found[1]][:6] == ["path", "line", "column", "code", "severity", "subject"]
    assert found.max_row - 1 == len(reports[0].diagnostics) and found.auto_filter.ref
    about_text = [c.value for r in about.iter_rows() for c in r if c.value]
    assert pack.name in about_text and "✗ 缺失" in about_text
    assert any("主要指标" in str(v) for v in about_text)     # the citations of the columns


def test_english_sheet_names(lint, province_plan, pack):
    reports = [lint(province_plan().yaml("a.yaml"), "a.yaml")]
    ctx = RenderContext(pack_name=pack.name, rules=[], catalog=Catalog("en"))
    wb = _workbook(xlsx_report.render(build_overview(reports, pack), reports, ctx))
    assert wb.sheetnames == ["Overview", "Findings", "About"]


@pytest.mark.skipif(not (SAMPLES / "truth.json").is_file(), reason="the shared samples are not beside the repository")
def test_samples_truth_agrees_with_the_workbook(tmp_path):
    """Each expected PL101/PL201 is 缺失, each PL102 低于, each forbidden one neither."""
    truth = json.loads((SAMPLES / "truth.json").read_text(encoding="utf-8"))
    out = tmp_path / "review.xlsx"
    files = sorted(str(SAMPLES / f) for f in truth)
    proc = subprocess.run([sys.executable, "-m", "planlint", *files, "--format", "xlsx", "-o", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode in (0, 1), proc.stderr
    ws = openpyxl.load_workbook(out)["总览"]
    head = [c.value for c in ws[1]]
    cells = {Path(r[0].value).name: [c.value for c in r] for r in ws.iter_rows(min_row=2)}
    assert set(cells) == set(truth)
    want = {"PL101": "✗ 缺失", "PL201": "✗ 缺失", "PL102": "↓ 低于"}
    checked = 0
    for name, t in truth.items():
        for code, subject, *_ in t["expect"]:
            if code in want and subject in head:
                assert str(cells[name][head.index(subject)]).startswith(want[code]), (name, code, subject)
                checked += 1
        for code, subject, *_ in t["forbid"]:
            if code in want and subject in head:
                assert not str(cells[name][head.index(subject)]).startswith(want[code]), (name, code, subject)
    assert checked > 20
