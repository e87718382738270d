"""PL006: a ministry plan's department is none the rule pack knows.

A ministry answers for the tasks the task division gives its department and the indicators of its
field, found by the department's name (then or now). A name the pack does not know — a typo, a
body outside the division — would leave both unchecked in silence: it is a finding instead, with
the nearest known name where there is one.
"""
from __future__ import annotations

from typing import Iterator, Optional

from planlint.analysis.context import CheckContext
from planlint.checks.base import Check, Rule
from planlint.checks.ministry_tasks import departments_of
from planlint.diagnostics import Diagnostic
from planlint.messages import Joined, Template, catalogue
from planlint.model import Location
from planlint.rulepack import RulePack
from planlint.rulepack.departments import name_key

NEAREST_CUTOFF = 0.6      # how alike a known name must be to be offered as the one meant
MAX_GUESSES = 3

RULES = (
    Rule("PL006", "department-unknown", "warning",
         "部门规划的部门不在规则包的部门名单中；本部门的重点任务和指标无法判断",
         "A ministry plan's department is not one the rule pack knows; its tasks and indicators cannot be decided",
         "部门规划按部门名称（当时或现在的名称，见规则包 departments.yaml）确定国家规划交给本部门的重点任务和本领域指标。"
         "写明的 department 不是规则包认识的部门（错别字、简称、分工方案未列的机构）时，这些要求无法判断，"
         "planlint 不会静默跳过，而是报告这一条，并给出最接近的名称。",
         explanation_en="A ministry plan is held to the tasks the national task division gives its department and to "
                        "the indicators of its field, found by the department's name (then or now, rule pack "
                        "departments.yaml). When the department written is none the pack knows (a typo, a short form, "
                        "a body the division does not name), they cannot be decided: instead of skipping them in "
                        "silence planlint reports this, with the nearest known name.",
         readme="a ministry plan's department is none the rule pack knows (`department: 工业信息部`): its tasks "
                "(PL206) and field indicators cannot be decided"),
)

MESSAGES = catalogue("PL006", {
    "unknown": Template("部门“{department}”不在规则包的部门名单中：国家规划交给本部门的重点任务和本领域指标无法判断",
                        "The department “{department}” is not one the rule pack knows: the key tasks and field "
                        "indicators the national plan gives it cannot be decided"),
})
HINTS = catalogue("PL006.hint", {
    "guess": Template("是否指“{guess}”？请写出国家规划或机构改革后的部门名称",
                      "Did you mean “{guess}”? Write the department's name as the national plan or the 2018 "
                      "reform names it"),
    "names": Template("请写出国家规划或机构改革后的部门名称（如“工业和信息化部”“国家卫生健康委员会”）",
                      "Write the department's name as the national plan or the 2018 reform names it (such as "
                      "“工业和信息化部” or “国家卫生健康委员会”)"),
})


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    meta = ctx.plan.meta
    if ctx.level != "ministry" or not meta.department or not ctx.pack.departments:
        return
    if departments_of(ctx.pack, meta.department):
        return
    guess = _nearest(meta.department, ctx.pack)
    yield Diagnostic(ctx.plan.path, meta.locs.get("department") or Location(1, 1), "PL006", "warning",
                     MESSAGES["unknown"](department=meta.department),
                     hint=HINTS["guess"](guess=guess) if guess else HINTS["names"]())


def _nearest(name: str, pack: RulePack) -> Optional[Joined]:
    import difflib     # only for a department not found: most runs never load it
    key = name_key(name)
    names = sorted({n for d in pack.departments for n in (d.name, d.successor or "", *d.aliases) if n})
    scored = [(difflib.SequenceMatcher(None, key, name_key(n)).ratio(), n) for n in names]
    top = max((sc for sc, _ in scored), default=0.0)
    if top < NEAREST_CUTOFF:
        return None
    tied = [n for sc, n in scored if sc >= top - 1e-9][:MAX_GUESSES]
    return Joined(tuple(tied), zh="”或“", en="” or “")


CHECK = Check(RULES, check)
