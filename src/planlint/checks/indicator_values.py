"""PL105–PL107: values that cannot be read, units that do not fit, missing years and units."""
from __future__ import annotations

from typing import Iterator

from planlint.checks.base import Check, PackItems, Rule
from planlint.analysis.context import CheckContext
from planlint.diagnostics import Diagnostic
from planlint.messages import Template, UnitName, catalogue
from planlint.text.quantity import year_in_value
from planlint.text.units import parse_unit

RULES = (
    Rule("PL105", "unreadable-value", "warning",
         "指标数值无法识别（不是数字，或单位、比较词无法理解）",
         "A value that cannot be read (not a number, or unknown unit or comparator)",
         explanation='指标的基期值或目标值不是planlint能读的数值：不是数字、单位或比较词无法识别、写成了 '
                     '.nan/.inf/1e999，或指标没有目标。该指标不参与比较；请改写为“≥90%”“2.5 trillion yuan”这样的数值。',
         explanation_en='A base or target value planlint cannot read as a number: not a number, an unknown unit or '
                        'comparator, .nan/.inf/1e999, or an indicator without a target. The indicator is left out '
                        'of the comparisons; write it as a value such as “≥90%” or “2.5 trillion yuan”.',
         readme="a value that is not a number planlint can read, or an indicator without a target",
         derives_from=PackItems("indicator")),
    Rule("PL106", "unit-mismatch", "error",
         "指标单位与国家指标的单位不是同一量纲，无法比较",
         "The unit is of another dimension than the national indicator's: not comparable",
         explanation='规划指标的单位与国家指标不是同一量纲（例如国家指标是百分比，规划写的是万人），两者无法换算比较。'
                     '请改用国家指标的单位，或确认这是另一个指标并改名。同量纲的单位（亿元与万亿元、Mbps与Gbps）会自动换算。',
         explanation_en="The plan's unit is of another dimension than the national indicator's (a percentage nationally,"
                        ' ten thousand people in the plan): the two cannot be converted and compared. Use the national '
                        'unit, or confirm it is another indicator and rename it. Units of one dimension (100 million '
                        'and trillion yuan, Mbps and Gbps) are converted.',
         readme="the unit is of another dimension than the national indicator's (万人 for a %)",
         derives_from=PackItems("indicator")),
    Rule("PL107", "missing-year-or-unit", "warning",
         "指标缺少年份或单位，只能按规划期或国家指标推定",
         "An indicator without a year or a unit; the plan period or the national unit is assumed",
         explanation='目标没有写年份时按规划期末年推定，指标没有写单位时按国家指标的单位推定；推定可能不符合原意。'
                     '请写明年份和单位，使比较有确切依据。',
         explanation_en='A target without a year is taken as set for the last year of the plan period; an indicator '
                        "without a unit as in the national indicator's unit. What is assumed may not be what was "
                        "meant: write the year and the unit so that the comparison rests on the plan's own words.",
         other_severities=("info",),
         readme="a target without a year (the period's end is assumed) or an indicator without a unit",
         derives_from=PackItems("indicator")),
)

