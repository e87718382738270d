"""PL105–PL107: values that cannot be read, units that do not fit, missing years and units."""
from __future__ import annotations

from typing import Iterator

from planlint.checks.base import Check, PackItems, Rule
from planlint.analysis.context import CheckContext
from planlint.diagnostics import Diagnostic
from planlint.text.quantity import year_in_value
from planlint.text.units import parse_unit

RULES = (
    Rule("PL105", "unreadable-value", "warning",
         "指标数值无法识别（不是数字，或单位、比较词无法理解）",
         "A value that cannot be read (not a number, or unknown unit or comparator)",
         readme="a value that is not a number planlint can read, or an indicator without a target",
         derives_from=PackItems("indicator")),
    Rule("PL106", "unit-mismatch", "error",
         "指标单位与国家指标的单位不是同一量纲，无法比较",
         "The unit is of another dimension than the national indicator's: not comparable",
         readme="the unit is of another dimension than the national indicator's (万人 for a %)",
         derives_from=PackItems("indicator")),
    Rule("PL107", "missing-year-or-unit", "warning",
         "指标缺少年份或单位，只能按规划期或国家指标推定",
         "An indicator without a year or a unit; the plan period or the national unit is assumed",
         other_severities=("info",),
         readme="a target without a year (the period's end is assumed) or an indicator without a unit",
         derives_from=PackItems("indicator")),
)

_FIELD = {"base": "基期值", "target": "目标值", "growth": "年均增速"}


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    path = ctx.plan.path
    for r in ctx.readings:
        ind = r.indicator
        subject = r.national.name if r.national else None
        for field, err in r.errors:
            obs = getattr(ind, field, None)
            loc = ind.growth_loc if field == "growth" else (obs.loc if obs is not None else ind.loc)
            yield Diagnostic(path, loc or ind.loc, "PL105", "warning",
                             f"指标“{ind.name}”的{_FIELD[field]}无法识别：{err}", subject=subject,
                             hint="请写成数字，可带比较词和单位，如“不低于70%”“超过38万亿元”“〔24〕”",
                             args={"form": field, "name": ind.name, "error": str(err)})
        if ind.target is None and ind.origin != "text":
            yield Diagnostic(path, ind.loc, "PL105", "warning", f"指标“{ind.name}”没有目标值", subject=subject,
                             args={"form": "no-target", "name": ind.name})
        nat = r.national
        if nat is None:
            continue
        unit_text = r.match.unit_text
        written = [q.unit for q in (r.base, r.target) if q is not None and q.unit is not None]
        if unit_text:
            u = parse_unit(unit_text)
            if u is not None:
                written.append(u)
            elif unit_text.strip():
                yield Diagnostic(path, ind.unit_loc or ind.loc, "PL105", "warning",
                                 f"指标“{ind.name}”的单位“{unit_text}”无法识别", subject=nat.name,
                                 args={"form": "unit", "name": ind.name, "unit": unit_text})
        bad = [u for u in written if u.dimension != "none" and nat.unit.dimension != "none" and not u.compatible(nat.unit)]
        if bad:
            yield Diagnostic(path, ind.unit_loc or ind.loc, "PL106", "error",
                             f"指标“{ind.name}”的单位“{bad[0].symbol}”与国家指标“{nat.name}”的单位“{nat.unit.symbol}”不一致，无法比较",
                             subject=nat.name, expected=f"单位：{nat.unit.symbol}", actual=f"单位：{bad[0].symbol}",
                             source=nat.source,
                             args={"name": ind.name, "unit": bad[0].symbol, "national_unit": nat.unit.symbol})
        elif not written and nat.unit.dimension not in ("none", "percent"):
            yield Diagnostic(path, ind.loc, "PL107", "warning",
                             f"指标“{ind.name}”没有写单位，按国家指标单位“{nat.unit.symbol}”理解",
                             subject=nat.name, expected=f"单位：{nat.unit.symbol}", source=nat.source,
                             args={"form": "no-unit", "name": ind.name, "national_unit": nat.unit.symbol})
        elif not written and nat.unit.dimension == "percent" and ind.origin == "list":
            yield Diagnostic(path, ind.loc, "PL107", "info",
                             f"指标“{ind.name}”没有写单位，按“%”理解", subject=nat.name, source=nat.source,
                             args={"form": "no-unit-percent", "name": ind.name})
        if ind.target is not None and ind.target.year is None and ind.origin == "list" \
                and year_in_value(ind.target.value) is None:
            assumed = ctx.plan.meta.period_end
            yield Diagnostic(path, ind.target.loc, "PL107", "warning",
                             f"指标“{ind.name}”的目标值没有写年份"
                             + (f"，按规划期末{assumed}年理解" if assumed else "，规划期也未写明，无法与国家目标比较"),
                             subject=nat.name,
                             args={"form": "no-year" if assumed else "no-year-no-period", "name": ind.name,
                                   **({"year": str(assumed)} if assumed else {})})


CHECK = Check(RULES, check, binding_only=False)   # the plan's own data
