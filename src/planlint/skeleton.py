"""`planlint init`: a plan skeleton holding every indicator, action and regional duty the rule
pack requires of one level and region (or department), national minimums as comments.

Which items are required is decided by the same `CheckContext.required` the checks use, on an
empty plan with the requested metadata, so the skeleton and the linter can never disagree.
Scalars are written as JSON strings (valid YAML double-quoted scalars): names with quotes or
colons need no YAML escaping rules of their own. Under --lang en the comments are English; the
plan's own values (title, names, placeholders) stay Chinese, since the plans planlint reads are.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Optional

from planlint.analysis.context import CheckContext
from planlint.i18n import Catalog
from planlint.messages import COMMON_VALUES, Joined, Template, bilingual_name, catalogue, nest_quotes, render
from planlint.model import Metadata, Plan
from planlint.analysis.commitment_index import binds
from planlint.places.regions import RegionResolver
from planlint.text.escapes import visible
from planlint.text.excerpt import excerpt
from planlint.rulepack import NationalIndicator, RulePack

LOCAL_LEVELS = ("province", "city", "county")

ERRORS = catalogue("init.error", {
    "needs-region": Template("--level {level} 需要 --region（例如 --region 某省）",
                             "--level {level} needs --region (e.g. --region “甘肃省”)"),
    "needs-department": Template("--level ministry 需要 --department（例如 --department 农业部）",
                                 "--level ministry needs --department (e.g. --department “农业部”)"),
    "unknown-department": Template("规则包 {pack} 中没有部门“{department}”（例如：{names}……）",
                                   "the rule pack {pack} has no department “{department}” (e.g. {names} …)"),
})
# the skeleton's comments: what a drafter reads, in the language asked for
COMMENTS = catalogue("init.comment", {
    "header": Template("{who}{level}规划骨架，由 planlint init 按规则包“{pack}”生成。",
                       "Skeleton of a {level} plan for “{who}”, made by planlint init from the rule pack “{pack}”."),
    "basis": Template("依据：{title}", "Based on: “{title}”"),
    "fill-in": Template("注释是国家规划的要求（底线）；请填写本地的基期值、目标值（去掉 base/target 前的 #），",
                        "The comments are the national plan's requirements (the floor). Fill in the local base and "
                        "target values (remove the # before base/target),"),
    "then-lint": Template("把每项行动的 body 改写为本地的具体措施，然后运行 planlint 检查本文件。",
                          "rewrite each action's body as the local measures, then run planlint on this file."),
    "chinese-body": Template("规划本身（标题、名称、占位文字）保持中文：planlint检查的是中文规划；只有这些注释是英文。",
                             "The plan itself stays in Chinese (titles, names, placeholders): planlint checks "
                                 "Chinese plans. Only these comments are English."),
    "source": Template("依据：{source}", "Source: {source}"),
    "action-goal": Template("国家行动目标：{goal}", "National action goal: “{goal}”"),
    "item": Template("{name}", "{name}"),
    "duty": Template("国家规划点名由本地区承担：{quote}", "The national plan names this region for it: {quote}"),
    "target": Template("国家目标：{value}", "National target: {value}"),
    "national-base": Template("；{year}年全国：{value}", "; nationally in {year}: {value}"),
    "scale": Template("规模类指标：地方体量与全国不同，比较的是年均增速，不是绝对值",
                      "A scale indicator: a local economy differs in size from the nation's, so the annual growth "
                      "is compared, not the size"),
})


class InitError(Exception):
    """The request cannot be served; one line for stderr (exit 2)."""


@dataclass(frozen=True)
class InitRequest:
    """What `planlint init` was asked to write."""

    level: str
    region: Optional[str] = None
    department: Optional[str] = None
    title: Optional[str] = None
    lang: str = "zh"                # the comments' language; the plan's values stay Chinese


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
        raise InitError(ERRORS["needs-region"](level=req.level))
    department = None
    if req.level == "ministry":
        if not req.department:
            raise InitError(ERRORS["needs-department"]())
        dept = pack.canonical_department(req.department)
        if dept is None:
            names = Joined(tuple(COMMON_VALUES["name"](name=d.name) for d in pack.departments[:8]))
            raise InitError(ERRORS["unknown-department"](pack=pack.name, department=req.department, names=names))
        department = dept.name
    meta = Metadata(level=req.level, region=req.region, department=req.department)
    plan = Plan(path="<init>", format="yaml", meta=meta)
    ctx = CheckContext(plan, pack, [], RegionResolver())
    indicators = [i for i in pack.indicators if ctx.required(i)]
    c = pack.commitments
    # required (PL201 error) and advised (PL201 warning) actions alike: a skeleton lists both
    actions = [a for a in (c.actions if c else [])
               if req.level in a.required_levels or req.level in getattr(a, "advised_levels", ())]
    duties = [d for d in (c.duties if c else []) if req.region and binds(ctx, d)]   # as PL205 decides
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
    cat = Catalog(req.lang)

    def say(key: str, **args: object) -> str:
        return nest_quotes(render(COMMENTS[key](**args), req.lang)) or ""    # type: ignore[arg-type]

    out = [f"# {say('header', who=who, level=cat.t(f'level.{req.level}'), pack=pack.name)}",
           f"# {say('basis', title=pack.title)}",
           f"# {say('fill-in')}",
           f"# {say('then-lint')}"]
    if req.lang != "zh":
        out.append(f"# {say('chinese-body')}")
    out += [f"title: {_q(title)}", f"level: {req.level}"]
    if req.region:
        out.append(f"region: {_q(req.region)}")
    if req.department:
        out.append(f"department: {_q(req.department)}")
    out.append(f"period: {{start: {start}, end: {pack.target_year}}}")
    out.append("")
    out.append("indicators:" if indicators else "indicators: []")
    for ind in indicators:
        out.extend(_indicator(ind, pack, cat))
    out.append("")
    items = [(a, a.name, a.goal_for(pack.target_year)) for a in actions]
    items += [(t, t.name, "") for t in tasks]
    out.append("actions:" if items else "actions: []")
    for item, name, goal in items:
        if req.lang != "zh" and item.name_en:     # which national item, for a reader of English
            out.append(f"  # {bilingual_name(item.citation.quote if item.kind == 'task' else name, item.name_en, req.lang)}")
        out.append(f"  # {say('source', source=cat.source(item.source))}")
        if goal:
            out.append(f"  # {say('action-goal', goal=goal)}")
        out.append(f"  - title: {_q(name)}")
        out.append(f"    body: {_q('（待填写：本地的具体措施、责任单位和进度）')}")
    if duties:
        out.append("")
        out.append("projects:")
        for d in duties:
            out.append(f"  # {say('duty', quote=_citation(d.citation, cat))}")
            out.append(f"  - title: {_q(d.name)}")
            out.append(f"    body: {_q('（待填写：本地承接该任务的工程和措施）')}")
    out.append("")
    out.append("sections: []")
    return "\n".join(out) + "\n"


def _citation(citation, cat: Catalog) -> str:
    """The national text cited: in English its section in English, the words as written."""
    if cat.lang == "zh":
        return citation.render()
    return f"{cat.source(citation.section)}: “{citation.quote}”"


def _indicator(ind: NationalIndicator, pack: RulePack, cat: Catalog) -> list[str]:
    lang = cat.lang
    line = render(COMMENTS["target"](value=ind.expectation()), lang) or ""
    if ind.base is not None and ind.base_year:
        line += render(COMMENTS["national-base"](year=ind.base_year, value=ind.base.amount()), lang) or ""
    lines = [f"  # {bilingual_name(ind.name, ind.name_en, lang)}"] if lang != "zh" and ind.name_en else []
    lines.append(f"  # {line}")
    if ind.kind == "scale":
        lines.append(f"  # {render(COMMENTS['scale'](), lang)}")
    lines.append(f"  # {render(COMMENTS['source'](source=cat.source(ind.source) or ''), lang)}")
    lines.append(f"  - name: {_q(ind.name)}")
    lines.append(f"    unit: {_q(ind.unit.symbol)}")
    if ind.category:
        lines.append(f"    category: {_q(ind.category)}")
    base_year = ind.base_year or pack.base_year or ind.target_year - 5
    lines.append(f"    # base: {{year: {base_year}, value: }}")
    lines.append(f"    # target: {{year: {ind.target_year}, value: }}")
    return lines
