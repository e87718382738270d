"""A base or target written as one value (`target: 2020年达到90%`) is read as the drafter meant it,
and PL002 shows the mapping to write — no false “没有目标值” (PL105) and no lost PL102."""
from __future__ import annotations


def test_a_dated_target_string_is_read_and_the_right_form_shown(province_plan, lint_plan, findings):
    text = province_plan().yaml().edit("    target: {year: 2020, value: 75}", "    target: 2020年达到65%")
    report = lint_plan(text)
    [schema] = findings(report, "PL002")
    assert schema.line == text.line_of("target: 2020年达到65%")
    assert 'target: {year: 2020, value: "达到65%"}' in schema.message and "已按此读取" in schema.message
    [weak] = findings(report, "PL102", "固定宽带家庭普及率")
    assert "65%" in weak.message and "2020年" in weak.message
    assert findings(report, "PL105") == []


def test_a_bare_target_value_is_read_for_the_period_and_asks_for_its_year(province_plan, lint_plan, findings):
    text = province_plan().yaml().edit("    target: {year: 2020, value: 75}", "    target: 75%")
    report = lint_plan(text)
    [schema] = findings(report, "PL002")
    assert "year: 年份" in schema.message and 'value: "75%"' in schema.message
    assert findings(report, "PL102") == [] and findings(report, "PL101") == []


def test_a_dated_base_string_gives_the_base_year(province_plan, lint_plan, findings):
    text = province_plan().yaml().edit("    base: {year: 2015, value: 3100}", "    base: 2015年3100")
    report = lint_plan(text)
    assert [d.code for d in report.diagnostics] == ["PL002"]
    assert "base: {year: 2015" in report.diagnostics[0].message


def test_english_shows_the_same_form(province_plan, linter):
    from planlint.messages import render
    text = province_plan().yaml().edit("    target: {year: 2020, value: 75}", "    target: 2020年达到65%")
    report = linter.lint_bytes("plan.yaml", text.encode())
    [schema] = [d for d in report.diagnostics if d.code == "PL002"]
    assert 'write target: {year: 2020, value: "达到65%"}' in render(schema.message, "en")
