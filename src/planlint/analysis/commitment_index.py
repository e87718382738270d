"""The plan's coverage index, built once per plan and shared by the commitment checks."""
from __future__ import annotations

from typing import Optional

from planlint.analysis.context import CheckContext
from planlint.analysis.coverage import CoverageIndex
from planlint.rulepack.commitments import Commitment


def index_for(ctx: CheckContext) -> Optional[CoverageIndex]:
    """None when the pack has no commitments (a pack with indicators only)."""
    commitments = ctx.pack.commitments
    if commitments is None:
        return None
    return ctx.shared("coverage-index", lambda: CoverageIndex(ctx.plan, commitments))


def binds(ctx: CheckContext, item: Commitment) -> bool:
    """Is the plan expected to take the item up (its level and, where set, its regions)?"""
    if not ctx.level or ctx.level not in item.applies_levels:
        return False
    return not item.regions or ctx.regions.within(ctx.plan.meta.region, item.regions)


def mention_hint(cov) -> Optional[str]:
    if cov.mention is None:
        return None
    return (f"第{cov.mention.loc.line}行“{cov.mention.path}”提到了相关内容，但那是对现状或成绩的回顾，"
            "不是“十三五”期间的部署；请在任务或行动中写明具体措施")
