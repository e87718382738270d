"""PL008: a table that looks like the plan's indicator table but cannot be read as one.

Its indicators are neither read nor reported missing one by one (PL101): a mistyped header year
would otherwise turn one slip into a dozen false “缺少指标”. This one finding names the table,
says why, and lists the national indicators that went unchecked with it.
"""
from __future__ import annotations

from typing import Iterator

from planlint.analysis.context import CheckContext
from planlint.checks.base import Check, Rule
from planlint.diagnostics import Diagnostic
from planlint.messages import Joined, Template, catalogue

RULES = (
    Rule("PL008", "unreadable-indicator-table", "error",
         "表格像是指标表，但无法按指标表读取（如表头年份不在规划期内）",
         "A table that looks like the indicator table cannot be read as one (e.g. a header year outside the period)",
         "表格有指标列和年份列，像是规划的主要指标表，但无法读出目标：例如表头年份写成了规划期以外的年份"
         "（2016—2020年的规划写了“2021年”）。planlint 不猜测目标年份，表中的指标因此都未检查；"
         "它们不逐条报告为缺少（PL101），而由这一条指出。改正表头后重新检查。",
         explanation_en="The table has an indicator column and year columns, like the plan's table of main "
                        "indicators, but its targets cannot be read: for example a header names a year outside the "
                        "plan's period (2021 in a plan for 2016–2020). planlint does not guess the target year, so "
                        "none of the table's indicators were checked; instead of reporting each of them missing "
                        "(PL101), this one finding points at the table. Fix the header and lint again.",
         readme="a table that looks like the indicator table cannot be read as one (a header year outside the "
                "period, `2021年` for `2020年`): one finding at the header, and its indicators are not reported "
                "missing (PL101)"),
)

SHOWN_NAMES = 4          # a hint names a few of the indicators held back, then counts them

MESSAGES = catalogue("PL008", {
    "year-outside-period": Template(
        "表格{caption}像是指标表，但表头年份{year}年不在规划期{start}—{end}年内，无法读取其目标：表中{count}项指标均未检查",
        "The table{caption} looks like the indicator table, but its header year {year} lies outside the plan's "
        "period {start}–{end}, so its targets cannot be read: none of its {count} indicators was checked"),
    "caption": Template("“{caption}”", " “{caption}”"),
})
HINTS = catalogue("PL008.hint", {
    "fix-year": Template("若是{end}年的目标，请把表头改为“{end}年”；表中的国家指标（{names}）因此未报告缺失",
                         "If these are the targets for {end}, write “{end}年” in the header; the national indicators "
                         "in the table ({names}) are therefore not reported missing"),
    "and-more": Template("{names}等{count}项", "{names} and others, {count} in all"),
    "fix-year-no-national": Template("若是{end}年的目标，请把表头改为“{end}年”",
                                     "If these are the targets for {end}, write “{end}年” in the header"),
})
VALUES = catalogue("PL008.value", {
    "header-year": Template("表头年份{year}年", "the header year {year}"),
})


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    meta = ctx.plan.meta
    start, end = meta.period_start, meta.period_end
    for table in ctx.plan.unread_tables:
        year = table.years[0] if table.years else "?"
        caption = MESSAGES["caption"](caption=table.caption) if table.caption else ""
        names = [ind.name for ind in ctx.pack.indicators if ctx.held_back.get(ind.id) is table]
        shown = Joined(tuple(names[:SHOWN_NAMES])) if len(names) <= SHOWN_NAMES else \
            HINTS["and-more"](names=Joined(tuple(names[:SHOWN_NAMES])), count=len(names))
        hint = (HINTS["fix-year"](end=end, names=shown) if names
                else HINTS["fix-year-no-national"](end=end))
        yield Diagnostic(ctx.plan.path, table.loc, "PL008", "error",
                         MESSAGES[table.reason](caption=caption, year=year, start=start, end=end,
                                                count=len(table.rows)),
                         actual=VALUES["header-year"](year=year), hint=hint)


# the plan's own table: reported whether or not the national plan binds the plan
CHECK = Check(RULES, check, binding_only=False)
