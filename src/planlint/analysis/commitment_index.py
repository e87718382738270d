"""The plan's coverage index, built once per plan and shared by the commitment checks."""
from __future__ import annotations

from typing import Optional

from planlint.analysis.context import CheckContext
from planlint.analysis.coverage import Coverage, CoverageIndex
from planlint.analysis.coverage_pack import PackCoverage
from planlint.messages import Template, Text, catalogue
from planlint.rulepack.commitments import Commitment


def index_for(ctx: CheckContext) -> Optional[CoverageIndex]:
    """None when the pack has no commitments (a pack with indicators only)."""
    commitments = ctx.pack.commitments
    if commitments is None:
        return None
    pack = ctx.coverage if ctx.coverage is not None and ctx.coverage.commitments is commitments \
        else PackCoverage(commitments)
    return ctx.shared("coverage-index", lambda: CoverageIndex(ctx.plan, pack))


def covered_actions(ctx: CheckContext) -> list[tuple[Commitment, Coverage]]:
    """The priority actions asked of the plan's level (required or advised) that it covers, with
    their coverage: what `--verbose` and JSON show as evidence, since no finding carries it."""
    index = index_for(ctx)
    if index is None or not ctx.level:
        return []
    out = []
    for action in index.commitments.actions:
        if ctx.level in action.required_levels or ctx.level in action.advised_levels:
            cov = index.assess(action)
            if cov.status == "covered" and cov.place is not None:
                out.append((action, cov))
    return out


def binds(ctx: CheckContext, item: Commitment) -> bool:
    """Is the plan expected to take the item up (its level and, where set, its regions)?"""
    if not ctx.level or ctx.level not in item.applies_levels:
        return False
    if not item.regions:
        return True
    bound = item.regions_at(ctx.level)
    return bool(bound) and ctx.within(bound)


_SHOWN_PLACEHOLDER = 30     # characters of the placeholder a hint quotes

# what the commitment checks (PL201, PL204–PL206) say about coverage
HINTS = catalogue("coverage.hint", {
    "review-only": Template("第{line}行“{place}”提到了相关内容，但那是对现状或成绩的回顾，不是“十三五”期间的部署；"
                            "请在任务或行动中写明具体措施",
                            "“{place}” on line {line} mentions it, but as a review of the current state or past "
                            "results, not as work planned for the 13th Five-Year period; write concrete measures into "
                            "a task or action"),
    "placeholder": Template("第{line}行“{place}”只写了“{text}”，是待填写的占位内容，不算部署；"
                            "请写明具体措施、目标和责任单位",
                            "“{place}” on line {line} says only “{text}”, a placeholder left to fill in, which is not "
                            "taking it up; write the concrete measures, targets and who is responsible"),
})
VALUES = catalogue("coverage.value", {
    "missing": Template("未见部署", "not taken up"),
    "doubtful": Template("仅有零星表述", "only passing mentions"),
})


def mention_hint(cov) -> Optional[Text]:
    if cov.placeholder is not None:
        return placeholder_hint(cov.placeholder)
    if cov.mention is None:
        return None
    return HINTS["review-only"](line=cov.mention.loc.line, place=cov.mention.path)


def placeholder_hint(place) -> Text:
    """Where the drafter named the work but left only a placeholder (（待补充）, TODO)."""
    text = " ".join(place.raw.split())
    shown = text if len(text) <= _SHOWN_PLACEHOLDER else text[:_SHOWN_PLACEHOLDER - 1] + "…"
    return HINTS["placeholder"](line=place.loc.line, place=place.path, text=shown)


def coverage_value(status: str) -> Text:
    """The plan's side of a finding on an item not (or only in passing) taken up."""
    return VALUES["missing" if status == "missing" else "doubtful"]()
