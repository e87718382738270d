"""PL111–PL114: a plan's own numbers must agree with each other.

A stated annual growth must follow from base and target; 〔N〕 must equal target − base;
a percentage cannot pass 100; a higher-is-better target cannot sit below its base. Printed
values are rounded (the national table prints 6.9 for 11.0→15.3, which is 6.8), so every
comparison allows the rounding the printed digits imply, plus the pack's small slack.
"""
from __future__ import annotations

from typing import Iterator, Optional

from planlint.checks.base import Check, PackItems, Rule
from planlint.analysis.context import CheckContext, Reading
from planlint.analysis.growth import implied_growth_range, points_range
from planlint.diagnostics import Diagnostic
from planlint.messages import Amount, Template, catalogue, value_text
from planlint.text.quantity import Quantity, format_number

RULES = (
    Rule("PL111", "growth-inconsistent", "warning",
         "所列年均增速与基期值、目标值推算的结果不一致",
         "The stated annual growth does not follow from base and target values",
         explanation='规划同时写了基期值、目标值和年均增速时，三者应当一致：由基期值和目标值推算的年均增速与所列增速相差超过所列数字的精度，'
                     '说明其中某个数字有误。',
         explanation_en='When a plan gives base value, target value and annual growth, the three must agree: a growth '
                        'rate implied by base and target that differs from the stated one by more than its printed '
                        'digits allow means one of the numbers is wrong.',
         readme="the stated annual growth does not follow from base and target (within the rounding the printed "
                "digits allow)",
         derives_from=PackItems("indicator")),
    Rule("PL112", "cumulative-points-inconsistent", "warning",
         "所列〔累计百分点〕与目标值减基期值不一致",
         "The stated cumulative percentage points differ from target minus base",
         explanation='国家指标表以〔N〕表示五年累计提高的百分点。规划所列累计百分点应等于目标值减基期值（允许印刷精度内的舍入差）；'
                     '不一致说明其中某个数字有误。',
         explanation_en='The national table writes [N] for the percentage '
                        "points gained over five years. A plan's cumulative points must equal target minus base (within "
                        'the rounding of the printed digits); a difference means one of the numbers is wrong.',
         readme="the stated 〔N〕 cumulative points differ from target − base (within rounding)",
         derives_from=PackItems("indicator")),
    Rule("PL113", "percentage-over-100", "error",
         "百分比数值超过100%",
         "A percentage above 100%",
         explanation='比率类指标（覆盖率、普及率、占比）不能超过100%。超过时多半是单位或数字写错；每百人拥有量这类可以超过100的指标不报告。',
         explanation_en='A rate (coverage, penetration, share) cannot exceed 100%; above it, a unit or a number is '
                        'most likely mistyped. Quantities per 100 inhabitants, which may exceed 100, are not reported.',
         readme="a percentage over 100 (per-100-inhabitant rates excepted)",
         derives_from=PackItems("indicator")),
    Rule("PL114", "target-against-direction", "error",
         "目标值比基期值更差（越高越好的指标目标低于基期）",
         "A target worse than its base value for a higher-is-better (or lower-is-better) indicator",
         explanation='越高越好的指标（覆盖率、普及率）目标低于基期值，或越低越好的指标（PUE、能耗）目标高于基期值，'
                     '意味着规划期内倒退，通常是数字或年份写反了。',
         explanation_en='A higher-is-better indicator (coverage, penetration) with a target below its base, or a '
                        'lower-is-better one (PUE, energy use) with a target above it, means going backwards over '
                        'the period; most often numbers or years are swapped.',
         readme="a target worse than its base for a higher-is-better (or lower-is-better) indicator",
         derives_from=PackItems("indicator")),
)


MESSAGES = catalogue("PL111", {
    "growth": Template("“{name}”所列年均增速{stated}与推算值约{implied}%不符（{base_year}年{base}→{year}年{target}）",
                       "The annual growth stated for “{name}”, {stated}, does not match the ≈{implied}% that follows "
                       "from {base} in {base_year} to {target} in {year}"),
}) | catalogue("PL112", {
    "points": Template("“{name}”所列累计{stated}个百分点与目标值减基期值（{target} − {base} = {difference}）不符",
                       "The cumulative {stated} percentage points stated for “{name}” differ from target minus base "
                       "({target} − {base} = {difference})"),
}) | catalogue("PL113", {
    "target": Template("指标“{name}”的目标值{value}超过100%", "The target value {value} of indicator “{name}” is over 100%"),
    "base": Template("指标“{name}”的基期值{value}超过100%", "The base value {value} of indicator “{name}” is over 100%"),
}) | catalogue("PL114", {
    "higher": Template("“{name}”的目标值{target}低于基期值{base}，而该指标越高越好",
                       "The target {target} of “{name}” is below its base value {base}, though higher is better"),
    "lower": Template("“{name}”的目标值{target}高于基期值{base}，而该指标越低越好",
                      "The target {target} of “{name}” is above its base value {base}, though lower is better"),
})
VALUES = catalogue("PL111.value", {
    "implied-growth": Template("年均增速约{implied}%", "annual growth ≈{implied}%"),
}) | catalogue("PL114.value", {
    "higher": Template("目标值不低于基期值{base}", "a target not below the base value {base}"),
    "lower": Template("目标值不高于基期值{base}", "a target not above the base value {base}"),
})

