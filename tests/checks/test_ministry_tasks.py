"""PL206 (ministry_tasks): a ministry plan does not take up a task 重点任务分工方案 assigns to its department."""
import pytest
from pathlib import Path


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


# --- small plans written inline ---

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def codes(report, *wanted):
    return {(d.code, d.subject) for d in report.diagnostics if d.code in wanted}


def lint_example(linter, name):
    return linter.lint_file(str(EXAMPLES / name))


def test_ministry_plan_lists_exactly_its_uncovered_tasks(linter, pack):
    report = lint_example(linter, "ministry-agriculture.yaml")
    found = [d for d in report.diagnostics if d.code == "PL206"]
    mine = {t.number for t in pack.commitments.tasks if "农业部" in (*t.lead, *t.responsible)}
    reported = {int(d.message.split("第")[1].split("项")[0]) for d in found}
    assert reported < mine and {16, 17, 22} & reported == set()
    assert all("农业农村部（原农业部）" in d.message for d in found)
    assert not codes(report, "PL201")


def test_ministry_under_old_and_new_names_gets_the_same_tasks(lint):
    base = "title: 部门规划\nlevel: ministry\ndepartment: {}\nsections:\n  - heading: 一、任务\n    body: 加强组织领导。\n"
    old = {d.subject for d in lint(base.format("质检总局")).diagnostics if d.code == "PL206"}
    new = [d for d in lint(base.format("国家市场监督管理总局")).diagnostics if d.code == "PL206"]
    assert old and old <= {d.subject for d in new}
    assert any("原工商总局" in d.message for d in new) and any("原质检总局" in d.message for d in new)



# --- task coverage weighs sections and 专栏 as action coverage does (issue 12) -------------------

_HRSS = """---
level: ministry
department: 人力资源社会保障部
period: {start: 2016, end: 2020}
---

# 人力资源社会保障信息化“十三五”规划

## 一、发展现状

“十二五”期间，社会保障卡持卡人数达到8.84亿。

## 三、主要任务

### （四）{heading}

推进人社政务服务“一号申请、一窗受理、一网通办”，构建方便快捷、公平普惠、优质高效的人社政务服务信息系统。

> **专栏3　“互联网+人社”政务服务工程**
> 建设全国统一的人社网上服务平台，推动人社服务事项网上办理，构建优质高效的政务服务体系。
"""


@pytest.mark.parametrize("heading", ["推进“互联网+政务服务”", "优化人社公共服务"])
def test_task_44_taken_up_in_a_section_and_a_box_is_covered(lint, findings, heading):
    report = lint(_HRSS.replace("{heading}", heading), "plan.md")
    assert not [d for d in findings(report, "PL206") if "第44项" in d.message]


def test_task_44_left_to_the_review_is_reported(lint, findings):
    text = _HRSS.replace("{heading}", "优化人社公共服务")
    text = text[:text.index("### （四）")] + "## 四、保障措施\n\n加强组织领导。\n"
    assert [d for d in findings(lint(text, "plan.md"), "PL206") if "第44项" in d.message]


# --- words a task names that say nothing of its substance alone ---

def test_a_services_adjective_pair_does_not_take_up_the_online_government_services_task(blank_plan, lint_plan, findings):
    # 第44项 “构建形成方便快捷、公平普惠、优质高效的政务服务信息系统”: the qualities, not the system
    plan = blank_plan(title="教育信息化“十三五”规划", level="ministry", region=None, department="教育部") \
        .add_section("四、保障措施", "加强组织领导，构建方便快捷、公平普惠的教育公共服务体系。")
    assert "组织实施“互联网+政务服务”行动" in {d.subject for d in findings(lint_plan(plan), "PL206")}
    plan.add_section("三、主要任务", "推进“互联网+政务服务”，将教育政务服务事项接入全国一体化政务服务信息系统。")
    assert "组织实施“互联网+政务服务”行动" not in {d.subject for d in findings(lint_plan(plan), "PL206")}


