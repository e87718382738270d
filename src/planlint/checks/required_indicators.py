"""PL101: a national indicator the plan must carry is missing."""
from __future__ import annotations

from typing import Iterator

from planlint.checks.base import Check, PackItems, Rule
from planlint.analysis.context import CheckContext
from planlint.diagnostics import Diagnostic
from planlint.messages import Template, catalogue

RULES = (
    Rule("PL101", "missing-required-indicator", "error",
         "规划缺少国家要求本层级（或本部门）必须设置的指标",
         "A national indicator this level (or this department) must carry is missing",
         "省、市、县规划须设置“十三五”信息化发展主要指标中的必设指标；部门规划须设置其职责领域的指标。"
         "名称不必与国家规划一字不差（别名、相近写法会被识别），但近似而不同的指标"
         "（名称多了“农村”“移动电话”“持卡人数”之类的限定词）不能顶替。",
         explanation_en="Province, city and county plans must set the required indicators of the national plan's "
                        'table of main informatization indicators for the 13th Five-Year period; ministry plans those '
                        'of their field. The name need not match word for word (aliases and close spellings are recognised),'
                        ' but a similar yet different indicator (one narrowed by a qualifier such as rural, mobile phone or '
                        'cardholders) does not stand in '
                        'for it.',
         readme="a national indicator the plan's level (or a ministry's field) must carry is missing",
         derives_from=PackItems("indicator",
                                where=lambda ind: bool(ind.required_levels or ind.required_departments))),
)


MESSAGES = catalogue("PL101", {
    "level": Template("缺少国家要求本级规划设置的指标“{indicator}”（国家目标{expected}）",
                      "Missing the national indicator “{indicator}” that this level's plan must carry "
                      "(national target {expected})"),
    "ministry": Template("缺少国家要求本部门规划设置的指标“{indicator}”（国家目标{expected}）",
                         "Missing the national indicator “{indicator}” that this department's plan must carry "
                         "(national target {expected})"),
})
HINTS = catalogue("PL101.hint", {
    "near": Template("第{line}行的“{name}”与之相近但未被认定为同一指标；若是同一指标，请改用国家规划的名称",
                     "“{name}” on line {line} is close to it but not taken for the same indicator; if it is the same, "
                     "use the national plan's name"),
})
VALUES = catalogue("PL101.value", {
    "not-set": Template("未设置该指标", "not set"),
})


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    present = {r.national.id for r in ctx.readings if r.national is not None}
    doubtful = {r.match.candidate.id: r for r in ctx.readings
                if r.match.status == "doubtful" and r.match.candidate is not None}
    for ind in ctx.pack.indicators:
        # a row of a table that could not be read: that table's finding (PL008) names it
        if ind.id in present or ind.id in ctx.held_back or not ctx.required(ind):
            continue
        form = "ministry" if ctx.level == "ministry" else "level"
        hint = None
        if ind.id in doubtful:
            near = doubtful[ind.id].indicator
            hint = HINTS["near"](line=near.loc.line, name=near.name)
        yield Diagnostic(ctx.plan.path, ctx.plan.indicators_loc, "PL101", ind.severity,
                         MESSAGES[form](indicator=ind.name, expected=ind.expectation()),
                         subject=ind.name, expected=ind.expectation(), actual=VALUES["not-set"](),
                         source=ind.source, hint=hint)


CHECK = Check(RULES, check)
