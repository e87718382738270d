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
