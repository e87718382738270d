"""PL103: a plan indicator whose name is close to a national one but not clearly the same."""
from __future__ import annotations

from typing import Iterator

from planlint.checks.base import Check, PackItems, Rule
from planlint.analysis.context import CheckContext
from planlint.diagnostics import Diagnostic
from planlint.messages import Joined, Template, catalogue

RULES = (
    Rule("PL103", "doubtful-indicator-name", "warning",
         "指标名称与国家指标相近但不能确定是同一指标（“是否指……？”）",
         "An indicator name close to a national one but not clearly the same (“did you mean …?”)",
         "名称与国家指标只差个别字，或可能指多个国家指标时，planlint不擅自认定，"
         "也不静默放过：请改用国家规划中的规范名称，或改写名称以表明是另一指标。",
         explanation_en="When a name differs from a national indicator's by a character or two, or could mean more "
                        'than one national indicator, planlint neither decides on its own nor lets it pass in silence: '
                        "use the national plan's name, or rename the indicator to show it is another one.",
         readme="an indicator name close to a national one but not clearly the same (“是否指……？”) — never a silent pass",
         derives_from=PackItems("indicator")),
)


MESSAGES = catalogue("PL103", {
    "close": Template("指标“{name}”名称与国家指标相近但不一致：是否指“{guess}”？",
                      "Indicator “{name}” has a name close to a national indicator but not the same: "
                      "did you mean “{guess}”?"),
    "several": Template("指标“{name}”名称可能指多个国家指标：是否指“{guess}”？",
                        "Indicator “{name}” may mean more than one national indicator: did you mean “{guess}”?"),
})
HINTS = catalogue("PL103.hint", {
    "use-national-name": Template("若是同一指标，请使用国家规划的名称；若是本地自设指标，可忽略此提示",
                                  "If it is the same indicator, use the national plan's name; if it is a local "
                                  "indicator of your own, ignore this"),
})
VALUES = catalogue("PL103.value", {
    "national-name": Template("国家指标名称“{name}”", "the national indicator name “{name}”"),
    "plan-name": Template("“{name}”", "“{name}”"),
})


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    present = {r.national.id for r in ctx.readings if r.national is not None}
    for r in ctx.readings:
        m = r.match
        if m.status != "doubtful" or m.candidate is None:
            continue
        if m.adds_words and m.candidate.id in present:
            continue    # 农村网络零售额 beside the plan's 网络零售额: a local indicator of its own
        # the matcher offers alternatives exactly when the name may mean several indicators
        guess = Joined(tuple([m.candidate.name] + [a.name for a in m.alternatives]), zh="”或“", en="”, “")
        yield Diagnostic(ctx.plan.path, r.indicator.loc, "PL103", "warning",
                         MESSAGES["several" if m.alternatives else "close"](name=r.indicator.name, guess=guess),
                         subject=m.candidate.name, expected=VALUES["national-name"](name=m.candidate.name),
                         actual=VALUES["plan-name"](name=r.indicator.name), source=m.candidate.source,
                         hint=HINTS["use-national-name"]())


CHECK = Check(RULES, check)
