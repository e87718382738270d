"""PL206: a ministry plan does not take up a task 附件 重点任务分工方案 assigns to its department
(as 牵头 or 负责), under the department's name then or now."""
from __future__ import annotations

from typing import Iterator

from planlint.checks.base import Check, PackItems, Rule
from planlint.analysis.commitment_index import index_for
from planlint.analysis.context import CheckContext
from planlint.diagnostics import Diagnostic
from planlint.rulepack import Department, RulePack

RULES = (
    Rule("PL206", "ministry-task-not-covered", "warning",
         "部门规划未部署重点任务分工方案交给本部门的任务",
         "Ministry plans: a task the national task division assigns to this department is not covered",
         "国家规划附件的重点任务分工方案为每项重点工作指定了牵头和负责单位（见规则包 tasks.yaml）。"
         "部门规划应部署其中点名本部门的任务；机构改革后更名或合并的部门承接前身部门的任务"
         "（新旧名称见规则包 departments.yaml，报告中两者并列）。",
         readme="ministry plans: a 分工 task naming the department (牵头 or 负责, under its old or new name) not covered",
         derives_from=PackItems("task")),
)


def _squash(s: str) -> str:
    return "".join(s.split())


def departments_of(pack: RulePack, name: str) -> list[Department]:
    """Every national-plan department a plan's department answers for (merged ones: several)."""
    key = _squash(name)
    return [d for d in pack.departments if key in {_squash(n) for n in (d.name, *d.aliases, d.successor or "")}]


def _who(plan_dept: str, dept: Department) -> str:
    if _squash(plan_dept) == _squash(dept.name):
        return f"{plan_dept}（现{dept.successor}）" if dept.successor else plan_dept
    return f"{plan_dept}（原{dept.name}）"


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    index = index_for(ctx)
    name = ctx.plan.meta.department
    if index is None or ctx.level != "ministry" or not name:
        return
    depts = departments_of(ctx.pack, name)
    national_names = {_squash(d.name): d for d in depts} or {_squash(name): Department(name)}
    for task in index.commitments.tasks:
        role = None
        for dept_name, r in [(n, "牵头") for n in task.lead] + [(n, "负责") for n in task.responsible]:
            if _squash(dept_name) in national_names:
                role = (national_names[_squash(dept_name)], r)
                break
        if role is None:
            continue
        cov = index.assess(task)
        if cov.status == "covered":
            continue
        dept, r = role
        yield Diagnostic(
            ctx.plan.path, ctx.plan.actions_loc, "PL206", task.severity,
            f"重点任务分工方案第{task.number}项由{_who(name, dept)}{r}，规划未见相应部署：“{task.name}”",
            subject=task.citation.quote, expected=f"部署第{task.number}项重点工作（本部门{r}）",
            actual="未见部署" if cov.status == "missing" else "仅有零星表述",
            source=task.source, evidence=cov.evidence(),
            args={"form": "lead" if r == "牵头" else "responsible", "number": str(task.number), "department": name,
                  "task": task.name, "status": cov.status,
                  "who": "now" if dept.successor and _squash(name) == _squash(dept.name)
                  else ("same" if _squash(name) == _squash(dept.name) else "formerly"),
                  "other": (dept.successor or "") if _squash(name) == _squash(dept.name) else dept.name})


CHECK = Check(RULES, check)