def _exact(q: Optional[Quantity]) -> bool:
    return q is not None and q.comparator in ("=", ">=", "<=") and not q.cumulative


def _same_unit(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    if a.unit is not None and b.unit is not None and a.unit.compatible(b.unit) and a.unit.symbol != b.unit.symbol:
        return a, b.converted(a.unit)
    return a, b


def check(ctx: CheckContext) -> Iterator[Diagnostic]:
    for r in ctx.readings:
        yield from _percent_over_100(ctx, r)
        if not (_exact(r.base) and r.target is not None and not r.target.cumulative):
            continue
        base, target = _same_unit(r.base, r.target)
        yield from _direction(ctx, r, base, target)
        if r.growth is None:
            continue
        if r.growth.cumulative:
            yield from _points(ctx, r, base, target)
        else:
            yield from _growth(ctx, r, base, target)


def _is_percent(r: Reading, q: Quantity) -> bool:
    if q.unit is not None:
        return q.unit.symbol == "%"
    return r.national is not None and r.national.unit.symbol == "%"


def _percent_over_100(ctx: CheckContext, r: Reading) -> Iterator[Diagnostic]:
    if r.national is not None and r.national.may_exceed_100:
        return
    for name in ("base", "target"):
        q: Optional[Quantity] = getattr(r, name)
        if q is None or q.cumulative or not _is_percent(r, q) or q.value <= 100:
            continue
        obs = getattr(r.indicator, name)
        yield Diagnostic(ctx.plan.path, obs.loc, "PL113", "error",
                         MESSAGES[name](name=r.indicator.name, value=q.amount()),
                         subject=r.national.name if r.national else None, actual=value_text(q.amount()))


def _direction(ctx: CheckContext, r: Reading, base: Quantity, target: Quantity) -> Iterator[Diagnostic]:
    nat = r.national
    if nat is None or target.comparator in ("<", "<=") and nat.direction == "higher":
        return
    worse = target.value < base.value if nat.direction == "higher" else target.value > base.value
    if not worse:
        return
    yield Diagnostic(ctx.plan.path, r.indicator.target.loc, "PL114", "error",
                     MESSAGES[nat.direction](name=r.indicator.name, target=target.amount(), base=base.amount()),
                     subject=nat.name, expected=VALUES[nat.direction](base=base.amount()), expected_basis="derived",
                     actual=value_text(target.amount()))


def _agrees(stated: Quantity, lo: float, hi: float, slack: float) -> bool:
    """Can the stated figure (±its printed rounding and the slack) fall within [lo, hi]?"""
    s_lo = stated.value - stated.half_ulp - slack
    s_hi = stated.value + stated.half_ulp + slack
    if stated.comparator in (">", ">="):
        return hi >= s_lo
    if stated.comparator in ("<", "<="):
        return lo <= s_hi
    return hi >= s_lo and lo <= s_hi


def _growth(ctx: CheckContext, r: Reading, base: Quantity, target: Quantity) -> Iterator[Diagnostic]:
    base_year, target_year = ctx.base_year(r.indicator.base), ctx.target_year(r.indicator.target)
    if not base_year or not target_year or target_year <= base_year:
        return
    rng = implied_growth_range(base, target, target_year - base_year)
    if rng is None:
        return
    g, (lo, mid, hi) = r.growth, rng
    if _agrees(g, lo, hi, ctx.pack.consistency_slack):
        return
    implied = format_number(round(mid, 1))
    yield Diagnostic(ctx.plan.path, r.indicator.growth_loc or r.indicator.loc, "PL111", "warning",
                     MESSAGES["growth"](name=r.indicator.name, stated=g.amount(), implied=implied,
                                        base_year=base_year, base=base.amount(), year=target_year,
                                        target=target.amount()),
                     subject=r.national.name if r.national else None,
                     expected=VALUES["implied-growth"](implied=implied), actual=value_text(g.amount()),
                     expected_basis="derived")


def _points(ctx: CheckContext, r: Reading, base: Quantity, target: Quantity) -> Iterator[Diagnostic]:
    g, (lo, mid, hi) = r.growth, points_range(base, target)
    if _agrees(g, lo, hi, ctx.pack.consistency_slack):
        return
    difference = format_number(round(mid, 2))
    yield Diagnostic(ctx.plan.path, r.indicator.growth_loc or r.indicator.loc, "PL112", "warning",
                     MESSAGES["points"](name=r.indicator.name, stated=g.amount(), target=target.amount(),
                                        base=base.amount(), difference=difference),
                     subject=r.national.name if r.national else None,
                     expected=value_text(Amount(difference, cumulative=True)), actual=value_text(g.amount()),
                     expected_basis="derived")


CHECK = Check(RULES, check, binding_only=False)   # the plan's own data
