"""PL205 (regional_duties): a duty the national plan gives to the plan's own region is not taken up."""
import pytest

ZHEJIANG = dict(region="浙江省", title="浙江省“十三五”信息化发展规划")


@pytest.mark.parametrize("fmt,where", [("yaml", "actions:"), ("md", "## 优先行动")])
def test_a_duty_of_the_plans_region_not_taken_up(province_plan, lint_plan, fmt, where):
    plan = province_plan(**ZHEJIANG)      # the compliant plan names 跨境电子商务 only in passing
    text = plan.yaml() if fmt == "yaml" else plan.markdown()
    [d] = lint_plan(text).diagnostics
    assert (d.code, d.subject, d.severity) == ("PL205", "跨境电子商务综合试验区", "warning")
    assert d.line == text.line_of(where)
    assert "浙江省" in d.message and "推动杭州等跨境电子商务综合试验区建设" in d.message


def test_the_duty_taken_up(province_plan, lint_plan, findings):
    plan = province_plan(**ZHEJIANG)
    plan.project("数字经济").body += "推进杭州、宁波跨境电子商务综合试验区建设。"
    assert findings(lint_plan(plan), "PL205") == []


def test_a_duty_binds_only_its_region(province_plan, lint_plan, findings):
    """江苏 is not 浙江: the same text owes nothing there (the compliant plan shows it)."""
    assert findings(lint_plan(province_plan()), "PL205") == []


def test_a_duty_of_a_region_group_is_taken_up_by_its_members(province_plan, lint_plan, findings):
    """长江经济带 environment monitoring binds 江苏省; the compliant plan's 美丽江苏 action takes it up."""
    plan = province_plan()
    plan.action("美丽江苏").body = "建设生态环境监测网络和自然资源动态监测监管信息系统，推进“互联网+智慧能源”。"
    [d] = findings(lint_plan(plan), "PL205")
    assert (d.subject, d.severity) == ("长江经济带环境监测信息化", "info")
