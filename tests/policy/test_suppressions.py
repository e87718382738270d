"""Suppressions with reasons: YAML comments (line, block, next line, file), Markdown comments
(region, next line, file), the waiver file keyed by code + national item; PL010/PL011/PL012."""
import json
import os
import subprocess
import sys
from pathlib import Path

from cli_helpers import run_planlint as run

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
GAPS = EXAMPLES / "gansu-province-gaps.yaml"


def diags(p):
    return json.loads(p.stdout)["diagnostics"]


def gaps_lines():
    return GAPS.read_text(encoding="utf-8").split("\n")


def write(tmp_path, lines, name="plan.yaml"):
    f = tmp_path / name
    f.write_text("\n".join(lines), encoding="utf-8")
    return f


def found(p, code, subject=None):
    return [d for d in diags(p) if d["code"] == code and (subject is None or d["subject"] == subject)]


def test_trailing_comment_suppresses_its_line(tmp_path):
    lines = gaps_lines()
    assert 'value: "65%"' in lines[11]
    lines[11] += "  # planlint: disable=PL102 -- 省政府常务会议确定的目标"
    p = run(write(tmp_path, lines), "--format", "json", cwd=tmp_path)
    assert not found(p, "PL102", "固定宽带家庭普及率")
    assert found(p, "PL102", "贫困村宽带网络覆盖率")      # only that line
    assert not found(p, "PL010") and not found(p, "PL011")


def test_comment_on_a_key_covers_its_block(tmp_path):
    lines = gaps_lines()
    assert lines[7] == "indicators:"
    lines[7] = "indicators:  # planlint: disable=PL101 -- 由省人社厅、网信办专项规划设定"
    p = run(write(tmp_path, lines), "--format", "json", cwd=tmp_path)
    assert not found(p, "PL101") and found(p, "PL102")


def test_comment_on_a_list_item_covers_that_item_only(tmp_path):
    lines = gaps_lines()
    assert lines[8].startswith("  - name: 家庭宽带普及率")
    lines[8] = "  - name: 家庭宽带普及率  # planlint: disable=PL102 -- 原因"
    p = run(write(tmp_path, lines), "--format", "json", cwd=tmp_path)
    assert not found(p, "PL102", "固定宽带家庭普及率") and found(p, "PL102", "中西部农村家庭宽带普及率")


def test_own_line_and_next_line_and_file(tmp_path):
    lines = gaps_lines()
    lines.insert(11, "    # planlint: disable-next-line=PL102 -- 原因")
    lines.insert(0, "# planlint: disable-file=PL204 -- 本市不承担国家工程")
    p = run(write(tmp_path, lines), "--format", "json", cwd=tmp_path)
    assert not found(p, "PL102", "固定宽带家庭普及率") and not found(p, "PL204")


def test_without_reason_suppresses_but_is_pl010(tmp_path):
    lines = gaps_lines()
    lines[11] += "  # planlint: disable=PL102"
    p = run(write(tmp_path, lines), "--format", "json", cwd=tmp_path)
    assert not found(p, "PL102", "固定宽带家庭普及率")
    pl010 = found(p, "PL010")
    assert len(pl010) == 1 and pl010[0]["line"] == 12 and pl010[0]["severity"] == "error"


def test_unused_and_malformed(tmp_path):
    lines = gaps_lines()
    lines[9] += "  # planlint: disable=PL113 -- 误写"
    lines[10] += "  # planlint: disabel=PL102 -- typo"
    lines[12] += "  # planlint: disable=PL999 -- 不存在的代码"
    p = run(write(tmp_path, lines), "--format", "json", cwd=tmp_path)
    assert [d["line"] for d in found(p, "PL011")] == [10]
    assert sorted(d["line"] for d in found(p, "PL012")) == [11, 13]


def test_suppression_findings_can_be_ignored(tmp_path):
    lines = gaps_lines()
    lines[11] += "  # planlint: disable=PL102"
    p = run(write(tmp_path, lines), "--format", "json", "--ignore", "PL010", cwd=tmp_path)
    assert not found(p, "PL010")


