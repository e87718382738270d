"""PL006 (department_known): a ministry plan's department is none the rule pack knows."""
import pytest


def ministry(blank_plan, department):
    return blank_plan(title="“十三五”信息化发展规划", level="ministry", region=None, department=department) \
        .add_section("一、主要任务", "加快高速宽带网络建设，全面推进三网融合。")


def test_a_misspelt_department_is_a_finding_with_the_name_meant(blank_plan, lint_plan, findings):
    report = lint_plan(ministry(blank_plan, "工业信息部"))
    [d] = findings(report, "PL006")
    assert (d.severity, d.subject) == ("warning", None)
    assert "工业信息部" in d.message and "工业和信息化部" in str(d.hint)
    assert findings(report, "PL206") == []          # nothing to weigh it by: not a silent pass either


@pytest.mark.parametrize("department, tasks_of", [
    ("中华人民共和国工业和信息化部", "工业和信息化部"),     # the state's name before it
    ("教育部办公厅", "教育部"),                             # the office that drafted the plan
])
def test_a_department_written_formally_is_the_department(blank_plan, lint_plan, findings, department, tasks_of):
    report = lint_plan(ministry(blank_plan, department))
    assert findings(report, "PL006") == []
    expected = {d.subject for d in findings(lint_plan(ministry(blank_plan, tasks_of)), "PL206")}
    assert expected and {d.subject for d in findings(report, "PL206")} == expected


def test_a_local_plan_is_not_asked_for_a_department(province_plan, lint_plan, findings):
    assert findings(lint_plan(province_plan()), "PL006") == []
