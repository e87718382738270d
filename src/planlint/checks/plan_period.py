"""PL004: the plan's period lies outside the rule pack's, so the pack does not bind it.

A plan for a later period (a 十四五 plan) checked against an earlier national plan would collect dozens of
findings that mean nothing for it: every missing indicator and action of a plan it need not
follow. It gets this one finding instead, and only the checks of the plan's own arithmetic
run (CheckContext.binding is False).
"""
from __future__ import annotations

from typing import Iterator

from planlint.checks.base import Check, Rule
from planlint.analysis.context import CheckContext
from planlint.diagnostics import Diagnostic
from planlint.messages import COMMON_VALUES, Template, catalogue

RULES = (
    Rule("PL004", "period-outside-rulepack", "warning",
         "规划期与规则包的适用期不重叠：未按国家规划检查",
         "The plan's period does not overlap the rule pack's: not checked against the national plan",
         "规则包对应一部国家规划及其规划期（规则包 pack.yaml 的 base_year 之后到 target_year）。"
         "规划期（文件写明或由标题“十四五”等推断）与之完全不重叠时，国家规划的指标、目标和任务不约束本规划："
         "只报告这一条，并只检查规划自身的一致性（PL105—PL107、PL111—PL115）。请用适用的规则包（--rulepack）检查。",
         explanation_en="A rule pack stands for one national plan and its period (after pack.yaml's base_year up "
                        "to its target_year). When the plan's period (written in the file, or inferred from a title "
                        'naming a later five-year period) does not overlap it at all, the '
                        'national indicators, targets and tasks do not bind this plan: only this finding is reported,'
                        " and only the plan's own consistency is checked (PL105–PL107, PL111–PL115). Lint it with "
                        'the pack that applies (--rulepack).',
         readme="the plan's period (written, or inferred from a title such as “十四五”) lies wholly outside the "
                "rule pack's (2016—2020): the national plan does not bind it, so only this finding and the plan's "
                "own consistency (PL105–PL107, PL111–PL115) are reported — use a rule pack for that period"),
)


MESSAGES = catalogue("PL004", {
    "outside": Template(
        "规划期为{plan_start}—{plan_end}年，与规则包“{pack}”（{title}，{start}—{end}年）的适用期不重叠："
        "未按国家规划检查指标、目标和任务，只检查了规划自身的一致性",
        "The plan's period, {plan_start}–{plan_end}, does not overlap that of the rule pack “{pack}” ({start}–{end}): "
        "its indicators, targets and tasks were not checked against the national plan, only the plan's own consistency",
        lang_only={"title"}),
})
HINTS = catalogue("PL004.hint", {
    "other-pack": Template("请改用适用于该规划期的规则包（--rulepack 名称、目录或上级规划文件）；"
                           "可从该期国家规划生成：planlint pack derive <国家规划> -o packs/national-14th",
                           "Use a rule pack for that period (--rulepack NAME, directory or parent plan); derive one "
                           "from that period's national plan: planlint pack derive <national plan> -o packs/national-14th"),
})
VALUES = catalogue("PL004.value", {
    "plan-for": Template("{start}—{end}年的规划", "a plan for {start}–{end}"),
})


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    if ctx.binding:
        return
    meta, pack = ctx.plan.meta, ctx.pack
    start, end = pack.period
    plan_start, plan_end = meta.period_start or "?", meta.period_end or "?"
    loc = meta.locs.get("period") or meta.locs.get("title") or ctx.plan.indicators_loc
    yield Diagnostic(
        ctx.plan.path, loc, "PL004", "warning",
        MESSAGES["outside"](plan_start=plan_start, plan_end=plan_end, pack=pack.name, title=pack.title,
                            start=start, end=end),
        expected=VALUES["plan-for"](start=start, end=end),
        actual=COMMON_VALUES["years"](start=plan_start, end=plan_end),
        hint=HINTS["other-pack"]())


CHECK = Check(RULES, check, binding_only=False)