def test_the_fields_a_law_making_task_lists_are_not_the_law_making(blank_plan, lint_plan, findings):
    # 第52项 “加快信息化法律制度建设，优先推进电信、网络安全……电子商务、电子政务……相关立法工作”
    plan = blank_plan(title="电子商务“十三五”发展规划", level="ministry", region=None, department="商务部") \
        .add_section("三、主要任务", "加强电子商务平台网络安全防护，推进电子政务与电子商务协同发展。")
    assert "加快信息化法律制度建设" in {d.subject for d in findings(lint_plan(plan), "PL206")}
    plan.add_section("四、保障措施", "加快信息化法律制度建设，配合推进电子商务、个人信息保护等领域立法工作。")
    assert "加快信息化法律制度建设" not in {d.subject for d in findings(lint_plan(plan), "PL206")}


def test_a_sectors_own_pay_and_evaluation_reform_is_not_the_talent_incentive_task(blank_plan, lint_plan, findings):
    # 第62项 “建立适应网信特点的人事制度、薪酬制度、评价机制”: 教育部 is among those responsible
    plan = blank_plan(title="教育信息化“十三五”规划", level="ministry", region=None, department="教育部") \
        .add_section("三、主要任务", "完善教育质量评价机制，深化教师薪酬制度改革，推进教育信息化试点示范。")
    assert "健全人才激励体制" in {d.subject for d in findings(lint_plan(plan), "PL206")}
    plan.add_section("四、保障措施", "健全人才激励体制，建立适应网信特点的人事制度，吸引信息化人才投身教育。")
    assert "健全人才激励体制" not in {d.subject for d in findings(lint_plan(plan), "PL206")}


def test_the_tax_task_can_be_taken_up(blank_plan, lint_plan, findings):
    # 第61项 “落实企业研发费用加计扣除等支持创新型企业发展的税收优惠政策” (税务总局 responsible)
    plan = blank_plan(title="税收信息化“十三五”规划", level="ministry", region=None, department="税务总局") \
        .add_section("三、主要任务", "推进金税三期工程深化应用。")
    subject = "落实企业研发费用加计扣除等支持创新型企业发展的税收优惠政策"
    assert subject in {d.subject for d in findings(lint_plan(plan), "PL206")}
    plan.add_section("四、保障措施", "全面落实企业研发费用加计扣除等税收优惠政策，支持信息技术企业创新发展。")
    assert subject not in {d.subject for d in findings(lint_plan(plan), "PL206")}


_HEALTH = """国卫规划发〔2017〕6号

“十三五”全国人口健康信息化发展规划

一、发展现状和面临形势

“十二五”期间，人口健康信息化建设取得积极进展，32个省份建成省级人口健康信息平台。

二、主要任务

（一）推进健康中国信息服务

实施健康中国信息服务行动，全面推进面向全民的人口健康信息服务体系建设，发展远程医疗，普及应用居民健康卡。

专栏1 “互联网+政务服务”卫生计生行动

推进卫生计生政务服务事项网上办理，建设统一的网上政务服务平台，实现医师、护士电子化注册和医疗机构审批事项“一网通办”。

三、保障措施

加强组织领导，完善政策法规。
"""


def test_a_task_organising_a_priority_action_is_covered_where_the_action_is(lint, findings):
    # the 专栏 takes up “互联网+政务服务”行动 in its own words (一网通办, 网上政务服务平台), none of
    # task 44's phrases: the task is covered with the action
    report = lint(_HEALTH, "plan.md")
    assert report.plan.meta.department == "国家卫生计生委"
    numbers = {d.message.split("第")[1].split("项")[0] for d in findings(report, "PL206")}
    assert "44" not in numbers and "51" not in numbers
    assert "46" in numbers         # 网络扶贫行动 is nowhere: still reported
