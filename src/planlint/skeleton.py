"""`planlint init`: a plan skeleton holding every indicator, action and regional duty the rule
pack requires of one level and region (or department), national minimums as comments.

Which items are required is decided by the same `CheckContext.required` the checks use, on an
empty plan with the requested metadata, so the skeleton and the linter can never disagree.
Scalars are written as JSON strings (valid YAML double-quoted scalars): names with quotes or
colons need no YAML escaping rules of their own.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Optional

from planlint.analysis.context import CheckContext
from planlint.model import Metadata, Plan
from planlint.places.regions import RegionResolver
from planlint.text.escapes import visible
from planlint.text.excerpt import excerpt
from planlint.rulepack import NationalIndicator, RulePack

LOCAL_LEVELS = ("province", "city", "county")
_LEVEL_WORD = {"province": "省级", "city": "市级", "county": "县级", "ministry": "部门", "national": "国家"}


class InitError(Exception):
    """The request cannot be served; one line for stderr (exit 2)."""


@dataclass(frozen=True)
class InitRequest:
    """What `planlint init` was asked to write."""

    level: str
    region: Optional[str] = None
    department: Optional[str] = None
    title: Optional[str] = None


def _q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def _refuse_control_characters(req: InitRequest) -> None:
    """A newline would end the skeleton's header comment and start YAML of the caller's choosing;
    an ESC or U+202E would hide in it: such a name is refused, not written."""
    for option, value in (("--region", req.region), ("--department", req.department), ("--title", req.title)):
        if value and visible(value, keep="") != value:
            raise InitError(f"{option} 含有换行、控制字符或双向文本控制字符，未生成骨架：{excerpt(value)}")


def skeleton(req: InitRequest, pack: RulePack) -> str:
    _refuse_control_characters(req)
    if req.level in LOCAL_LEVELS and not req.region:
        raise InitError(f"--level {req.level} 需要 --region（例如 --region 某省）")
    department = None
    if req.level == "ministry":
        if not req.department:
            raise InitError("--level ministry 需要 --department（例如 --department 农业部）")
        dept = pack.canonical_department(req.department)
        if dept is None:
            names = "、".join(d.name for d in pack.departments[:8])
            raise InitError(f"规则包 {pack.name} 中没有部门“{req.department}”（例如：{names}……）")
        department = dept.name
    meta = Metadata(level=req.level, region=req.region, department=req.department)
    plan = Plan(path="<init>", format="yaml", meta=meta)
    ctx = CheckContext(plan, pack, [], RegionResolver())
    indicators = [i for i in pack.indicators if ctx.required(i)]
    c = pack.commitments
    # required (PL201 error) and advised (PL201 warning) actions alike: a skeleton lists both
    actions = [a for a in (c.actions if c else [])
               if req.level in a.required_levels or req.level in getattr(a, "advised_levels", ())]
    duties = [d for d in (c.duties if c else [])
              if req.level in d.applies_levels and req.region and ctx.regions.within(req.region, d.regions)]
    tasks = []
    if department and c:
        for t in c.tasks:
            named = {pack.canonical_department(n).name if pack.canonical_department(n) else n
                     for n in (*t.lead, *t.responsible)}
            if department in named:
                tasks.append(t)

    who = req.region or req.department or ""
    start = pack.base_year + 1 if pack.base_year else pack.target_year - 4
    title = req.title or f"{who}信息化发展规划（{start}—{pack.target_year}年）"
    out = [
        f"# {who}{_LEVEL_WORD.get(req.level, '')}规划骨架，由 planlint init 按规则包“{pack.name}”生成。",
        f"# 依据：{pack.title}",
        "# 注释是国家规划的要求（底线）；请填写本地的基期值、目标值（去掉 base/target 前的 #），",
        "# 把每项行动的 body 改写为本地的具体措施，然后运行 planlint 检查本文件。",
        f"title: {_q(title)}",
        f"level: {req.level}",
    ]
    if req.region:
        out.append(f"region: {_q(req.region)}")
    if req.department:
        out.append(f"department: {_q(req.department)}")
    out.append(f"period: {{start: {start}, end: {pack.target_year}}}")
    out.append("")
    out.append("indicators:" if indicators else "indicators: []")
    for ind in indicators:
        out.extend(_indicator(ind, pack))
    out.append("")
    items = [(a.name, a.goal_for(pack.target_year), a.source, a.citation.render()) for a in actions]
    items += [(t.name, "", t.source, t.citation.render()) for t in tasks]
    out.append("actions:" if items else "actions: []")
    for name, goal, source, quote in items:
        out.append(f"  # 依据：{source}")
        if goal:
            out.append(f"  # 国家行动目标：{goal}")
        out.append(f"  - title: {_q(name)}")
        out.append(f"    body: {_q('（待填写：本地的具体措施、责任单位和进度）')}")
    if duties:
        out.append("")
        out.append("projects:")
        for d in duties:
            out.append(f"  # 国家规划点名由本地区承担：{d.citation.render()}")
            out.append(f"  - title: {_q(d.name)}")
            out.append(f"    body: {_q('（待填写：本地承接该任务的工程和措施）')}")
    out.append("")
    out.append("sections: []")
    return "\n".join(out) + "\n"


def _indicator(ind: NationalIndicator, pack: RulePack) -> list[str]:
    lines = [f"  # 国家目标：{ind.expectation()}"]
    if ind.base is not None and ind.base_year:
        lines[0] += f"；{ind.base_year}年全国：{ind.base.describe()}"
    if ind.kind == "scale":
        lines.append("  # 规模类指标：地方体量与全国不同，比较的是年均增速，不是绝对值")
    lines.append(f"  # 依据：{ind.source}")
    lines.append(f"  - name: {_q(ind.name)}")
    lines.append(f"    unit: {_q(ind.unit.symbol)}")
    if ind.category:
        lines.append(f"    category: {_q(ind.category)}")
    base_year = ind.base_year or pack.base_year or ind.target_year - 5
    lines.append(f"    # base: {{year: {base_year}, value: }}")
    lines.append(f"    # target: {{year: {ind.target_year}, value: }}")
    return lines
