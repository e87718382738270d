"""PL004 (plan_period): a plan whose period lies wholly outside the rule pack's is not held to it."""
import pytest


@pytest.mark.parametrize("fmt", ["yaml", "md"])
def test_a_plan_for_a_later_period_gets_this_one_finding(province_plan, lint_plan, fmt):
    plan = province_plan(period=(2021, 2025)).drop_indicator("网络零售额").drop_action("新型智慧城市")
    text = plan.yaml() if fmt == "yaml" else plan.markdown()
    [d] = lint_plan(text).diagnostics                    # no PL101, no PL201: the national plan does not bind it
    assert (d.code, d.severity, d.subject) == ("PL004", "warning", None)
    assert d.line == text.line_of("period: {start: 2021, end: 2025}")
    assert "2021—2025年" in d.message and "2016—2020年" in d.message


def test_a_period_read_from_the_title(province_plan, lint_plan, findings):
    plan = province_plan(period=None, title="江苏省“十四五”信息化发展规划")
    text = plan.yaml()
    [d] = findings(lint_plan(text), "PL004")
    assert d.line == text.line_of("title: 江苏省") and "2021—2025年" in d.message


@pytest.mark.parametrize("period", [(2016, 2020), (2018, 2022), (2014, 2030), None])
def test_a_period_overlapping_the_packs_is_bound(province_plan, lint_plan, findings, period):
    assert findings(lint_plan(province_plan(period=period)), "PL004") == []


# --- plans of other periods, written inline ---

FOURTEENTH = """# 江苏省“十四五”信息化发展规划

## 二、发展目标

| 指标 | 2020年 | 2025年 | 年均增长（%） |
| --- | --- | --- | --- |
| 固定宽带家庭普及率（%） | 80 | 95 | — |
| 信息消费规模（万亿元） | 0.8 | 1.0 | 9 |
"""


def codes(report):
    return [d.code for d in report.diagnostics]


def test_a_plan_for_another_period_gets_one_finding_and_its_own_checks(lint):
    report = lint(FOURTEENTH, "plan.md")
    found = codes(report)
    assert found.count("PL004") == 1
    assert not {"PL101", "PL102", "PL104", "PL201", "PL204", "PL205"} & set(found)
    assert "PL111" in found          # 0.8 → 1.0 is 4.6 %/yr, not the 9 % it states: still checked
    [d] = [d for d in report.diagnostics if d.code == "PL004"]
    assert d.severity == "warning" and "2021—2025年" in d.message and d.line == 1


@pytest.mark.parametrize("period,binding", [
    ("{start: 2021, end: 2025}", False), ("{start: 2011, end: 2015}", False),
    ("{start: 2016, end: 2020}", True), ("{start: 2018, end: 2022}", True), ("{start: 2014, end: 2030}", True),
])
def test_only_a_period_wholly_outside_the_packs_is_not_bound(lint, period, binding):
    text = f"title: 某省信息化规划\nlevel: province\nregion: 江苏省\nperiod: {period}\nindicators: []\n"
    found = codes(lint(text))
    assert ("PL004" not in found) is binding
    assert ("PL101" in found) is binding


def test_a_numbered_first_heading_is_a_section_not_the_title(lint):
    report = lint("---\nlevel: province\nregion: 江苏省\n---\n\n## 一、“十二五”发展回顾\n\n正文。\n", "plan.md")
    assert "PL004" not in codes(report) and "PL101" in codes(report)


def test_a_title_naming_the_past_and_the_plan_is_read_for_the_plan(lint):
    text = "# 江苏省“十二五”信息化发展总结和“十三五”信息化发展规划\n\n## 三、主要任务\n\n推进宽带网络建设。\n"
    report = lint(text, "plan.md")
    assert "PL004" not in codes(report) and "PL101" in codes(report)
    assert report.plan.meta.period_start == 2016

