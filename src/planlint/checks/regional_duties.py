"""PL205: a duty the national plan gives to the plan's own region is not taken up."""
from __future__ import annotations

from typing import Iterator

from planlint.checks.base import Check, PackItems, Rule
from planlint.analysis.commitment_index import binds, coverage_value, index_for, mention_hint
from planlint.analysis.context import CheckContext
from planlint.diagnostics import Diagnostic
from planlint.messages import Template, catalogue

RULES = (
    Rule("PL205", "regional-duty-not-taken-up", "warning",
         "规划未承接国家规划点名由本地区承担的任务",
         "A task the national plan assigns to this region is not taken up",
         "国家规划点名由个别地区（一个省区市、一座城市或京津冀、长江经济带、中西部等区域）承担的任务，"
         "所在地区的规划应当承接；规则包 regional.yaml 列出这些任务、它们约束的地区和层级，以及国家规划的原文。",
         explanation_en='Tasks the national plan assigns by name to some regions (one province, region or city, or '
                        'a group such as Beijing–Tianjin–Hebei, the Yangtze River Economic Belt, the central and '
                        "western regions) should be taken up by those regions' plans; the rule pack's regional.yaml "
                        'lists them, the regions and levels they bind, and the national text.',
         other_severities=("info",),
         # no national names here (the code holds no national text): `planlint rule PL205` quotes them
         readme="a regional duty not taken up (a hub, pilot zone or task the national plan names one region for: "
                "广西, 宁夏, 贵州, 浙江/杭州 …; `planlint rule PL205` lists them)",
         derives_from=PackItems("duty")),
)

MESSAGES = catalogue("PL205", {
    "missing": Template("国家规划点名由{region}承担“{duty}”，规划未见相应部署（国家规划：“{quote}”）",
                        "The national plan assigns “{duty}” to “{region}”; the plan does not take it up "
                        "(national text: “{quote}”)"),
    "doubtful": Template("国家规划点名由{region}承担“{duty}”，规划未见相应部署（国家规划：“{quote}”）",
                         "The national plan assigns “{duty}” to “{region}”; the plan mentions it only in passing "
                         "(national text: “{quote}”)"),
})
VALUES = catalogue("PL205.value", {
    "take-up": Template("承接“{duty}”", "take up “{duty}”"),
})


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
            MESSAGES[cov.status](region=region, duty=duty.name, quote=duty.citation.quote),
            subject=duty.name, expected=VALUES["take-up"](duty=duty.name), actual=coverage_value(cov.status),
            source=duty.source, evidence=cov.evidence(), hint=mention_hint(cov))


CHECK = Check(RULES, check)
