"""PL205: a duty the national plan gives to the plan's own region is not taken up."""
from __future__ import annotations

from typing import Iterator

from planlint.checks.base import Check, Rule
from planlint.checks.commitment_index import binds, index_for, mention_hint
from planlint.checks.context import CheckContext
from planlint.diagnostics import Diagnostic

RULES = (
    Rule("PL205", "regional-duty-not-taken-up", "warning",
         "规划未承接国家规划点名由本地区承担的任务",
         "国家规划点名由个别地区承担的任务，如中国—东盟信息港（广西）、中国—阿拉伯国家网上丝绸之路宁夏枢纽"
         "（宁夏）、大数据综合试验区（贵州）、跨境电子商务综合试验区（杭州、浙江）、京津冀和长江经济带的"
         "区域环境监测信息化、中西部地区中小城市基础网络完善工程，所在地区的规划应当承接。"),
)


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    index = index_for(ctx)
    if index is None:
        return
    region = ctx.plan.meta.region or ""
    for duty in index.commitments.duties:
        if not binds(ctx, duty):
            continue
        cov = index.assess(duty)
        if cov.status == "covered":
            continue
        yield Diagnostic(
            ctx.plan.path, ctx.plan.actions_loc, "PL205", duty.severity,
            f"国家规划点名由{region}承担“{duty.name}”，规划未见相应部署（国家规划：“{duty.citation.quote}”）",
            subject=duty.name, expected=f"承接“{duty.name}”", actual="未见部署" if cov.status == "missing" else "仅有零星表述",
            source=duty.source, evidence=cov.evidence(), hint=mention_hint(cov))


CHECK = Check(RULES, check)
