"""PL005: the plan's region is not a known division, or not one of its level.

Regional targets (中西部) and duties (长江经济带 …) are decided from the region: a region that
cannot be placed — a misspelling, a Latin name, 西安市 written as a province — would drop them
in silence. It is a finding instead, with the nearest known name where there is one.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional

from planlint.analysis.context import CheckContext
from planlint.checks.base import Check, Rule
from planlint.diagnostics import Diagnostic
from planlint.messages import Joined, Template, Text, catalogue
from planlint.model import Location
from planlint.places.divisions import Divisions, load_divisions, plain_name

NEAREST_CUTOFF = 0.5      # how alike a known name must be to be offered as the one meant
MAX_GUESSES = 3           # names equally near are all offered, a few at most

RULES = (
    Rule("PL005", "region-unknown", "warning",
         "规划的地区不是已知的行政区划，或与规划层级不符；地区性要求无法判断",
         "The plan's region is not a known division, or not one of its level; regional requirements cannot be decided",
         "中西部目标、区域性任务（长江经济带、京津冀……）按规划所属的省份判断。写明的 region 不是已知的省级或地级行政区划"
         "（错别字、拼音或英文名），或与 level 不符（level: province 而 region 是地级市）时，这些要求无法判断，"
         "planlint 不会静默跳过，而是报告这一条，并给出最接近的名称。县级规划的地区不在划分数据中时不报告。",
         explanation_en="Targets for the central and western regions and regional duties (the Yangtze River "
                        "Economic Belt …) are decided from the province the plan belongs to. When the region written "
                        "is no known province- or prefecture-level division (a typo, a pinyin or English name), or "
                        "does not fit the level (level: province with a city as region), they cannot be decided: instead of skipping them in silence planlint reports this, "
                        "with the nearest known name. A county plan's region missing from the data is not reported.",
         readme="the region written is no known province- or prefecture-level division, or not one of the plan's "
                "level (`region: 火星省`, `Shaanxi`, a city as a province): regional requirements cannot be decided"),
)

MESSAGES = catalogue("PL005", {
    "unknown": Template("地区“{region}”不是已知的行政区划：中西部目标和区域性任务无法判断",
                        "The region “{region}” is not a known administrative division: targets for the central and "
                        "western regions and regional duties cannot be decided"),
    "not-a-province": Template("地区“{region}”是{province}的地级行政区，不是省级：按省级规划检查时地区性要求无法判断",
                               "The region “{region}” is a prefecture-level division of {province}, not a province: "
                               "regional requirements cannot be decided for a province plan"),
})
HINTS = catalogue("PL005.hint", {
    "guess": Template("是否指“{guess}”？请写出行政区划的中文全称", "Did you mean “{guess}”? Write the division's full Chinese name"),
    "chinese": Template("请写出行政区划的中文全称（如“陕西省”“西安市”）",
                        "Write the division's full Chinese name (such as “陕西省” or “西安市”)"),
    "city-level": Template("若是地级市的规划，请写 level: city；若是省级规划，请写省份名称",
                           "If it is a city's plan, write level: city; if a province's, write the province"),
})


@dataclass(eq=False)
class RegionProblem:
    """Why a region cannot be placed, with the hint shown beside it."""

    message: Text
    hint: Text


def region_problem(region: str, level: str) -> Optional[RegionProblem]:
    """Why a region written for a province or city plan cannot be placed, or None when it can
    (or the level is one whose regions the data does not hold). `planlint init` asks it too."""
    if level not in ("province", "city"):
        return None
    divisions = load_divisions()
    name = plain_name(region)
    province = divisions.province_at(name)
    if province is not None and (level == "city" or province[1] == len(name) or name == province[0].name):
        if level == "province" or divisions.province_of(name):
            return None
    city = divisions.city_at(name)
    if province is None and city is not None:
        if level == "city":
            return None
        return RegionProblem(MESSAGES["not-a-province"](region=region, province=city[0].province), HINTS["city-level"]())
    if province is not None and level == "province" and province[1] < len(name):
        city = divisions.city_at(name[province[1]:], province[0])
    if province is not None and level == "province" and province[1] < len(name) and city is not None:
        return RegionProblem(MESSAGES["not-a-province"](region=region, province=province[0].name),
                             HINTS["city-level"]())
    if province is not None:
        return None
    guess = _nearest(name, divisions, level)
    return RegionProblem(MESSAGES["unknown"](region=region), HINTS["guess"](guess=guess) if guess else HINTS["chinese"]())


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    meta = ctx.plan.meta
    if not meta.region or any(i.decides("region") for i in meta.inferred):
        return
    problem = region_problem(meta.region, meta.level or "")
    if problem is not None:
        yield Diagnostic(ctx.plan.path, meta.locs.get("region") or Location(1, 1), "PL005", "warning",
                         problem.message, hint=problem.hint)


def _nearest(name: str, divisions: Divisions, level: str) -> Optional[Joined]:
    names = list(divisions.provinces) + ([] if level == "province" else list(divisions.cities))
    import difflib     # only for a region name not found: most runs never load it
    # ties go to the name that starts the same way (西按市 → 西安市, not 鸡西市)
    scored = [(difflib.SequenceMatcher(None, name, n).ratio() + 0.01 * _common_prefix(name, n), n) for n in names]
    top = max((sc for sc, _ in scored), default=0.0)
    if top < NEAREST_CUTOFF:
        return None
    tied = [n for sc, n in scored if sc >= top - 1e-9][:MAX_GUESSES]   # 江甦省: 江苏省 or 江西省
    return Joined(tuple(tied), zh="”或“", en="” or “")


def _common_prefix(a: str, b: str) -> int:
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k


CHECK = Check(RULES, check)
