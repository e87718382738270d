"""PL204: a 专栏 project the plan's level is expected to take up is not taken up."""
from __future__ import annotations

from typing import Iterator

from planlint.checks.base import Check, PackItems, Rule
from planlint.analysis.commitment_index import binds, index_for, mention_hint
from planlint.analysis.context import CheckContext
from planlint.diagnostics import Diagnostic
from planlint.messages import Template, catalogue

RULES = (
    Rule("PL204", "project-not-taken-up", "warning",
         "规划未承接适用于本层级的国家重点工程（专栏）",
         "A national key project (box) applying to this level is not taken up",
         "《“十三五”国家信息化规划》四、重大任务和重点工程列出16个专栏工程。地方规划宜以专栏、项目、"
         "章节或具体措施承接适用于本层级的工程；由国家部门实施的工程（核心技术超越、国家互联网大数据平台、"
         "网信军民融合、信息化国际枢纽）不要求地方承接。",
         explanation_en='Part 4 of the national plan (major tasks and key projects) lists '
                        '16 key projects in boxes. A local plan '
                        'should take up those that apply to its level with a box, a project, a section or concrete '
                        'measures; projects carried out by national departments (core technologies, the national '
                        'internet big-data platform, military–civil integration, international hubs) are not asked '
                        'of local plans.',
         other_severities=("info",),
         readme="a 专栏 project not taken up",
         derives_from=PackItems("project")),
)

MESSAGES = catalogue("PL204", {
    "missing": Template("规划未承接国家重点工程“专栏{number}　{project}”：未见相应的专栏、项目或具体措施",
                        "The national key project Box {number} “{project}” is not taken up: no matching box, project "
                        "or concrete measures found"),
})
VALUES = catalogue("PL204.value", {
    "take-up": Template("以专栏、项目或具体措施承接该工程", "take the project up in a box, a project or concrete measures"),
    "missing": Template("未见承接", "not taken up"),
})


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    index = index_for(ctx)
    if index is None:
        return
    for project in index.commitments.projects:
        if not binds(ctx, project):
            continue
        cov = index.assess(project)
        if cov.status != "missing":
            continue
        yield Diagnostic(
            ctx.plan.path, ctx.plan.actions_loc, "PL204", project.severity,
            MESSAGES["missing"](number=project.number, project=project.name),
            subject=project.name, expected=VALUES["take-up"](), actual=VALUES["missing"](),
            source=project.source, hint=mention_hint(cov))


CHECK = Check(RULES, check)