MD = """---
level: province
region: 甘肃省
---
{top}
# 甘肃省信息化发展规划

## 二、发展目标

| 指标 | 2015年 | 2020年 |
| --- | --- | --- |
| 固定宽带家庭普及率（%） | 31 | 65 |
| 贫困村宽带网络覆盖率（%） | 60 | 85 |
{middle}
| 移动宽带用户普及率（%） | 48 | 86 |
"""


def md_run(tmp_path, top="", middle=""):
    f = tmp_path / "plan.md"
    f.write_text(MD.format(top=top, middle=middle), encoding="utf-8")
    return run(f, "--format", "json", cwd=tmp_path)


def test_markdown_disable_before_first_heading_covers_file(tmp_path):
    base = md_run(tmp_path)
    assert found(base, "PL201") and found(base, "PL101")
    p = md_run(tmp_path, top="<!-- planlint-disable PL201 -- 本省行动计划另行印发 -->")
    assert not found(p, "PL201") and found(p, "PL101") and not found(p, "PL010")


def test_markdown_same_line_in_a_table_row(tmp_path):
    """An HTML comment on a line of its own would end a pipe table: in a table, comment the row itself."""
    f = tmp_path / "plan.md"
    text = MD.format(top="", middle="").replace(
        "| 固定宽带家庭普及率（%） | 31 | 65 |",
        "| 固定宽带家庭普及率（%） | 31 | 65 | <!-- planlint-disable PL102 -- 原因 -->")
    f.write_text(text, encoding="utf-8")
    p = run(f, "--format", "json", cwd=tmp_path)
    assert not found(p, "PL102", "固定宽带家庭普及率") and found(p, "PL102", "贫困村宽带网络覆盖率")
    assert not found(p, "PL011")


def test_markdown_next_line_before_prose_target(tmp_path):
    f = tmp_path / "plan.md"
    text = MD.format(top="", middle="").replace(
        "## 二、发展目标\n",
        "## 二、发展目标\n\n<!-- planlint-disable-next-line PL102 -- 原因 -->\n到2020年，数据中心PUE值不高于1.5，"
        "固定宽带家庭普及率达到60%。\n")
    f.write_text(text, encoding="utf-8")
    p = run(f, "--format", "json", cwd=tmp_path)
    assert not found(p, "PL011"), p.stdout
    assert not [d for d in found(p, "PL102", "固定宽带家庭普及率") if d["line"] == 11]


def test_markdown_region_until_enable(tmp_path):
    f = tmp_path / "plan.md"
    text = MD.format(top="", middle="").replace(
        "| 指标 |", "<!-- planlint-disable PL102 -- 原因 -->\n\n| 指标 |").replace(
        "| 贫困村宽带网络覆盖率（%） | 60 | 85 |", "| 贫困村宽带网络覆盖率（%） | 60 | 85 |\n\n<!-- planlint-enable -->")
    f.write_text(text, encoding="utf-8")
    p = run(f, "--format", "json", cwd=tmp_path)
    assert not found(p, "PL102")


def test_markdown_without_reason(tmp_path):
    p = md_run(tmp_path, top="<!-- planlint-disable PL201 -->")
    assert not found(p, "PL201") and len(found(p, "PL010")) == 1


