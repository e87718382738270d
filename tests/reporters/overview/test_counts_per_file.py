"""Many plans in the text report: each file header carries its counts; --statistics --per-file."""
from __future__ import annotations

import json

from cli_helpers import run_planlint as run


def _plans(tmp_path, province_plan):
    (tmp_path / "a.yaml").write_text(province_plan().drop_indicator("网络零售额").yaml("a.yaml"), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(province_plan().yaml("b.yaml"), encoding="utf-8")
    return tmp_path


def test_file_header_carries_its_counts(tmp_path, province_plan, lint):
    d = _plans(tmp_path, province_plan)
    report = lint(province_plan().drop_indicator("网络零售额").yaml("a.yaml"), "a.yaml")
    p = run(d / "a.yaml", "--no-color")
    header = p.stdout.splitlines()[0]
    e, w, i = (report.count(s) for s in ("error", "warning", "info"))
    assert header.startswith(str(d / "a.yaml")) and header.endswith(f" — {e}个错误，{w}个警告，{i}个提示")
    en = run(d / "a.yaml", "--no-color", "--lang", "en").stdout.splitlines()[0]
    assert en.endswith(f" — {e} error(s), {w} warning(s), {i} info")


def test_statistics_per_file_in_input_order(tmp_path, province_plan):
    d = _plans(tmp_path, province_plan)
    doc = json.loads(run(d / "b.yaml", d / "a.yaml", "--statistics", "--per-file", "--format", "json").stdout)
    full = json.loads(run(d / "b.yaml", d / "a.yaml", "--format", "json").stdout)
    assert [r["path"] for r in doc] == [str(d / "b.yaml"), str(d / "a.yaml")]
    for row, f in zip(doc, full["files"]):
        assert (row["errors"], row["warnings"], row["infos"]) == (f["errors"], f["warnings"], f["infos"])
    text = run(d / "b.yaml", d / "a.yaml", "--statistics", "--per-file").stdout.splitlines()
    assert text[0].split() == ["错误", "警告", "提示", "文件"]
    assert text[2].split()[:3] == [str(doc[1]["errors"]), str(doc[1]["warnings"]), str(doc[1]["infos"])]


def test_per_file_without_statistics_is_a_usage_error(tmp_path, province_plan):
    p = run(_plans(tmp_path, province_plan) / "a.yaml", "--per-file")
    assert p.returncode == 2 and "--statistics" in p.stderr and "Traceback" not in p.stderr