MESSAGES = catalogue("PL105", {
    "base": Template("指标“{name}”的基期值无法识别：{error}", "The base value of indicator “{name}” cannot be read: {error}"),
    "target": Template("指标“{name}”的目标值无法识别：{error}",
                       "The target value of indicator “{name}” cannot be read: {error}"),
    "growth": Template("指标“{name}”的年均增速无法识别：{error}",
                       "The annual growth of indicator “{name}” cannot be read: {error}"),
    "no-target": Template("指标“{name}”没有目标值", "Indicator “{name}” has no target value"),
    "unit": Template("指标“{name}”的单位“{unit}”无法识别", "The unit “{unit}” of indicator “{name}” is not recognised"),
}) | catalogue("PL106", {
    "unit-mismatch": Template("指标“{name}”的单位“{unit}”与国家指标“{indicator}”的单位“{national_unit}”不一致，无法比较",
                              "The unit “{unit}” of indicator “{name}” does not match the unit “{national_unit}” of "
                              "the national indicator “{indicator}”: not comparable"),
}) | catalogue("PL107", {
    "no-unit": Template("指标“{name}”没有写单位，按国家指标单位“{national_unit}”理解",
                        "Indicator “{name}” gives no unit; read in the national indicator's unit “{national_unit}”"),
    "no-unit-percent": Template("指标“{name}”没有写单位，按“%”理解", "Indicator “{name}” gives no unit; read as “%”"),
    "no-year": Template("指标“{name}”的目标值没有写年份，按规划期末{year}年理解",
                        "The target of indicator “{name}” gives no year; read as the end of the plan period, {year}"),
    "no-year-no-period": Template("指标“{name}”的目标值没有写年份，规划期也未写明，无法与国家目标比较",
                                  "The target of indicator “{name}” gives no year and the plan states no period: "
                                  "it cannot be compared with the national target"),
})
HINTS = catalogue("PL105.hint", {
    "write-a-number": Template("请写成数字，可带比较词和单位，如“不低于70%”“超过38万亿元”“〔24〕”",
                               "Write a number, optionally with a comparator and a unit, "
                               "e.g. “不低于70%”“超过38万亿元”“〔24〕”"),
})
VALUES = catalogue("PL106.value", {
    "unit": Template("单位：{unit}", "unit: {unit}"),
})


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    path = ctx.plan.path
    for r in ctx.readings:
        ind = r.indicator
        subject = r.national.name if r.national else None
        for field, err in r.errors:
            obs = getattr(ind, field, None)
            loc = ind.growth_loc if field == "growth" else (obs.loc if obs is not None else ind.loc)
            yield Diagnostic(path, loc or ind.loc, "PL105", "warning",
                             MESSAGES[field](name=ind.name, error=err.text), subject=subject,
                             hint=HINTS["write-a-number"]())
        if ind.target is None and ind.origin != "text":
            yield Diagnostic(path, ind.loc, "PL105", "warning", MESSAGES["no-target"](name=ind.name), subject=subject)
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
                                 MESSAGES["unit"](name=ind.name, unit=unit_text), subject=nat.name)
        bad = [u for u in written if u.dimension != "none" and nat.unit.dimension != "none" and not u.compatible(nat.unit)]
        national_unit = UnitName(nat.unit.symbol)
        if bad:
            yield Diagnostic(path, ind.unit_loc or ind.loc, "PL106", "error",
                             MESSAGES["unit-mismatch"](name=ind.name, unit=UnitName(bad[0].symbol), indicator=nat.name,
                                                       national_unit=national_unit),
                             subject=nat.name, expected=VALUES["unit"](unit=national_unit),
                             actual=VALUES["unit"](unit=UnitName(bad[0].symbol)), source=nat.source)
        elif not written and (ind.base or ind.target) and nat.unit.dimension not in ("none", "percent"):
            # a figure without a unit; an indicator given only by its growth (年均增长15%) has none to read
            yield Diagnostic(path, ind.loc, "PL107", "warning",
                             MESSAGES["no-unit"](name=ind.name, national_unit=national_unit),
                             subject=nat.name, expected=VALUES["unit"](unit=national_unit), source=nat.source)
        elif not written and (ind.base or ind.target) and nat.unit.dimension == "percent" and ind.origin == "list":
            yield Diagnostic(path, ind.loc, "PL107", "info",
                             MESSAGES["no-unit-percent"](name=ind.name), subject=nat.name, source=nat.source)
        if ind.target is not None and ind.target.year is None and ind.origin == "list" \
                and year_in_value(ind.target.value) is None:
            assumed = ctx.plan.meta.period_end
            yield Diagnostic(path, ind.target.loc, "PL107", "warning",
                             MESSAGES["no-year"](name=ind.name, year=assumed) if assumed
                             else MESSAGES["no-year-no-period"](name=ind.name),
                             subject=nat.name)


CHECK = Check(RULES, check, binding_only=False)   # the plan's own data
