"""PL101: a national indicator the plan must carry is missing."""
from __future__ import annotations

from typing import Iterator

from planlint.checks.base import Check, PackItems, Rule
from planlint.analysis.context import CheckContext
from planlint.diagnostics import Diagnostic

RULES = (
    Rule("PL101", "missing-required-indicator", "error",
         "规划缺少国家要求本层级（或本部门）必须设置的指标",
         "A national indicator this level (or this department) must carry is missing",
         "省、市、县规划须设置“十三五”信息化发展主要指标中的必设指标；部门规划须设置其职责领域的指标。"
         "名称不必与国家规划一字不差（别名、相近写法会被识别），但近似而不同的指标"
         "（名称多了“农村”“移动电话”“持卡人数”之类的限定词）不能顶替。",
         readme="a national indicator the plan's level (or a ministry's field) must carry is missing",
         derives_from=PackItems("indicator",
                                where=lambda ind: bool(ind.required_levels or ind.required_departments))),
)


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    present = {r.national.id for r in ctx.readings if r.national is not None}
    doubtful = {r.match.candidate.id: r for r in ctx.readings
                if r.match.status == "doubtful" and r.match.candidate is not None}
    for ind in ctx.pack.indicators:
        if ind.id in present or not ctx.required(ind):
            continue
        who = "本部门规划" if ctx.level == "ministry" else "本级规划"
        message = f"缺少国家要求{who}设置的指标“{ind.name}”（国家目标{ind.expectation()}）"
        hint = None
        if ind.id in doubtful:
            near = doubtful[ind.id].indicator
            hint = f"第{near.loc.line}行的“{near.name}”与之相近但未被认定为同一指标；若是同一指标，请改用国家规划的名称"
        yield Diagnostic(ctx.plan.path, ctx.plan.indicators_loc, "PL101", ind.severity, message,
                         subject=ind.name, expected=ind.expectation(), actual="未设置该指标",
                         source=ind.source, hint=hint,
                         args={"form": "ministry" if ctx.level == "ministry" else "level"})


CHECK = Check(RULES, check)
