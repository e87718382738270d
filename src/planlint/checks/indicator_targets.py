"""PL102 (target weaker than the national one) and PL104 (targets for another year).

Level-type indicators are compared directly, comparators and direction included: a plan's
``≥70`` meets a national 70, a plain 70 does not meet a national ``>70``. Scale-type
indicators are sizes: a province's 电子商务交易规模 is naturally far below the nation's, so
only the annual growth the plan implies is compared with the national growth.
"""
from __future__ import annotations

from typing import Iterator, Optional

from planlint.checks.base import Check, PackItems, Rule
from planlint.analysis.context import CheckContext, Reading
from planlint.analysis.growth import implied_growth_range
from planlint.diagnostics import Diagnostic
from planlint.messages import COMMON_VALUES, Section, Template, Text, catalogue
from planlint.text.quantity import Quantity, as_requirement, format_number, says_the_same
from planlint.rulepack import NationalIndicator

RULES = (
    Rule("PL102", "target-below-national", "error",
         "规划目标弱于国家目标（水平类指标直接比较；规模类指标比较隐含的年均增速）",
         "A target weaker than the national target (level-type compared directly; scale-type by implied annual growth)",
         "水平类指标（比率、指数、速率）按比较词和方向直接比较：国家“70”是下限，规划写“≥70”满足，"
         "国家“>15”时规划写“15”不满足。规模类指标（万亿元、亿、万件、Tbps）地方与全国体量不同，"
         "只比较由基期值和目标值推算的年均增速，从不比较绝对规模。",
         explanation_en='Level-type indicators (rates, indices, speeds) are compared directly, with comparators and '
                        'direction: a national plain “70” is a floor, so “≥70” meets it, and against a national “>15” '
                        "a plan's “15” does not. Scale-type indicators (trillion yuan, 100 million, Tbps) differ "
                        'in size between a region and the country: only the annual growth implied by base and target '
                        'values is compared, never the absolute size.',
         other_severities=("warning",),
         readme="the target is weaker than the national one. Level-type indicators are compared directly with "
                "comparators and direction (a national plain `70` is a floor: `≥70` meets it, `69.9` does not; a "
                "national `>15` is not met by `15`). Scale-type indicators (万亿元, 亿, 万件, Tbps) are never "
                "compared by size: only the annual growth the plan implies is compared with the national growth "
                "(warning). Base and target are taken with the rounding their printed digits allow; where the plan "
                "also states a growth rate those figures allow (`0.3` → `0.35` 万件 at `3.1`%), the stated rate decides",
         derives_from=PackItems("indicator")),
    Rule("PL104", "target-year-not-comparable", "info",
         "规划目标年份与国家目标年份不同，无法比较（不做推测）",
         "The target year differs from the national target year: not comparable (no guessing)",
         explanation='国家目标针对某一年份（多为2020年）。规划目标的年份不同时，两者无法比较：planlint '
                     '不按增速外推或内插，只报告不可比。请补写国家目标年份的目标值，或说明为何不设。',
         explanation_en='National targets are for one year (mostly 2020). A plan target for another year cannot be '
                        'compared with it: planlint does not extrapolate or interpolate growth, it reports the target '
                        'as not comparable. Add a target for the national target year, or say why there is none.',
         readme="the target is for another year than the national one: not comparable, not guessed",
         derives_from=PackItems("indicator")),
)

