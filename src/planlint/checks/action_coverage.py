"""PL201/PL202: a priority action of 五、优先行动 the plan must cover is not (or doubtfully) covered."""
from __future__ import annotations

from typing import Iterator

from planlint.checks.base import Check, PackItems, Rule
from planlint.analysis.commitment_index import index_for, mention_hint
from planlint.analysis.context import CheckContext
from planlint.diagnostics import Diagnostic
from planlint.rulepack.commitments import Commitment


def _asked_of_some_level(action: Commitment) -> bool:
    """The actions PL201/PL202 look for: required of a level, or advised to one."""
    return bool(action.required_levels or action.advised_levels)


RULES = (
    Rule("PL201", "missing-priority-action", "error",
         "规划未部署国家要求本层级覆盖的优先行动",
         "A national priority action this level must take up is not covered",
         "省级规划须部署《“十三五”国家信息化规划》五、优先行动中规则包（actions.yaml）要求本层级覆盖的行动"
         "（错误）；市、县规划应部署其中适合本级的行动（警告）。"
         "标题不必与国家规划一致：以行动、专栏、章节或具体措施落实其实质内容即可；只在“发展现状”"
         "“十二五”回顾或成绩列举中提及的不算部署。",
         other_severities=("warning",),
         readme="a priority action (五、优先行动) the plan must take up is not covered",
         derives_from=PackItems("action", where=_asked_of_some_level)),
    Rule("PL202", "doubtful-priority-action", "warning",
         "优先行动的部署不明确：只见零星相关表述",
         "Coverage of a priority action is doubtful: only passing mentions",
         "规划中有与该优先行动相关的表述，但分量不足以认定已经部署（例如只在保障措施中一笔带过、"
         "或只有一两个相关词）。请确认是否部署，并在任务或行动中写明具体措施。",
         readme="coverage of a priority action is doubtful (a related measure, not a commitment)",
         derives_from=PackItems("action", where=_asked_of_some_level)),
)


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    index = index_for(ctx)
    if index is None or not ctx.level:
        return
    year = ctx.pack.target_year
    for action in index.commitments.actions:
        if ctx.level in action.required_levels:
            severity = action.severity
        elif ctx.level in action.advised_levels:
            severity = "warning"    # cities and counties take up what fits their remit
        else:
            continue
        cov = index.assess(action)
        goal = action.goal_for(year)
        if cov.status == "covered":
            continue
        if cov.status == "doubtful":
            yield Diagnostic(
                ctx.plan.path, cov.place.loc if cov.place else ctx.plan.actions_loc, "PL202", "warning",
                f"国家优先行动“{action.name}”的部署不明确：仅在“{cov.place.path}”中见到相关表述，"
                f"不足以认定已部署（国家行动目标：“{goal}”）",
                subject=action.name, expected=f"部署该行动：{goal}", actual="仅有零星相关表述",
                source=action.source, evidence=cov.evidence(), args={"place": cov.place.path, "goal": goal},
                hint="若已部署，请在行动或任务中写明具体措施；若不适用，请说明理由")
            continue
        yield Diagnostic(
            ctx.plan.path, ctx.plan.actions_loc, "PL201", severity,
            f"规划未部署国家优先行动“{action.name}”：未见相应的行动、专栏或具体措施"
            f"（国家行动目标：“{goal}”）",
            subject=action.name, expected=f"部署该行动：{goal}", actual="未见部署",
            source=action.source, hint=mention_hint(cov), args={"goal": goal})


CHECK = Check(RULES, check)
