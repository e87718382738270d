"""PL115: a target stated in the running text contradicts the same indicator's table row."""
from __future__ import annotations

from typing import Iterator

from planlint.checks.base import Check, PackItems, Rule
from planlint.analysis.context import CheckContext
from planlint.diagnostics import Diagnostic
from planlint.messages import Template, catalogue, value_text
from planlint.text.names import normalise_name
from planlint.text.quantity import says_the_same

RULES = (
    Rule("PL115", "text-contradicts-table", "warning",
         "正文中写的目标与指标表中同一指标的目标不一致",
         "A target stated in the running text contradicts the indicator table",
         explanation='同一指标在正文中写的目标与指标表中的目标不一致时，读者无法判断哪一个是规划的承诺。请统一两处数字；'
                     '正文只是复述表中目标的，不另报问题。',
         explanation_en='When the running text states a target for an indicator that differs from its row in the '
                        'indicator table, a reader cannot tell which one the plan commits to. Make the two agree;'
                        " a text that only restates the table's target is not reported again.",
         readme="a target in the running text contradicts the same indicator's table row (a text that restates "
                "the row's target is no second PL102: the row carries it)",
         derives_from=PackItems("indicator")),
)

MESSAGES = catalogue("PL115", {
    "contradicts": Template("正文写“{name}”目标为{text}，与第{line}行指标表中的{table}不一致",
                            "The running text gives “{name}” a target of {text}, which contradicts {table} in the "
                            "indicator table at line {line}"),
})


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    tabled = {}
    for r in ctx.readings:
        if r.indicator.origin != "text" and r.target is not None:
            key = r.national.id if r.national else normalise_name(r.indicator.name).key
            tabled.setdefault(key, r)
    for r in ctx.readings:
        if r.indicator.origin != "text" or r.target is None:
            continue
        key = r.national.id if r.national else normalise_name(r.indicator.name).key
        row = tabled.get(key)
        if row is None or ctx.target_year(row.indicator.target) != ctx.target_year(r.indicator.target):
            continue
        a, b = row.target, r.target
        if says_the_same(a, b):
            continue   # “达到75%” in the text and 75 in the table say the same
        if a.unit is not None and b.unit is not None and a.unit.compatible(b.unit):
            b = b.converted(a.unit)
        yield Diagnostic(ctx.plan.path, r.indicator.loc, "PL115", "warning",
                         MESSAGES["contradicts"](name=r.indicator.name, text=b.amount(), line=row.indicator.loc.line,
                                                 table=a.amount()),
                         subject=r.national.name if r.national else None,
                         expected=value_text(a.amount()), actual=value_text(b.amount()),
                         expected_basis="table")


CHECK = Check(RULES, check, binding_only=False)   # the plan's own data
