"""PL206: a ministry plan does not take up a task 附件 重点任务分工方案 assigns to its department
(as 牵头 or 负责), under the department's name then or now."""
from __future__ import annotations

from typing import Iterator

from planlint.checks.base import Check, PackItems, Rule
from planlint.analysis.commitment_index import coverage_value, index_for
from planlint.analysis.context import CheckContext
from planlint.diagnostics import Diagnostic
from planlint.messages import Template, Text, catalogue
from planlint.rulepack import Department, RulePack
from planlint.rulepack.departments import candidate_keys, name_key

RULES = (
    Rule("PL206", "ministry-task-not-covered", "warning",
         "部门规划未部署重点任务分工方案交给本部门的任务",
         "Ministry plans: a task the national task division assigns to this department is not covered",
         "国家规划附件的重点任务分工方案为每项重点工作指定了牵头和负责单位（见规则包 tasks.yaml）。"
         "部门规划应部署其中点名本部门的任务；机构改革后更名或合并的部门承接前身部门的任务"
         "（新旧名称见规则包 departments.yaml，报告中两者并列）。",
         explanation_en='The task division annexed to the national plan names the lead and responsible units of each '
                        'key task (rule pack tasks.yaml). A ministry plan should deploy the tasks that name its department;'
                        " a department renamed or merged in the institutional reform carries its predecessor's tasks "
                        '(old and new names in departments.yaml, shown side by side in the report).',
         readme="ministry plans: a 分工 task naming the department (牵头 or 负责, under its old or new name) not covered",
         derives_from=PackItems("task")),
)


MESSAGES = catalogue("PL206", {
    "lead": Template("重点任务分工方案第{number}项由{who}牵头，规划未见相应部署：“{task}”",
                     "Item {number} of the division of key tasks is led by {who}; the plan does not take it up: "
                     "“{task}”"),
    "responsible": Template("重点任务分工方案第{number}项由{who}负责，规划未见相应部署：“{task}”",
                            "Item {number} of the division of key tasks is assigned to {who}; the plan does not take "
                            "it up: “{task}”"),
})
# the plan's department, and the name the task division knows it by when that differs
WHO = catalogue("PL206.who", {
    "same": Template("{department}", "“{department}”"),
    "now": Template("{department}（现{other}）", "“{department}” (now “{other}”)"),
    "formerly": Template("{department}（原{other}）", "“{department}” (formerly “{other}”)"),
})
VALUES = catalogue("PL206.value", {
    "lead": Template("部署第{number}项重点工作（本部门牵头）", "take up item {number} of the key tasks (this department leads)"),
    "responsible": Template("部署第{number}项重点工作（本部门负责）",
                            "take up item {number} of the key tasks (this department is responsible)"),
})


def departments_of(pack: RulePack, name: str) -> list[Department]:
    """Every national-plan department a plan's department answers for (merged ones: several)."""
    for key in candidate_keys(name):
        found = [d for d in pack.departments if key in {name_key(n) for n in (d.name, *d.aliases, d.successor or "")}]
        if found:
            return found
    return []


def _who(plan_dept: str, dept: Department) -> Text:
    if name_key(plan_dept) == name_key(dept.name):
        if dept.successor:
            return WHO["now"](department=plan_dept, other=dept.successor)
        return WHO["same"](department=plan_dept)
    return WHO["formerly"](department=plan_dept, other=dept.name)


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    index = index_for(ctx)
    name = ctx.plan.meta.department
    if index is None or ctx.level != "ministry" or not name:
        return
    depts = departments_of(ctx.pack, name)
    national_names = {name_key(d.name): d for d in depts} or {name_key(name): Department(name)}
    for task in index.commitments.tasks:
        role = next(((national_names[key], r) for key, r in index.pack.units(task) if key in national_names), None)
        if role is None:
            continue
        cov = index.assess(task)
        if cov.status == "covered":
            continue
        dept, r = role
        yield Diagnostic(
            ctx.plan.path, ctx.plan.actions_loc, "PL206", task.severity,
            MESSAGES[r](number=task.number, who=_who(name, dept), task=task.name),
            subject=task.citation.quote, expected=VALUES[r](number=task.number), actual=coverage_value(cov.status),
            source=task.source, evidence=cov.evidence())


CHECK = Check(RULES, check)
