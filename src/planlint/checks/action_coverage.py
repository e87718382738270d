"""PL201/PL202: a priority action of 五、优先行动 the plan must cover is not (or doubtfully) covered."""
from __future__ import annotations

from typing import Iterator

from planlint.checks.base import Check, PackItems, Rule
from planlint.analysis.commitment_index import coverage_value, index_for, mention_hint, placeholder_hint
from planlint.analysis.context import CheckContext
from planlint.diagnostics import Diagnostic
from planlint.messages import Template, catalogue
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
         explanation_en="A province plan must deploy the priority actions of the national plan's part 5 (priority actions) "
                        'that the rule pack (actions.yaml) asks of its level (error); city and county plans should '
                        'deploy those that suit their level (warning). The title need not match: an action, a box,'
                        ' a section or concrete measures carrying its substance will do; mentions only in the review '
                        'of the 12th Five-Year period or in a list of achievements do not count.',
         other_severities=("warning",),
         readme="a priority action (五、优先行动) the plan must take up is not covered",
         derives_from=PackItems("action", where=_asked_of_some_level)),
    Rule("PL202", "doubtful-priority-action", "warning",
         "优先行动的部署不明确：只见零星相关表述",
         "Coverage of a priority action is doubtful: only passing mentions",
         "规划中有与该优先行动相关的表述，但分量不足以认定已经部署（例如只在保障措施中一笔带过、"
         "或只有一两个相关词）。请确认是否部署，并在任务或行动中写明具体措施。",
         explanation_en='The plan says things related to the priority action, but not enough to take it as deployed '
                        '(a passing line among the safeguard measures, one or two related words). Confirm whether '
                        'it is deployed, and write concrete measures in a task or action.',
         readme="coverage of a priority action is doubtful (a related measure, not a commitment)",
         derives_from=PackItems("action", where=_asked_of_some_level)),
)


MESSAGES = catalogue("PL201", {
    "missing": Template("规划未部署国家优先行动“{action}”：未见相应的行动、专栏或具体措施（国家行动目标：“{goal}”）",
                        "The national priority action “{action}” is not taken up: no matching action, box or concrete "
                        "measures found (national action goal: “{goal}”)"),
}) | catalogue("PL202", {
    "doubtful": Template("国家优先行动“{action}”的部署不明确：仅在“{place}”中见到相关表述，不足以认定已部署"
                         "（国家行动目标：“{goal}”）",
                         "Coverage of the national priority action “{action}” is doubtful: related wording only in "
                         "“{place}”, not enough to count as taken up (national action goal: “{goal}”)"),
})
HINTS = catalogue("PL202.hint", {
    "confirm": Template("若已部署，请在行动或任务中写明具体措施；若不适用，请说明理由",
                        "If it is taken up, write concrete measures into an action or task; if it does not apply, "
                        "say why"),
})
VALUES = catalogue("PL201.value", {
    "take-up": Template("部署该行动：{goal}", "take up the action: “{goal}”"),
}) | catalogue("PL202.value", {
    "passing": Template("仅有零星相关表述", "only passing mentions"),
})


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
                MESSAGES["doubtful"](action=action.name, place=cov.place.path, goal=goal),
                subject=action.name, expected=VALUES["take-up"](goal=goal), actual=VALUES["passing"](),
                source=action.source, evidence=cov.evidence(),
                hint=placeholder_hint(cov.placeholder) if cov.placeholder is not None else HINTS["confirm"]())
            continue
        yield Diagnostic(
            ctx.plan.path, ctx.plan.actions_loc, "PL201", severity,
            MESSAGES["missing"](action=action.name, goal=goal),
            subject=action.name, expected=VALUES["take-up"](goal=goal), actual=coverage_value(cov.status),
            source=action.source, hint=mention_hint(cov))


CHECK = Check(RULES, check)
