"""PL201 and PL202 (action_coverage): a priority action the plan must (or should) deploy is missing or doubtful."""
import pytest


@pytest.mark.parametrize("fmt,where", [("yaml", "actions:"), ("md", "## 优先行动")])
def test_a_dropped_priority_action_is_the_one_finding(province_plan, lint_plan, fmt, where):
    plan = province_plan().drop_action("新型智慧城市")
    text = plan.yaml() if fmt == "yaml" else plan.markdown()
    [d] = lint_plan(text).diagnostics
    assert (d.code, d.subject, d.severity) == ("PL201", "新型智慧城市建设行动", "error")
    assert d.line == text.line_of(where)                 # the plan's actions
    assert "新型智慧城市建设行动" in d.message and "到2020年" in d.message   # quotes the national goal


def test_a_city_should_deploy_it_and_is_warned(province_plan, lint_plan):
    city = province_plan(level="city", region="苏州市", title="苏州市“十三五”信息化发展规划")
    [d] = lint_plan(city.drop_action("新型智慧城市")).diagnostics
    assert (d.code, d.subject, d.severity) == ("PL201", "新型智慧城市建设行动", "warning")


def test_a_ministry_is_not_held_to_local_actions(blank_plan, lint_plan, findings):
    report = lint_plan(blank_plan(level="ministry", region=None, department="商务部"))
    assert findings(report, "PL201") == [] and findings(report, "PL202") == []


def test_an_action_deployed_in_a_task_section_under_another_title_counts(province_plan, lint_plan, findings):
    plan = province_plan().drop_action("新型智慧城市").add_section("三、主要任务").add_section(
        "（二）建设新型智慧城市", "分级分类推进新型智慧城市建设，建设城市时空信息云平台。", under="三、主要任务")
    report = lint_plan(plan)
    assert findings(report, "PL201") == [] and findings(report, "PL202") == []


def test_a_review_of_the_past_is_not_a_deployment(province_plan, lint_plan, findings):
    plan = province_plan().drop_action("新型智慧城市")
    plan.section("发展现状").body += "苏州、南京等市已建成新型智慧城市时空信息云平台和数字化城市管理平台。"
    assert [d.subject for d in findings(lint_plan(plan), "PL201")] == ["新型智慧城市建设行动"]


@pytest.mark.parametrize("fmt", ["yaml", "md"])
def test_a_single_related_measure_is_doubtful(province_plan, lint_plan, fmt):
    plan = province_plan().drop_action("新型智慧城市").add_section("三、主要任务").add_section(
        "（二）提升社会治理水平", "推进平安城市建设。", under="三、主要任务")
    text = plan.yaml() if fmt == "yaml" else plan.markdown()
    [d] = lint_plan(text).diagnostics                    # PL202 instead of PL201, not both
    assert (d.code, d.subject, d.severity) == ("PL202", "新型智慧城市建设行动", "warning")
    assert d.line == text.line_of("提升社会治理水平")      # at the place holding the mention
    assert "提升社会治理水平" in d.message and d.evidence and "平安城市" in d.evidence[0]


def test_a_deployed_action_is_not_doubtful(province_plan, lint_plan, findings):
    assert findings(lint_plan(province_plan()), "PL202") == []
