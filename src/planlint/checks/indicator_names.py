"""PL103: a plan indicator whose name is close to a national one but not clearly the same."""
from __future__ import annotations

from typing import Iterator

from planlint.checks.base import Check, PackItems, Rule
from planlint.analysis.context import CheckContext
from planlint.diagnostics import Diagnostic

RULES = (
    Rule("PL103", "doubtful-indicator-name", "warning",
         "指标名称与国家指标相近但不能确定是同一指标（“是否指……？”）",
         "An indicator name close to a national one but not clearly the same (“did you mean …?”)",
         "名称与国家指标只差个别字，或可能指多个国家指标时，planlint不擅自认定，"
         "也不静默放过：请改用国家规划中的规范名称，或改写名称以表明是另一指标。",
         readme="an indicator name close to a national one but not clearly the same (“是否指……？”) — never a silent pass",
         derives_from=PackItems("indicator")),
)


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    for r in ctx.readings:
        m = r.match
        if m.status != "doubtful" or m.candidate is None:
            continue
        options = [m.candidate.name] + [a.name for a in m.alternatives]
        guess = "”或“".join(options)
        yield Diagnostic(ctx.plan.path, r.indicator.loc, "PL103", "warning",
                         f"指标“{r.indicator.name}”{m.reason}：是否指“{guess}”？",
                         subject=m.candidate.name, expected=f"国家指标名称“{m.candidate.name}”",
                         actual=f"“{r.indicator.name}”", source=m.candidate.source,
                         hint="若是同一指标，请使用国家规划的名称；若是本地自设指标，可忽略此提示",
                         args={"form": "several" if m.alternatives else "close", "name": r.indicator.name,
                               "guess": "”, “".join(options)})


CHECK = Check(RULES, check)