MESSAGES = catalogue("PL102", {
    "below": Template("“{indicator}”{year}年目标{value}低于国家目标{national}",
                      "The target for “{indicator}” is weaker than the national target: {value} for {year}, "
                      "below the national {national}"),
    "above": Template("“{indicator}”{year}年目标{value}高于国家目标{national}",
                      "The target for “{indicator}” is weaker than the national target: {value} for {year}, "
                      "above the national {national} (lower is better)"),
    "ceiling": Template("“{indicator}”{year}年目标{value}只设上限，未保证达到国家目标{national}",
                        "The target for “{indicator}” is weaker than the national target: {value} for {year} "
                        "only sets a ceiling and does not guarantee the national {national}"),
    "scale": Template("“{indicator}”是规模类指标，不比较绝对值；其年均增速约{growth}%（{how}），"
                      "低于国家年均增速{national_growth}",
                      "“{indicator}” is a scale indicator, so sizes are not compared; its annual growth is "
                      "about {growth}% ({how}), below the national annual growth {national_growth}"),
}) | catalogue("PL104", {
    "other-year": Template("“{indicator}”的目标年份为{year}年，国家目标为{national_year}年，二者不可直接比较",
                           "The target for “{indicator}” is for {year} and the national target for "
                           "{national_year}: the two cannot be compared directly"),
})
# how a scale indicator's growth was found
GROWTH = catalogue("PL102.growth", {
    "stated": Template("规划所列年均增速", "as the plan states it"),
    "implied": Template("由{base_year}年{base}至{year}年{target}推算", "from {base} in {base_year} to {target} in {year}"),
    "both": Template("规划所列，与{base_year}年{base}至{year}年{target}相符",
                     "as the plan states it, which {base} in {base_year} and {target} in {year} allow"),
})
HINTS = catalogue("PL102.hint", {
    "citation": Template("国家规划：{section}：“{quote}”", "National plan: {section}: “{quote}”"),
    "fraction": Template("目标值{value}像是小数形式的比例：若指{percent}%，请写作“{percent}%”。{citation}",
                         "The target {value} looks like a fraction: if {percent}% is meant, write “{percent}%”. "
                         "{citation}"),
}) | catalogue("PL104.hint", {
    "add-year": Template("如需比较，请补充{year}年的目标值", "To compare, add a target for {year}"),
})
VALUES = catalogue("PL102.value", {
    "national-growth": Template("年均增速{growth}（{start}—{end}年）", "annual growth {growth} ({start}–{end})"),
    "growth": Template("年均增速约{growth}%（{how}）", "annual growth ≈{growth}% ({how})"),
})

_EPS = 1e-9


def meets_floor(q: Quantity, floor: float, strict: bool) -> bool:
    """Does the plan's target q guarantee a value ≥ floor (> floor when strict)?"""
    if q.comparator in ("<", "<="):
        return False           # a ceiling promises no minimum
    low = q.value               # '=', '>=', 'range' (its lower end), '>'
    if low > floor + _EPS:
        return True
    if abs(low - floor) <= _EPS * max(1.0, abs(floor)):
        return not strict or q.comparator == ">"
    return False


def meets_ceiling(q: Quantity, ceiling: float, strict: bool) -> bool:
    if q.comparator in (">", ">=", "range"):
        if q.comparator == "range" and q.upper is not None:
            return q.upper < ceiling - _EPS or (abs(q.upper - ceiling) <= _EPS and not strict)
        return False
    high = q.value
    if high < ceiling - _EPS:
        return True
    if abs(high - ceiling) <= _EPS * max(1.0, abs(ceiling)):
        return not strict or q.comparator == "<"
    return False


def level_meets(q: Quantity, nat: NationalIndicator) -> bool:
    t = nat.target
    if nat.direction == "higher":
        return meets_floor(q, t.value, strict=t.comparator == ">")
    return meets_ceiling(q, t.value, strict=t.comparator == "<")


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    listed: dict[tuple[str, Optional[int]], Quantity] = {}   # the list's or table's own targets
    for r in ctx.readings:
        if r.national is not None and r.target is not None and r.indicator.origin != "text":
            listed.setdefault((r.national.id, ctx.target_year(r.indicator.target)), r.target)
    # indicators the plan sets a target for in the national year: an interim one (2018) beside it
    # is a milestone, not a target that cannot be compared
    compared = {r.national.id for r in ctx.readings if r.national is not None and r.target is not None
                and ctx.target_year(r.indicator.target) == r.national.target_year}
    for r in ctx.readings:
        nat = r.national
        if nat is None or not ctx.applies(nat):
            continue
        if r.target is None:
            # a scale row that gives only its growth (信息消费规模 | 3100 | — | 9) is checked by it,
            # and so is a sentence (信息消费规模年均增长15%) unless the table carries the indicator
            restated = r.indicator.origin == "text" and any(k[0] == nat.id for k in listed)
            if nat.kind != "level" and r.growth is not None and not restated:
                year = ctx.target_year(r.indicator.target) or ctx.plan.meta.period_end
                if year == nat.target_year:
                    yield from _scale(ctx, r, nat, year)
            continue
        year = ctx.target_year(r.indicator.target)
        if year is None:
            continue
        stated = listed.get((nat.id, year))
        if r.indicator.origin == "text" and stated is not None and says_the_same(stated, r.target):
            continue    # the text restates the table's target: the table row carries the finding
        if year != nat.target_year:
            if nat.id not in compared:
                yield _not_comparable(ctx, r, nat, year)
            continue
        if nat.kind == "level":
            yield from _level(ctx, r, nat, year)
        else:
            yield from _scale(ctx, r, nat, year)


