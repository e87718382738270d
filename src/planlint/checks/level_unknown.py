"""PL003: the plan states no level and none can be inferred from its title.

Without a level only what binds every level is checked (PL101, PL201 … stay silent), and this
finding says so. A level set by the configuration (per-path) counts as stated: the runner
applies it before the checks.
"""
from __future__ import annotations

from typing import Iterator

from planlint.analysis.context import CheckContext
from planlint.checks.base import Check, Rule
from planlint.diagnostics import Diagnostic
from planlint.messages import Template, catalogue
from planlint.model import Location

RULES = (
    Rule("PL003", "level-unknown", "info",
         "规划层级未知，无法推断；只检查对各层级都适用的要求",
         "The plan's level is unknown and cannot be inferred; only requirements for every level are checked",
         explanation='国家规划对省、市、县和部门规划的要求不同（必设指标、优先行动、专栏工程）。文件没有写 level，'
                     '标题和地区名也推断不出层级时，只检查对各层级都适用的要求。请在文件中写明 level（province、'
                     'city、county、ministry），或在配置的 per-path 中设定。',
         explanation_en='The national plan asks different things of province, city, county and ministry plans (required '
                        'indicators, priority actions, key projects). When the file names no level and neither its '
                        'title nor its region tells one, only what binds every level is checked. Write level (province,'
                        " city, county, ministry) in the file, or set it in the configuration's per-path.",
         readme="the plan's level is not written and cannot be inferred; only what binds every level is checked"),
)

MESSAGES = catalogue("PL003", {
    "level-unknown": Template("未写明规划层级（level），也无法从标题推断；只检查对各层级都适用的要求",
                              "The plan's level is not stated and cannot be inferred from its title; only requirements "
                              "that bind every level are checked"),
})
HINTS = catalogue("PL003.hint", {
    "state-level": Template("请在文件开头写明 level: province/city/county/ministry",
                            "State level: province/city/county/ministry at the top of the file"),
})


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    if ctx.plan.meta.level:
        return
    yield Diagnostic(ctx.plan.path, Location(1, 1), "PL003", "info", MESSAGES["level-unknown"](),
                     hint=HINTS["state-level"]())


CHECK = Check(RULES, check, binding_only=False)   # about the plan itself: reported whether the pack binds it or not