def test_waiver_file_keyed_by_code_and_subject(tmp_path):
    plan = tmp_path / "plans" / "gansu.yaml"
    plan.parent.mkdir()
    plan.write_text(GAPS.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".planlint-waivers.yaml").write_text(
        "waivers:\n"
        "  - code: PL201\n    subject: 网络扶贫行动\n    reason: 由省扶贫办专项规划部署\n"
        "  - code: PL101\n    subject: 社会保障卡普及率\n    paths: [plans/gansu.yaml]\n    reason: 人社厅专项规划\n"
        "  - code: PL102\n    subject: 固定宽带家庭普及率\n"
        "  - code: PL102\n    subject: 信息化发展指数\n    paths: [plans/]\n    reason: 已修正\n",
        encoding="utf-8")
    p = run(plan, "--format", "json", cwd=tmp_path)
    assert not found(p, "PL201", "网络扶贫行动") and found(p, "PL201")
    assert not found(p, "PL101", "社会保障卡普及率") and found(p, "PL101", "网络零售额")
    assert not found(p, "PL102", "固定宽带家庭普及率")
    doc = json.loads(p.stdout)
    waiver_findings = [d for d in doc["diagnostics"] if d["path"].endswith(".planlint-waivers.yaml")]
    assert {(d["code"], d["line"]) for d in waiver_findings} == {("PL010", 9), ("PL011", 11)}
    # a waiver survives edits: lines inserted above move nothing
    plan.write_text("# 前言\n\n" + GAPS.read_text(encoding="utf-8"), encoding="utf-8")
    assert not found(run(plan, "--format", "json", cwd=tmp_path), "PL101", "社会保障卡普及率")


def test_waivers_option_and_broken_waiver_file(tmp_path):
    w = tmp_path / "w.yaml"
    w.write_text("waivers:\n  - code: PL102\n    subject: 固定宽带家庭普及率\n    reason: 原因\n", encoding="utf-8")
    p = run(GAPS, "--format", "json", "--waivers", w, cwd=tmp_path)
    assert not found(p, "PL102", "固定宽带家庭普及率")
    w.write_text("waivers:\n  - code: PL102\n", encoding="utf-8")
    p = run(GAPS, "--waivers", w, cwd=tmp_path)
    assert p.returncode == 2 and "subject" in p.stderr and len(p.stderr.strip().splitlines()) == 1
    w.write_text("waivers: [\n", encoding="utf-8")
    p = run(GAPS, "--waivers", w, cwd=tmp_path)
    assert p.returncode == 2 and "不是有效的YAML" in p.stderr
    p = run(GAPS, "--waivers", tmp_path / "none.yaml", cwd=tmp_path)
    assert p.returncode == 2 and "找不到豁免文件" in p.stderr


def test_isolated_ignores_waivers(tmp_path):
    (tmp_path / ".planlint-waivers.yaml").write_text(
        "waivers:\n  - code: PL102\n    subject: 固定宽带家庭普及率\n    reason: 原因\n", encoding="utf-8")
    plan = tmp_path / "gansu.yaml"
    plan.write_text(GAPS.read_text(encoding="utf-8"), encoding="utf-8")
    assert not found(run(plan, "--format", "json", cwd=tmp_path), "PL102", "固定宽带家庭普及率")
    assert found(run(plan, "--format", "json", "--isolated", cwd=tmp_path), "PL102", "固定宽带家庭普及率")


def test_front_matter_comments_are_not_headings(tmp_path):
    p = md_run(tmp_path, top="<!-- planlint-disable PL201 -- 原因 -->")
    assert not found(p, "PL201")
    f = tmp_path / "plan.md"
    f.write_text(MD.format(top="<!-- planlint-disable PL201 -- 原因 -->", middle="").replace(
        "region: 甘肃省\n", "region: 甘肃省\n# 征求意见稿\n"), encoding="utf-8")
    assert not found(run(f, "--format", "json", cwd=tmp_path), "PL201")


def test_hostile_directive_lines_cost_linear_time():
    import time
    from planlint.policy.suppressions import scan
    from planlint.readers.source import SourceText
    known = {"PL102"}
    lines = ["a: 1  # planlint: disable " + " " * 200_000 + "PL102" + " " * 200_000 + "!",
             "x <!-- planlint-disable PL102 " * 20_000,
             "x <!-- planlint-disable PL102 -- r -->" * 20_000]
    start = time.process_time()     # CPU time: a busy machine does not count
    scan("p.yaml", SourceText(lines[0]), known)
    scan("p.md", SourceText(lines[1]), known)
    directives, _ = scan("p.md", SourceText(lines[2]), known)
    assert len(directives) == 20_000 and time.process_time() - start < 2.0
