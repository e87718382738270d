"""PL206 (ministry_tasks): a ministry plan does not take up a task 重点任务分工方案 assigns to its department."""
import pytest


def railway_plan(blank_plan):
    """国家铁路局 answers for one task only: 第7项, 统筹建设综合基础设施 (负责)."""
    return blank_plan(title="铁路信息化“十三五”规划", level="ministry", region=None, department="国家铁路局") \
        .add_section("一、主要任务", "推进铁路客票系统升级。")


@pytest.mark.parametrize("fmt", ["yaml", "md"])
def test_the_departments_task_not_taken_up(blank_plan, lint_plan, fmt):
    plan = railway_plan(blank_plan)
    text = plan.yaml() if fmt == "yaml" else plan.markdown()
    report = lint_plan(text)
    [d] = report.diagnostics
    assert (d.code, d.severity) == ("PL206", "warning")
    # where the plan's actions are; a plan without any: the YAML reader says its first section
    assert d.line == (text.line_of("heading: 一、主要任务") if fmt == "yaml" else report.plan.actions_loc.line)
    assert d.subject == "统筹建设综合基础设施"
    assert "第7项" in d.message and "国家铁路局" in d.message and "负责" in d.message


def test_the_task_taken_up(blank_plan, lint_plan, findings):
    plan = railway_plan(blank_plan).add_section("二、重点工程", "统筹建设综合基础设施，推进铁路设施智能化转型。")
    assert findings(lint_plan(plan), "PL206") == []


def test_a_local_plan_is_not_held_to_ministry_tasks(province_plan, lint_plan, findings):
    assert findings(lint_plan(province_plan()), "PL206") == []


def test_a_department_renamed_since_answers_for_its_predecessors_tasks(blank_plan, lint_plan, findings):
    old = blank_plan(level="ministry", region=None, department="国家卫生计生委").add_section("一、任务", "加强组织领导。")
    new = blank_plan(level="ministry", region=None, department="国家卫生健康委员会").add_section("一、任务", "加强组织领导。")
    old_tasks = {d.subject for d in findings(lint_plan(old), "PL206")}
    new_found = findings(lint_plan(new), "PL206")
    assert old_tasks and old_tasks == {d.subject for d in new_found}
    assert all("原国家卫生计生委" in d.message for d in new_found)