def _in_national_unit(q: Quantity, nat: NationalIndicator) -> Optional[Quantity]:
    if q.unit is None or q.unit.dimension == "none" or nat.unit.dimension == "none":
        return q.with_unit(nat.unit)
    if not q.unit.compatible(nat.unit):
        return None            # PL106 says so
    return q.converted(nat.unit)


def _level(ctx: CheckContext, r: Reading, nat: NationalIndicator, year: int) -> Iterator[Diagnostic]:
    q = _in_national_unit(r.target, nat)
    if q is None or q.cumulative or level_meets(q, nat):
        return
    if nat.direction == "lower":
        form = "above"
    else:
        form = "ceiling" if q.comparator in ("<", "<=") else "below"
    hint = _citation_hint(nat)
    if _looks_like_a_fraction(r, q, nat):
        hint = HINTS["fraction"](value=format_number(q.value), percent=format_number(q.value * 100), citation=hint)
    yield Diagnostic(
        ctx.plan.path, r.indicator.target.loc, "PL102", nat.severity,
        MESSAGES[form](indicator=nat.name, year=year, value=q.amount(),
                       national=as_requirement(nat.target, nat.direction).amount()),
        subject=nat.name, expected=nat.expectation(), actual=COMMON_VALUES["in-year"](value=q.amount(), year=year),
        source=nat.source, hint=hint)


def _scale(ctx: CheckContext, r: Reading, nat: NationalIndicator, year: int) -> Iterator[Diagnostic]:
    if nat.growth is None or nat.growth.cumulative:
        return
    national_growth = nat.growth.value
    implied = figures = None
    if r.base is not None and r.target is not None:
        base_year = ctx.base_year(r.indicator.base)
        base_q = _in_national_unit(r.base, nat)
        target_q = _in_national_unit(r.target, nat)
        if base_year and base_q is not None and target_q is not None and year > base_year:
            implied = implied_growth_range(base_q, target_q, year - base_year)
            figures = {"base_year": base_year, "base": r.base.amount(), "year": year, "target": r.target.amount()}
    stated = None
    if r.growth is not None and not r.growth.cumulative:
        g = r.growth
        stated = (g.value - g.half_ulp, g.value, g.value + g.half_ulp)
    if implied is not None and stated is not None and stated[0] <= implied[2] and implied[0] <= stated[2]:
        # both describe one growth: a coarse base (0.3万件) allows a wide range, and the rate the
        # plan states, which its figures allow, says where in that range the plan means to be
        rng, form = (max(implied[0], stated[0]), stated[1], min(implied[2], stated[2])), "both"
    elif implied is not None:
        rng, form = implied, "implied"   # a stated rate the figures contradict is PL111's business
    elif stated is not None:
        rng, form = stated, "stated"
    else:
        return
    low, mid, high = rng
    if high + ctx.pack.consistency_slack >= national_growth:
        return
    growth = format_number(round(mid, 1))
    how = GROWTH[form](**(figures or {}))
    yield Diagnostic(
        ctx.plan.path, (r.indicator.growth_loc if form == "stated" else None) or r.indicator.target.loc,
        "PL102", ctx.pack.growth_shortfall_severity,
        MESSAGES["scale"](indicator=nat.name, growth=growth, how=how, national_growth=nat.growth.amount()),
        subject=nat.name,
        expected=VALUES["national-growth"](growth=nat.growth.amount(), start=nat.base_year, end=nat.target_year),
        actual=VALUES["growth"](growth=growth, how=how), source=nat.source, hint=_citation_hint(nat))


def _not_comparable(ctx: CheckContext, r: Reading, nat: NationalIndicator, year: int) -> Diagnostic:
    return Diagnostic(
        ctx.plan.path, r.indicator.target.year_loc or r.indicator.target.loc, "PL104", "info",
        MESSAGES["other-year"](indicator=nat.name, year=year, national_year=nat.target_year),
        subject=nat.name, expected=nat.expectation(),
        actual=COMMON_VALUES["in-year"](value=r.target.amount(), year=year),
        source=nat.source, hint=HINTS["add-year"](year=nat.target_year))


def _looks_like_a_fraction(r: Reading, q: Quantity, nat: NationalIndicator) -> bool:
    """0.75 written for a percentage whose national target is tens of percent (75%?)."""
    written = str(r.indicator.target.value if r.indicator.target else "")
    return (nat.unit.dimension == "percent" and 0 < q.value <= 1 and "%" not in written and "％" not in written
            and nat.target.value >= 5)


def _citation_hint(nat: NationalIndicator) -> Text:
    return HINTS["citation"](section=Section(nat.citation.section), quote=nat.citation.quote.replace(" | ", "，"))


CHECK = Check(RULES, check)
